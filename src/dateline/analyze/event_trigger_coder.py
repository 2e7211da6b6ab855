"""One trigger into its event mentions: clause, actors, PLOVER type, place, date, status.

`code_trigger` puts the steps together and reads what they say about the whole: the PLOVER
type from modality and agents (a refused cooperation is REJECT, killing by armed forces
FIGHT), whether the trigger is subordinate or a noun a verb carries, and when it is no
event this sentence reports (a violent word in a direct quote, a bare casualty count, a
negated act).
"""

from __future__ import annotations

from dataclasses import replace

from dateline.analyze.actors import ActorPhrase
from dateline.analyze.event_arguments import (
    actors_after,
    armed_modifiers,
    compound_subject,
    has_support_verb,
    is_agentless_passive,
    noun_arguments,
    verb_arguments,
)
from dateline.analyze.event_clause import clause_bounds, opening_participle
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
    NOMINAL_BEFORE,
    PREPOSITIONS,
    RELATIVES,
    REPORTING,
    TRIGGERS,
    EventMention,
    SentenceContext,
    past_forms,
)
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_place_date_status import (
    event_date,
    event_place,
    event_status,
    evidence_span,
    evidence_start,
    is_setting_noun,
    place_ref,
    relative_to_dct,
    status_cues,
)
from dateline.analyze.gazetteer import lookup
from dateline.analyze.timex_words import words
from dateline.analyze.triggers import Match, compiled, word_forms

_COOPERATIVE = grammar_words("cooperative-type")
_STOP_VERBS = grammar_words("stop-verb")
_REJECTABLE = _COOPERATIVE | {"AGREE", "CONSULT"}


