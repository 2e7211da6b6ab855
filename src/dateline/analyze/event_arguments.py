"""The source and target actors of one trigger.

A verb trigger takes the clause subject as source (relative clauses and appositions
skipped; "he"/"they" resolved to the nearest person or compound actor before it) and the
actor after it, or after the preposition the lexicon names, as target; a passive "was
attacked by X" swaps them. A noun trigger takes "between X and Y", "X's", "with Y",
"hosted by Z", and the subject of a support verb ("held talks", "took part in a summit").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dateline.analyze import gazetteer, timex_words
from dateline.analyze.actors import ActorPhrase
from dateline.analyze.event_clause import actors_outside_asides, closed_relative
from dateline.analyze.event_context import (
    BE,
    DETERMINERS,
    HAVE,
    MODALS,
    PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVES,
    REPORTING,
    SPEECH_VERBS,
    SUBORDINATORS,
    SentenceContext,
    past_forms,
    possessive_mark,
)
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_tokens import Token
from dateline.analyze.triggers import Match, word_forms

_TARGET_WINDOW = 8
_REGIONS = grammar_words("region-adjective")
_SUPPORT_VERBS = grammar_words("support-verb")
_BE_SUPPORT = grammar_words("be-support")
_NOT_OBJECT = grammar_words("not-object")
_JOINERS = frozenset({"and", "or", ","})
_QUANTITIES = grammar_words("quantity")


def _coordinated(
    ctx: SentenceContext, first: ActorPhrase, stop: int, *, subject: bool = False
) -> tuple[ActorPhrase, ...]:
    """`first` and the actors joined to it by "and" ("X, Y and Z") before `stop`; a
    description named by an apposition is the people it names ("the two presidents, A of
    Kyrgyzstan and B of Tajikistan,")."""
    tokens = ctx.tokens
    by_start = {a.start: a for a in ctx.actors}
    named, end = _named_by_apposition(ctx, first, stop)
    if subject and len(named) == 1:
        # "A member of parliament, X, started": a subject keeps the words the text gives
        # (the article step ties a role to its holder)
        named = (first,)
    chain = list(named)
    with_and = len(chain)
    while end < stop:
        j = end
        while j < stop and tokens[j].lower in (",", "and", "&", "as", "well", "or", "the"):
            j += 1
        nxt = by_start.get(j)
        if nxt is not None and nxt.kind == "pronoun" and tokens[j].lower in POSSESSIVES:
            nxt = by_start.get(nxt.end)  # "X and his Polish counterpart"
        if j == end or nxt is None or nxt.end > stop or nxt.kind == "pronoun":
            break
        joiners = {tokens[k].lower for k in range(end, j)}
        if not joiners & {",", "and", "&", "or"}:
            break
        named, end = _named_by_apposition(ctx, nxt, stop)
        chain.extend(a for a in named if a not in chain)
        if joiners & {"and", "&", "or"}:
            with_and = len(chain)
            break
    if subject and _headline_list(chain, end, stop):
        with_and = len(chain)
    return _share_heads(ctx, tuple(chain[: max(with_and, 1)]))


def _headline_list(chain: list[ActorPhrase], end: int, stop: int) -> bool:
    """ "Japan, India agree to ...": countries joined by commas alone, opening the sentence
    and running up to its verb, are all its subject (headlines drop the "and")."""
    return (
        len(chain) > 1
        and end == stop
        and chain[0].start == 0
        and all(actor.kind == "country" for actor in chain)
    )


_LIST_JOINERS = frozenset({",", "and"})


def _named_by_apposition(
    ctx: SentenceContext, actor: ActorPhrase, stop: int
) -> tuple[tuple[ActorPhrase, ...], int]:
    """A description and the people an apposition after it names, with the description's
    codes where a name has none, and the token where the apposition ends: "his Polish
    counterpart, Tomasz Nowak," is Nowak; a plural one may name several, each maybe with
    his country ("the two presidents, A of Kyrgyzstan and B of Tajikistan,")."""
    tokens = ctx.tokens
    if actor.kind == "person" or actor.end >= stop or tokens[actor.end].lower != ",":
        return (actor,), actor.end
    by_start = {a.start: a for a in ctx.actors}
    several = _plural_description(ctx, actor)
    names: list[ActorPhrase] = []
    k = actor.end + 1
    while k < stop:
        named = by_start.get(k)
        if named is None or named.kind != "person" or named.end > stop:
            break
        country, k = _of_country(ctx, named, stop)
        names.append(
            replace(
                named,
                country=named.country or country or actor.country,
                sector=named.sector or actor.sector,
            )
        )
        if not several or k >= stop or tokens[k].lower not in _LIST_JOINERS:
            break
        joined = k
        while joined < stop and tokens[joined].lower in _LIST_JOINERS:
            joined += 1
        nxt = by_start.get(joined)
        if nxt is None or nxt.kind != "person":
            break  # the comma closes the apposition
        k = joined
    if not names:
        return (actor,), actor.end
    return tuple(names), k


def _plural_description(ctx: SentenceContext, actor: ActorPhrase) -> bool:
    """Whether an unnamed description speaks of several people: "the two presidents",
    "foreign ministers"."""
    words = [t.lower for t in ctx.tokens[actor.start : actor.end]]
    head = words[-1] if words else ""
    return actor.number == "plural" or (head.endswith("s") and not head.endswith("ss"))


def _of_country(ctx: SentenceContext, person: ActorPhrase, stop: int) -> tuple[str | None, int]:
    """The country of "<name> of <country>" in a list of names, and the token after it."""
    tokens = ctx.tokens
    k = person.end
    if k + 1 < stop and tokens[k].lower == "of":
        place = next((a for a in ctx.actors if a.start == k + 1 and a.kind == "country"), None)
        if place is not None and place.end <= stop:
            return place.country, place.end
    return None, k


def _share_heads(ctx: SentenceContext, group: tuple[ActorPhrase, ...]) -> tuple[ActorPhrase, ...]:
    """ "Hungarian and Romanian officials": the last phrase's sector goes to bare demonyms;
    "the presidents of Brazil, Argentina and Chile": the first phrase's goes to the bare
    countries after it (each country's president)."""
    group = _share_of_head(ctx, group)
    last = group[-1]
    if len(group) < 2 or last.sector is None:
        return group
    shared = []
    for actor in group[:-1]:
        if (
            actor.sector is None
            and actor.kind == "country"
            and actor.end - actor.start <= 2
            and not _names_country(actor)
        ):
            # "Danish [leaders]": people of the country, not the country itself; a
            # country's name ("Colombia and FARC rebels") is the state, not its rebels
            shared.append(replace(actor, sector=last.sector, kind=last.kind, entity=None))
        else:
            shared.append(actor)
    return (*shared, last)


def _names_country(actor: ActorPhrase) -> bool:
    """Whether an actor's text is a country's name ("Colombia"), not its demonym nor an
    abbreviation used as one ("US and British forces")."""
    if actor.text.isupper():
        return False
    entry = gazetteer.lookup(actor.text)
    return entry is not None and entry.kind == "name" and entry.type == "country"


def _subject(ctx: SentenceContext, match: Match, left: int) -> tuple[ActorPhrase, ...]:
    """The clause subject before the trigger, or the sentence's subject as a fallback."""
    tokens = ctx.tokens
    controller = _gerund_controller(ctx, match, left)
    if controller is not None:
        return _coordinated(ctx, controller, match.start, subject=True)
    if left < len(tokens) and tokens[left].lower in RELATIVES:
        own = actors_outside_asides(ctx, left + 1, match.start)
        antecedent = [a for a in ctx.actors if a.end <= left - 1 and a.kind != "pronoun"]
        if not own and antecedent:
            return (antecedent[-1],)
    # "Protesters who rallied in Paris demanded": the relative clause's actors are not the subject
    relative = closed_relative(ctx, match)
    candidates = actors_outside_asides(ctx, left, match.start if relative is None else relative)
    if len(candidates) > 1 and _hearer(ctx.tokens, candidates[0]):
        candidates = candidates[1:]  # "told the BBC the government had offered": not the BBC
    if (
        not candidates
        and left > 0
        and match.start - left <= 2
        and not _own_subject(ctx, match, left)
    ):
        # "X met Y and agreed": a shared subject
        candidates = actors_outside_asides(ctx, _conjunct_start(ctx, match, left), left)
    if not candidates:
        return ()
    first = candidates[0]
    owned = _owned_by_pronoun(ctx, candidates)
    if owned:
        return owned
    if first.kind == "pronoun":
        return _resolve_pronoun(ctx, first)
    if first.end < match.start and tokens[first.end].lower in ("'s", "’s"):
        return ()  # "Lebanon's rival factions agreed": the factions act, not Lebanon
    if first.modifier and first.sector is None and _names_weapon(tokens, first.end):
        first = replace(first, sector="MIL")  # "Russian missiles hit": Russia's military
    elif first.modifier and first.end < match.start:
        return ()  # "Greek firefighters battled", "a Senegalese plan": the noun acts
    return _group_of_countries(ctx, first, match.start) or _coordinated(
        ctx, first, match.start, subject=True
    )


def _conjunct_start(ctx: SentenceContext, match: Match, left: int) -> int:
    """Where the clause a coordinated verb shares its subject with begins: after the last
    verb of saying before "and" when an actor follows it ("Officials said Rwandan troops
    had crossed the border and attacked": the troops attacked), unless the verb is itself
    one of saying ("X said the talks would resume and warned that": X warned)."""
    tokens = ctx.tokens
    if tokens[match.start].lower in SPEECH_VERBS | REPORTING:
        return 0
    for k in range(left - 1, -1, -1):
        if tokens[k].lower in REPORTING or tokens[k].lower in ("that", ":"):
            if _after_modal_clause(tokens, k + 1, left, match):
                return 0  # "said it would consider X and called on Y": the speaker called
            if actors_outside_asides(ctx, k + 1, left):
                return k + 1
            return 0
    return 0


def _after_modal_clause(tokens: Sequence[Token], start: int, end: int, match: Match) -> bool:
    """Whether a past form after "and" follows a reported clause with a modal ("said it
    would consider a challenge and called on the council"): the reported verb goes on in
    its plain form ("would consider ... and call"), so a past form goes with the verb of
    saying."""
    word = tokens[match.start].lower
    past = word.endswith("ed") or word in past_forms()
    return past and any(t.lower in MODALS for t in tokens[start:end])


_AFFILIATED_ROLES = grammar_words("affiliated-role")
_GERUND_SUBJECT = grammar_words("gerund-subject")


def _own_subject(ctx: SentenceContext, match: Match, left: int) -> bool:
    """Whether a clause opened by a subordinator has words of its own before the trigger
    ("after a crowd attacked"): its subject, though no actor, is not the main clause's."""
    tokens = ctx.tokens
    return (
        tokens[left - 1].lower in SUBORDINATORS
        and match.start > left
        and any(t.text.isalpha() for t in tokens[left : match.start])
    )


def _gerund_controller(ctx: SentenceContext, match: Match, left: int) -> ActorPhrase | None:
    """The object that does what an "-ing" trigger after "of/for/from" says: in "Kyiv accused
    Moscow of attacking", Moscow attacks (the clause subject only accuses)."""
    tokens = ctx.tokens
    k = match.start - 1
    if k <= left or not tokens[match.start].lower.endswith("ing"):
        return None
    if tokens[k].lower not in _GERUND_SUBJECT:
        return None
    before = [a for a in actors_outside_asides(ctx, left, k) if a.end == k]
    others = [a for a in actors_outside_asides(ctx, left, k) if a.end < k]
    if not before or not others or before[0].kind == "pronoun":
        return None  # no subject before the object: "the union spoke of negotiating"
    return before[0]


def _owned_by_pronoun(
    ctx: SentenceContext, candidates: Sequence[ActorPhrase]
) -> tuple[ActorPhrase, ...]:
    """A subject group with no country of its own after a possessive ("Peru said its
    troops had withdrawn", "the rebels said their fighters ..."): the group, of the
    country the pronoun refers to, keeping its own sector. Empty when that does not apply
    (a role that serves its owner, "their leaders", is the owner's: `_resolve_pronoun`)."""
    tokens = ctx.tokens
    first = candidates[0]
    if first.kind == "pronoun":
        if first.text.lower() not in POSSESSIVES or len(candidates) < 2:
            return ()
        noun, owner = candidates[1], first
        if noun.start != owner.end:
            return ()
    else:
        noun = first
        k = noun.start - 1
        if k < 0 or tokens[k].lower not in POSSESSIVES:
            return ()
        token = tokens[k]
        number = "neuter" if token.lower == "its" else "plural"
        owner = ActorPhrase(k, k + 1, token.start, token.end, token.text, None, None, "pronoun")
        owner = replace(owner, number=number)
    if noun.country is not None or noun.sector is None or noun.kind == "pronoun":
        return ()
    if tokens[noun.end - 1].lower in _AFFILIATED_ROLES:
        return ()  # "the miners said their leaders ...": the owner's own people, its codes
    found = [a for a in _resolve_pronoun(ctx, owner) if a.kind != "pronoun" and a.country]
    return tuple(replace(noun, country=a.country, entity=None) for a in found)


_WEAPONS = grammar_words("weapon") | grammar_words("military-noun")


def _names_weapon(tokens: Sequence[Token], index: int) -> bool:
    """Whether a weapon or military word stands at `index` ("missiles", "drone attack",
    "positions", "air strikes")."""
    return index < len(tokens) and tokens[index].lower in _WEAPONS


_CIVILIAN_NOUNS = grammar_words("civilian-noun")


def armed_modifiers(
    tokens: Sequence[Token], actors: tuple[ActorPhrase, ...]
) -> tuple[ActorPhrase, ...]:
    """A demonym before a weapon or military noun stands for that country's military, MIL
    ("shelled Ukrainian positions", "condemned the Turkish air strikes"); before a noun of
    civilians' homes and places, for its civilians, CVL ("fired at an Israeli settlement")."""
    coded = []
    for actor in actors:
        if actor.modifier and actor.sector is None and _names_weapon(tokens, actor.end):
            actor = replace(actor, sector="MIL")
        elif actor.modifier and actor.sector is None and tokens[actor.end].lower in _CIVILIAN_NOUNS:
            actor = replace(actor, sector="CVL")
        coded.append(actor)
    return tuple(coded)


def _group_of_countries(
    ctx: SentenceContext, group: ActorPhrase, stop: int
) -> tuple[ActorPhrase, ...]:
    """ "Officials from the United States and China", "lawmakers of both Koreas": a plural
    group drawn from two or more countries is each country's group (the countries, with the
    group's sector). Empty when the group has one country or none after it."""
    tokens = ctx.tokens
    if group.kind not in ("group", "organisation") or group.sector is None:
        return ()
    if not _plural_description(ctx, group) or group.end + 1 >= stop:
        return ()
    if tokens[group.end].lower not in ("from", "of"):
        return ()
    k = group.end + 1
    while k < stop and tokens[k].lower in DETERMINERS:
        k += 1
    first = next((a for a in ctx.actors if a.start == k and a.kind == "country"), None)
    if first is None:
        return ()
    countries = _coordinated(ctx, first, stop)
    if len(countries) < 2 or any(a.kind != "country" or a.town for a in countries):
        return ()
    return tuple(replace(a, sector=group.sector, kind="group", entity=None) for a in countries)


_ADDRESSEE_VERBS = grammar_words("addressee-verb")


def _hearer(tokens: Sequence[Token], actor: ActorPhrase) -> bool:
    """Whether the actor is the object of "told"/"informed" right before it (the hearer)."""
    k = actor.start - 1
    if k >= 0 and tokens[k].lower in ("the", "a", "an"):
        k -= 1
    return k >= 0 and tokens[k].lower in _ADDRESSEE_VERBS


def _share_of_head(ctx: SentenceContext, group: tuple[ActorPhrase, ...]) -> tuple[ActorPhrase, ...]:
    """A plural role "of" a country, then more countries: the role holds for each."""
    first = group[0]
    if len(group) < 2 or first.sector is None or first.kind == "country":
        return group
    words = [t.lower for t in ctx.tokens[first.start : first.end]]
    if (
        "of" not in words
        or words.index("of") == 0
        or not words[words.index("of") - 1].endswith("s")
    ):
        return group  # "the presidents of", "foreign ministers of": a plural head
    shared = [first]
    for actor in group[1:]:
        if actor.kind == "country" and actor.sector is None:
            actor = replace(actor, sector=first.sector, kind=first.kind, entity=None)
        shared.append(actor)
    return tuple(shared)


def _speaker_right_before(ctx: SentenceContext, start: int) -> ActorPhrase | None:
    """The state or body that says what a pronoun at `start` opens: "Japan said (that) it"."""
    k = start - 1
    if k >= 0 and ctx.tokens[k].lower == "that":
        k -= 1
    if k < 1 or ctx.tokens[k].lower not in SPEECH_VERBS:
        return None
    return next(
        (a for a in ctx.actors if a.end == k and a.kind in ("country", "organisation")), None
    )


def _resolve_pronoun(ctx: SentenceContext, pronoun: ActorPhrase) -> tuple[ActorPhrase, ...]:
    """The nearest person (he/she) or compound/plural actor (they) before a pronoun; for
    "it", the first state or organisation that is a subject before it ("Iran said it ...")."""
    earlier = [a for a in ctx.actors if a.end <= pronoun.start and a.kind != "pronoun"]
    if pronoun.number == "neuter":
        speaker = _speaker_right_before(ctx, pronoun.start)
        if speaker is not None:
            return (speaker,)  # "the EU pledged aid, and Japan said it would ...": Japan
        bodies = [
            a
            for a in actors_outside_asides(ctx, 0, pronoun.start)
            if a.kind in ("country", "organisation") and a.end <= pronoun.start
        ]
        return (bodies[0],) if bodies else (pronoun,)
    if pronoun.number == "singular":
        people = [a for a in earlier if a.kind == "person" and a.name]
        # "In a letter to President X, Y said he would ...": Y, a subject, not the one
        # a preposition governs
        subjects = [a for a in actors_outside_asides(ctx, 0, pronoun.start) if a in people]
        people = subjects or people
        return (people[0],) if people else (pronoun,)
    for start in range(len(earlier)):
        group = _coordinated(ctx, earlier[start], pronoun.start)
        if len(group) > 1:
            return group
    plural = [a for a in earlier if a.number == "plural"]
    if plural:
        return (plural[-1],)
    bodies = [a for a in actors_outside_asides(ctx, 0, pronoun.start) if a.kind == "organisation"]
    return (bodies[0],) if bodies else (pronoun,)  # "the police said they ..."


def actors_after(
    ctx: SentenceContext, start: int, stop: int, preposition: str | None = None
) -> tuple[ActorPhrase, ...]:
    """The first actor (and those coordinated with it) after token `start` in the clause."""
    tokens = ctx.tokens
    owned = False
    stop = min(stop, _next_predicate(ctx, start, stop))
    for actor in ctx.actors:
        if actor.start < start or actor.start >= stop or actor.start - start > _TARGET_WINDOW:
            continue
        if actor.kind == "pronoun" and _opens_free_relative(tokens, actor.start):
            continue  # "against what they called unfair competition": they only name it
        k = actor.start - 1
        while k >= start and (
            tokens[k].lower in ("the", "a", "an", *POSSESSIVES) or tokens[k].lower in _REGIONS
        ):
            k -= 1  # "at northern Israel", "on the eastern Ukraine border"
        before = tokens[k].lower if k >= 0 else ""
        if preposition is not None:
            if before != preposition:
                continue
        elif owned and k > start and (before in PREPOSITIONS or before in _JOINERS):
            # "support the rights of Kurds in their struggle against X", "the arrest of
            # activists and journalists": past a possessor of the object, still its phrase
            return ()
        elif before == "of" and k > start and tokens[k - 1].lower in _QUANTITIES:
            pass  # "tortured scores of refugees": the people counted are the object
        elif before in _NOT_OBJECT or _object_of_participle(tokens, start, k):
            owned = owned or (before == "of" and actor.kind != "pronoun" and not actor.town)
            continue
        elif actor.is_place and any(
            t.lower in ("in", "at", "near", "from", "into") for t in tokens[max(0, k - 2) : k + 1]
        ):
            continue  # "in central Baghdad", "in east Jerusalem": a place, not a target
        if actor.kind == "pronoun":
            if actor.text.lower() in ("his", "her", "their", "its"):
                continue  # a possessive determiner: the actor follows
            return _resolve_pronoun(ctx, actor)
        return _coordinated(ctx, actor, stop)
    return ()


_FREE_RELATIVES = grammar_words("free-relative")


def _next_predicate(ctx: SentenceContext, start: int, stop: int) -> int:
    """Where a second predicate of the subject begins after `start`: "and" or "but" right
    before another trigger ("rejected the claims and summoned the ambassador"), whose
    object is not the first verb's; right after the verb ("arrested and charged X") the
    object is shared. `stop` when there is none."""
    starts = {char for char, _ in ctx.trigger_spans}
    tokens = ctx.tokens
    for k in range(start + 1, min(stop, len(tokens) - 1)):  # "arrested and charged X": shared
        if tokens[k].lower in ("and", "but") and tokens[k + 1].start in starts:
            return k
    return stop


def _opens_free_relative(tokens: Sequence[Token], start: int) -> bool:
    """Whether the word before token `start` opens a free relative ("what they called"):
    the pronoun is that clause's subject, no object of the verb before it."""
    return start > 0 and tokens[start - 1].lower in _FREE_RELATIVES


def _object_of_participle(tokens: Sequence[Token], start: int, k: int) -> bool:
    """Whether the preposition at `k` completes a participle after a noun, both after the
    trigger at `start`: "arrested a suspect linked to X", "detained a man accused of
    spying for X" (X is no target of the arrest)."""
    if k - 2 < start or tokens[k].lower not in PREPOSITIONS:
        return False
    participle, noun = tokens[k - 1].lower, tokens[k - 2]
    if not (participle.endswith("ed") or participle in past_forms()):
        return False
    return noun.text.isalpha() and noun.text.islower() and noun.lower not in DETERMINERS


def _is_passive(ctx: SentenceContext, match: Match) -> bool:
    tokens = ctx.tokens
    head = tokens[match.start].lower
    before = tokens[match.start - 1].lower if match.start > 0 else ""
    participle = head.endswith(("ed", "en")) or head in past_forms()
    has_by = any(t.lower == "by" for t in tokens[match.end : match.end + 6])
    return participle and has_by and (before in BE or before in ("been", "being"))


def is_agentless_passive(ctx: SentenceContext, match: Match) -> bool:
    """A participle right after "be" with no "by" agent ("were killed", "was arrested")."""
    tokens = ctx.tokens
    if match.start == 0:
        return False
    head = tokens[match.start].lower
    before = tokens[match.start - 1].lower
    participle = head.endswith(("ed", "en")) or head in past_forms()
    return participle and (before in BE or before in ("been", "being"))


def verb_arguments(
    ctx: SentenceContext, match: Match, left: int, right: int, hint: str
) -> tuple[tuple[ActorPhrase, ...], tuple[ActorPhrase, ...]]:
    if match.passive:
        return _passive_arguments(ctx, match, right, hint)
    subject = _subject(ctx, match, left)
    if hint == "subject":
        return _demand_arguments(ctx, subject, left, right)
    if _is_passive(ctx, match):
        by = actors_after(ctx, match.end, right, "by")
        return by, subject
    if is_agentless_passive(ctx, match):
        if hint == "with":  # "soldiers were killed in clashes with rebels": both sides fight
            return subject, actors_after(ctx, match.end, right, "with")
        return (), subject  # "five soldiers were killed": the subject suffers, no one acts
    if hint == "none":
        return subject, ()
    if hint == "victim":  # "the senator survived an ambush by gunmen": the subject suffers
        return actors_after(ctx, match.end, right, "by"), subject
    if hint == "place":
        return subject, tuple(a for a in actors_after(ctx, match.start + 1, right) if a.is_place)
    if hint == "inside":  # "ordered French troops out": the object the pattern holds
        return subject, actors_after(ctx, match.start + 1, match.end)
    target: tuple[ActorPhrase, ...] = ()
    if hint not in ("object",):
        target = actors_after(ctx, match.end, right, hint)
        if not target and hint in _ACT_PREPOSITIONS:
            target = _phrase_agent(ctx, match.end, right, hint)
    elif (slot := _object_slot(ctx, match)) is not None:
        target = actors_after(ctx, match.words[0] + 1, slot)
    if not target and hint == "object":
        target = _object_agent(ctx, match, right)
    if not target:
        target = _indirect_object(ctx, match)
    if not target:
        infinitive = _infinitive_start(ctx, match, right)
        target = actors_after(ctx, match.end, infinitive) or _recipient(ctx, infinitive, right)
    if not target and len(match.pattern.slots) > 1:
        # the pattern holds the object: "expelled two British journalists" (not the
        # subject's own: "Moscow sent Russian troops")
        inside = actors_after(ctx, match.words[0] + 1, match.end)
        own = {a.country for a in subject}
        target = tuple(a for a in inside if a.end == match.end and a.country not in own)
    return subject, target


_OBJECT_NOUN_REACH = 4  # "condemned the illegal naval blockade by X"


_ACT_PREPOSITIONS = grammar_words("act-preposition")
_REPORT_NOUNS = grammar_words("report-noun")


def _phrase_agent(
    ctx: SentenceContext, start: int, right: int, preposition: str
) -> tuple[ActorPhrase, ...]:
    """The "by" agent of the act a preposition after the trigger introduces: "a probe
    into abuses by Ethiopian troops" (they are whom it is about)."""
    tokens = ctx.tokens
    for k in range(start, min(right, start + 3)):
        if tokens[k].lower == preposition:
            agent = _agent_after(ctx, k + 1, right)
            words = {t.lower for t in tokens[k + 1 : agent[0].start]} if agent else set()
            return () if words & _REPORT_NOUNS else agent  # "into an allegation by X"
    return ()


def _object_agent(ctx: SentenceContext, match: Match, right: int) -> tuple[ActorPhrase, ...]:
    """The agent of a noun that is the verb's object: "condemned an illegal blockade by
    Venezuela", "welcomed the move by Japan" (the act's doer is whom the verb is about)."""
    return _agent_after(ctx, match.end, right)


def _agent_after(ctx: SentenceContext, k: int, right: int) -> tuple[ActorPhrase, ...]:
    """The actor after "by" that follows a short noun phrase starting at token `k`."""
    tokens = ctx.tokens
    if k < right and tokens[k].lower in DETERMINERS:
        k += 1
    nouns = 0
    while k < right and nouns < _OBJECT_NOUN_REACH:
        token = tokens[k]
        if token.lower == "by":
            return actors_after(ctx, k, right, "by") if nouns else ()
        if not (token.text.isalpha() and token.text.islower()) or k in ctx.actor_tokens:
            return ()
        if token.lower in PREPOSITIONS or token.lower in BE or token.lower in SUBORDINATORS:
            return ()
        nouns += 1
        k += 1
    return ()


def _object_slot(ctx: SentenceContext, match: Match) -> int | None:
    """Where a pattern's open slot after its verb ends, when a preposition of the pattern
    closes it ("barred * from", "took * into custody"): the slot holds the verb's object
    ("barred women from working for the UN": the women, not the UN). Else None."""
    if len(match.words) < 2 or match.words[1] <= match.words[0] + 1:
        return None
    closer = match.words[1]
    return closer if ctx.tokens[closer].lower in PREPOSITIONS else None


def _passive_arguments(
    ctx: SentenceContext, match: Match, right: int, hint: str
) -> tuple[tuple[ActorPhrase, ...], tuple[ActorPhrase, ...]]:
    """A verb + object pattern read in the passive ("sanctions were imposed on X by Y", "a
    deal was struck between X and Y", "an inquiry was opened into ..."): the agent after
    "by" or the parties after "between" act; the target is after the pattern's preposition."""
    source = actors_after(ctx, match.end, right, "by") or actors_after(
        ctx, match.end, right, "between"
    )
    target: tuple[ActorPhrase, ...] = ()
    if hint not in ("object", "none", "subject", "place", "inside", "victim"):
        # after the verb, or in the object's own phrase: "relations with Iran were cut"
        target = actors_after(ctx, match.end, right, hint) or actors_after(
            ctx, match.start, match.end, hint
        )
    if hint == "object" and not target:
        # the object is people: "Afghan refugees were deported", "two reporters were expelled"
        target = tuple(a for a in ctx.actors if a.start <= match.start < a.end)
    return source, tuple(a for a in target if a not in source)


_RECIPIENT_MARKS = frozenset({"to", "with"})


def _recipient(ctx: SentenceContext, start: int, stop: int) -> tuple[ActorPhrase, ...]:
    """The actor a "to"/"with" in `(start, stop)` introduces, maybe past one modifier:
    whom an infinitive's action is for ("to continue aid to war-torn Mozambique")."""
    tokens = ctx.tokens
    for actor in ctx.actors:
        if not start + 1 < actor.start < stop or actor.kind == "pronoun":
            continue
        marks = [tokens[k].lower for k in range(max(start + 1, actor.start - 2), actor.start)]
        if marks and (marks[-1] in _RECIPIENT_MARKS or marks[0] in _RECIPIENT_MARKS):
            return _coordinated(ctx, actor, stop)
    return ()


def _infinitive_start(ctx: SentenceContext, match: Match, right: int) -> int:
    """Where the infinitive completing an agreement or a pledge starts, when it reports no
    event of its own ("agreed on Tuesday to pool firefighting crews"): what it acts on is a
    thing, not whom the agreement is with. Else `right`."""
    if match.pattern.entry.label != "AGREE" and match.pattern.get("intent") is not True:
        return right
    if match.start in ctx.complements:
        return right  # "agreed to meet Iraqi officials": the meeting's partner is the target
    for k in range(match.end, min(right, match.end + 6) - 1):
        if k in ctx.actor_tokens:
            return right
        word = ctx.tokens[k + 1]
        if ctx.tokens[k].lower == "to" and word.text.isalpha() and word.text.islower():
            return right if word.lower in DETERMINERS | POSSESSIVES else k
    return right


def _indirect_object(ctx: SentenceContext, match: Match) -> tuple[ActorPhrase, ...]:
    """The actor right after the verb of a gapped pattern, before its object: "gave
    Jordan 100 million dollars" (not a modifier of the object: "sent Russian troops")."""
    if len(match.words) < 2 or match.words[1] == match.start + 1:
        return ()
    for actor in ctx.actors:
        if (
            actor.start == match.start + 1
            and actor.end < match.words[1]
            and actor.kind in ("country", "organisation", "person")
            and actor.number != "plural"
        ):
            return (actor,)
    return ()


def _demand_arguments(
    ctx: SentenceContext, subject: tuple[ActorPhrase, ...], left: int, right: int
) -> tuple[tuple[ActorPhrase, ...], tuple[ActorPhrase, ...]]:
    """ "X said Y must act": the speaker demands, the subject of "must" is the target.

    The speaker is the subject of a reporting verb before the clause ("X said that") or
    the actor beside one after it ("..., X said"); without a speaker, or when the speaker
    is the one who must act, the modal is no demand.
    """
    speaker = _speaker(ctx, left, right)
    subject = tuple(a for a in subject if a.kind != "pronoun")
    if not speaker or not subject or set(speaker) & set(subject):
        return (), ()
    return speaker, subject


def _speaker(ctx: SentenceContext, left: int, right: int) -> tuple[ActorPhrase, ...]:
    """The actor reporting the clause `[left, right)`: before it or after it."""
    tokens = ctx.tokens
    for i in range(left - 1, max(-1, left - 6), -1):
        if tokens[i].lower in REPORTING:
            candidates = [a for a in actors_outside_asides(ctx, 0, i) if a.kind != "pronoun"]
            return (candidates[0],) if candidates else ()
    for i in range(right, min(len(tokens), right + 8)):
        if tokens[i].lower in REPORTING:
            comma = max((k for k in range(left, i) if tokens[k].lower == ","), default=i)
            before = [a for a in ctx.actors if comma < a.start and a.end <= i]
            after = [a for a in ctx.actors if a.start == i + 1]
            found = before[-1:] or after[:1]
            return tuple(a for a in found if a.kind != "pronoun")
    return ()


def noun_arguments(
    ctx: SentenceContext, match: Match, left: int, right: int
) -> tuple[tuple[ActorPhrase, ...], tuple[ActorPhrase, ...]]:
    tokens = ctx.tokens
    source: tuple[ActorPhrase, ...] = ()
    target: tuple[ActorPhrase, ...] = ()
    between = [
        i for i in range(match.end, min(right, match.end + 3)) if tokens[i].lower == "between"
    ]
    if between:
        source = actors_after(ctx, between[0] + 1, right, "between")
    if not source and match.start >= 2 and possessive_mark(tokens, match.start - 1):
        owner = [a for a in ctx.actors if a.end == match.start - 1]
        if owner:
            source = (owner[0],)
    if not source and match.start >= 1:
        owner = [
            a
            for a in ctx.actors
            if a.end == match.start
            and a.kind == "pronoun"
            and a.text.lower() in ("his", "her", "their")
        ]
        if owner:
            source = _resolve_pronoun(ctx, owner[0])
    hosted = [
        i
        for i in range(match.end, min(right, match.end + 8))
        if tokens[i].lower in word_forms("host")
        and i + 1 < len(tokens)
        and tokens[i + 1].lower == "by"
    ]
    if hosted:
        source = (*source, *actors_after(ctx, hosted[0] + 1, right, "by"))
    elif not source:
        agent = _agent_by(ctx, match, right)
        if agent is not None:  # "a visit by the president", "the seizure of X by police"
            source = actors_after(ctx, agent + 1, right, "by")
    hint = str(match.pattern.get("target", "object"))
    if not source and hint == "of-agent":  # "the resignation of the prime minister"
        source = actors_after(ctx, match.end, right, "of")
    supported = has_support_verb(ctx, match, left)
    if supported:
        subject = _subject(ctx, match, left)
        source = (*subject, *(a for a in source if a not in subject))
    target = actors_after(ctx, match.end, right, "with")
    if not target and hint not in (
        "object",
        "with",
        "none",
        "subject",
        "place",
        "inside",
        "of-agent",
    ):
        target = actors_after(ctx, match.end, right, hint)  # "a visit to Ghana", "a trip to Peru"
    if not target and supported:
        with_before = [
            a
            for a in ctx.actors
            if left <= a.start < match.start and tokens[a.start - 1].lower == "with"
        ]
        target = _coordinated(ctx, with_before[0], match.start) if with_before else ()
    return source, tuple(t for t in target if t not in source)


def compound_subject(ctx: SentenceContext, match: Match) -> tuple[ActorPhrase, ...]:
    """The sentence's subject when it names two or more parties ("Ana Ruiz and Tom Berg
    spoke to reporters after three hours of talks"), else nothing."""
    subject = _subject(ctx, match, 0)
    return subject if len(subject) >= 2 else ()


_NOUN_PHRASE_REACH = 12  # "the assassination of the president at his home in X by a squad"


def _agent_by(ctx: SentenceContext, match: Match, right: int) -> int | None:
    """The "by" that names who did what a noun trigger names, inside its noun phrase: "the
    confiscation of the yacht by Italian police was upheld" (not the main verb's "by"), or
    right after a participle that modifies the noun ("a general strike called by unions")."""
    tokens = ctx.tokens
    for k in range(match.end, min(right, match.end + _NOUN_PHRASE_REACH)):
        word = tokens[k].lower
        if word == "by":
            return k
        if word == "," or (word in BE and word != "'s") or word in HAVE or word in MODALS:
            return None  # the noun phrase ends where the clause's verb begins
        if word.endswith("ed") or word in past_forms():
            # "a strike called by the union": a participle whose agent is the noun's
            after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
            return k + 1 if after == "by" else None
    return None


def has_support_verb(ctx: SentenceContext, match: Match, left: int) -> bool:
    """Whether a verb like "hold", "attend", "take part in" governs the noun trigger."""
    return support_verb_at(ctx, match, left) is not None


def support_verb_at(ctx: SentenceContext, match: Match, left: int) -> int | None:
    """The token index of the verb governing a noun trigger ("held their summit"), or None."""
    tokens = ctx.tokens
    for i in range(match.start - 1, max(left, match.start - 7) - 1, -1):
        word = tokens[i].lower
        if _is_support_verb(word) or word in ("during", "at"):
            return i
        if word == "for":  # "sat down for talks", "gathered for a rally"
            verb = i - 2 if i >= 2 and tokens[i - 1].lower in PARTICLES else i - 1
            if verb > left and _is_day_word(tokens[verb].lower):
                verb -= 1  # "were gathering Friday for a march"
                if verb > left and tokens[verb].lower == "on":
                    verb -= 1  # "arrived on Monday for a visit"
            if verb >= left and _is_support_verb(tokens[verb].lower):
                return verb
            return _stay_before(ctx, i, left)
        if word in PREPOSITIONS and i > left and _is_support_verb(tokens[i - 1].lower):
            return i - 1  # a phrasal support verb: "went on a hunger strike", "embarked on"
        if word in _BE_SUPPORT and i > left and tokens[i - 1].lower in BE:
            return i - 1  # "is on a visit to", "are in talks with"
        if word in (",", "and") or word in PREPOSITIONS - {"in", "of"}:
            return None
        if word in SUBORDINATORS:
            return None  # "walked out at three ports after talks": "at" is not the talks'
    return None


def _stay_before(ctx: SentenceContext, for_index: int, left: int) -> int | None:
    """The "be" of "are in Geneva for talks", "were in Cairo for a summit", or the support
    verb of "gathered in Algiers for talks": being or meeting in a place for a meeting is
    taking part in it. The index of that verb, or None."""
    place = next((a for a in ctx.actors if a.is_place and a.end == for_index), None)
    if place is None or place.start < left + 2:
        return None
    if ctx.tokens[place.start - 1].lower not in ("in", "at"):
        return None
    verb = place.start - 2
    word = ctx.tokens[verb].lower
    return verb if word in BE or _is_support_verb(word) else None


def _is_day_word(word: str) -> bool:
    """A weekday or a day said relative to today ("Thursday", "yesterday")."""
    return word in timex_words.words("weekday") or word in timex_words.words("day_offset")


def _is_support_verb(word: str) -> bool:
    return any(word in word_forms(verb) for verb in _SUPPORT_VERBS)
