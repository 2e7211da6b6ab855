"""Which trigger matches of a sentence are events: overlaps resolved, misreadings dropped.

Overlapping matches from `lexicons/event_triggers.jsonl` are resolved by priority, then
length; a match is dropped where its word is not used as the trigger means (a noun read as
a verb, a reduced relative, a sport result, a lexicon requirement not met).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from dateline.analyze import timex_words
from dateline.analyze.actors import ActorPhrase, sector_terms
from dateline.analyze.event_arguments import is_agentless_passive, support_verb_at
from dateline.analyze.event_context import (
    BE,
    CLAUSE_STOPS,
    DETERMINERS,
    FORCES,
    FREE_BEFORE_VERB,
    HAVE,
    HAZARDS,
    HOSTILE,
    MODALS,
    PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    REPORTING,
    SPEECH_VERBS,
    SUBORDINATORS,
    SentenceContext,
    is_nominal_before,
    past_forms,
    possessive_mark,
)
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_tokens import Token
from dateline.analyze.triggers import Match, counts_unit
from dateline.lexicons import load_table

_VERBAL_BEFORE = grammar_words("verbal-before")
_NOMINAL_AFTER = grammar_words("nominal-after")
_ASPECT_VERBS = grammar_words("aspect-verb")
_TRIP_PURPOSES = grammar_words("trip-purpose-type")


@cache
def _discards() -> dict[str, frozenset[str]]:
    """Sport and game words -> the PLOVER types they rule out (`event_discards.tsv`)."""
    return {
        row["word"]: frozenset(t.strip() for t in row["types"].split(";") if t.strip())
        for row in load_table("event_discards.tsv")
    }


_NOT_MODIFIED = PREPOSITIONS | grammar_words("determiner") | {"and", "or", "twice"}


def _ruled_out(tokens: Sequence[Token]) -> frozenset[str]:
    """The PLOVER types a sentence's sport words rule out ("beat Croatia in the final")."""
    table = _discards()
    out: frozenset[str] = frozenset()
    for k, token in enumerate(tokens):
        if token.is_title and k > 0 and tokens[k - 1].is_title:
            continue  # inside a name: "the Arab League", "the Awami League"
        following = tokens[k + 1].text if k + 1 < len(tokens) else ""
        if following.isalpha() and following.islower() and following not in _NOT_MODIFIED:
            continue  # a modifier, not the sport noun: "a final peace deal"
        out |= table.get(token.lower, frozenset())
    return out


def select_triggers(ctx: SentenceContext, matches: list[Match]) -> list[Match]:
    """Non-overlapping triggers among the sentence's trigger `matches`: higher priority,
    then longer, then earlier wins."""
    ruled_out = _ruled_out(ctx.tokens)
    candidates = [
        m
        for m in matches
        if m.pattern.entry.label not in ruled_out
        and f"{m.pattern.entry.label}.{m.pattern.get('mode')}" not in ruled_out
        and _fits(ctx, m)
    ]
    candidates.sort(key=lambda m: (-m.prio, -(m.end - m.start), m.start))
    chosen: list[Match] = []
    taken: set[int] = set()
    for match in candidates:
        if taken.isdisjoint(match.words):
            chosen.append(match)
            taken.update(range(match.start, match.end))
    chosen.sort(key=lambda m: m.start)
    kept = []
    for k, match in enumerate(chosen):
        host = _embedded(ctx, match, chosen[:k])
        if host is None:
            kept.append(match)
        else:
            ctx.complements.setdefault(host.start, match)
    return kept


def _support_infinitive(ctx: SentenceContext, match: Match, left: int) -> bool:
    """Whether a noun trigger is the object of a support verb in a "to" infinitive: "to
    attend talks", "to hold a summit" (the noun completes the trigger before it)."""
    verb = support_verb_at(ctx, match, left)
    return verb is not None and verb > left and ctx.tokens[verb - 1].lower == "to"