def code_trigger(ctx: SentenceContext, match: Match) -> list[EventMention]:
    pattern = match.pattern
    label = str(pattern.entry.label)
    mode = pattern.get("mode")
    pos = str(pattern.get("pos", "verb"))
    target_hint = str(pattern.get("target", "object"))
    left, right = clause_bounds(ctx, match)
    if pos == "noun" or (pos == "verb" and _used_as_noun(ctx, match)):
        source, target = noun_arguments(ctx, match, left, right)
    else:
        source, target = verb_arguments(ctx, match, left, right, target_hint)
    target = armed_modifiers(ctx.tokens, target)
    bloc = pattern.get("bloc-mode")
    if isinstance(bloc, str) and _members_of_one_body((*source, *target)):
        mode = bloc
    place = event_place(ctx, match, left, right, source, target)
    if place is None and mode == "visit":
        # "plans to visit Dhaka": the town a visit goes to is where it happens
        place = next((place_ref(ctx, a) for a in target if a.town), None)
    if target_hint == "place" and place is not None:
        target = tuple(a for a in target if not a.is_place)
    elif place is not None:
        # "marched through the centre of Lyon": the town where it happens is not whom it is
        # against (a country may be both: "sought refuge in Germany")
        target = tuple(a for a in target if not (a.town and a.char_start == place.start))
    date = event_date(ctx, match, left, right)
    cues = status_cues(ctx, match, left, right)
    if (
        label != "CONSULT"
        and (place is None or date is None)
        and _at_setting(ctx, match, left, right)
    ):
        cues = (*cues, "at-meeting")  # "at the close of the meeting they signed": there, then
    status = event_status(ctx, match, cues, date, pos)
    if pattern.get("intent") is True:
        cues = (*cues, "intent")
        complement = ctx.complements.get(match.start)
        if complement is not None:
            inner = str(complement.pattern.entry.label)
            if inner in HOSTILE and not _stops_complement(ctx, match, complement):
                label = "THREATEN"
    domestic = pattern.get("domestic")
    if isinstance(domestic, str) and not _foreign_target(source, target):
        # before modality: "will not suspend enrichment" refuses to yield; the mode was
        # the other type's
        label, mode = domestic, None
    label = _plover_type(
        label,
        cues,
        source,
        target,
        mode=str(mode) if mode else None,
        atrocity=bool(pattern.get("atrocity")) or _primitive_weapons(ctx),
    )
    intent_type = pattern.get("intent-type")
    planned = "intent" in cues or "scheduled" in cues
    if isinstance(intent_type, str) and planned and "negated" not in cues:
        label = intent_type  # "will boycott the elections": a boycott threatened, not made
    joint = pattern.get("joint")
    if isinstance(joint, str) and len({a.country for a in source if a.country}) > 1:
        label = joint  # several countries' forces exercising together cooperate
    by_agent = _type_by_agent(ctx, label, pattern.get("by-sector"), source)
    if by_agent != label:
        label, mode = by_agent, None  # the trigger's mode was the other type's
    if label == "FIGHT" and target and all(_names_protesters(a) for a in target):
        # forces firing on a crowd of protesters repress them (CAMEO 175): no battle
        label, mode = "ASSAULT", "pro_autocracy"
    met_demand = pattern.get("met-demand")
    demanders = _demanders(ctx, match) if isinstance(met_demand, str) else None
    if isinstance(met_demand, str) and demanders is not None:
        label = met_demand
        target = (*target, *(a for a in demanders if a not in target))
    if (
        pattern.entry.label in _VIOLENT
        and _in_direct_quote(ctx, match)
        and (not target or _spoken_only(ctx, match, source))
    ):
        # '"We have to attack every cross," the coach said': no one is harmed; 'urged them
        # not to let "one capital hold 26 others hostage"': the speaker's words, no act
        return []
    if pattern.get("toll") is True and _casualty_count(ctx, match, source):
        return []  # "700 people were injured" in a quake: harmed, but no one attacked
    if "negated" in cues and label != "REJECT":
        return []  # "police made no arrests", "did not arrest anyone": nothing happened
    actorless = not (source or target or (pos == "noun" and label == "CONSULT" and place))
    if actorless and pos == "noun" and label == "CONSULT" and _after_sequence_word(ctx, match):
        cues = (*cues, "sequel")  # "signed the pact with X after talks": theirs, if any
        source = compound_subject(ctx, match)  # theirs if no act of the sentence claims them
    elif actorless and not (
        ctx.keep_actorless
        and (
            _carried_by_verb(ctx, match, left, pos)
            or (
                ctx.set_aside_kept
                and not _is_subordinate(ctx, left)
                and (pos == "verb" or not _modifies_noun(ctx, match))
            )
        )
    ):
        return []  # no one acts: not an event we can code
    if pattern.get("requires") == "target" and not target:
        return []
    if actorless and target_hint == "subject":
        return []  # a modal is a demand only between a speaker and whoever must act
    target = _targets_as_places(ctx, target, label, str(pattern.entry.label))
    target = tuple(a for a in target if not _names_a_border(ctx, a))
    # a town that is no capital said to act is where the event is, not who acts: "Reno
    # agreed" is a person, "Mesa rejected" a firm; the event stays, with no one coded
    source = tuple(a for a in source if not (a.town and a.sector is None))
    trigger = (ctx.tokens[match.start].start, ctx.tokens[match.end - 1].end)
    mention = EventMention(
        type=label,
        mode=str(mode) if mode else None,
        trigger_id=pattern.entry.id,
        trigger=trigger,
        source=source,
        target=tuple(t for t in target if t not in source),
        place=place,
        date=date,
        status=status,
        evidence=evidence_span(
            (evidence_start(ctx, match, left, pos), trigger[1]),
            source,
            target,
            place,
            date,
            ctx.tokens[left].start,
        ),
        pos=pos,
        cues=cues,
        subordinate=_is_subordinate(ctx, left)
        or _opens_relative_that(ctx, left, match.start)
        or _in_opening_participle(ctx, match)
        or _in_subject_participle(ctx, match),
        result_clause=pos == "verb" and _opens_participle_clause(ctx, match),
        governed=(pos == "verb" and not _used_as_noun(ctx, match))
        or has_support_verb(ctx, match, left),
        mode_guessed=pattern.get("mode-guess") is True,
        actorless=actorless,
        relative=(left < len(ctx.tokens) and ctx.tokens[left].lower in RELATIVES)
        or _opens_relative_that(ctx, left, match.start),
    )
    if pattern.get("cancels") is True:
        called_off = _called_off_meeting(ctx, match, mention)
        if called_off is not None:
            return [mention, called_off]
    return [mention]


