"""The "events" analysis step: PLOVER events of an article, one event per happening.

Every sentence of the headline, standfirst, captions and body is coded on its own
(`event_coder.code_clause_events`, with the article's time expressions). Then:

1. Actors are tied to the article's people: a mention from the "entities" step gives the
   entity id and its country/sector; otherwise a surname ("Kerry") takes the codes of the
   full name seen earlier ("John Kerry, the US climate envoy"); a pronoun the coder could
   not resolve in its sentence takes the last person (he/she) or compound actor (they).
2. Mentions of one event are merged (`event_merge.merge_mentions`): same type, compatible
   mode, date, place and status, overlapping participants ("the meeting with Lavrov" joins
   "Kerry met Lavrov in Moscow on Monday").

Works on text alone: without entities it codes actors from the gazetteer, roles and the
office dictionary; without time expressions events have no dates.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

# The steps this one needs register first, whoever imports this module first.
import dateline.analyze.entities
import dateline.analyze.sentences
import dateline.analyze.timex  # noqa: F401
from dateline.analyze.actors import (
    NAME_JOINERS,
    ActorPhrase,
    find_actors,
    gazetteer_spans,
    sector_terms,
)
from dateline.analyze.coref import role_generics
from dateline.analyze.entities import actor_code
from dateline.analyze.event_coder import TRIGGERS, EventMention, TimeRef, code_clause_events
from dateline.analyze.event_context import FORCES, PlaceRef
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_merge import MergedEvent, actor_key, merge_mentions
from dateline.analyze.event_tokens import Token, tokenize
from dateline.analyze.gazetteer import GazetteerMatch, city_countries, lookup
from dateline.analyze.offices import OfficeDictionary, date_bounds, load_offices, name_key
from dateline.analyze.registry import step
from dateline.analyze.roles import find_titles
from dateline.analyze.tokens import TOKEN
from dateline.analyze.triggers import compiled
from dateline.extract.outlets import outlet_info
from dateline.lexicons import load_table
from dateline.model import Actor, Article, Event, Place, Span, SpanField, make_span

__all__ = ["Located", "article_events", "events_step"]


@dataclass(frozen=True)
class Located:
    """A field of the article and a sentence in it: where a mention's offsets point."""

    field: SpanField
    index: int
    start: int
    end: int


def _segments(article: Article) -> Iterator[tuple[SpanField, int, str, int, int]]:
    """(field, index, field text, sentence start, sentence end) in reading order."""
    if article.headline:
        yield "headline", 0, article.headline, 0, len(article.headline)
    if article.standfirst:
        yield "standfirst", 0, article.standfirst, 0, len(article.standfirst)
    for index, image in enumerate(article.images):
        if image.caption:
            yield "caption", index, image.caption, 0, len(image.caption)
    # The wire dateline that opens the story ("DOVER, England — ") names where it was filed,
    # not an actor: the first sentence is coded from after it.
    source = article.dateline.source if article.dateline else None
    skip = len(source) if source and article.text.startswith(source) else 0
    if article.sentences:
        for sentence in article.sentences:
            if sentence.field == "text":
                start = (
                    max(sentence.start, skip)
                    if sentence.start < skip < sentence.end
                    else sentence.start
                )
                yield "text", 0, article.text, start, sentence.end
    elif article.text:
        from dateline.analyze.sentences import split_sentences

        for start, end in split_sentences(article.text):
            yield "text", 0, article.text, start, end


def _time_index(article: Article) -> dict[tuple[str, int], list[TimeRef]]:
    """(field, index) -> the DATE and TIME expressions there as `TimeRef`s, by start."""
    found: dict[tuple[str, int], list[TimeRef]] = {}
    for timex in article.timexes:
        if timex.type not in ("DATE", "TIME"):
            continue
        span = timex.span
        text = article.field_text(span.field, span.index) or ""
        words = text[max(0, span.start - 12) : span.start].split()
        ref = TimeRef(
            span.start, span.end, timex.value, timex.id, words[-1].lower() if words else None
        )
        found.setdefault((span.field, span.index), []).append(ref)
    for refs in found.values():
        refs.sort(key=lambda ref: ref.start)
    return found


def _times(refs: list[TimeRef], start: int, end: int) -> list[TimeRef]:
    """The expressions of `refs` (sorted by start) that start in `[start, end)`."""
    first = bisect.bisect_left(refs, start, key=lambda ref: ref.start)
    last = bisect.bisect_left(refs, end, key=lambda ref: ref.start)
    return refs[first:last]


def _dct(article: Article) -> str | None:
    reference = article.reference_time()
    return reference[:10] if reference else None


def _mention_entities(
    article: Article,
) -> dict[tuple[str, int], list[tuple[int, int, str, str]]]:
    """(field, index) -> [(start, end, entity id, mention kind)] of the article's mentions."""
    found: dict[tuple[str, int], list[tuple[int, int, str, str]]] = {}
    for mention in article.mentions:
        key = (mention.span.field, mention.span.index)
        span = mention.span
        found.setdefault(key, []).append((span.start, span.end, mention.entity, mention.kind))
    for spans in found.values():
        spans.sort()
    return found


