"""Score dateline's events on whole articles we wrote against the events an analyst expects.

Each article is tests/fixtures/events/NAME.txt (a scraped page: outlet, date line, headline,
byline, caption, body) with NAME.expected.json written before dateline was run on it:

    {"events": [{"type", "mode", "source": [actor], "target": [actor], "place", "date",
                 "status", "symmetric"?, "note"?}],
     "acceptable": [{"type", "mode"?, "note"}]}
    actor = {"name", "country", "sector"}

An expected event is found when one event of the article has the same type, date, status
and place (a place name the expected one is part of, "Batken" in "Batken region"; none when
none is expected), the same mode when one is expected, and every expected actor among its
sources (targets) — among all its participants when "symmetric" (meetings, calls, signings):
the actor's words contain the expected name, the country is equal and so is the sector
when one is expected. Each event of the article answers one expected event at most. An
event that answers none is an extra: tolerated only when an "acceptable" entry names its
type (and mode, when the entry gives one).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.model import Actor, Article, Event
from dateline.reader import read

FIXTURES = Path(__file__).parent / "fixtures" / "events"


def article_names() -> list[str]:
    return sorted(path.name.removesuffix(".txt") for path in FIXTURES.glob("*.txt"))


def read_article(name: str) -> Article:
    return read((FIXTURES / f"{name}.txt").read_bytes(), format="text")


def expected(name: str) -> dict[str, Any]:
    path = FIXTURES / f"{name}.expected.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _actor_words(actor: Actor, article: Article) -> str:
    names = [actor.text]
    names += [e.name for e in article.entities if actor.entity and e.id == actor.entity]
    return " ".join(names).casefold()


def _actor_found(want: dict[str, Any], actors: list[Actor], article: Article) -> bool:
    return any(
        want["name"].casefold() in _actor_words(actor, article)
        and actor.country == want["country"]
        and (want["sector"] is None or actor.sector == want["sector"])
        for actor in actors
    )


def _place_found(want: str | None, event: Event) -> bool:
    if want is None:
        return event.place is None
    return event.place is not None and want.casefold() in event.place.name.casefold()


def event_matches(want: dict[str, Any], event: Event, article: Article) -> bool:
    if (event.type, event.date, event.status) != (want["type"], want["date"], want["status"]):
        return False
    if want["mode"] is not None and event.mode != want["mode"]:
        return False
    if not _place_found(want["place"], event):
        return False
    if want.get("symmetric"):
        everyone = [*event.source, *event.target]
        return all(_actor_found(a, everyone, article) for a in want["source"] + want["target"])
    return all(_actor_found(a, event.source, article) for a in want["source"]) and all(
        _actor_found(a, event.target, article) for a in want["target"]
    )


def describe(event: Event) -> str:
    def side(actors: list[Actor]) -> str:
        return ",".join(f"{a.text}/{a.country}/{a.sector}" for a in actors)

    place = event.place.name if event.place else "-"
    return (
        f"{event.type}.{event.mode} [{side(event.source)}] -> [{side(event.target)}] "
        f"@{place} {event.date} {event.status}"
    )


@dataclass(frozen=True)
class Score:
    name: str
    found: list[dict[str, Any]]
    missed: list[dict[str, Any]]
    extras: list[Event]
    tolerated: list[Event]

    @property
    def right(self) -> bool:
        return not self.missed and not self.extras


def _acceptable(event: Event, entries: list[dict[str, Any]]) -> bool:
    return any(
        entry["type"] == event.type and entry.get("mode", event.mode) == event.mode
        for entry in entries
    )


def score(name: str) -> tuple[Score, Article]:
    article = read_article(name)
    gold = expected(name)
    unused = list(article.events)
    found, missed = [], []
    for want in gold["events"]:
        hit = next((e for e in unused if event_matches(want, e, article)), None)
        if hit is None:
            missed.append(want)
        else:
            found.append(want)
            unused.remove(hit)
    extras = [e for e in unused if not _acceptable(e, gold["acceptable"])]
    tolerated = [e for e in unused if _acceptable(e, gold["acceptable"])]
    return Score(name, found, missed, extras, tolerated), article