def _stops_complement(ctx: SentenceContext, match: Match, complement: Match) -> bool:
    """Whether a verb of stopping stands between an intent trigger and its hostile
    complement: "offered to suspend its missile tests" states an intent to yield (AGREE,
    CAMEO 035), not a threat. A complement that is a bare verb of stopping ("offered to
    suspend enrichment") stops the speaker's own activity too; one with a sanction's
    object ("vowed to suspend ties") is still a threat."""
    end = complement.start + 1 if len(complement.words) == 1 else complement.start
    words = {t.lower for t in ctx.tokens[match.end : end]}
    return any(word_forms(verb) & words for verb in _STOP_VERBS)


def _at_setting(ctx: SentenceContext, match: Match, left: int, right: int) -> bool:
    """Whether another trigger of the clause is an event noun saying where this act took
    place ("at the close of the meeting the leaders signed", "signed it at the summit")."""
    lo = ctx.tokens[left].start if left < len(ctx.tokens) else 0
    hi = ctx.tokens[right - 1].end if right > 0 else 0
    mine = ctx.tokens[match.start].start
    return any(
        lo <= start < hi and start != mine and is_setting_noun(ctx, start)
        for start, _ in ctx.trigger_spans
    )


_SEQUENCE_WORDS = grammar_words("sequence-preposition")


def _after_sequence_word(ctx: SentenceContext, match: Match) -> bool:
    """Whether a meeting noun follows "after"/"before"/"following" (past determiners, and
    past a measure of its length: "after three hours of talks")."""
    tokens = ctx.tokens
    k = match.start - 1
    while k >= 0 and tokens[k].lower in DETERMINERS:
        k -= 1
    if k >= 2 and tokens[k].lower == "of" and tokens[k - 1].lower in _SPAN_NOUNS:
        k -= 2
        while k >= 0 and (tokens[k].lower in DETERMINERS or _count_word(tokens[k].lower)):
            k -= 1
    return k > 0 and tokens[k].lower in _SEQUENCE_WORDS


_SPAN_NOUNS = grammar_words("span-noun")


def _count_word(word: str) -> bool:
    """A number or an ordinal or count word before a measure ("three", "12", "second")."""
    return word.isdigit() or word in _COUNT_WORDS


_COUNT_WORDS = frozenset(words("number")) | frozenset(words("ordinal"))


def _members_of_one_body(actors: tuple[ActorPhrase, ...]) -> bool:
    """Whether the actors are one group of members of one international body ("EU foreign
    ministers", "NATO defence ministers"), not the body itself nor named people."""
    if len(actors) != 1 or actors[0].kind == "person":
        return False
    actor, country = actors[0], actors[0].country
    if country is None or actor.entity is not None or not actor.text.lower().endswith("s"):
        return False
    body = lookup(country)
    return body is not None and body.sector == "IGO"


_PRIMITIVE_WEAPONS = grammar_words("primitive-weapon")


def _primitive_weapons(ctx: SentenceContext) -> bool:
    """Whether the sentence names a primitive weapon ("militiamen armed with machetes"):
    killing with it is no conventional warfare, whoever does it (PLOVER ASSAULT)."""
    return any(t.lower in _PRIMITIVE_WEAPONS for t in ctx.tokens)


_VIOLENT = grammar_words("violent-type")
_OPENING_QUOTES = frozenset({"“", "‘"})
_CLOSING_QUOTES = frozenset({"”", "’"})