def _role_spans(article: Article) -> dict[tuple[str, int], list[tuple[int, int, str]]]:
    """(field, index) -> [(start, end, person id)] of the words that give a person's role
    ("Japan's prime minister" before ", Hiroshi Tanabe")."""
    found: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    for entity in article.entities:
        if entity.type != "person":
            continue
        for role in entity.roles:
            span = role.evidence
            if span is not None:
                found.setdefault((span.field, span.index), []).append(
                    (span.start, span.end, entity.id)
                )
    return found


def article_events(article: Article, offices: OfficeDictionary | None = None) -> list[Event]:
    """The events of an article, merged across its sentences, in reading order.

    Args:
        article: an article with `sentences`, `timexes` and (when present) `entities`.
        offices: the office dictionary (default: starter plus `$DATELINE_OFFICES`).

    Returns:
        Events with ids "event:1", "event:2", ... ordered by their first evidence.
    """
    offices = offices or load_offices()
    dct = _dct(article)
    known = frozenset(
        name.casefold()
        for entity in article.entities
        if entity.type == "person"
        for name in (entity.name.split()[-1], *entity.aliases)
    )
    linker = _ActorLinker(article, offices, dct)
    times = _time_index(article)
    surnames = _surname_starts(article)
    located: list[tuple[EventMention, Located]] = []
    first_words = compiled(TRIGGERS).by_first
    for field, index, text, start, end in _segments(article):
        sentence = text[start:end]
        words = TOKEN.findall(sentence)
        lowers = [word.lower().replace("’", "'") for word in words]
        names = _may_name_people(words, lowers)
        if not names and first_words.keys().isdisjoint(lowers):
            continue  # no trigger and no full name: nothing to code or remember
        tokens = tokenize(sentence, start)
        gaz = gazetteer_spans(tokens, start) if names else None
        if gaz is not None and surnames.get((field, index)):
            gaz = _not_surnames(gaz, tokens, surnames[(field, index)])
        mentions = code_clause_events(
            sentence,
            start,
            _times(times.get((field, index), []), start, end),
            dct,
            offices=offices,
            known=linker.known_names(known),
            tokens=tokens,
            gaz=gaz,
        )
        mentions = [m for m in mentions if not _background(m, dct)]
        where = Located(field, index, start, end)
        if names or mentions:
            linker.see_sentence(text, where, mentions, tokens=tokens, gaz=gaz)
        for mention in mentions:
            if mention.place is not None and mention.place.here:
                mention = replace(mention, place=_filed_here(article, mention.place))
            located.append((linker.link(mention, text, where), where))
    merged = merge_mentions(located)
    if any("sequel" in mention.cues for mention, _ in located):
        located = _sequels_dated(located, merged)
        merged = merge_mentions(located)
    merged = [event for event in merged if _has_someone(event)]
    holders = _office_holders(linker.cast.values())
    offices_of = _office_heads_of(article)
    for event in merged:
        _name_office_holders(event, holders, offices_of)
    _set_responses_at_protests(article, merged)
    _set_acts_at_meetings(merged)
    _set_side_meetings(merged)
    _date_meetings_by_the_lead(merged)
    filed = _filed_from(article)
    return [
        _to_event(article, number, event, filed) for number, event in enumerate(merged, start=1)
    ]


_FORCE_WORDS = grammar_words("force-word")
_RESPONSE_TYPES = grammar_words("protest-response-type")
_RESPONSE_REACH = 2  # paragraphs after the protest in which a police action answers it


def _set_responses_at_protests(article: Article, merged: list[MergedEvent]) -> None:
    """Police or troops acting with no place or date of their own, in the paragraphs right
    after a protest the story reports, act at that protest: "Thousands marched through Lyon
    on Saturday. Police fired tear gas at protesters" (in Lyon, on Saturday)."""
    starts = [para.start for para in article.paragraphs]

    def paragraph(where: Located) -> int:
        return bisect.bisect_right(starts, where.start) - 1

    protest: MergedEvent | None = None
    for event in merged:
        main, where = event.main
        if main.type == "PROTEST" and event.place is not None and event.date is not None:
            protest = event
            continue
        if (
            protest is None
            or where.field != "text"
            or main.type not in _RESPONSE_TYPES
            or event.place is not None
            or event.date is not None
            or not any(a.sector in FORCES for a, _ in event.source)
        ):
            continue
        last = max((w for _, w in protest.mentions if w.field == "text"), key=lambda w: w.start)
        first = min((w for _, w in event.mentions if w.field == "text"), key=lambda w: w.start)
        if last.start < first.start and paragraph(first) - paragraph(last) <= _RESPONSE_REACH:
            event.place, event.date = protest.place, protest.date


def _sequels_dated(
    located: list[tuple[EventMention, Located]], merged: list[MergedEvent]
) -> list[tuple[EventMention, Located]]:
    """Talks an act of their sentence followed ("signed the pact after talks") take the
    place and date the article gives that act, so that they are not merged with another
    meeting of the same people."""
    events = {(id(m), w): e for e in merged for m, w in e.mentions}
    out: list[tuple[EventMention, Located]] = []
    for mention, where in located:
        if "sequel" in mention.cues:
            acts = [
                m
                for m, w in out
                if w == where and m.trigger[1] <= mention.trigger[0] and m.source and m.target
            ]
            event = events.get((id(acts[-1]), where)) if acts else None
            if event is not None:
                place = (
                    event.place[0] if event.place and _same_field(event.place[1], where) else None
                )
                date = event.date[0] if event.date and _same_field(event.date[1], where) else None
                mention = replace(mention, place=mention.place or place, date=mention.date or date)
        out.append((mention, where))
    return out


