"""Golden pages: each tests/fixtures/pages/NAME.html is read and checked against NAME.expected.json.

The pages are fictional, written for these tests. An expected file lists only the
fields that matter for its page; every field it lists must match exactly.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline import read
from dateline.model import Article

PAGES = Path(__file__).parent / "fixtures" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.html") if (PAGES / f"{p.stem}.expected.json").exists())


def observed(article: Article) -> dict[str, Any]:
    """The comparable fields of an article, in the shape of an expected file."""
    stamp = {
        name: None if ts is None else {"value": ts.value, "timezone": ts.timezone}
        for name, ts in (("published", article.published), ("updated", article.updated))
    }
    return {
        "kind": article.kind,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "language": article.language,
        "outlet": article.outlet.model_dump(),
        "section": article.section,
        "authors": [a.name for a in article.authors],
        "dateline": article.dateline.place if article.dateline else None,
        **stamp,
        "images": [i.model_dump() for i in article.images],
        "paragraphs": [
            {"text": article.text[p.start : p.end], "kind": p.kind} for p in article.paragraphs
        ],
        "removed": sorted({r.reason for r in article.removed}),
        "warnings": article.warnings,
    }


def test_there_are_enough_golden_pages() -> None:
    assert len(NAMES) >= 9


@pytest.mark.parametrize("name", NAMES)
def test_extract_html_page_matches_expected(name: str) -> None:
    expected = json.loads((PAGES / f"{name}.expected.json").read_text("utf-8"))
    url = expected.pop("input_url", None)
    article = read((PAGES / f"{name}.html").read_bytes(), url=url, facts=False)
    got = observed(article)
    for key, value in expected.items():
        assert got[key] == value, f"{name}: {key}"


@pytest.mark.parametrize("name", NAMES)
def test_extract_html_page_is_deterministic(name: str) -> None:
    data = (PAGES / f"{name}.html").read_bytes()
    first = read(data, facts=False).model_dump_json()
    assert read(data, facts=False).model_dump_json() == first