def _in_direct_quote(ctx: SentenceContext, match: Match) -> bool:
    """Whether the trigger stands between quote marks: an odd number of straight quotes
    before it, or a curly opening mark not closed yet."""
    before = [t.text for t in ctx.tokens[: match.start]]
    if before.count('"') % 2 == 1:
        return True
    opened = max((k for k, w in enumerate(before) if w in _OPENING_QUOTES), default=-1)
    closed = max((k for k, w in enumerate(before) if w in _CLOSING_QUOTES), default=-1)
    return opened > closed


def _spoken_only(ctx: SentenceContext, match: Match, source: tuple[ActorPhrase, ...]) -> bool:
    """Whether every source stands before the quotation the trigger is in: the speaker of
    the quoted words, not who acts in them."""
    marks = [t for t in ctx.tokens[: match.start] if t.text == '"' or t.text in _OPENING_QUOTES]
    opening = marks[-1].start if marks else 0
    return bool(source) and all(a.char_end <= opening for a in source)


_VIOLENCE_CUES = grammar_words("violence-cue") | grammar_words("weapon")


def _casualty_count(ctx: SentenceContext, match: Match, source: tuple[ActorPhrase, ...]) -> bool:
    """Whether a "toll" verb only counts the harmed, in a sentence that names no violence,
    attacker or armed force: an agentless passive ("had been injured", "were killed"), or a clause
    after a natural hazard ("an earthquake struck Turkey, killing dozens")."""
    if any(t.lower in _VIOLENCE_CUES for t in ctx.tokens):
        return False
    if any(a.sector in FORCES for a in ctx.actors):
        return False  # "three soldiers were killed near Gao": armed forces die in fighting
    if is_agentless_passive(ctx, match) and not source:
        return True
    return _opens_participle_clause(ctx, match) and any(
        t.lower in HAZARDS for t in ctx.tokens[: match.start]
    )


def _opens_participle_clause(ctx: SentenceContext, match: Match) -> bool:
    """Whether the trigger is an "-ing" verb right after a comma that follows a clause of
    its own: "voted to accept the offer, ending the strike"."""
    head = ctx.tokens[match.start]
    return (
        match.start > 1
        and head.lower.endswith("ing")
        and ctx.tokens[match.start - 1].lower == ","
        and head.text.islower()
    )


_DEMAND_WORDS = grammar_words("demand-word")
_DEMAND_REACH = 12  # "the resignation of the prime minister, long demanded by protesters"


def _demanders(ctx: SentenceContext, match: Match) -> tuple[ActorPhrase, ...] | None:
    """Who demanded the act a trigger reports, when a demand for it follows it ("his
    resignation, long demanded by protesters": the protesters); None when none follows."""
    tokens = ctx.tokens
    for k in range(match.end, min(len(tokens), match.end + _DEMAND_REACH)):
        if tokens[k].lower in CLAUSE_STOPS:
            return None
        if tokens[k].lower in _DEMAND_WORDS:
            after = k + 1 if k + 1 < len(tokens) else k
            mark = tokens[after].lower
            return (
                actors_after(ctx, after, len(tokens), mark) if mark in ("by", "of", "from") else ()
            )
    return None


_PROTESTER_NOUNS = grammar_words("protester-noun")


def _names_protesters(actor: ActorPhrase) -> bool:
    """Whether an actor phrase is a crowd of protesters ("demonstrators", "a crowd")."""
    words = actor.text.lower().split()
    return bool(words) and words[-1] in _PROTESTER_NOUNS


def _foreign_target(source: tuple[ActorPhrase, ...], target: tuple[ActorPhrase, ...]) -> bool:
    """Whether a target belongs to a country or body other than the source's."""
    own = {a.country for a in source if a.country}
    return any(a.country and a.country not in own for a in target)