def _same_field(one: Located, other: Located) -> bool:
    """Whether two sentences are in one field, whose offsets they share."""
    return (one.field, one.index) == (other.field, other.index)


_MEETING_MODES = frozenset({"meet", "multilateral", "host"})


def _set_acts_at_meetings(merged: list[MergedEvent]) -> None:
    """A body's act with no place of its own, on the day its members met, was done at that
    meeting: "The EU imposed sanctions on Monday. The decision was taken at a meeting
    of EU foreign ministers in Brussels on Monday" (in Brussels)."""
    meetings = [
        e
        for e in merged
        if e.main[0].type == "CONSULT"
        and e.main[0].mode in _MEETING_MODES
        and e.place is not None
        and e.date is not None
    ]
    for event in merged:
        if event in meetings:
            continue
        if event.place is None or event.date is None:
            _set_at_named_meeting(event, meetings)
        if event.place is not None or event.date is None:
            continue
        countries = {a.country for a, _ in event.source}
        if not countries or None in countries:
            continue
        if any(a.kind != "organisation" for a, _ in event.source):
            continue  # a body decides where its members meet; a state acts anywhere
        for meeting in meetings:
            assert meeting.date is not None
            met = {a.country for a, _ in (*meeting.source, *meeting.target)}
            if meeting.date[0].value == event.date[0].value and countries <= met:
                event.place = meeting.place
                break


_LEAD_SENTENCES = 2  # the story's first sentences: what they date is the news of the day


def _date_meetings_by_the_lead(merged: list[MergedEvent]) -> None:
    """A meeting told with no date, of the same two or more people whose act the lead dates,
    happened then ("X and Y agreed on Tuesday to ... The two leaders met for three hours in
    Jakarta"): the lead says when the day's news happened."""
    end = _lead_end(merged)
    lead = [
        e
        for e in merged
        if e.date is not None
        and e.status == "occurred"
        and any(w.field == "text" and w.start < end for _, w in e.mentions)
    ]
    for meeting in merged:
        main = meeting.main[0]
        if meeting.date is not None or main.type != "CONSULT" or main.mode not in _MEETING_MODES:
            continue
        if meeting.status not in ("occurred", "unknown"):
            continue
        people = _named_people_of(meeting)
        if len(people) < 2:
            continue
        for event in lead:
            if event is not meeting and _same_parties(meeting, people, event):
                meeting.date = event.date
                break


def _same_parties(meeting: MergedEvent, people: set[str], lead: MergedEvent) -> bool:
    """Whether the lead's act is the meeting's people's: the same people, or the states
    they hold office for ("Norway and Chile agreed on Tuesday ... The trade ministers of the
    two met in Bergen")."""
    if people <= _named_people_of(lead):
        return True
    states = _states_of(lead)
    countries = {a.country for a, _ in (*meeting.source, *meeting.target) if a.kind == "person"}
    return len(states) >= 2 and None not in countries and countries == states


def _states_of(event: MergedEvent) -> set[str | None]:
    """The countries an event's actors are when every actor is a country named as such."""
    actors = [a for a, _ in (*event.source, *event.target)]
    if not actors or any(a.kind != "country" for a in actors):
        return set()
    return {a.country for a in actors}


def _named_people_of(event: MergedEvent) -> set[str]:
    return {actor_key(a) for a, _ in (*event.source, *event.target) if a.kind == "person"}


def _lead_end(merged: list[MergedEvent]) -> int:
    """Where the text's first sentences end (a character offset in the body)."""
    starts = sorted({w.start for e in merged for _, w in e.mentions if w.field == "text"})
    return starts[_LEAD_SENTENCES] if len(starts) > _LEAD_SENTENCES else 1 << 30


_SIDE_MEETING_DAYS = 1  # a meeting of summit leaders the day before or after is on its side


def _set_side_meetings(merged: list[MergedEvent]) -> None:
    """A meeting with no place among some of a summit's participants, within a day of it,
    is held where the summit is: "Ferreira and Sosa also met on Thursday evening" (at the
    Montevideo summit on Friday)."""
    summits = [
        e
        for e in merged
        if e.main[0].type == "CONSULT"
        and e.main[0].mode in ("meet", "multilateral")
        and e.place is not None
        and e.date is not None
        and len(e.participants) > 2
    ]
    for event in merged:
        main = event.main[0]
        if main.type != "CONSULT" or main.mode != "meet" or event.place is not None:
            continue
        if event.date is None or len(event.participants) < 2:
            continue
        for summit in summits:
            assert summit.date is not None
            apart = _days_apart(event.date[0].value, summit.date[0].value)
            near = apart is not None and apart <= _SIDE_MEETING_DAYS
            if near and event.participants < summit.participants:
                event.place = summit.place
                break


def _days_apart(one: str, other: str) -> int | None:
    """Days between two dates ("2024-06-20TEV" counts as its day); None unless both are days."""
    try:
        first = datetime.date.fromisoformat(one[:10])
        second = datetime.date.fromisoformat(other[:10])
    except ValueError:
        return None
    return abs((first - second).days)


