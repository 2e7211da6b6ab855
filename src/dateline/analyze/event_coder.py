"""The sentence-level event coder: PLOVER events, their actors, place, date and status.

`code_sentence(text, dct)` reads one sentence on its own (the benchmark's unit); the
article step in `analyze/events.py` calls `code_clause_events` with the article's own time
expressions and offsets and then merges mentions of one event across the article. Here the
mentions of one sentence are also read together ("flew to Morocco to help": aid, not a
visit; ", ending the strike": part of the main event) and `main_event` picks the one a
sentence is about.

The steps, one module each:
- `event_trigger_selection`: which matches from `lexicons/event_triggers.jsonl` are events
  (overlaps resolved by priority, then length; misreadings dropped);
- `event_trigger_coder`: one trigger into its mentions, with its PLOVER type, using
- `event_clause`: the clause around the trigger (subordinators and semicolons bound it),
- `event_arguments`: its source and target actors,
- `event_place_date_status`: its place, date, status and evidence span;
- `event_context`: the mention types and the sentence context they all share.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from dateline.analyze.actors import ActorPhrase, find_actors, gazetteer_spans
from dateline.analyze.event_clause import opening_participle
from dateline.analyze.event_context import (
    DETERMINERS,
    HOSTILE,
    TRIGGERS,
    EventMention,
    PlaceRef,
    SentenceContext,
    TimeRef,
)
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_tokens import Token, tokenize
from dateline.analyze.event_trigger_coder import code_trigger
from dateline.analyze.event_trigger_selection import select_triggers
from dateline.analyze.gazetteer import GazetteerMatch, country_entry
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
    tokens = tokenize(text, 0)
    gaz = gazetteer_spans(tokens, 0)
    mentions = code_clause_events(
        text,
        0,
        times,
        dct,
        offices=offices or load_offices(),
        tokens=tokens,
        gaz=gaz,
        keep_actorless=True,
    )
    if not coded_only:
        return mentions
    homeless = any(_homeless(a) for m in mentions for a in (*m.source, *m.target))
    # an ethnic group's own name ("ethnic Albanians") says nothing of where it lives
    peoples = {
        k
        for m in mentions
        for a in (*m.source, *m.target)
        if a.ethnic
        for k in range(a.start, a.end)
    }
    country = _one_country({k: v for k, v in gaz.items() if k not in peoples}) if homeless else None
    coded = []
    for m in mentions:
        home = _sentence_home(m, country)
        source = tuple(_at_home(a, home) for a in m.source)
        target = tuple(_at_home(a, home) for a in m.target)
        coded.append(
            replace(
                m,
                source=tuple(a for a in source if a.country),
                target=tuple(a for a in target if a.country),
            )
        )
    return coded


_HOME_SECTORS = frozenset({"COP", "JUD", "LEG", "OPP", "LAB", "EDU", "MED", "AGR", "REL"})


def _homeless(phrase: ActorPhrase) -> bool:
    """An actor with no country that acts where it is: a named person with a role
    ("President Ana Ruiz"), a group of a sector that acts at home (police, courts,
    legislators, the opposition, unions, students, doctors, farmers, clergy), or a people
    named by its ethnicity ("ethnic Albanians"). Officials, troops and rebels may be abroad,
    and civilians and criminals are as often foreigners ("tourists", "pirates"): left
    uncoded."""
    if phrase.country is not None:
        return False
    if phrase.ethnic:
        return True
    if phrase.sector is None:
        return False
    if phrase.kind != "person" and phrase.sector in _HOME_SECTORS:
        return True
    return phrase.kind == "person" and phrase.name is not None and " " in phrase.name


def _at_home(phrase: ActorPhrase, home: str | None) -> ActorPhrase:
    """A homeless actor coded to the country the sentence is about ("President Ana Ruiz
    declared a curfew in Lima"): one acts at home unless the sentence says otherwise. An
    ethnic group placed so is that country's civilians, CVL."""
    if home is None or not _homeless(phrase):
        return phrase
    if phrase.ethnic:
        return replace(phrase, country=home, sector="CVL")
    return replace(phrase, country=home)


def _one_country(gaz: dict[int, tuple[int, GazetteerMatch]]) -> str | None:
    """The one country a sentence names, by its name, demonym, towns, regions or national
    bodies (international ones name none), or None when it names none or several; `gaz`
    is the sentence's `gazetteer_spans`."""
    countries = {
        match.entry.country
        for _, match in gaz.values()
        if country_entry(match.entry.country) is not None
    }
    return countries.pop() if len(countries) == 1 else None


def _sentence_home(mention: EventMention, country: str | None) -> str | None:
    """The country a sentence's event happens in, for a homeless actor: the one country
    it names. None for a visit or a meeting (a visitor, or a counterpart, is often the
    foreigner), or when that country is a state the event acts on ("President Ana Ruiz
    condemned Freedonia": she is someone else's)."""
    if country is None or mention.mode == "visit" or mention.type == "CONSULT":
        return None
    if any(
        a.country == country and a.kind == "country" and a.sector is None and not a.modifier
        for a in (*mention.source, *mention.target)
    ):
        return None
    return country


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
    mentions = _code_triggers(ctx, matches)
    if not mentions and keep_actorless:
        # read on its own, a sentence says what happened even when its only event words
        # stand where an article's reading sets them aside ("wheat donated by Australia was
        # unloaded", "sent a note protesting the treatment", "was a flat rejection of")
        lenient = SentenceContext(
            tokens, text, offset, actors, tuple(times), dct, keep_actorless, set_aside_kept=True
        )
        mentions = [replace(m, subordinate=True) for m in _code_triggers(lenient, matches)]
    return mentions


def _code_triggers(ctx: SentenceContext, matches: list[Match]) -> list[EventMention]:
    """The mentions of the triggers `select_triggers` keeps, read together."""
    tokens = ctx.tokens
    mentions: list[EventMention] = []
    triggers = select_triggers(ctx, matches)
    if triggers:
        ctx.status_matches.extend(find_matches(STATUS_CUES, tokens))
    ctx.trigger_spans.extend((tokens[m.start].start, tokens[m.end - 1].end) for m in triggers)
    for match in triggers:
        mentions.extend(code_trigger(ctx, match))
    mentions = _tolls_of_event_nouns(ctx, _results_of_clauses(_talks_before_acts(mentions)))
    mentions = _protesters_of_a_nation(_violence_in_protests(ctx, mentions))
    mentions = _concessions_under_pressure(ctx, mentions)
    mentions = _harm_after_entry(ctx, mentions)
    return _places_from_visits(_purposes_of_visits(ctx, mentions))


_VIOLENT_TYPES = grammar_words("violent-type")


def _harm_after_entry(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """Forcing a way in, then harming people ("Gunmen stormed a mosque and opened fire",
    "Bandits raided the village and killed 30"): the harm is what the sentence reports,
    and the raid only how it began."""
    out = list(mentions)
    for k, entry in enumerate(out):
        if entry.trigger_id not in _flagged_triggers("entry") or entry.subordinate:
            continue
        harm = next(
            (
                m
                for m in out[k + 1 :]
                if m.type in _VIOLENT_TYPES
                and not m.subordinate
                and (not m.source or set(m.source) & set(entry.source))
                and " and " in ctx.text[entry.trigger[1] - ctx.offset : m.trigger[0] - ctx.offset]
            ),
            None,
        )
        if harm is not None:
            out[k] = replace(entry, subordinate=True)
    return out


_YIELDED_TYPES = grammar_words("yielded-type")


def _concessions_under_pressure(
    ctx: SentenceContext, mentions: list[EventMention]
) -> list[EventMention]:
    """An opening phrase of yielding ("Bowing to pressure from the opposition, the commission
    agreed to a recount"; "Under mounting pressure, ..."; "After months of protests, ...")
    makes the main clause's agreement a concession (CAMEO 083: accede to demands), to
    whoever pressed for it; the phrase's own event words are part of that one event."""
    bound = _pressure_phrase_end(ctx, mentions)
    if bound is None:
        return mentions
    opening = [m for m in mentions if m.trigger[1] <= bound]
    main = next((m for m in mentions if m.trigger[0] > bound and not m.subordinate), None)
    if main is None or not (main.type in _YIELDED_TYPES or main.type == "CONCEDE"):
        return mentions  # "Amid protests, police arrested 20": no yielding, two events
    if main.type in _YIELDED_TYPES:
        pressers = tuple(a for m in opening for a in (*m.source, *m.target) if a not in main.source)
        main = replace(
            main,
            type="CONCEDE",
            mode=None,
            target=(*main.target, *(a for a in pressers if a not in main.target)),
        )
    return [main if m.trigger == main.trigger else m for m in mentions if m not in opening]


def _pressure_phrase_end(ctx: SentenceContext, mentions: list[EventMention]) -> int | None:
    """Where an opening phrase of yielding to pressure ends (the offset of its comma): a
    participle phrase with a verb of yielding ("Bowing to pressure,"), or a phrase opened by
    a word of `pressure-lead` that names pressure (`pressure-noun`: "Under pressure from
    the unions,", "After weeks of protests,"); None when the sentence opens otherwise."""
    tokens = ctx.tokens
    comma = opening_participle(ctx)
    if comma is not None:
        bound = tokens[comma].start
        yielding = any(
            m.trigger_id in _flagged_triggers("yields") and m.trigger[1] <= bound for m in mentions
        )
        return bound if yielding else None
    if not tokens or tokens[0].lower not in _PRESSURE_LEADS:
        return None
    comma = next((k for k, t in enumerate(tokens) if t.lower == ","), None)
    if comma is None or not any(t.lower in _PRESSURE_NOUNS for t in tokens[1:comma]):
        return None
    return tokens[comma].start


_PRESSURE_LEADS = grammar_words("pressure-lead")
_PRESSURE_NOUNS = grammar_words("pressure-noun")


@cache
def _flagged_triggers(flag: str) -> frozenset[str]:
    """Ids of the trigger lines that carry `flag`: "toll" (they count the harmed: "killed",
    "wounded"), "entry" (forcing a way in: "stormed"), "yields" (yielding: "bowing to")."""
    return frozenset(p.entry.id for p in compiled(TRIGGERS).patterns if p.get(flag) is True)


def _tolls_of_event_nouns(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """A toll verb whose subject is a hostile event noun tells that event's victims, and is
    of its type: "Fierce fighting between the army and rebels killed 30 people" is FIGHT,
    "Riots in the capital left ... / killed 3" a PROTEST; not after a comma (", killing")."""
    out = list(mentions)
    for k in range(1, len(out)):
        verb, noun = out[k], out[k - 1]
        if (
            verb.pos != "verb"
            or verb.trigger_id not in _flagged_triggers("toll")
            or verb.result_clause
            or verb.subordinate
            or noun.pos != "noun"
            or noun.type not in HOSTILE
            or noun.type == verb.type
            or noun.subordinate
        ):
            continue
        between = ctx.text[noun.trigger[1] - ctx.offset : verb.trigger[0] - ctx.offset]
        if any(mark in between for mark in (",", ";", ":")):
            continue
        out[k] = replace(verb, type=noun.type)
    return out


_PROTEST_SETTINGS = grammar_words("protest-setting")
# police, troops, rebels, gangs and spies who attack at a protest attack it, no riot
_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "CRM", "SPY"})


def _violence_in_protests(ctx: SentenceContext, mentions: list[EventMention]) -> list[EventMention]:
    """Violence that people who are no armed group do in a protest the same clause names
    is a violent protest, a riot (CAMEO 145): "Students hurled firebombs at police in a
    protest against the visit" is PROTEST. Police or troops doing it repress (unchanged)."""
    out = list(mentions)
    for k, act in enumerate(out):
        if act.type != "ASSAULT" or act.pos != "verb" or act.subordinate:
            continue
        if any(a.sector in _ARMED_SECTORS for a in act.source):
            continue
        if any(_names_protest_setting(ctx, act, noun) for noun in out[k + 1 :]):
            out[k] = replace(act, type="PROTEST", mode=None)
    return out


def _protesters_of_a_nation(mentions: list[EventMention]) -> list[EventMention]:
    """A nationality that protests is a crowd of its civilians, CVL ("Young Freedonians
    blocked roads", "Freedonians marched on the embassy"); elsewhere it stands for its
    nation as a polity, with no sector ("the Freedonians rejected the plan")."""
    out = list(mentions)
    for k, act in enumerate(out):
        if act.type != "PROTEST" or not any(_nationality(a) for a in act.source):
            continue
        source = tuple(replace(a, sector="CVL") if _nationality(a) else a for a in act.source)
        out[k] = replace(act, source=source)
    return out


def _nationality(actor: ActorPhrase) -> bool:
    """A nationality's plural standing alone ("Palestinians"): a group with a country and
    no sector, no name, no role word."""
    return (
        actor.kind == "group"
        and actor.number == "plural"
        and actor.sector is None
        and actor.country is not None
        and actor.name is None
    )


def _names_protest_setting(ctx: SentenceContext, act: EventMention, noun: EventMention) -> bool:
    """Whether `noun` is a protest noun after "in"/"during"/"amid" in the clause of `act`."""
    if noun.type != "PROTEST" or noun.pos != "noun" or noun.subordinate:
        return False
    between = [t for t in ctx.tokens if act.trigger[1] <= t.start and t.end <= noun.trigger[0]]
    if any(t.lower in (";", ":") for t in between):
        return False
    k = len(between) - 1
    while k >= 0 and between[k].lower in DETERMINERS:
        k -= 1
    return k >= 0 and between[k].lower in _PROTEST_SETTINGS


def _talks_before_acts(mentions: list[EventMention]) -> list[EventMention]:
    """Talks named only as when an act of the sentence happened ("X signed the pact with
    Y after talks", "... following a meeting") were held by the act's parties, there and
    then. With no such act they are the compound subject's when the sentence tells no other
    event ("X and Y spoke to reporters after three hours of talks"); else no event we can
    code."""
    out: list[EventMention] = []
    for mention in mentions:
        if "sequel" not in mention.cues:
            out.append(mention)
            continue
        act = next((m for m in reversed(out) if m.source and m.target), None)
        if act is None:
            if mention.source and len(mentions) == 1:
                out.append(replace(mention, actorless=False))
            continue
        out.append(
            replace(
                mention,
                source=(*act.source, *act.target),
                place=mention.place or act.place,
                date=mention.date or act.date,
                status=act.status if mention.status == "unknown" else mention.status,
                actorless=False,
            )
        )
    return out


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


def main_event(mentions: Sequence[EventMention]) -> EventMention | None:
    """The event a sentence is about: a verb of a main clause over a bare noun mention.

    The first main-clause mention that a verb carries (a verb trigger, or a noun a support
    verb governs: "held talks") wins over an earlier bare noun ("Talks failed as X
    attacked Y" is about the attack); then the first main-clause mention; then the first.
    A mention with actors wins over any without; one in a relative clause, which only says
    which people or things the sentence is about, comes after all others.
    """
    with_actors = [m for m in mentions if not m.actorless and not m.relative]
    actorless = [m for m in mentions if m.actorless and not m.relative]
    for pool in (with_actors, actorless, [m for m in mentions if m.relative]):
        main = [m for m in pool if not m.subordinate]
        verbal = [m for m in main if m.governed]
        for group in (verbal, main, pool):
            if group:
                return group[0]
    return None
