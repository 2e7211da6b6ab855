"""Acceptance on the reference page in ../shared/seed: people, their roles, key mentions.

The page text belongs to its publisher, so nothing of it is copied here: the test reads
the raw page and gold.json at test time. Offsets are compared through the article's map
back to the raw file when it has one, and otherwise by the mention's words and their
immediate context, so the test holds for any extractor that keeps the words.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dateline.analyze.gazetteer import slug
from dateline.model import Article, Mention
from dateline.reader import read

# The people whose names, roles and mentions the page states in its own words.
_PEOPLE_WITH_ROLES = ("John Kerry", "Sergey Lavrov", "Vladimir Putin", "Joe Biden")
# Gold mentions a text-only, per-person reading cannot give: "your" inside a quote (the
# quotes step resolves 1st/2nd person) and plural "they" naming two people at once.
_NOT_EXPECTED = frozenset({"your", "they"})
_SPACE = re.compile(r"\s+")


def _context(text: str, start: int, end: int, width: int = 8) -> str:
    """The words around a span within its line (paragraphs and fields are lines in both)."""
    before = text[max(0, start - width) : start].rsplit("\n", 1)[-1]
    after = text[end : end + width].split("\n", 1)[0]
    return f"{_SPACE.sub(' ', before)}|{text[start:end]}|{_SPACE.sub(' ', after)}"


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> tuple[str, dict[str, Any], Article]:
    raw = (shared_dir / "seed" / "china-daily-2021-07-14.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "seed" / "gold.json").read_text(encoding="utf-8"))
    return raw, gold, read(raw, format="text")


def _gold_people(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in gold["entities"]["people"]}


def _where(article: Article, mention: Mention, raw: str) -> tuple[int | None, str]:
    """The raw offset of a mention (when the article maps back) and its context."""
    span = mention.span
    text = article.field_text(span.field, span.index) or ""
    return article.to_raw(span.field, span.start, span.index), _context(text, span.start, span.end)


def _found(article: Article, raw: str, entity_id: str) -> tuple[set[int], set[str]]:
    offsets, contexts = set(), set()
    for mention in article.mentions:
        if mention.entity == entity_id:
            offset, context = _where(article, mention, raw)
            if offset is not None:
                offsets.add(offset)
            contexts.add(context)
    return offsets, contexts


@pytest.mark.shared
def test_seed_people_found_and_nothing_else(seed: tuple[str, dict[str, Any], Article]) -> None:
    _raw, gold, article = seed
    ours = {e.name for e in article.entities if e.type == "person"}
    golden = set(_gold_people(gold))
    assert set(_PEOPLE_WITH_ROLES) <= ours
    assert ours <= golden


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "title_word", "country"),
    [
        ("John Kerry", "envoy", "USA"),
        ("Sergey Lavrov", "foreign minister", "RUS"),
        ("Vladimir Putin", "president", "RUS"),
        ("Joe Biden", "president", "USA"),
    ],
)
def test_seed_roles(
    seed: tuple[str, dict[str, Any], Article], name: str, title_word: str, country: str
) -> None:
    _raw, gold, article = seed
    entity = next(e for e in article.entities if e.name == name)
    assert any(title_word in r.title and r.country == country for r in entity.roles)
    gold_evidence = {_SPACE.sub(" ", r["span"]["text"]) for r in _gold_people(gold)[name]["roles"]}
    ours = {_SPACE.sub(" ", r.evidence.text) for r in entity.roles}
    assert all(any(o in g or g in o for g in gold_evidence) for o in ours), (ours, gold_evidence)


@pytest.mark.shared
@pytest.mark.parametrize("name", _PEOPLE_WITH_ROLES)
def test_seed_key_mentions(seed: tuple[str, dict[str, Any], Article], name: str) -> None:
    raw, gold, article = seed
    entity_id = f"person:{slug(name)}"
    offsets, contexts = _found(article, raw, entity_id)
    missing = []
    for mention in _gold_people(gold)[name]["mentions"]:
        if mention["text"].lower() in _NOT_EXPECTED:
            continue
        start, end = mention["start"], mention["end"]
        if mention["text"].endswith(("'s", "’s")):
            end -= 2
        if start in offsets or _context(raw, start, end) in contexts:
            continue
        missing.append(mention["text"])
    assert missing == []


@pytest.mark.shared
def test_seed_role_noun_and_pronouns(seed: tuple[str, dict[str, Any], Article]) -> None:
    raw, gold, article = seed
    people = _gold_people(gold)
    role_nouns = [
        m for m in people["Sergey Lavrov"]["mentions"] if m["text"].lower().startswith("the ")
    ]
    assert role_nouns, "gold names a role noun for the foreign minister"
    by_context = {_where(article, m, raw)[1]: m for m in article.mentions}
    for gold_mention in role_nouns:
        ours = by_context[_context(raw, gold_mention["start"], gold_mention["end"])]
        assert (ours.kind, ours.entity) == ("role", "person:sergey-lavrov")
    gold_pronouns = {
        _context(raw, m["start"], m["end"]): f"person:{slug(name)}"
        for name, person in people.items()
        for m in person["mentions"]
        if m["text"].lower() in ("he", "she", "his", "her", "him")
    }
    ours = {_where(article, m, raw)[1]: m.entity for m in article.mentions if m.kind == "pronoun"}
    assert ours == gold_pronouns
