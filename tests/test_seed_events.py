"""Acceptance: the events of the reference page in ../shared/seed (gold.json `events`).

The page is read from ../shared at test time (never copied). The publication date is the
extract step's job; when the extractor in this branch does not find it, the test gives the
analysis the page's stated date from gold.json so that the event coder is what is checked.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.analyze import analyze
from dateline.model import Article, Event, Timestamp
from dateline.reader import read

SEED = "china-daily-2021-07-14.txt"
STATUS = {"occurred": "occurred", "scheduled": "scheduled", "ongoing at publication": "ongoing"}
# The PLOVER CONSULT mode a gold event type names (first word that matches wins).
MODES = (
    ("visit", "visit"),
    ("summit", "multilateral"),
    ("conference", "multilateral"),
    ("meeting", "meet"),
    ("talks", "meet"),
)


def _mode(gold_type: str) -> str:
    return next(mode for word, mode in MODES if word in gold_type)


@pytest.fixture(scope="module")
def gold(shared_dir: Path) -> dict[str, object]:
    return json.loads((shared_dir / "seed" / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def article(shared_dir: Path, gold: dict[str, object]) -> Article:
    page = read((shared_dir / "seed" / SEED).read_bytes(), facts=False)
    if page.published is None:
        stated = gold["document"]["document_creation_date"]  # type: ignore[index]
        page = page.model_copy(update={"published": Timestamp(value=stated, source="text")})
    return analyze(page)


def _names(gold: dict[str, object]) -> dict[str, str]:
    """Gold entity id -> the words that name it."""
    entities = gold["entities"]
    names: dict[str, str] = {}
    for person in entities["people"]:  # type: ignore[index]
        names[person["id"]] = person["name"]
    for group in entities.get("unnamed_person_groups", []):  # type: ignore[union-attr]
        names[group["id"]] = group["description"]
    for org in entities.get("organisations", []):  # type: ignore[union-attr]
        names[org["id"]] = org["name"]
    for place in entities.get("places", entities.get("gpes", [])):  # type: ignore[union-attr]
        names[place["id"]] = place["name"]
    return names


def _place_name(value: str, names: dict[str, str]) -> str:
    return names.get(value, value)


def _participants(event: Event) -> set[str]:
    return {a.text.split()[-1].casefold() for a in (*event.source, *event.target)}


def _gold_events(gold: dict[str, object]) -> list[dict[str, object]]:
    return list(gold["events"])  # type: ignore[arg-type]


def _candidates(article: Article, place: str) -> list[Event]:
    return [e for e in article.events if e.type == "CONSULT" and e.place and e.place.name == place]


@pytest.mark.parametrize("number", range(6))
def test_seed_event(article: Article, gold: dict[str, object], number: int) -> None:
    expected = _gold_events(gold)[number]
    names = _names(gold)
    place = _place_name(str(expected["place"]), names)
    found = [e for e in _candidates(article, place) if e.mode == _mode(str(expected["type"]))]
    assert found, f"{expected['id']}: no CONSULT event in {place}"
    wanted = {names[p].split()[-1].casefold() for p in expected.get("participants", [])}  # type: ignore[union-attr]
    matching = [e for e in found if wanted <= _participants(e)]
    assert len(matching) == 1, f"{expected['id']}: {[(e.id, _participants(e)) for e in found]}"
    event = matching[0]
    date = expected.get("date") or expected.get("end")
    assert event.date == date, expected["id"]
    assert event.status == STATUS[str(expected["status"])], expected["id"]


def test_seed_meeting_has_every_mention(article: Article, gold: dict[str, object]) -> None:
    expected = _gold_events(gold)[0]
    names = _names(gold)
    (meeting,) = [
        e
        for e in _candidates(article, _place_name(str(expected["place"]), names))
        if e.mode == "meet" and e.status == "occurred"
    ]
    assert len(meeting.evidence) == len(expected["evidence"])  # type: ignore[arg-type]