def _set_at_named_meeting(event: MergedEvent, meetings: list[MergedEvent]) -> None:
    """An act its sentence sets at a meeting ("at the close of the meeting the four leaders
    signed ...") happened where and when the last earlier meeting of its people did."""
    if not any("at-meeting" in mention.cues for mention, _ in event.mentions):
        return
    first = min((w.start for _, w in event.mentions if w.field == "text"), default=0)
    earlier = [
        m
        for m in meetings
        if m.participants & event.participants
        and any(w.field != "text" or w.start < first for _, w in m.mentions)
    ]
    if earlier:
        event.place = event.place or earlier[-1].place
        event.date = event.date or earlier[-1].date


def _background(mention: EventMention, dct: str | None) -> bool:
    """Whether a relative or adverbial clause tells a past the story leans on ("Salas, who
    stepped down last year, denied ..."): its own date is a whole month or year that ended
    before the story's. Such a clause gives no event of the story; one dated to a day
    ("Ortiz, who met Lind on Monday") or undated ("who asked for help") still does."""
    if not mention.subordinate or mention.date is None or dct is None:
        return False
    bounds = date_bounds(mention.date.value)
    if bounds is None:
        return mention.date.value == "PAST_REF"
    first, last = bounds
    return first != last and last < dct[:7]


def _office_holders(cast: Iterable[ActorPhrase]) -> dict[tuple[str, str], ActorPhrase]:
    """(country, sector) -> the one person the article names with those codes."""
    found: dict[tuple[str, str], list[ActorPhrase]] = {}
    for person in cast:
        if person.country and person.sector:
            found.setdefault((person.country, person.sector), []).append(person)
    return {codes: people[0] for codes, people in found.items() if len(people) == 1}


def _is_office(actor: ActorPhrase) -> bool:
    """Whether an actor is an unnamed office of a country ("the presidents of Brazil",
    "Brazil" sharing that head), not a body or a group ("the Brazilian army", "officials")."""
    if actor.kind != "organisation" or actor.name or actor.entity:
        return False
    if not (actor.country and actor.sector):
        return False
    terms = sector_terms()
    return not any(
        terms[word].kind in ("body", "group")
        for word in actor.text.lower().split()
        if word in terms
    )


def _office_heads(text: str) -> frozenset[str]:
    """The head words of the office titles a phrase names ("Polish ambassador" ->
    {"ambassador"}, "foreign minister" -> {"minister"})."""
    return frozenset(match.title.split()[-1] for match in find_titles(text))


def _office_heads_of(article: Article) -> dict[str, frozenset[str]]:
    """Entity id -> the head words of the offices the article gives that person."""
    return {
        entity.id: frozenset(role.title.split()[-1] for role in entity.roles)
        for entity in article.entities
        if entity.roles
    }


def _name_office_holders(
    event: MergedEvent,
    holders: dict[tuple[str, str], ActorPhrase],
    offices_of: dict[str, frozenset[str]],
) -> None:
    """An unnamed office in an event is the one person the article names holding it: "the
    presidents of Brazil, Argentina and Chile met", and later "Brazil's president, Lucas
    Ferreira": Ferreira took part. Not a person holding another office: "the Polish
    ambassador" is not the Polish prime minister."""
    seen: set[str] = set()
    for side in (event.source, event.target):
        named: list[tuple[ActorPhrase, Located]] = []
        for actor, where in side:
            if _is_office(actor) and actor.country and actor.sector:
                holder = holders.get((actor.country, actor.sector))
                if holder is not None and _same_office(actor, holder, offices_of):
                    actor = holder
            if actor_key(actor) not in seen:
                seen.add(actor_key(actor))
                named.append((actor, where))
        side[:] = named


def _same_office(
    office: ActorPhrase, holder: ActorPhrase, offices_of: dict[str, frozenset[str]]
) -> bool:
    """Whether an unnamed office may be the holder's: the office names no title, or the
    holder holds one with the same head word (or none is known for them)."""
    wanted = _office_heads(office.text)
    held = _office_heads(holder.text) | offices_of.get(holder.entity or "", frozenset())
    return not wanted or not held or bool(wanted & held)


def _surname_starts(article: Article) -> dict[tuple[str, int], frozenset[int]]:
    """(field, index) -> where a person's surname is mentioned: words the gazetteer also
    knows as a place ("Aydın" of "Selim Aydın"), which entities already told apart."""
    found: dict[tuple[str, int], set[int]] = {}
    for mention in article.mentions:
        if mention.kind == "surname" and mention.entity.startswith("person:"):
            found.setdefault((mention.span.field, mention.span.index), set()).add(
                mention.span.start
            )
    return {key: frozenset(starts) for key, starts in found.items()}


def _not_surnames(
    gaz: dict[int, tuple[int, GazetteerMatch]], tokens: list[Token], starts: frozenset[int]
) -> dict[int, tuple[int, GazetteerMatch]]:
    return {
        first: span
        for first, span in gaz.items()
        if not (span[0] == first + 1 and tokens[first].start in starts)
    }


def _has_someone(event: MergedEvent) -> bool:
    """An event told only by verbs needs someone doing it or somewhere it happens ("protests
    were staged in Lima"): a bare verb names nothing an analyst can use. Event nouns stand
    alone ("the Glasgow conference later this year")."""
    return (
        bool(event.source or event.target)
        or event.place is not None
        or any(m.pos == "noun" for m, _ in event.mentions)
    )