def _embedded(ctx: SentenceContext, match: Match, earlier: list[Match]) -> Match | None:
    """The trigger this one only completes: "agreed to cooperate", "called for X to act",
    or an event noun a participle modifies ("a summit hosted by X"); else None."""
    tokens = ctx.tokens
    before = tokens[match.start - 1].lower if match.start > 0 else ""
    if before in _ASPECT_VERBS and match.start > 1 and tokens[match.start - 2].lower == "to":
        before = "to"  # "vowed to continue attacking": the aspect verb only carries the act
    before_word = before
    reach = 16 if before_word == "to" else 8
    near = [m for m in earlier if 0 <= match.start - m.end <= reach]
    stops = CLAUSE_STOPS | {".", ","} | SUBORDINATORS
    if not near or any(t.lower in stops for t in tokens[near[-1].end : match.start]):
        return None
    if before == "to" and match.pattern.get("pos", "verb") == "verb":
        if near[-1].pattern.get("mode") == "visit" and match.pattern.entry.label in _TRIP_PURPOSES:
            return None  # "flew to Lagos to deliver aid": the trip's purpose, read on its own
        return near[-1]
    if match.pattern.get("pos") == "noun" and _support_infinitive(ctx, match, near[-1].end):
        return near[-1]  # "refused to attend talks", "its refusal to hold talks"
    following = tokens[match.end].lower if match.end < len(tokens) else ""
    if following == "by" and near[-1].pattern.get("pos") == "noun" and before not in BE:
        return near[-1]
    return None


def _fits(ctx: SentenceContext, match: Match) -> bool:
    """Whether the context allows this reading: part of speech, requirements, not a name."""
    tokens = ctx.tokens
    first = tokens[match.start]
    if first.is_title and match.start > 0 and first.text.isalpha():
        return False  # part of a name ("Human Rights Watch", "Camp David Summit")
    for actor in ctx.actors:
        if match.passive:
            break  # the object before "be" is often an actor: "police were drafted in"
        if actor.kind in ("organisation", "name", "person") and (
            actor.start <= match.start < actor.end
        ):
            if _compound_over_role(ctx, actor, match):
                continue
            return False
    if match.pattern.entry.label in HOSTILE and _against_hazard(ctx, match):
        return False  # "firefighters battled a blaze", "floods killed 12": no adversary
    if match.pattern.get("setting") is True and _setting_of_speech(ctx, match):
        return False  # "told supporters at a rally": where he spoke, not a protest of his
    if match.passive:
        return True  # "an inquiry was opened": the noun before "be" is the verb's object
    before = tokens[match.start - 1].lower if match.start > 0 else ""
    if before in _MEDIA_MODIFIERS:
        return False  # a media item: "a press release", "a news conference", "press reports"
    pos = match.pattern.get("pos", "verb")
    if pos == "verb" and possessive_mark(tokens, match.start - 1):
        return False  # "the traders' protests": a noun of its owner
    if pos == "verb" and is_nominal_before(before) and not _nominal_subject_head(ctx, match):
        return False  # "a visit"
    if pos == "verb" and len(match.words) == 1 and counts_unit(before, first.lower):
        return False  # "pledged 10 million pounds": a currency, not shelling
    if (
        pos == "verb"
        and len(match.words) == 1
        and first.lower.endswith("ing")
        and match.start > 0
        and tokens[match.start - 1].is_title
    ):
        return False  # a gerund used as a noun: "the Glasgow meeting"
    after = tokens[match.end].lower if match.end < len(tokens) else ""
    if (
        pos == "verb"
        and len(match.words) == 1
        and after in _NOMINAL_AFTER
        and not first.lower.endswith(("s", "ed", "ing"))
        and before not in _VERBAL_BEFORE
    ):
        return False  # a noun modifier: "search and rescue capacity", "aid workers"
    if pos == "verb" and len(match.pattern.slots) > 1 and _object_in_longer_actor(ctx, match):
        return False  # the object word modifies a noun: "released an aid worker" frees a person
    if (
        pos == "verb"
        and len(match.words) == 1
        and first.lower.endswith("ing")
        and match.start > 0
        and tokens[match.start - 1].lower.isalpha()
        and tokens[match.start - 1].lower not in BE | _VERBAL_BEFORE | PREPOSITIONS | _ASPECT_VERBS
        and not tokens[match.start - 1].lower.endswith("ly")
        and (after == "" or not after.isalpha() or after in PREPOSITIONS)
    ):
        return False  # a noun with a modifier: "transit funding", "public funding for"
    if (
        pos == "verb"
        and 1 < len(match.words) < match.end - match.start  # a verb, words skipped, an object
        and before in (PREPOSITIONS - {"to"}) | DETERMINERS
        and not first.lower.endswith(("ed", "ing"))
        and first.lower not in past_forms()
    ):
        return False  # the first word is a noun: "data on ships crossing Arctic waters"
    if pos == "verb" and not ctx.set_aside_kept and _reduced_relative(ctx, match):
        return False
    if pos == "verb" and _names_in_free_relative(ctx, match):
        return False  # "condemned what it called an illegal blockade": a naming, no act
    if pos == "verb" and _owned_noun(ctx, match):
        return False
    if pos == "verb" and not ctx.set_aside_kept and _participle_adjective(ctx, match):
        return False
    if pos == "verb" and not ctx.set_aside_kept and _participle_after_preposition(ctx, match):
        return False
    if (
        pos == "verb"
        and before in BE
        and len(match.words) == 1
        and not first.lower.endswith(("ing", "ed", "en"))
        and first.lower not in past_forms()
    ):
        return False  # a copula before an adjective or adverb: "will be back", "is free"
    if pos == "noun" and before in _VERBAL_BEFORE:
        return False
    return _requirement_met(ctx, match, str(match.pattern.get("requires", "")))