def _type_by_agent(
    ctx: SentenceContext, label: str, by_sector: object, source: tuple[ActorPhrase, ...]
) -> str:
    """The type a trigger takes for who does it: troops occupying a town coerce, protesters
    occupying a square obstruct; protesters clashing with police protest, armies fight."""
    if not isinstance(by_sector, dict) or not source:
        return label
    agent = source[0]
    sector = agent.sector or ("STATE" if _names_a_state(ctx, agent) else None)
    found = by_sector.get(sector) if sector else None
    return found if isinstance(found, str) else label


def _names_a_state(ctx: SentenceContext, agent: ActorPhrase) -> bool:
    """Whether a country with no sector is the state itself acting ("Japan protested", "On
    Monday, Japan protested", "a strike by Israel"), not a place a lower-case word leads
    to ("villages in southern Chile protested")."""
    if agent.kind != "country":
        return False
    before = ctx.tokens[agent.start - 1].text if agent.start > 0 else ""
    return before == "by" or not (before.isalpha() and before.islower())


_TOWN_PEOPLE_TYPES = grammar_words("town-people-type")
_ADDRESSED_TYPES = grammar_words("addressed-type")


def _targets_as_places(
    ctx: SentenceContext, target: tuple[ActorPhrase, ...], label: str, act: str
) -> tuple[ActorPhrase, ...]:
    """A town stands for a government as a capital's subject ("Paris said") and as the
    direct object of a verbal act ("urged Pyongyang to", "warned Washington"); as the
    object of violence or coercion ("shelled Juba", "a curfew on Basra") it is the people
    living there (CVL), and as any other object it is a place, not an actor, and is dropped
    ("marched through central Nairobi", "recalled its envoy from Berlin"). `act` is the
    trigger's own type ("would blockade Paris" blocks the town, though it threatens)."""
    kept = []
    for actor in target:
        if actor.town and label in _TOWN_PEOPLE_TYPES:
            actor = replace(actor, sector="CVL")
        elif actor.town and not (act in _ADDRESSED_TYPES and _direct_object(ctx, actor)):
            continue
        kept.append(actor)
    return tuple(kept)


_BORDER_NOUNS = grammar_words("border-noun")
_BORDER_LEADS = grammar_words("border-lead")
_BORDER_REACH = 4  # "along [its long eastern] border"


def _names_a_border(ctx: SentenceContext, actor: ActorPhrase) -> bool:
    """Whether an actor only says which border a phrase of place means: "troops along its
    border with Israel", "camps near the Thai border", "near Macedonia's border" (where
    it happened, not whom the act is against). A border that is the verb's object ("closed
    its border with Syria") keeps its country."""
    tokens = ctx.tokens
    if actor.start >= 2 and tokens[actor.start - 1].lower == "with":
        border = actor.start - 2
    else:
        border = actor.end + (
            1 if actor.end < len(tokens) and tokens[actor.end].lower == "'s" else 0
        )
    if border >= len(tokens) or tokens[border].lower not in _BORDER_NOUNS:
        return False
    for k in range(border - 1, max(-1, border - 1 - _BORDER_REACH), -1):
        word = tokens[k].lower
        if word in _BORDER_LEADS:
            return True
        if not word.isalpha() and word != "'s":
            return False
    return False


def _direct_object(ctx: SentenceContext, actor: ActorPhrase) -> bool:
    """Whether no preposition stands right before an actor ("urged Pyongyang")."""
    return actor.start > 0 and ctx.tokens[actor.start - 1].lower not in PREPOSITIONS


def _called_off_meeting(
    ctx: SentenceContext, match: Match, mention: EventMention
) -> EventMention | None:
    """The CONSULT event a "cancelled a visit" trigger calls off, with status cancelled."""
    # the meeting noun: the pattern's last word, or its first in the passive ("the summit
    # was postponed")
    noun = ctx.tokens[match.words[0] if match.passive else match.words[-1]]
    for pattern in compiled(TRIGGERS).by_first.get(noun.lower, ()):
        if pattern.entry.label == "CONSULT" and pattern.get("pos") == "noun":
            mode = pattern.get("mode")
            # a past date in "called off a visit ..., his office said on Sunday" is when it
            # was called off (or said), not when the visit was to be
            past = relative_to_dct(mention.date, ctx.dct) == "before"
            return replace(
                mention,
                date=None if past else mention.date,
                type="CONSULT",
                mode=str(mode) if mode else None,
                trigger_id=pattern.entry.id,
                trigger=(noun.start, noun.end),
                status="cancelled",
                cues=(*mention.cues, "cancelled"),
            )
    return None


