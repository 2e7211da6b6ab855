"""Export: one file per kind of fact, in three formats, documented in docs/export.md."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.archive import Archive
from dateline.archive.export import EXPORT_TABLES, export, export_docs
from dateline.errors import ConfigError

from .archive_articles import harbour_article, plain_article
from .conftest import ROOT

EXPECTED_ROWS = {
    "articles": 2,
    "authors": 2,
    "images": 1,
    "entities": 4,
    "roles": 1,
    "mentions": 4,
    "quotes": 2,
    "timexes": 3,
    "events": 2,
    "actors": 3,
}


def _load(path: Path, format: str) -> list[dict[str, object]]:
    if format == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if format == "csv":
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_archive_export_writes_every_table(archive: Archive, tmp_path: Path, format: str) -> None:
    archive.add(harbour_article())
    archive.add(plain_article(1))
    counts = export(archive, tmp_path / "out", format)  # type: ignore[arg-type]
    assert counts == EXPECTED_ROWS
    for table, count in EXPECTED_ROWS.items():
        rows = _load(tmp_path / "out" / f"{table}.{format}", format)
        assert len(rows) == count
        if rows:
            assert list(rows[0]) == [c.name for c in EXPORT_TABLES[table][1]]
    quotes = _load(tmp_path / "out" / f"quotes.{format}", format)
    assert quotes[0]["speaker_name"] == "Marta Olsen"
    first = quotes[0]
    articles = _load(tmp_path / "out" / f"articles.{format}", format)
    text = str(next(a["text"] for a in articles if a["id"] == first["article_id"]))
    assert text[int(str(first["start_char"])) : int(str(first["end_char"]))] == first["content"]


def test_archive_export_jsonl_decodes_json_columns(archive: Archive, tmp_path: Path) -> None:
    archive.add(harbour_article())
    export(archive, tmp_path, "jsonl")
    [row] = _load(tmp_path / "articles.jsonl", "jsonl")
    assert row["section"] == ["World", "Europe"]
    assert isinstance(row["lexicons"], dict)
    quotes = {q["quote_id"]: q for q in _load(tmp_path / "quotes.jsonl", "jsonl")}
    parts = quotes["q1"]["content_parts"]
    assert isinstance(parts, list)
    assert [p["text"] for p in parts] == [
        "This agreement protects our fishing towns",
        "and our sailors,",
    ]
    assert quotes["q2"]["content_parts"] == []


def test_archive_export_parquet_has_typed_columns_even_when_empty(
    archive: Archive, tmp_path: Path
) -> None:
    export(archive, tmp_path, "parquet")
    schema = pq.read_schema(tmp_path / "quotes.parquet")
    assert str(schema.field("start_char").type) == "int64"
    assert str(schema.field("content").type) == "string"
    assert pq.read_table(tmp_path / "quotes.parquet").num_rows == 0


@pytest.mark.parametrize("format", ["jsonl", "csv"])
def test_archive_export_is_byte_identical_twice(
    archive: Archive, tmp_path: Path, format: str
) -> None:
    archive.add(plain_article(2))
    archive.add(harbour_article())
    export(archive, tmp_path / "a", format)  # type: ignore[arg-type]
    export(archive, tmp_path / "b", format)  # type: ignore[arg-type]
    for table in EXPORT_TABLES:
        name = f"{table}.{format}"
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"format": "xml"}, "unknown export format"), ({"tables": ["nope"]}, "no table 'nope'")],
)
def test_archive_export_bad_arguments(
    archive: Archive, tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    args = {"format": "jsonl", **kwargs}
    with pytest.raises(ConfigError, match=message):
        export(archive, tmp_path, **args)  # type: ignore[arg-type]


def test_archive_export_docs_match_the_schema() -> None:
    assert (ROOT / "docs" / "export.md").read_text(encoding="utf-8") == export_docs()


def test_archive_export_timex_interval_and_rule(archive: Archive, tmp_path: Path) -> None:
    archive.add(harbour_article())
    export(archive, tmp_path, "jsonl", tables=["timexes"])
    rows = {r["timex_id"]: r for r in _load(tmp_path / "timexes.jsonl", "jsonl")}
    assert (rows["t3"]["interval_start"], rows["t3"]["interval_end"]) == (
        "2025-01-01",
        "2025-12-31",
    )
    assert (rows["t3"]["rule"], rows["t1"]["rule"]) == ("next-unit", None)