def _object_in_longer_actor(ctx: SentenceContext, match: Match) -> bool:
    """Whether the pattern's last word (its object: "release * aid") only modifies the head
    of an actor phrase that goes on after it ("a German aid worker"): the verb acts on
    those people, not on the thing the pattern names."""
    last = match.end - 1
    return any(
        a.start <= last and a.end > match.end and a.kind == "group" and a.sector not in FORCES
        for a in ctx.actors
    )


_MEDIA_MODIFIERS = grammar_words("media-modifier")
_FREE_RELATIVES = grammar_words("free-relative")


def _names_in_free_relative(ctx: SentenceContext, match: Match) -> bool:
    """Whether the verb's subject is a pronoun right after "what" ("what they called ...",
    "what it described as ..."): the clause names a thing the main verb acts on."""
    k = match.start - 1
    if k < 1 or not any(a.kind == "pronoun" and a.start == k for a in ctx.actors):
        return False
    return ctx.tokens[k - 1].lower in _FREE_RELATIVES


def _compound_over_role(ctx: SentenceContext, actor: ActorPhrase, match: Match) -> bool:
    """Whether a multi-word trigger reads a lower-case role word as part of a compound
    noun: "a general strike" is no army general."""
    words = ctx.tokens[actor.start : actor.end]
    return (
        match.pattern.get("pos") == "noun"
        and match.end > actor.end
        and all(t.text.islower() for t in words)
    )


def _against_hazard(ctx: SentenceContext, match: Match) -> bool:
    """Whether a hostile verb's object or subject is a natural hazard, not an adversary:
    its object after at most two determiners or modifiers ("battled a huge blaze"), or the
    word right before it ("floods killed")."""
    tokens = ctx.tokens
    if match.start > 0 and tokens[match.start - 1].lower in HAZARDS:
        return True
    for k in range(match.end, min(len(tokens), match.end + 3)):
        word = tokens[k].lower
        if word in HAZARDS:
            return True
        if not word.isalpha():
            return False
    return False


_SPEECH_REACH = 6  # "told [party supporters] at a [large] rally"


def _setting_of_speech(ctx: SentenceContext, match: Match) -> bool:
    """Whether a gathering noun is where someone spoke: "at"/"to" (or the speech verb itself:
    "addressed a rally") before it, past its determiners, and a speech verb of the same
    clause before that ("told supporters at a rally", "speaking to a rally in Lyon")."""
    tokens = ctx.tokens
    k = match.start - 1
    while k >= 0 and tokens[k].lower in DETERMINERS:
        k -= 1
    if k < 0:
        return False
    if tokens[k].lower in SPEECH_VERBS:
        return True
    if tokens[k].lower not in ("at", "to"):
        return False
    for j in range(k - 1, max(-1, k - 1 - _SPEECH_REACH), -1):
        word = tokens[j].lower
        if word in SPEECH_VERBS:
            return True
        if word in CLAUSE_STOPS or word in SUBORDINATORS:
            return False
    return False


def _participle_adjective(ctx: SentenceContext, match: Match) -> bool:
    """Whether a one-word past participle stands between a count or an article and the
    actor it describes: "freed six jailed Americans", "the detained activists" (who were
    jailed before; no act of this clause)."""
    if len(match.words) != 1 or match.start == 0 or match.end >= len(ctx.tokens):
        return False
    head = ctx.tokens[match.start].lower
    if not (head.endswith("ed") or head in past_forms()):
        return False
    before = ctx.tokens[match.start - 1]
    counted = (
        before.text.isdigit()
        or before.lower in DETERMINERS | POSSESSIVES
        or before.lower in timex_words.words("number")
    )
    return counted and any(a.start == match.end for a in ctx.actors)