_ADVERBIAL = grammar_words("adverbial")


def _is_subordinate(ctx: SentenceContext, left: int) -> bool:
    """Whether the clause is adverbial or relative ("after X attacked", "who met")."""
    return (left > 0 and ctx.tokens[left - 1].lower in _ADVERBIAL) or (
        left < len(ctx.tokens) and ctx.tokens[left].lower in RELATIVES
    )


def _in_opening_participle(ctx: SentenceContext, match: Match) -> bool:
    """Whether the trigger stands in a participle phrase opening the sentence ("Meeting in
    Geneva, the ministers agreed"): it sets the scene of the main clause after the comma."""
    comma = opening_participle(ctx)
    return comma is not None and match.start < comma


def _in_subject_participle(ctx: SentenceContext, match: Match) -> bool:
    """Whether the trigger opens a participle phrase set off by commas right after the
    sentence's subject ("The guerrillas, holding 72 hostages, freed a businessman"): it
    describes the subject; the verb after the phrase is the main one."""
    k = match.start
    head = ctx.tokens[k]
    if k < 2 or ctx.tokens[k - 1].lower != "," or not head.text.islower():
        return False
    if not head.lower.endswith("ing"):
        return False
    subject = next((a for a in ctx.actors if a.end == k - 1), None)
    if subject is None or any(t.lower not in DETERMINERS for t in ctx.tokens[: subject.start]):
        return False
    return any(t.lower == "," for t in ctx.tokens[match.end :])


_COMPLEMENT_TAKERS = grammar_words("complement-taker")
_NOUN_LEADS = NOMINAL_BEFORE | (PREPOSITIONS - {"to"})


def _opens_relative_that(ctx: SentenceContext, left: int, trigger: int) -> bool:
    """Whether the clause opens with a relative "that" after a noun ("the bill that had
    triggered protests", "stalls that traders said"), not with a complement "that" after a
    verb of saying or a content noun ("warned that", "said that", "reports that"): the
    reported clause may hold the sentence's event, a relative clause only describes."""
    if left < 2 or ctx.tokens[left - 1].lower != "that":
        return False
    if any(t.lower == "," for t in ctx.tokens[left:trigger]):
        return False  # "Facing strikes that shut ports, the government withdrew": closed
    before = ctx.tokens[left - 2]
    word = before.lower
    if not word.isalpha() or not before.text.islower():
        return False  # "..., that" or a name: no telling
    predicate = left >= 3 and ctx.tokens[left - 3].lower in BE  # "is glad that", "was clear that"
    verb_like = (
        predicate
        or word in REPORTING
        or word in _COMPLEMENT_TAKERS
        or word in BE
        or word.endswith(("ed", "ly"))
        or word in past_forms()
    )
    return not verb_like


def _used_as_noun(ctx: SentenceContext, match: Match) -> bool:
    """Whether a one-word verb trigger stands in a noun phrase: after a preposition ("calls
    for talks", "in protests") or after a modifier that follows a determiner or preposition
    ("months of mass protests", "a budget support line"). Such a noun is no predicate: a
    verb of the clause tells the sentence's event before it. A past form stays a verb
    ("thousands of protesters marched")."""
    if len(match.words) != 1 or match.start == 0:
        return False
    tokens = ctx.tokens
    head = tokens[match.start].lower
    if head.endswith(("ed", "ing")) or head in past_forms() or head in MODALS:
        return False  # a modal is never a noun: "the government must resign"
    before = tokens[match.start - 1]
    if before.lower in _NOUN_LEADS:
        return True
    if match.start < 2 or tokens[match.start - 2].lower not in _NOUN_LEADS:
        return False
    modifier = before.lower
    return (
        before.text.isalpha()
        and before.text.islower()
        and not modifier.endswith("ly")
        and modifier not in FREE_BEFORE_VERB | BE | HAVE | MODALS
    )


