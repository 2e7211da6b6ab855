"""One event, many mentions: merge the sentences of an article that report one happening.

Two mentions are one event when they have the same PLOVER type, compatible modes (equal, or
"meet" with "multilateral": "the Glasgow meeting" is "the conference in Glasgow"; "meet"
with "host": "Tamm hosts Lahti" is "Tamm met Lahti"),
compatible dates (overlapping, or one unknown), places (equal, or one unknown) and statuses
(an event that happened is not the one still planned), and they share a participant, or an
unnamed description of the same sector stands for one ("the two foreign ministers",
"her Canadian counterpart"), or a country acts through a government actor of its own
("Denmark signed" and "the Danish prime minister signed"), or one of them names nobody
and they share the place ("the Oslo talks" in a headline). A mention joins
the compatible event it shares most participants with; a description a named participant
stands for, and a country its government actor stands for, are dropped from the merged event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.analyze.actors import ActorPhrase
from dateline.analyze.event_coder import EventMention, PlaceRef, TimeRef
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.offices import date_bounds, name_key

if TYPE_CHECKING:
    from dateline.analyze.events import Located

__all__ = ["MergedEvent", "actor_key", "merge_mentions"]

# "hosts" is a meeting told from the host's side: "Modi hosts Kishida" is "Modi met Kishida"
_MODE_FAMILIES = ({"meet", "multilateral"}, {"meet", "host"})
_STATUS_CLASH = ({"occurred", "scheduled"}, {"occurred", "cancelled"}, {"ongoing", "cancelled"})
_STATUS_ORDER = ("cancelled", "ongoing", "scheduled", "occurred")
# types whose two sides may swap between reports ("A met B", "B and A met"); any other type
# is a directed act, one doer to one target (event_grammar.tsv)
SYMMETRIC_TYPES = grammar_words("symmetric-type")


def actor_key(actor: ActorPhrase) -> str:
    """Who an actor is, for comparing participants across sentences."""
    if actor.kind == "person" and actor.name:
        return "person:" + name_key(actor.name.split()[-1])
    if actor.entity:
        return actor.entity
    return f"{actor.country}/{actor.sector}/{name_key(actor.text)}"


@dataclass
class MergedEvent:
    """The mentions of one event and what they say together."""

    mentions: list[tuple[EventMention, Located]]
    source: list[tuple[ActorPhrase, Located]] = field(default_factory=list)
    target: list[tuple[ActorPhrase, Located]] = field(default_factory=list)
    place: tuple[PlaceRef, Located] | None = None
    date: tuple[TimeRef, Located] | None = None
    # participle clauses telling what the event did ("..., ending the strike"): evidence only
    results: list[tuple[EventMention, Located]] = field(default_factory=list)

    @property
    def main(self) -> tuple[EventMention, Located]:
        """The mention that names most: most participants, then a place, then first."""
        best = max(
            enumerate(self.mentions),
            key=lambda pair: (
                len(pair[1][0].source) + len(pair[1][0].target),
                pair[1][0].place is not None,
                -pair[0],
            ),
        )
        return best[1]

    @property
    def participants(self) -> set[str]:
        """Keys of every source and target actor."""
        return {actor_key(a) for a, _ in (*self.source, *self.target)}

    @property
    def status(self) -> str:
        """The mentions' status: cancelled wins, then the most frequent known one."""
        counts = Counter(m.status for m, _ in self.mentions if m.status != "unknown")
        if not counts:
            return "unknown"
        if counts["cancelled"]:
            return "cancelled"
        return max(_STATUS_ORDER, key=lambda s: (counts[s], -_STATUS_ORDER.index(s)))

    def add(self, mention: EventMention, where: Located) -> None:
        """Take in one more mention: its actors, place and a more precise date."""
        self.mentions.append((mention, where))
        keys = {actor_key(a) for a, _ in self.source}
        for actor in mention.source:
            if actor_key(actor) not in keys:
                self.source.append((actor, where))
                keys.add(actor_key(actor))
        target_keys = {actor_key(a) for a, _ in self.target}
        for actor in mention.target:
            key = actor_key(actor)
            if key not in keys and key not in target_keys:
                self.target.append((actor, where))
                target_keys.add(key)
        self.target = [(a, w) for a, w in self.target if actor_key(a) not in keys]
        everyone = [*self.source, *self.target]
        self.source = _drop_described(self.source, everyone)
        self.target = _drop_described(self.target, everyone)
        if self.place is None and mention.place is not None:
            self.place = (mention.place, where)
        if mention.date is not None and (
            self.date is None or len(mention.date.value) > len(self.date[0].value)
        ):
            self.date = (mention.date, where)