def _owned_noun(ctx: SentenceContext, match: Match) -> bool:
    """Whether a possessive and a country word make the trigger a noun: "met their
    Uruguayan host", "his Chinese counterpart's visit"; or a preposition and a demonym
    adjective: "held in Israeli jails" (a demonym alone is no verb's subject)."""
    if match.start < 2:
        return False
    lead = ctx.tokens[match.start - 2].lower
    if lead in POSSESSIVES:
        return any(
            a.kind == "country" and a.start == match.start - 1 and a.end == match.start
            for a in ctx.actors
        )
    if lead not in (PREPOSITIONS - {"to"}) | DETERMINERS:
        return False
    return any(
        a.modifier and a.start == match.start - 1 and a.end == match.start for a in ctx.actors
    )


def _reduced_relative(ctx: SentenceContext, match: Match) -> bool:
    """A past participle right after a common noun: "the agreement signed in March"."""
    if match.start == 0 or len(match.words) < match.end - match.start:
        return False  # words skipped inside the pattern are its object: "held 20 sailors hostage"
    if len(match.pattern.slots) > 1 and ctx.tokens[match.end - 1].lower not in PARTICLES:
        return False  # the pattern holds the verb's object: "helicopters fired missiles at"
    head = ctx.tokens[match.start].lower
    if not (head.endswith("ed") or head in past_forms()):
        return False
    prev = ctx.tokens[match.start - 1]
    following = _word_at(ctx, match.end)
    if following == "by" and any(a.end == match.start for a in ctx.actors):
        # "Government troops backed by gunships attacked": a passive with no "be" after a
        # noun only describes it, when the sentence has another verb
        return _other_finite_verb(ctx, match)
    if not prev.text.isalpha() or not prev.text.islower():
        return False
    if (
        following not in PREPOSITIONS
        and following not in (".", ",", ";", "by")
        and not _time_follows(ctx, match.end)
    ):
        return False  # it has an object: "missiles killed four people"
    if prev.lower in FREE_BEFORE_VERB or prev.lower in BE or prev.lower.endswith("ly"):
        return False
    if any(a.start <= match.start - 1 < a.end for a in ctx.actors):
        return False
    return _other_finite_verb(ctx, match)


def _word_at(ctx: SentenceContext, index: int) -> str:
    """The lower-cased token at `index`, or "." past the sentence's end."""
    return ctx.tokens[index].lower if index < len(ctx.tokens) else "."


def _participle_after_preposition(ctx: SentenceContext, match: Match) -> bool:
    """A one-word past participle right after a preposition is an adjective, not a verb:
    "supporters of jailed leader X", "calls for detained activists" (not "to" + verb)."""
    if len(match.words) != 1 or match.start == 0:
        return False
    head = ctx.tokens[match.start].lower
    before = ctx.tokens[match.start - 1].lower
    participle = head.endswith("ed") or head in past_forms()
    return participle and before in PREPOSITIONS and before not in ("to", "by")


_TIME_LEADS = grammar_words("time-lead")


def _time_follows(ctx: SentenceContext, index: int) -> bool:
    """Whether a time adverb or expression starts at token `index` ("released late on
    Tuesday", "signed last month"): no object, so a participle before it may modify a noun."""
    if index >= len(ctx.tokens):
        return False
    token = ctx.tokens[index]
    return token.lower in _TIME_LEADS or any(t.start == token.start for t in ctx.times)


def _other_finite_verb(ctx: SentenceContext, match: Match) -> bool:
    """Whether the sentence has a verb besides the trigger: a participle after a noun is a
    reduced relative only then ("the agreement signed in March was praised"); alone it is
    the main verb ("The two armies clashed near the border")."""
    tokens = ctx.tokens
    for k, token in enumerate(tokens):
        if match.start <= k < match.end or not token.lower.isalpha():
            continue
        word = token.lower
        if word in BE or word in HAVE or word in MODALS or word in REPORTING:
            return True
        adjective = k > 0 and tokens[k - 1].lower in DETERMINERS  # "a crowded market"
        if (word.endswith("ed") or word in past_forms()) and not adjective:
            return True
    return False


_FORCE_OBJECT_REACH = 3  # "deployed [the whole] army"


def _force_word_follows(ctx: SentenceContext, match: Match) -> bool:
    """Whether a word for an armed force or police follows the verb closely, with no
    country to make it an actor phrase: "deployed the army along the border"."""
    terms = sector_terms()
    for token in ctx.tokens[match.end : match.end + _FORCE_OBJECT_REACH]:
        term = terms.get(token.lower)
        if term is not None and term.sector in FORCES:
            return True
    return False