_MENTION_REACH = 40  # mentions starting before a phrase's end that may still overlap it
# Before a plural description, words that make it the people already named.
_DEFINITE_PLURAL = re.compile(
    r"(?:\bthe(?:\s+(?P<count>two|three|four|five|six|seven|eight))?|\b(?P<both>both)(?:\s+the)?)\s+$"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


_CALL_MODE = "phone"  # the CONSULT mode of a telephone call (event_triggers.jsonl)


@cache
def _each_country_before() -> re.Pattern[str]:
    """What ends right before the first of two people who are one of each country the
    article named: "the two countries' foreign ministers, " (lexicons/state_nouns.tsv)."""
    nouns = "|".join(re.escape(row["noun"]) for row in load_table("state_nouns.tsv"))
    return re.compile(
        rf"\b(?:the\s+two|both(?:\s+the)?)\s+(?:{nouns})['’]\s+[^,.;:]{{1,40}},\s*$",
        re.IGNORECASE,
    )


class _ActorLinker:
    """Ties actor phrases to article entities and earlier full names; resolves pronouns."""

    def __init__(self, article: Article, offices: OfficeDictionary, dct: str | None) -> None:
        self.offices = offices
        self.dct = dct
        self.mentions = _mention_entities(article)
        self.entities = {entity.id: entity for entity in article.entities}
        self.roles = _role_spans(article)
        self.people: dict[str, ActorPhrase] = {}
        self.last_person: ActorPhrase | None = None
        self._person_from: Located | None = None
        self.last_group: tuple[ActorPhrase, ...] = ()
        self.last_people: tuple[ActorPhrase, ...] = ()
        # every named person with a sector so far, by actor key, in the order first seen:
        # "the leaders" of a summit are all of them, not the last pair named
        self.cast: dict[str, ActorPhrase] = {}
        self.seen: set[str] = set()
        self.callers: set[str] = set()  # actor keys of who took part in a phone call so far
        self.countries: list[str] = []  # countries of the actors so far, in order first seen
        self.last_force: str | None = None  # the sector of the police or army last named
        self._known: frozenset[str] = frozenset()
        self._known_key: tuple[int, int] | None = None

    @property
    def surnames(self) -> frozenset[str]:
        """Case-folded surnames of the people named so far in the article."""
        return frozenset(self.seen)

    def known_names(self, known: frozenset[str]) -> frozenset[str]:
        """`known | self.surnames`, rebuilt only when a surname was added since last time."""
        key = (id(known), len(self.seen))
        if self._known_key != key:
            self._known = known | self.surnames
            self._known_key = key
        return self._known

    def _entity_at(self, where: Located, phrase: ActorPhrase) -> tuple[str, str] | None:
        """The (entity id, mention kind) of the article mention the phrase overlaps; a
        person's mention before a modifier's ("Chilean Foreign Minister Alberto Vidal" is
        Vidal, not Chile)."""
        spans = self.mentions.get((where.field, where.index), [])
        # sorted by start: only mentions starting before the phrase ends, and near it
        stop = bisect.bisect_left(spans, (phrase.char_end,))
        overlapping = [
            (entity, kind)
            for start, end, entity, kind in spans[max(0, stop - _MENTION_REACH) : stop]
            if start < phrase.char_end and phrase.char_start < end
        ]
        for entity, kind in overlapping:
            if entity in self.entities and self.entities[entity].type == "person":
                return entity, kind
        return overlapping[0] if overlapping else None

    def _role_holder(self, where: Located, phrase: ActorPhrase) -> ActorPhrase | None:
        """The person a description is the role of: "Japan's prime minister" where the
        article says "Japan's prime minister, Hiroshi Tanabe" is Tanabe."""
        if phrase.kind in ("pronoun", "person", "country") or phrase.number == "plural":
            return None
        for start, end, entity_id in self.roles.get((where.field, where.index), []):
            if start < phrase.char_end and phrase.char_start < end:
                person = self.entities[entity_id]
                return replace(
                    phrase,
                    entity=person.id,
                    country=phrase.country or person.country,
                    sector=phrase.sector or person.sector,
                    kind="person",
                    name=person.name,
                )
        return None

    def _code(self, phrase: ActorPhrase, where: Located) -> ActorPhrase:
        held = self._role_holder(where, phrase)
        if held is not None:
            return held
        found = self._entity_at(where, phrase)
        if (
            found is not None
            and found[0] in self.entities
            and phrase.kind == "organisation"
            and phrase.entity is None
            and self.entities[found[0]].type == "country"
        ):
            found = None  # "her Canadian counterpart": the demonym only says whose
        # "He accused ...": the person coreference gave the pronoun (the subject of the
        # sentence before), not whoever last took part in an event
        if (
            phrase.kind == "pronoun"
            and found is not None
            and found[0] in self.entities
            and (self.entities[found[0]].type != "person" or phrase.number != "singular")
        ):
            found = None
        if found is not None and found[0] in self.entities:
            entity = self.entities[found[0]]
            country, sector = actor_code(entity, found[1])
            person = entity.type == "person"
            return replace(
                phrase,
                entity=entity.id,
                country=phrase.country or country,
                sector=phrase.sector or sector,
                kind="person" if person else phrase.kind,
                name=entity.name if person else phrase.name,
            )
        if phrase.name:
            full = self.people.get(name_key(phrase.name.split()[-1]))
            if full is not None and (phrase.country in (None, full.country)):
                return replace(
                    phrase,
                    country=full.country,
                    sector=phrase.sector or full.sector,
                    kind="person",
                    name=full.name,
                    entity=phrase.entity or full.entity,
                )
        return phrase

    def see_sentence(
        self,
        text: str,
        where: Located,
        mentions: list[EventMention],
        *,
        tokens: Sequence[Token] | None = None,
        gaz: dict[int, tuple[int, GazetteerMatch]] | None = None,
    ) -> None:
        """Remember the people of a sentence for later surnames and pronouns.

        `tokens` and `gaz` are the sentence's tokens and gazetteer spans, when known."""
        sentence = text[where.start : where.end]
        if tokens is None:
            tokens = tokenize(sentence, where.start)
        words = [token.text for token in tokens]
        lowers = [token.lower for token in tokens]
        found = (
            find_actors(tokens, sentence, where.start, gaz=gaz)
            if _may_name_people(words, lowers)
            else []
        )
        for phrase in found:
            if phrase.name and " " in phrase.name:
                self.seen.add(phrase.name.split()[-1].casefold())
                if phrase.country and phrase.kind == "person":
                    self.people.setdefault(name_key(phrase.name.split()[-1]), phrase)
            if phrase.kind == "person" and phrase.name:
                self._cast(self._code(phrase, where))
        for mention in mentions:
            for phrase in (*mention.source, *mention.target):
                coded = self._code(phrase, where)
                if coded.kind == "person" and coded.name and coded.country:
                    key = name_key(coded.name.split()[-1])
                    self.people.setdefault(key, coded)

    def link(self, mention: EventMention, text: str, where: Located) -> EventMention:
        """The mention with its actors coded, its unresolved pronouns resolved, and "the two
        ministers" taken for the people last seen together."""
        source = self._resolve(tuple(self._code(a, where) for a in mention.source))
        target = self._resolve(tuple(self._code(a, where) for a in mention.target))
        source = self._the_people(source, text)
        target = self._the_people(target, text)
        source = self._one_of_each_country(source, text)
        target = self._one_of_each_country(target, text)
        source, target = self._of_last_force(source), self._of_last_force(target)
        for actor in (*source, *target):
            if actor.country and actor.country not in self.countries:
                self.countries.append(actor.country)
        people = [a for a in (*source, *target) if a.kind == "person"]
        if people and where != self._person_from:
            # The first person of a sentence's first event is who "she" is next: in "Vogel
            # spoke with Chowdhury, who asked for help. She plans ...", Vogel.
            self.last_person = people[0]
            self._person_from = where
        if len(people) > 1:
            self.last_people = tuple(people)
        for person in people:
            self._cast(person)
        if len(source) > 1:
            self.last_group = source
        return self._call_mode(replace(mention, source=source, target=target))

    def _of_last_force(self, actors: tuple[ActorPhrase, ...]) -> tuple[ActorPhrase, ...]:
        """A bare "officers" is of the force the story last named ("Police fired tear gas
        ... Officers arrested 14": police officers); a named force is remembered."""
        coded = []
        for actor in actors:
            bare = actor.text.lower() in _FORCE_WORDS and actor.country is None
            if bare and self.last_force is not None:
                actor = replace(actor, sector=self.last_force)
            elif actor.sector in FORCES and not bare:
                self.last_force = actor.sector
            coded.append(actor)
        return tuple(coded)

    def _call_mode(self, mention: EventMention) -> EventMention:
        """A talk whose mode is a guess ("spoke with", "they spoke") by someone the article
        already had on a phone call is a call too: "X spoke by phone with Y ... They last
        spoke in May", "Later X also spoke with Z"."""
        if mention.type != "CONSULT":
            return mention
        keys = {actor_key(a) for a in (*mention.source, *mention.target)}
        if mention.mode == _CALL_MODE and not mention.mode_guessed:
            self.callers |= keys
        elif mention.mode_guessed and mention.source and keys & self.callers:
            return replace(mention, mode=_CALL_MODE)
        return mention

    def _one_of_each_country(
        self, actors: tuple[ActorPhrase, ...], text: str
    ) -> tuple[ActorPhrase, ...]:
        """Two people without a country after "the two countries' foreign ministers," are
        one of each of the two countries the article has named, in the order named, and
        hold the office the words before them name (which is no third actor)."""
        if len(self.countries) != 2:
            return actors
        people = sorted(
            (a for a in actors if a.kind in ("person", "name") and a.country is None),
            key=lambda a: a.char_start,
        )
        if len(people) != 2:
            return actors
        window = max(0, people[0].char_start - 80)
        found = _each_country_before().search(text[window : people[0].char_start])
        if found is None:
            return actors
        office = [
            a
            for a in actors
            if a.kind != "person" and window + found.start() <= a.char_start < people[0].char_start
        ]
        sector = next((a.sector for a in office if a.sector), None)
        coded = {
            id(person): replace(
                person, country=country, sector=person.sector or sector, kind="person"
            )
            for person, country in zip(people, self.countries, strict=True)
        }
        return tuple(coded.get(id(a), a) for a in actors if a not in office)

    def _cast(self, person: ActorPhrase) -> None:
        if person.kind == "person" and person.name and person.sector:
            self.cast.setdefault(actor_key(person), person)

    def _the_people(self, actors: tuple[ActorPhrase, ...], text: str) -> tuple[ActorPhrase, ...]:
        """A definite plural description with no country ("the two ministers", "both
        leaders", "the leaders") is the people already named of its sector: the last ones
        seen together when they are as many as it says, else all of them when they are."""
        out: list[ActorPhrase] = []
        for actor in actors:
            before = text[max(0, actor.char_start - 12) : actor.char_start].lower()
            found = _DEFINITE_PLURAL.search(before)
            people: tuple[ActorPhrase, ...] = ()
            if (
                found
                and actor.kind in ("organisation", "group")
                and not (actor.entity or actor.name or actor.country)
                and actor.text.lower().endswith("s")
                and actor.sector is not None
            ):
                people = self._people_of(actor.sector, _count(found))
                if not any(self._may_be(p, actor.text) for p in people):
                    people = ()  # "the two presidents" are not the two foreign ministers
            out.extend(p for p in people or (actor,) if p not in out)
        return tuple(out)

    def _may_be(self, person: ActorPhrase, description: str) -> bool:
        """Whether a person may be one of "the two <heads>": a head that names an office
        ("presidents", "ministers") must head an office they hold; a generic head
        ("leaders", "officials") and a person with no known office pass. One of the group
        passing is enough ("the ministers": a minister and his counterpart, a general)."""
        head = description.lower().split()[-1]
        head = head[:-1] if head.endswith("s") else head
        entity = self.entities.get(person.entity or "")
        held = {role.title.split()[-1] for role in entity.roles} if entity else set()
        term = sector_terms().get(head)
        generic = head in role_generics() or term is None or term.kind != "role"
        return generic or not held or head in held

    def _people_of(self, sector: str, count: int | None) -> tuple[ActorPhrase, ...]:
        """The people "the [count] <sector plural>" stands for, or () when unsure."""
        last = self.last_people if all(p.sector == sector for p in self.last_people) else ()
        everyone = self._cast_of(sector)
        if count is None:
            return everyone if len(everyone) > 1 else last
        return next((group for group in (last, everyone) if len(group) == count), ())

    def _cast_of(self, sector: str) -> tuple[ActorPhrase, ...]:
        return tuple(p for p in self.cast.values() if p.sector == sector)

    def _resolve(self, actors: tuple[ActorPhrase, ...]) -> tuple[ActorPhrase, ...]:
        resolved: list[ActorPhrase] = []
        for actor in actors:
            if actor.kind != "pronoun":
                resolved.append(actor)
            elif actor.number == "singular" and self.last_person is not None:
                resolved.append(self.last_person)
            elif actor.number == "plural" and self.last_group:
                resolved.extend(self.last_group)
        return tuple(resolved)


def _count(found: re.Match[str]) -> int | None:
    """How many people "the four", "both" say, or None ("the leaders")."""
    if found.group("both"):
        return 2
    word = found.group("count")
    return _COUNTS[word] if word else None


def _may_name_people(words: Sequence[str], lowers: Sequence[str]) -> bool:
    """Whether a capitalised word is followed by another or by a name particle: a person's
    full name ("John Kerry", "Osama bin Laden") needs one, so a sentence without it adds
    no name to remember (`find_actors` makes a name of adjacent capitalised words only).

    Args:
        words: the sentence's token texts.
        lowers: the same, lower-cased as `tokenize` does.
    """
    # a plain loop, not any() over a generator: it runs over every word of every sentence
    for i in range(len(words) - 1):
        if words[i][:1].isupper() and (words[i + 1][:1].isupper() or lowers[i + 1] in NAME_JOINERS):
            return True
    return False


def _span(article: Article, where: Located, start: int, end: int) -> Span:
    text = article.field_text(where.field, where.index) or ""
    return make_span(text, start, end, field=where.field, index=where.index)


def _actor(article: Article, phrase: ActorPhrase, where: Located) -> Actor:
    evidence = None
    text = article.field_text(where.field, where.index) or ""
    if text[phrase.char_start : phrase.char_end] == phrase.text:
        evidence = _span(article, where, phrase.char_start, phrase.char_end)
    entity = phrase.entity if phrase.entity and ":" in phrase.entity else None
    return Actor(
        entity=entity,
        text=phrase.name if phrase.kind == "person" and phrase.name else phrase.text,
        country=phrase.country,
        sector=phrase.sector,
        evidence=evidence,
    )


# Sectors of actors that belong to the country where they act: police in Lyon are French
# police. Government, military and international actors abroad are not (a minister in
# Brussels, troops across a border), unless they are one named person.
_HOME_SECTORS = frozenset(
    {"COP", "JUD", "LEG", "AGR", "LAB", "OPP", "CVL", "EDU", "MED", "CRM", "PTY", "REL"}
)


def _home_country(event: MergedEvent) -> str | None:
    """The country an event happens in: its place's (`_filed_from` is the fallback)."""
    if event.place is None:
        return None
    ref = event.place[0]
    entry = lookup(ref.name)
    return ref.country or (entry.country if entry else None)


def _filed_from(article: Article) -> str | None:
    """The country of the wire dateline the story was filed from ("BERLIN -" -> DEU). A
    city name several countries share counts only for the outlet's own country (a
    Spanish outlet's "VALENCIA -"); "DOVER, England" and "PARIS, Texas" name their country
    after the comma."""
    if article.dateline is None:
        return None
    place = article.dateline.place
    *_, last = place.split(",")
    named = lookup(last.strip())
    if "," in place and named is not None and named.country is not None:
        return named.country  # "DOVER, England", "PARIS, Texas": the region names it
    entry = lookup(place)
    if entry is None or entry.country is None or entry.type == "organisation":
        return None
    countries = city_countries(place)
    if len(countries) <= 1:
        return entry.country
    outlet = outlet_info(article.outlet.domain, article.outlet.name)
    return outlet.country if outlet is not None and outlet.country in countries else None


def _filed_here(article: Article, words: PlaceRef) -> PlaceRef | None:
    """ "in this port city" is where the story was filed: the dateline's place (its first
    part: "ARICA, Chile" -> Arica), at the words that point to it; no dateline, no place."""
    if article.dateline is None or not article.dateline.place:
        return None
    name = article.dateline.place.split(",")[0].strip()
    entry = lookup(name)
    entity = entry.id if entry is not None and entry.type != "organisation" else None
    country = entry.country if entry is not None else None
    return PlaceRef(name, words.start, words.end, entity, country)


_VENUE_TYPES = grammar_words("venue-type")


def _towns_country(article: Article, where: Located) -> str | None:
    """The one country whose towns the event's sentence names ("drone attacks on Kyiv"):
    where the event happens when it has no place of its own, before the dateline's."""
    text = article.field_text(where.field, where.index) or ""
    tokens = tokenize(text[where.start : where.end], where.start)
    countries = {
        match.entry.country
        for _, match in gazetteer_spans(tokens, where.start).values()
        if match.entry.type == "place" and match.entry.country
    }
    return countries.pop() if len(countries) == 1 else None


def _at_home(phrase: ActorPhrase, home: str | None) -> ActorPhrase:
    """An actor with a sector and no country, coded to the country it acts in."""
    if home is None or phrase.country is not None or phrase.sector is None:
        return phrase
    if phrase.kind != "person" and phrase.sector not in _HOME_SECTORS:
        return phrase
    return replace(phrase, country=home)


def _to_event(article: Article, number: int, event: MergedEvent, filed: str | None) -> Event:
    """The `Event` of one merged event; `filed` is the country the story was filed from."""
    main, where = event.main
    place = None
    if event.place is not None:
        ref, place_where = event.place
        evidence = _span(article, place_where, ref.start, ref.end)
        place = Place(name=ref.name, entity=ref.entity, evidence=evidence)
    date = event.date[0] if event.date is not None else None
    # Actors act at home: in the place's country, else in the one the story was filed
    # from. A visitor is abroad: the place of a visit does not say whose the actors are,
    # and the dateline does only when the visit is to another country.
    homeless = any(a.country is None and a.sector for a, _ in (*event.source, *event.target))
    if main.mode != "visit":
        home = _home_country(event)
        if home is None and homeless:
            # a strike on a town harms its people; a meeting that mentions a town (where the
            # next one will be) says nothing of whose its participants are
            towns = _towns_country(article, where) if main.type not in _VENUE_TYPES else None
            home = towns or filed
    else:
        home = filed if filed != _home_country(event) else None
    source = [_actor(article, _at_home(a, home), w) for a, w in event.source]
    target = [_actor(article, _at_home(a, home), w) for a, w in event.target]
    return Event(
        id=f"event:{number}",
        type=main.type,
        mode=main.mode,
        source=source,
        target=_others(source, target),
        place=place,
        date=_day(date.value) if date else None,
        date_timex=date.id if date else None,
        status=event.status,
        trigger=_span(article, where, *main.trigger),
        evidence=_evidence(article, event),
    )


def _others(source: list[Actor], target: list[Actor]) -> list[Actor]:
    """The targets that are not the source's own state: a bare country name stands for its
    government, so "Schialer warned that Peru would not accept" has Peru's minister and
    Peru on one side, and no target."""
    states = {a.country for a in source if a.country and a.sector in (None, "GOV")}
    return [a for a in target if not (a.sector is None and a.country in states)]


_TIME_OF_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})T.*$")