def _unnamed(actor: ActorPhrase) -> bool:
    """A description with no name or entity of its own ("her Canadian counterpart",
    "the two foreign ministers")."""
    return actor.kind != "person" and not actor.entity and not actor.name


def _describes(description: ActorPhrase, actor: ActorPhrase) -> bool:
    """Whether an unnamed description can be a named actor, or a country's, when it names
    none: the same sector, and the same country where the description names one ("Canadian
    counterpart" -> Daniel Okafor, CAN GOV; "the two foreign ministers" -> either minister;
    a headline's "leaders" -> "the leaders of Estonia, Latvia and Lithuania")."""
    return (
        _unnamed(description)
        and (not _unnamed(actor) or (description.country is None and actor.country is not None))
        and description.sector is not None
        and description.sector == actor.sector
        and description.country in (None, actor.country)
    )


def _acts_for(state: ActorPhrase, actor: ActorPhrase) -> bool:
    """Whether a country is acting through its government: "Denmark signed the deal" and
    "Danish Prime Minister Lars Winther signed the deal" name one participant."""
    return (
        state.kind == "country"
        and state.country is not None
        and actor.kind != "country"
        and actor.country == state.country
        and actor.sector == "GOV"
    )


def _drop_described(
    actors: list[tuple[ActorPhrase, Located]], everyone: list[tuple[ActorPhrase, Located]]
) -> list[tuple[ActorPhrase, Located]]:
    """The actors without the descriptions a named participant already stands for, where
    that participant was named in another sentence: in one sentence, "the mayors met Gov.
    Helen Ortiz" names two sides, not one."""

    def stood_for(a: ActorPhrase, w: Located) -> bool:
        return any((_describes(a, b) or _acts_for(a, b)) and v != w for b, v in everyone)

    def states_all_stood_for(w: Located) -> bool:
        # "Denmark and Poland signed" gives way to "Winther and Nowak signed" only when
        # both states have their leader; "Washington and Moscow" with Kerry alone stays.
        states = [a for a, v in everyone if v == w and a.kind == "country"]
        return all(stood_for(a, w) for a in states)

    return [
        (a, w)
        for a, w in actors
        if not (stood_for(a, w) and (a.kind != "country" or states_all_stood_for(w)))
    ]


def _modes_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    return any(a in family and b in family for family in _MODE_FAMILIES)


def _dates_agree(a: TimeRef | None, b: TimeRef | None) -> bool:
    if a is None or b is None:
        return True
    first, second = date_bounds(a.value), date_bounds(b.value)
    if first is None or second is None:
        return a.value == b.value
    return first[0] <= second[1] and second[0] <= first[1]


def _places_agree(a: PlaceRef | None, b: PlaceRef | None) -> bool:
    if a is None or b is None:
        return True
    if a.entity and b.entity:
        return a.entity == b.entity
    return name_key(a.name) == name_key(b.name)


def _statuses_agree(a: str, b: str) -> bool:
    return {a, b} not in _STATUS_CLASH


def _named_people(actors: Sequence[ActorPhrase]) -> set[str]:
    return {actor_key(a) for a in actors if a.kind == "person" and a.name}


def _other_pair(event: MergedEvent, mention: EventMention) -> bool:
    """Two talks with named people where each has someone the other lacks are two talks:
    "A spoke with B" and, later that day, "A also spoke with C"."""
    theirs = _named_people([a for a, _ in (*event.source, *event.target)])
    ours = _named_people([*mention.source, *mention.target])
    return len(theirs) > 1 and len(ours) > 1 and bool(theirs - ours) and bool(ours - theirs)