def _requirement_met(ctx: SentenceContext, match: Match, requires: str) -> bool:
    if not requires:
        return True
    if requires == "by-agent":  # "a strike by dockers": its agent follows
        return match.end < len(ctx.tokens) and ctx.tokens[match.end].lower == "by"
    following = [a for a in ctx.actors if a.start > match.start and a.start - match.end <= 4]
    if requires == "place-object":
        return any(a.is_place for a in following)
    if requires == "person-object":
        return any(a.kind in ("person", "group", "organisation") for a in following)
    if requires == "party-object":  # "talked to the rebels", not "talked to reporters"
        return bool(following) and not any(a.sector in _AUDIENCE_SECTORS for a in following)
    if requires == "object-to":  # "wants Iran to release": an actor, then an infinitive
        return any(
            a.start - match.end <= 2 and a.end < len(ctx.tokens) and ctx.tokens[a.end].lower == "to"
            for a in following
        )
    if requires == "infinitive":  # "called on X to act", not "called on the president"
        return _infinitive_follows(ctx, match)
    if requires == "subjunctive":  # "insisted that Iran stop", not "insisted it was"
        return _subjunctive_follows(ctx, match, following)
    if requires == "subject-head":  # "An attack on X left 12 dead", not "condemned the attack"
        return _heads_sentence_subject(ctx, match)
    if requires == "gerund":  # "attacked X for meddling", not "attacked X for hours"
        return not match.passive and _word_at(ctx, match.end).endswith("ing")
    if requires == "reciprocal":
        return _reciprocal(ctx, match)
    if requires == "no-thing-object":
        return not _thing_object(ctx, match)
    if requires == "no-second-object":
        return not _second_object(ctx, match)
    if requires == "not-admission":  # "accepted that it fell short", "accepted the blame"
        return not _admission(ctx, match)
    if requires == "not-team-subject":
        return not _team_subject(ctx, match)
    if requires == "force-object":
        return (
            any(a.sector in FORCES for a in following)
            or any(
                a.sector in FORCES
                for a in ctx.actors
                if a.start >= match.end - 1 and a.start - match.end <= 4
            )
            or (is_agentless_passive(ctx, match) and _forces_before(ctx, match))
            or _force_word_follows(ctx, match)
        )
    if requires == "force-subject":
        return not is_agentless_passive(ctx, match) and _forces_before(ctx, match)
    return True


_AUDIENCE_SECTORS = frozenset({"JRN"})  # the press hears what is said: no party to talks
_INFINITIVE_REACH = 15  # "called on [the leaders of both parties in the region] to ..."


def _infinitive_follows(ctx: SentenceContext, match: Match) -> bool:
    """Whether "to" and a verb follow the trigger in its clause: "called on Iran to free"."""
    tokens = ctx.tokens
    for k in range(match.end, min(len(tokens) - 1, match.end + _INFINITIVE_REACH)):
        word = tokens[k].lower
        if word in (",", ".", ";", ":") or word in SUBORDINATORS:
            return False
        if word == "to":
            after = tokens[k + 1]
            return after.text.isalpha() and after.text.islower() and after.lower not in DETERMINERS
    return False


_SUBJECT_HEAD_REACH = 4  # "New [European Union] sanctions", "A [fresh] truce"


def _nominal_subject_head(ctx: SentenceContext, match: Match) -> bool:
    """Whether a one-word verb trigger after an article is the noun heading the sentence's
    subject with its "of" or "by" phrase ("The release of 300 prisoners by the junta was
    confirmed", "An offensive by Sri Lankan troops left 40 dead"): the event the sentence
    reports, its agent after "by" (read as a noun)."""
    if len(match.words) != 1 or match.end >= len(ctx.tokens):
        return False
    head = ctx.tokens[match.start].lower
    if head.endswith(("ed", "ing")) or ctx.tokens[match.end].lower not in ("of", "by"):
        return False
    return (
        match.start > 0
        and ctx.tokens[match.start - 1].lower in DETERMINERS
        and (_heads_sentence_subject(ctx, match))
    )


def _heads_sentence_subject(ctx: SentenceContext, match: Match) -> bool:
    """Whether the noun heads the sentence's subject: among its first words, after only
    determiners and modifiers ("An attack on a convoy left 12 dead", "New sanctions against
    Iran took effect"); elsewhere such a noun is another verb's object or a setting
    ("condemned the sanctions", "warned of attacks", "in an attack on")."""
    before = ctx.tokens[: match.start]
    return match.start <= _SUBJECT_HEAD_REACH and all(
        t.text.isalpha() and t.lower not in PREPOSITIONS and not t.lower.endswith("ed")
        for t in before
    )