def _day(value: str) -> str:
    """An event's date is a day at most: "2024-06-20TEV" (Thursday evening) is 2024-06-20
    (the time of day stays in the time expression the date came from)."""
    return _TIME_OF_DAY.sub(r"\1", value)


def _evidence(article: Article, event: MergedEvent) -> list[Span]:
    """One span per stretch of words: mentions whose evidence overlaps in one field (two
    triggers of one caption: "shakes hands with ... during talks") become their union."""
    pieces: dict[tuple[str, int], list[tuple[int, int, Located]]] = {}
    for mention, where in (*event.mentions, *event.results):
        pieces.setdefault((where.field, where.index), []).append((*mention.evidence, where))
    spans: list[Span] = []
    for found in pieces.values():  # fields in the order they were first seen
        merged: list[tuple[int, int, Located]] = []
        for start, end, where in sorted(found, key=lambda piece: (piece[0], piece[1])):
            if merged and start < merged[-1][1]:
                last = merged[-1]
                merged[-1] = (last[0], max(last[1], end), last[2])
            else:
                merged.append((start, end, where))
        spans.extend(_span(article, w, a, b) for a, b, w in merged)
    return spans


@step(
    "events",
    requires={"text", "sentences", "timexes", "entities", "mentions"},
    produces={"events"},
)
def events_step(article: Article) -> Article:
    """Fill `Article.events` from the article's sentences and time expressions."""
    return article.model_copy(update={"events": article_events(article)})