def _score(event: MergedEvent, mention: EventMention) -> int:
    """How well a mention fits an event: shared participants, or 0 when it cannot join."""
    first = event.mentions[0][0]
    if first.type != mention.type or not _modes_agree(first.mode, mention.mode):
        return 0
    date = event.date[0] if event.date else None
    place = event.place[0] if event.place else None
    if not (_dates_agree(date, mention.date) and _places_agree(place, mention.place)):
        return 0
    if not _statuses_agree(event.status, mention.status):
        return 0
    if first.type == "CONSULT" and _other_pair(event, mention):
        return 0
    if first.type not in SYMMETRIC_TYPES:
        return _directed_score(event, mention, place)
    keys = {actor_key(a) for a in (*mention.source, *mention.target)}
    shared = len(keys & event.participants)
    if shared:
        return 2 * shared + (place is not None and mention.place is not None)
    theirs = [a for a, _ in (*event.source, *event.target)]
    ours = [*mention.source, *mention.target]
    if _stand_for_one(ours, theirs):
        return 1  # "the two foreign ministers met" and "Solheim met Okafor"; Denmark, its PM
    if (not keys or not event.participants) and place is not None and mention.place is not None:
        return 1  # "the Oslo talks" and "Solberg met Jonsdottir in Oslo": one names nobody
    return 0


def _stand_for_one(ours: Sequence[ActorPhrase], theirs: Sequence[ActorPhrase]) -> bool:
    """Whether a description or a country on one side stands for an actor on the other."""
    return any(
        _describes(a, b) or _describes(b, a) or _acts_for(a, b) or _acts_for(b, a)
        for a in ours
        for b in theirs
    )


def _directed_score(event: MergedEvent, mention: EventMention, place: PlaceRef | None) -> int:
    """The fit of a mention of a directed act (an accusation, a demand, a strike): the same
    doers, and the same targets when both name one. "EU leaders clashed with Hungary" and
    "Orban accused the Commission" share Hungary only across sides: two acts."""
    sources = [a for a, _ in event.source]
    targets = [a for a, _ in event.target]
    same_source = {actor_key(a) for a in mention.source} & {actor_key(a) for a in sources}
    same_target = {actor_key(a) for a in mention.target} & {actor_key(a) for a in targets}
    doers = bool(same_source) or _stand_for_one(mention.source, sources)
    aims = bool(same_target) or _stand_for_one(mention.target, targets)
    if not doers or (mention.target and targets and not aims):
        return 0
    return (
        2 * (len(same_source) + len(same_target))
        + 1
        + (place is not None and mention.place is not None)
    )


def merge_mentions(located: Sequence[tuple[EventMention, Located]]) -> list[MergedEvent]:
    """Group mentions (in reading order) into events, ordered by their first mention."""
    events: list[MergedEvent] = []
    last: tuple[EventMention, Located, MergedEvent] | None = None
    for mention, where in located:
        if last is not None and _result_of(mention, where, last[0], last[1]):
            last[2].results.append((mention, where))
            continue
        scored = [(_score(event, mention), -k, event) for k, event in enumerate(events)]
        best = max(scored, default=(0, 0, None), key=lambda item: item[:2])
        if best[0] > 0 and best[2] is not None:
            best[2].add(mention, where)
        else:
            event = MergedEvent(mentions=[])
            event.add(mention, where)
            events.append(event)
        last = (mention, where, best[2] if best[0] > 0 and best[2] is not None else events[-1])
    return events


def _result_of(
    mention: EventMention, where: Located, previous: EventMention, previous_where: Located
) -> bool:
    """Whether a participle clause tells what the sentence's previous event did ("voted to
    accept the offer, ending the strike"): the same sentence, and the same actors acting."""
    if not mention.result_clause or where != previous_where or not mention.source:
        return False
    theirs = {actor_key(a) for a in previous.source}
    return {actor_key(a) for a in mention.source} <= theirs
