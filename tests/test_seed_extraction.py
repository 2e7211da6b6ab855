"""Acceptance: the reference page in ../shared/seed read against its gold file.

The page and gold.json belong to their publisher and are read at test time only; nothing
from them is copied here. Every value checked comes from gold.json.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from dateline import read
from dateline.model import Article

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def gold(shared_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((shared_dir / "seed" / "gold.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def raw(shared_dir: Path) -> str:
    return (shared_dir / "seed" / "china-daily-2021-07-14.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def article(shared_dir: Path) -> Article:
    data = (shared_dir / "seed" / "china-daily-2021-07-14.txt").read_bytes()
    return read(data, facts=False)


def test_seed_gold_offsets_index_the_raw_file(gold: dict[str, Any], raw: str) -> None:
    for para in gold["clean_article"]["paragraphs"]:
        assert raw[para["start"] : para["end"]] == para["text"]


def test_seed_is_an_article_with_headline_and_outlet(
    article: Article, gold: dict[str, Any]
) -> None:
    doc = gold["document"]
    assert article.kind == "article"
    assert article.warnings == []
    assert article.headline == doc["headline"]["text"] == gold["clean_article"]["title"]
    assert article.to_raw("headline", 0) == doc["headline"]["span"]["start"]
    assert article.outlet.name == doc["outlet"]["name"]
    assert article.language == doc["language"]


def test_seed_section_comes_from_the_breadcrumb(article: Article, gold: dict[str, Any]) -> None:
    crumb = gold["document"]["section_breadcrumb"]
    assert article.section[-1] == crumb["section"]
    assert all(part in crumb["text"] for part in article.section)
    assert {"text": crumb["text"], "reason": "breadcrumb"} in [
        r.model_dump() for r in article.removed
    ]


def test_seed_author_email_and_dateline(article: Article, gold: dict[str, Any]) -> None:
    doc = gold["document"]
    assert [(a.name, a.email) for a in article.authors] == [
        (doc["author"]["name"], doc["author"]["email"])
    ]
    assert article.dateline is not None
    assert article.dateline.place == doc["dateline"]["place"]
    assert article.dateline.source == doc["byline"]["text"]


@pytest.mark.parametrize("kind", ["published", "updated"])
def test_seed_times_are_local_with_inferred_zone(
    article: Article, gold: dict[str, Any], kind: str
) -> None:
    expected = gold["document"][kind]
    stamp = getattr(article, kind)
    assert stamp is not None
    assert stamp.timezone == "inferred"
    assert stamp.timezone_rule and "Asia/Shanghai" in stamp.timezone_rule
    assert stamp.raw == expected["span"]["text"]
    value = datetime.fromisoformat(stamp.value)
    assert value == datetime.fromisoformat(expected["iso_assumed_tz"])
    assert value.replace(tzinfo=None) == datetime.fromisoformat(expected["local"])
    assert value.utcoffset() == datetime.fromisoformat(expected["iso_assumed_tz"]).utcoffset()


def test_seed_caption_and_credit(article: Article, gold: dict[str, Any]) -> None:
    photo = gold["document"]["photo"]
    assert len(article.images) == 1
    image = article.images[0]
    assert image.caption == photo["caption"]["text"]
    assert image.credit == photo["credit"]["text"]
    assert article.to_raw("caption", 0, index=0) == photo["caption"]["start"]


def test_seed_body_paragraphs_and_their_raw_offsets(article: Article, gold: dict[str, Any]) -> None:
    expected = gold["clean_article"]["paragraphs"]
    body = [p for p in article.paragraphs if p.kind == "body"]
    assert [article.text[p.start : p.end] for p in body] == [p["text"] for p in expected]
    assert [article.to_raw("text", p.start) for p in body] == [p["start"] for p in expected]
    assert [article.to_raw("text", p.end) for p in body] == [p["end"] for p in expected]


def test_seed_crosshead_is_kept_apart(article: Article, gold: dict[str, Any]) -> None:
    crossheads = [p for p in article.paragraphs if p.kind == "crosshead"]
    expected = gold["clean_article"]["crossheads"]
    assert [article.text[p.start : p.end] for p in crossheads] == [c["text"] for c in expected]
    assert [article.to_raw("text", p.start) for p in crossheads] == [c["start"] for c in expected]


def test_seed_furniture_is_removed_not_in_body(article: Article, gold: dict[str, Any]) -> None:
    removed = [r.text for r in article.removed]
    for piece in gold["clean_article"]["boilerplate_to_drop"]:
        assert piece["text"] in removed
        assert piece["text"] not in article.text
    dup = gold["document"]["duplicate_metadata_line"]["text"]
    assert [r.reason for r in article.removed if r.text == dup] == ["duplicate-metadata"]


def test_seed_traps_do_not_leak(article: Article, gold: dict[str, Any]) -> None:
    created = gold["document"]["document_creation_date"]
    assert article.published is not None
    assert article.published.value.startswith(created)
    assert len(article.authors) == 1
    for trap in gold["clean_article"]["traps"]:
        assert trap["span"]["text"] not in article.text or trap["span"]["text"].isdigit()
