"""Acceptance: the quotes of the reference page (../shared/seed), compared by text.

The scraped-text extractor is changing, so spans are compared by their words and,
where the article keeps a map back to the raw file, by raw offsets too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Article, Quote, Span
from dateline.reader import read

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed(shared_dir: Path) -> tuple[Article, dict[str, Any]]:
    raw = (shared_dir / "seed" / "china-daily-2021-07-14.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / "seed" / "gold.json").read_text(encoding="utf-8"))
    return read(raw, format="text"), gold


def _gold_quotes(shared: Path) -> list[dict[str, Any]]:
    gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    required = [q for q in gold["quotes"] if q.get("required", True)]
    for q in gold["quotes"]:
        required.extend(n for n in q.get("nested_attributions", []) if n.get("required"))
    return required


def _ids() -> list[str]:
    from tests.conftest import SHARED

    path = SHARED / "seed" / "gold.json"
    if not path.exists():
        return ["absent"]
    return [q["id"] for q in _gold_quotes(SHARED)]


def _raw_start(article: Article, span: Span) -> int | None:
    return article.to_raw(span.field, span.start, span.index)


def _find(article: Article, content: str) -> Quote:
    matches = [q for q in article.quotes if q.content.text.strip() == content.strip()]
    assert matches, f"no quote with content {content[:60]!r}"
    return matches[0]


@pytest.mark.parametrize("quote_id", _ids())
def test_seed_quotes_gold_quote_is_found(
    seed: tuple[Article, dict[str, Any]], shared_dir: Path, quote_id: str
) -> None:
    article, gold = seed
    wanted = next(q for q in _gold_quotes(shared_dir) if q["id"] == quote_id)
    quote = _find(article, wanted["content"]["text"])
    raw = _raw_start(article, quote.content)
    if raw is not None:
        assert raw == wanted["content"]["start"]
    if wanted["cue"] is None:
        assert quote.cue is None
    else:
        assert quote.cue is not None and quote.cue.text == wanted["cue"]["text"]
        raw = _raw_start(article, quote.cue)
        if raw is not None:
            assert raw == wanted["cue"]["start"]
    if "type" in wanted and wanted["type"] in {"direct", "indirect", "mixed"}:
        assert quote.kind == wanted["type"]
    assert quote.speaker is not None
    mention = wanted.get("speaker_mention") or wanted.get("source_mention")
    names = {e["id"]: e.get("name", "") for group in gold["entities"].values() for e in group}
    speaker_id = str(wanted.get("speaker") or wanted.get("source"))
    speaker_name = names.get(speaker_id)
    if mention is not None:
        assert quote.speaker.mention.text == mention["text"]
    else:
        assert speaker_name and quote.speaker.mention.text in speaker_name
    if speaker_name and speaker_id.startswith("PER_") and article.entities:
        assert quote.speaker.name == speaker_name
    if wanted.get("addressee_mention"):
        # Stated ("told Lavrov", inherited by "adding") or inferred ("your visit" at a meeting).
        assert quote.addressee is not None
        assert quote.addressee.mention.text == wanted["addressee_mention"]["text"]
        raw = _raw_start(article, quote.addressee.mention)
        if raw is not None and (wanted.get("addressee_basis") or "").startswith("inferred"):
            assert raw == wanted["addressee_mention"]["start"]
            assert quote.inferred.get("addressee") == "second-person-at-setting"
    if wanted.get("utterance_date") and speaker_id.startswith("PER_"):
        assert quote.utterance_date == wanted["utterance_date"]


def test_seed_quotes_speech_acts_without_content_are_not_quotes(
    seed: tuple[Article, dict[str, Any]],
) -> None:
    article, gold = seed
    for act in gold["speech_acts_without_reported_content"]:
        cue = act["cue"]
        for quote in article.quotes:
            if quote.cue is None or quote.cue.text != cue["text"]:
                continue
            raw = _raw_start(article, quote.cue)
            assert raw is not None and raw != cue["start"], quote


def test_seed_quotes_headline_word_in_quotes_is_no_quote(
    seed: tuple[Article, dict[str, Any]],
) -> None:
    article, _ = seed
    assert all(len(q.content.text.split()) > 2 for q in article.quotes)


def test_seed_quotes_a_speech_verb_that_reveals_nothing_is_no_quote(
    seed: tuple[Article, dict[str, Any]],
) -> None:
    """The issue's example: "did not reveal" reports no content, so it makes no record."""
    article, _ = seed
    assert not [q for q in article.quotes if q.cue is not None and "reveal" in q.cue.text]
