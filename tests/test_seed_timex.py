"""Acceptance on the reference page in ../shared/seed (skipped when absent).

The finder runs on the raw page text with the publication time from gold.json as the
anchor, so gold offsets into the raw file apply as they are, whatever the extractor does.
Gold spans may include a governing preposition ("on Monday"); dateline follows TimeML and
leaves it out, so a found span counts when it equals the gold span or its alternative
extent, or lies inside the gold span. The publication and update times in the page's
metadata lines are time expressions too and are checked the same way: the extractor
stores them as `published`/`updated`; the finder still reads them correctly where they
stand in text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dateline import read
from dateline.analyze.timex import TimexMatch, find_timexes


def _gold(shared_dir: Path) -> dict[str, Any]:
    return json.loads((shared_dir / "seed" / "gold.json").read_text(encoding="utf-8"))


def _raw(shared_dir: Path, gold: dict[str, Any]) -> str:
    name = Path(gold["_about"]["source_file"]).name
    candidates = sorted((shared_dir / "seed").glob("*.txt"))
    chosen = next((p for p in candidates if p.name == name), candidates[0])
    return chosen.read_text(encoding="utf-8")


def _words(text: str) -> str:
    return " ".join(text.split())


def _fits(found: TimexMatch, expr: dict[str, Any]) -> bool:
    spans = [expr["span"]] + ([expr["timex_extent_alt"]] if "timex_extent_alt" in expr else [])
    if any((found.start, found.end) == (s["start"], s["end"]) for s in spans):
        return True
    gold = expr["span"]
    return gold["start"] <= found.start and found.end <= gold["end"]


def test_seed_finds_every_gold_expression_with_type_and_value(shared_dir: Path) -> None:
    gold = _gold(shared_dir)
    raw = _raw(shared_dir, gold)
    found = find_timexes(raw, gold["document"]["published"]["local"])
    missing = []
    for expr in gold["temporal_expressions"]:
        assert raw[expr["span"]["start"] : expr["span"]["end"]] == expr["span"]["text"]
        hit = next((f for f in found if _fits(f, expr)), None)
        if hit is None or (hit.type, hit.value) != (expr["type"], expr["value"]):
            missing.append((expr["id"], expr["span"]["text"], hit))
    assert missing == []


def test_seed_finds_none_of_the_expressions_not_to_extract(shared_dir: Path) -> None:
    gold = _gold(shared_dir)
    raw = _raw(shared_dir, gold)
    found = find_timexes(raw, gold["document"]["published"]["local"])
    for bad in gold["temporal_expressions_not_to_extract"]:
        start, end = bad["span"]["start"], bad["span"]["end"]
        assert not [f for f in found if f.start < end and start < f.end], bad


def test_seed_read_finds_body_expressions_in_the_article(shared_dir: Path) -> None:
    """Through read(): each gold body/caption expression appears as a Timex of its type,
    matched by its words in context; its value is the gold one when the extractor knows the
    publication time, and an open X value when it does not."""
    gold = _gold(shared_dir)
    raw = _raw(shared_dir, gold)
    article = read(raw)
    in_body = [e for e in gold["temporal_expressions"] if "function" not in e]
    in_body = [e for e in in_body if "duplicate_of" not in e]
    for expr in in_body:
        start, end = expr["span"]["start"], expr["span"]["end"]
        raw_context = _words(raw[max(0, start - 60) : end + 5])
        hits = []
        for t in article.timexes:
            field = article.field_text(t.span.field, t.span.index) or ""
            key = " ".join(_words(field[max(0, t.span.start - 40) : t.span.end]).split()[-4:])
            if t.span.text in expr["span"]["text"] and key in raw_context:
                hits.append(t)
        assert hits, expr["id"]
        assert hits[0].type == expr["type"]
        if article.published is not None:
            assert hits[0].value == expr["value"], expr["id"]
        else:
            assert "X" in hits[0].value, expr["id"]
