"""The sentence-level event coder: PLOVER events, their actors, place, date and status.

`code_sentence(text, dct)` reads one sentence on its own (the benchmark's unit); the
article step in `analyze/events.py` calls `code_clause_events` with the article's own time
expressions and offsets and then merges mentions of one event across the article.

For each trigger from `lexicons/event_triggers.jsonl` (overlaps resolved by priority, then
length): the clause around it is found (subordinators and semicolons bound it); the source is
the clause subject (relative clauses and appositions skipped; "he"/"they" resolved to the
nearest person or compound actor before it); the target is the actor after the trigger, or
after the preposition the lexicon names; a passive "was attacked by X" swaps them. A noun
trigger takes "between X and Y", "X's", "with Y", "hosted by Z", and the subject of a
support verb ("held talks", "took part in a summit"). The place is "in/at <place>" near the
trigger (or "the Glasgow meeting"); the date is the nearest time expression in the clause;
the status comes from cues (`lexicons/event_status.jsonl`), then the date against the
publication date, then the tense.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dateline.analyze.actors import ActorPhrase, find_actors, gazetteer_spans
from dateline.analyze.event_arguments import (
    actors_after,
    has_support_verb,
    is_agentless_passive,
    noun_arguments,
    verb_arguments,
)
from dateline.analyze.event_clause import clause_bounds
from dateline.analyze.event_context import (
    BE,
    CLAUSE_STOPS,
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
    PlaceRef,
    SentenceContext,
    TimeRef,
    past_forms,
)
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_place_date_status import (
    event_date,
    event_place,
    event_status,
    evidence_span,
    evidence_start,
    place_ref,
    relative_to_dct,
    status_cues,
)
from dateline.analyze.event_tokens import Token, tokenize
from dateline.analyze.event_trigger_selection import select_triggers
from dateline.analyze.gazetteer import GazetteerMatch
from dateline.analyze.offices import OfficeDictionary, load_offices
from dateline.analyze.triggers import Match, compiled, find_matches

__all__ = [
    "STATUS_CUES",
    "TRIGGERS",
    "EventMention",
    "PlaceRef",
    "TimeRef",
    "code_clause_events",
    "code_sentence",
    "main_event",
]

STATUS_CUES = "event_status.jsonl"
_COOPERATIVE = grammar_words("cooperative-type")
_REJECTABLE = _COOPERATIVE | {"AGREE", "CONSULT"}


def code_sentence(
    text: str,
    dct: str | None = None,
    *,
    offices: OfficeDictionary | None = None,
    coded_only: bool = True,
) -> list[EventMention]:
    """Code the PLOVER events of one sentence on its own.

    Args:
        text: one sentence.
        dct: the publication date (YYYY-MM-DD) used to resolve relative dates and offices.
        offices: the office dictionary (default: starter plus `$DATELINE_OFFICES`).
        coded_only: keep only actors with a country (or international body) code, as a
            PLOVER record carries; False keeps every actor phrase ("the rebels").

    Returns:
        Event mentions in trigger order; offsets index `text`.

    Example:
        >>> [e.type for e in code_sentence("Iran threatened to cut off electricity to Armenia.")]
        ['THREATEN']
    """
    times: list[TimeRef] = []
    if dct:
        from dateline.analyze.timex import find_timexes

        times = [
            TimeRef(t.start, t.end, t.value, None, _preposition_before(text, t.start), t.interval)
            for t in find_timexes(text, dct)
            if t.type in ("DATE", "TIME")
        ]
    mentions = code_clause_events(
        text, 0, times, dct, offices=offices or load_offices(), keep_actorless=True
    )
    if not coded_only:
        return mentions
    return [
        replace(
            m,
            source=tuple(a for a in m.source if a.country),
            target=tuple(a for a in m.target if a.country),
        )
        for m in mentions
    ]


def _preposition_before(text: str, start: int) -> str | None:
    words = text[max(0, start - 12) : start].split()
    return words[-1].lower() if words else None


def code_clause_events(
    text: str,
    offset: int,
    times: Sequence[TimeRef],
    dct: str | None,
    *,
    offices: OfficeDictionary,
    known: frozenset[str] = frozenset(),
    tokens: Sequence[Token] | None = None,
    gaz: dict[int, tuple[int, GazetteerMatch]] | None = None,
    keep_actorless: bool = False,
) -> list[EventMention]:
    """Code the events of one sentence found at `offset` in a larger text.

    Args:
        text: the sentence's characters.
        offset: where the sentence starts in the field its offsets should index.
        times: the sentence's time expressions (offsets in the same field).
        dct: the publication date, for statuses and office look-ups.
        offices: the office dictionary.
        known: case-folded names known to be people.
        tokens: `tokenize(text, offset)`, when the caller has it already.
        gaz: `gazetteer_spans(tokens, offset)`, when the caller has it already.
        keep_actorless: also keep a verb's event none of whose actors is found (marked
            `actorless`); an article drops them, as its other sentences name the actors.

    Returns:
        Event mentions in trigger order.
    """
    if tokens is None:
        tokens = tokenize(text, offset)
    matches = find_matches(TRIGGERS, tokens, passives=True)
    if not matches:
        return []  # no trigger: no event, and no actor worth coding
    if gaz is None:
        gaz = gazetteer_spans(tokens, offset)
    actors = tuple(
        find_actors(
            tokens,
            text,
            offset,
            date=dct,
            offices=offices,
            known=known | offices.surnames,
            gaz=gaz,
        )
    )
    ctx = SentenceContext(tokens, text, offset, actors, tuple(times), dct, keep_actorless)
    mentions: list[EventMention] = []
    triggers = select_triggers(ctx, matches)
    if triggers:
        ctx.status_matches.extend(find_matches(STATUS_CUES, tokens))
    ctx.trigger_spans.extend((tokens[m.start].start, tokens[m.end - 1].end) for m in triggers)
    for match in triggers:
        mentions.extend(_code_trigger(ctx, match))
    return _places_from_visits(_purposes_of_visits(ctx, _results_of_clauses(mentions)))


def _results_of_clauses(mentions: list[EventMention]) -> list[EventMention]:
    """A trailing ", killing 18 civilians" tells what the event before it did: it is done
    by that event's source, and those it harmed are that event's victims too ("Russian
    missiles hit a mall, killing 18 civilians": the civilians are the strike's target)."""
    out: list[EventMention] = []
    for mention in mentions:
        cause = next((m for m in reversed(out) if not m.result_clause), None)
        if mention.result_clause and cause is not None and cause.source:
            mention = replace(mention, source=cause.source)
        if (
            mention.result_clause
            and cause is not None
            and cause.type in HOSTILE
            and mention.type in HOSTILE
        ):
            victims = tuple(a for a in mention.target if a not in cause.target + cause.source)
            out[out.index(cause)] = replace(cause, target=(*cause.target, *victims))
        out.append(mention)
    return out


def _purposes_of_visits(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """A meeting that is the purpose of a trip the same sentence reports is that trip:
    "due to travel to Budapest on Wednesday for talks with Kertész", "flew to Lagos to meet
    investors" are one visit, whose target is whom the traveller meets."""
    out: list[EventMention] = []
    for mention in mentions:
        trip = _trip_for(ctx, out, mention)
        if trip is not None:
            out[out.index(trip)] = _trip_purpose(ctx, trip, mention)
            continue
        visit = next(
            (
                v
                for v in out
                if v.mode == "visit"
                and mention.type == "CONSULT"
                and mention.mode == "meet"
                and v.trigger[1] <= mention.trigger[0]
                and _purpose_word(ctx, mention.trigger[0])
                and set(mention.source) <= set(v.source)
                and v.status == mention.status
            ),
            None,
        )
        if visit is None:
            out.append(mention)
            continue
        extra = tuple(t for t in mention.target if t not in visit.target)
        out[out.index(visit)] = replace(
            visit,
            target=(*visit.target, *extra),
            place=visit.place or mention.place,
            date=visit.date or mention.date,
            evidence=(visit.evidence[0], max(visit.evidence[1], mention.evidence[1])),
        )
    return out


_TRIP_PURPOSE_TYPES = grammar_words("trip-purpose-type")
_HELP_VERBS = grammar_words("help-verb")


def _trip_for(
    ctx: SentenceContext, earlier: list[EventMention], mention: EventMention
) -> EventMention | None:
    """The trip an earlier mention reports whose purpose this mention is: "flew to Morocco
    to help search for survivors" is aid, not a visit. None when there is none."""
    if mention.type not in _TRIP_PURPOSE_TYPES:
        return None
    for trip in earlier:
        if (
            trip.mode == "visit"
            and trip.trigger[1] <= mention.trigger[0]
            and _purpose_infinitive(ctx, mention.trigger[0])
            and set(mention.source) <= set(trip.source)
        ):
            return trip
    return None


def _purpose_infinitive(ctx: SentenceContext, char_start: int) -> bool:
    """Whether "to" or "to help" stands right before the token at `char_start`."""
    before = [t.lower for t in ctx.tokens if t.end <= char_start][-2:]
    return before[-1:] == ["to"] or (
        len(before) == 2 and before[0] == "to" and before[1] in _HELP_VERBS
    )


def _trip_purpose(ctx: SentenceContext, trip: EventMention, purpose: EventMention) -> EventMention:
    """The event a trip was made for, done by the traveller where the trip went: its
    recipient is the destination when the purpose names no other."""
    destination = tuple(
        a for a in ctx.actors if trip.place is not None and a.char_start == trip.place.start
    )
    return replace(
        purpose,
        source=purpose.source or trip.source,
        target=purpose.target or tuple(a for a in destination if a.country),
        place=purpose.place or trip.place,
        date=purpose.date or trip.date,
        subordinate=trip.subordinate,
        governed=trip.governed,
        evidence=(trip.evidence[0], max(trip.evidence[1], purpose.evidence[1])),
    )


def _purpose_word(ctx: SentenceContext, char_start: int) -> bool:
    """Whether the word before the token at `char_start` is "for" or "to" (a purpose)."""
    before = [t for t in ctx.tokens if t.end <= char_start]
    return bool(before) and before[-1].lower in ("for", "to")


def _places_from_visits(mentions: list[EventMention]) -> list[EventMention]:
    """A meeting held during a visit the same sentence reports takes the visit's place:
    "X, who is in Peru until Friday, is scheduled to hold talks" -> the talks are in Peru."""
    visits = [m for m in mentions if m.mode == "visit" and m.place is not None]
    placed = []
    for mention in mentions:
        if mention.type == "CONSULT" and mention.place is None and mention.mode != "visit":
            host = next((v for v in visits if set(v.source) & set(mention.source)), None)
            if host is not None:
                mention = replace(mention, place=host.place)
        placed.append(mention)
    return placed


def _code_trigger(ctx: SentenceContext, match: Match) -> list[EventMention]:
    pattern = match.pattern
    label = str(pattern.entry.label)
    mode = pattern.get("mode")
    pos = str(pattern.get("pos", "verb"))
    target_hint = str(pattern.get("target", "object"))
    left, right = clause_bounds(ctx, match)
    if pos == "noun":
        source, target = noun_arguments(ctx, match, left, right)
    else:
        source, target = verb_arguments(ctx, match, left, right, target_hint)
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
    status = event_status(ctx, match, cues, date, pos)
    if pattern.get("intent") is True:
        cues = (*cues, "intent")
        complement = ctx.complements.get(match.start)
        if complement is not None:
            inner = str(complement.pattern.entry.label)
            label = "THREATEN" if inner in HOSTILE else label
    label = _plover_type(
        label,
        cues,
        source,
        target,
        mode=str(mode) if mode else None,
        atrocity=bool(pattern.get("atrocity")),
    )
    joint = pattern.get("joint")
    if isinstance(joint, str) and len({a.country for a in source if a.country}) > 1:
        label = joint  # several countries' forces exercising together cooperate
    label = _type_by_agent(label, pattern.get("by-sector"), source)
    met_demand = pattern.get("met-demand")
    demanders = _demanders(ctx, match) if isinstance(met_demand, str) else None
    if isinstance(met_demand, str) and demanders is not None:
        label = met_demand
        target = (*target, *(a for a in demanders if a not in target))
    domestic = pattern.get("domestic")
    if isinstance(domestic, str) and not _foreign_target(source, target):
        label = domestic
    if pattern.entry.label in _VIOLENT and not target and _in_direct_quote(ctx, match):
        return []  # '"We have to attack every cross," the coach said': no one is harmed
    if pattern.get("toll") is True and _casualty_count(ctx, match, source):
        return []  # "700 people were injured" in a quake: harmed, but no one attacked
    if "negated" in cues and label != "REJECT":
        return []  # "police made no arrests", "did not arrest anyone": nothing happened
    actorless = not (source or target or (pos == "noun" and label == "CONSULT" and place))
    if actorless and not (ctx.keep_actorless and _carried_by_verb(ctx, match, left, pos)):
        return []  # no one acts: not an event we can code
    if pattern.get("requires") == "target" and not target:
        return []
    if actorless and target_hint == "subject":
        return []  # a modal is a demand only between a speaker and whoever must act
    target = _targets_as_places(target, label)
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
        subordinate=_is_subordinate(ctx, left) or _opens_relative_that(ctx, left, match.start),
        result_clause=pos == "verb" and _opens_participle_clause(ctx, match),
        governed=(pos == "verb" and not _used_as_noun(ctx, match))
        or has_support_verb(ctx, match, left),
        mode_guessed=pattern.get("mode-guess") is True,
        actorless=actorless,
    )
    if pattern.get("cancels") is True:
        called_off = _called_off_meeting(ctx, match, mention)
        if called_off is not None:
            return [mention, called_off]
    return [mention]


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


def _foreign_target(source: tuple[ActorPhrase, ...], target: tuple[ActorPhrase, ...]) -> bool:
    """Whether a target belongs to a country or body other than the source's."""
    own = {a.country for a in source if a.country}
    return any(a.country and a.country not in own for a in target)


def _type_by_agent(label: str, by_sector: object, source: tuple[ActorPhrase, ...]) -> str:
    """The type a trigger takes for who does it: troops occupying a town coerce, protesters
    occupying a square obstruct; protesters clashing with police protest, armies fight."""
    if not isinstance(by_sector, dict) or not source or source[0].sector is None:
        return label
    found = by_sector.get(source[0].sector)
    return found if isinstance(found, str) else label


def _targets_as_places(target: tuple[ActorPhrase, ...], label: str) -> tuple[ActorPhrase, ...]:
    """A town stands for a government only as a capital's subject ("Paris said"); as the
    object of a hostile event ("shelled Juba", "bombed Basra") it is the people living there
    (CVL), and as any other object it is a place, not an actor, and is dropped."""
    kept = []
    for actor in target:
        if actor.town:
            if label not in HOSTILE:
                continue
            actor = replace(actor, sector="CVL")
        kept.append(actor)
    return tuple(kept)


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
    if head.endswith(("ed", "ing")) or head in past_forms():
        return False
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


def main_event(mentions: Sequence[EventMention]) -> EventMention | None:
    """The event a sentence is about: a verb of a main clause over a bare noun mention.

    The first main-clause mention that a verb carries (a verb trigger, or a noun a support
    verb governs: "held talks") wins over an earlier bare noun ("Talks failed as X
    attacked Y" is about the attack); then the first main-clause mention; then the first.
    A mention with actors wins over any without.
    """
    with_actors = [m for m in mentions if not m.actorless]
    for pool in (with_actors, [m for m in mentions if m.actorless]):
        main = [m for m in pool if not m.subordinate]
        verbal = [m for m in main if m.governed]
        for group in (verbal, main, pool):
            if group:
                return group[0]
    return None


def _carried_by_verb(ctx: SentenceContext, match: Match, left: int, pos: str) -> bool:
    """Whether a main-clause verb carries the trigger (itself, or a noun's support verb):
    the only actorless reading worth keeping ("The two armies declared a ceasefire")."""
    if _is_subordinate(ctx, left):
        return False
    return pos == "verb" or has_support_verb(ctx, match, left)


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
    a stated intent to cooperate AGREE and to harm THREATEN; armed forces preparing to
    strike MOBILIZE; killing by armed forces is conventional FIGHT, not ASSAULT (unless the
    act is an atrocity no conventional force commits: "massacred", "beheaded"); gunfire with
    no armed force on either side (gunmen firing on a bus) is ASSAULT, not FIGHT."""
    if "negated" in cues and label in _REJECTABLE:
        return "REJECT"
    if "negated" in cues and ("intent" in cues or "scheduled" in cues):
        return "REJECT"  # "Iran will not suspend enrichment": a refusal, not a threat
    if "pledged" in cues and label == "CONSULT":
        return "AGREE"  # "decided to join the talks", "agreed to meet": intent to meet
    if "intent" in cues or "scheduled" in cues:
        if label in _COOPERATIVE:
            return "AGREE"
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