def _carried_by_verb(ctx: SentenceContext, match: Match, left: int, pos: str) -> bool:
    """Whether a main-clause verb carries the trigger (itself, or a noun's support verb), or
    the noun heads the sentence's subject: the only actorless readings worth keeping ("The
    two armies declared a ceasefire", "A general strike paralysed Dhaka")."""
    if _is_subordinate(ctx, left):
        return False
    return pos == "verb" or has_support_verb(ctx, match, left) or _heads_subject(ctx, match, left)


_NOT_NOUNS = PREPOSITIONS | DETERMINERS | BE | HAVE | MODALS | RELATIVES | {"and", "or", "but"}


def _modifies_noun(ctx: SentenceContext, match: Match) -> bool:
    """Whether an event word only modifies the common noun right after it ("the meeting
    room", "strike action"): no event of its own, even in a sentence with no other."""
    if match.end >= len(ctx.tokens):
        return False
    after = ctx.tokens[match.end]
    return after.text.isalpha() and after.text.islower() and after.lower not in _NOT_NOUNS


_SUBJECT_REACH = 4  # "A [nationwide general] strike paralysed", "Anti - government protests"


def _heads_subject(ctx: SentenceContext, match: Match, left: int) -> bool:
    """Whether an event noun heads the sentence's subject ("A general strike paralysed
    Dhaka", "Anti-government protests spread to Homs"): the sentence tells that event."""
    return (
        left == 0
        and match.start <= _SUBJECT_REACH
        and not any(t.lower in CLAUSE_STOPS or t.lower == "," for t in ctx.tokens[: match.start])
    )


def _plover_type(
    label: str,
    cues: tuple[str, ...],
    source: tuple[ActorPhrase, ...],
    target: tuple[ActorPhrase, ...],
    *,
    mode: str | None,
    atrocity: bool,
) -> str:
    """PLOVER's reading of modality and agents: a refused or failed cooperation is REJECT,
    a stated intent to cooperate AGREE and to harm THREATEN (a planned mobilisation against
    no one named stays MOBILIZE); armed forces preparing to
    strike MOBILIZE; killing by armed forces is conventional FIGHT, not ASSAULT (unless the
    act is an atrocity no conventional force commits: "massacred", "beheaded"); gunfire with
    no armed force on either side (gunmen firing on a bus) is ASSAULT, not FIGHT."""
    if "negated" in cues and label in _REJECTABLE:
        return "REJECT"
    if "negated" in cues and ("intent" in cues or "scheduled" in cues):
        return "REJECT"  # "Iran will not suspend enrichment": a refusal, not a threat
    if "pledged" in cues and (label == "CONSULT" or label in _COOPERATIVE):
        return "AGREE"  # "decided to join the talks", "agreed to meet": intent to meet
    if ("intent" in cues or "scheduled" in cues) and "continuing" not in cues:
        if label in _COOPERATIVE:
            return "AGREE"
        if label == "MOBILIZE" and not target:
            return label  # "will send joint police patrols": a posture against no one named
        if label in HOSTILE:
            return "THREATEN"
    military = any(a.sector == "MIL" for a in source)
    if "prepared" in cues and label in HOSTILE and military:
        return "MOBILIZE"  # "the army prepared to resume shelling": a show of force
    if label == "ASSAULT" and mode is None and military and not atrocity:
        return "FIGHT"
    forces = any(a.sector in FORCES for a in source) or any(
        a.sector in FORCES | {"REB"} for a in target
    )
    if label == "FIGHT" and mode == "firearms" and not forces:
        return "ASSAULT"
    return label