def _subjunctive_follows(ctx: SentenceContext, match: Match, following: list[ActorPhrase]) -> bool:
    """Whether the clause after the verb puts a bare verb after its subject ("insisted that
    Iran stop the tests", "that the talks continue"): a demand, where a finite verb ("had
    fired", "was", "would not") only reports a claim."""
    tokens = ctx.tokens
    subject = next((a for a in following if a.start - match.end <= 2), None)
    if subject is None or subject.end >= len(tokens):
        return False
    verb = tokens[subject.end]
    word = verb.lower
    finite = word in BE | HAVE | MODALS or word in past_forms() or word.endswith(("s", "ed"))
    return verb.text.isalpha() and verb.text.islower() and not finite


_THING_OBJECTS = grammar_words("thing-object")
_THING_REACH = 4  # "released [its long-awaited annual] report"


_ADMISSIONS = grammar_words("admission-object")
_ADMISSION_REACH = 3  # "accepted [full] [personal] responsibility"


def _admission(ctx: SentenceContext, match: Match) -> bool:
    """Whether the verb admits something rather than agreeing to it: a "that" clause
    follows ("accepted that the process fell short"), or a fault word within its first
    words ("accepted full responsibility", "accepted the blame")."""
    following = [t.lower for t in ctx.tokens[match.end : match.end + _ADMISSION_REACH]]
    return following[:1] == ["that"] or any(w in _ADMISSIONS for w in following)


def _thing_object(ctx: SentenceContext, match: Match) -> bool:
    """Whether a thing or a sum, not people, is the object: "released its annual report",
    "freed up $10 million"; the object's words are read up to a preposition or stop."""
    for token in ctx.tokens[match.end : match.end + _THING_REACH]:
        word = token.lower
        if word in _THING_OBJECTS or word[:1] in _THING_OBJECTS:
            return True
        if word in PREPOSITIONS or word in CLAUSE_STOPS:
            return False
    return False


def _team_subject(ctx: SentenceContext, match: Match) -> bool:
    """Whether a name that is no coded actor or person takes the verb's plain plural form:
    "Castleford host Dunmore" (a team, as British sport writing makes it plural); "the
    Netherlands host", "Xi and Putin host" and "they host" are not teams."""
    if match.start == 0 or len(match.words) != 1:
        return False
    before = ctx.tokens[match.start - 1]
    head = ctx.tokens[match.start].lower
    if not before.is_title or head.endswith(("s", "ed", "ing")):
        return False
    k = match.start - 1
    return not any((a.country or a.kind == "person") and a.start <= k < a.end for a in ctx.actors)


_SECOND_OBJECT_REACH = 6  # "denied [the ruling Labour party] a majority"


def _second_object(ctx: SentenceContext, match: Match) -> bool:
    """Whether the verb takes two objects, someone and then "a/an" something: "denied the
    party a majority", "refused him a visa" (kept from having, not a refusal of a demand)."""
    tokens = ctx.tokens
    for k in range(match.end, min(len(tokens), match.end + _SECOND_OBJECT_REACH)):
        word = tokens[k].lower
        if word in ("a", "an"):
            return k > match.end  # "denied a request" has one object
        if word in PREPOSITIONS or word in CLAUSE_STOPS or word in SUBORDINATORS:
            return False
    return False


def _forces_before(ctx: SentenceContext, match: Match) -> bool:
    """Whether armed forces or police end just before the trigger, as its subject ("troops
    left", "soldiers were deployed", "the army has now withdrawn")."""
    return any(
        a.sector in FORCES and 0 <= match.start - a.end <= 3
        for a in ctx.actors
        if a.kind != "pronoun"
    )


_RECIPROCAL_SUBJECTS = grammar_words("reciprocal-subject")
_NOT_RECIPROCAL = grammar_words("not-reciprocal")


def _reciprocal(ctx: SentenceContext, match: Match) -> bool:
    """ "They last spoke in May": a plural pronoun subject at most one word before the verb,
    and no object or preposition that gives the verb another partner right after it."""
    tokens = ctx.tokens
    before = [t.lower for t in tokens[max(0, match.start - 2) : match.start]]
    after = tokens[match.end].lower if match.end < len(tokens) else ""
    return bool(_RECIPROCAL_SUBJECTS.intersection(before)) and after not in _NOT_RECIPROCAL
