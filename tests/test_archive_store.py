"""Storing articles and their facts, on both backends: nothing lost, nothing twice."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from dateline.archive import Archive, SourceOutcome, open_archive
from dateline.archive.rows import COLUMNS, prepare
from dateline.errors import ArchiveError, MigrationError

from .archive_articles import LEXICONS, harbour_article, plain_article


def _rows(archive: Archive, table: str) -> list[dict[str, object]]:
    columns = COLUMNS[table]
    return [dict(zip(columns, r, strict=True)) for r in archive.table_rows(table, columns)]


def test_archive_store_round_trips_the_article_exactly(archive: Archive) -> None:
    article = harbour_article()
    assert archive.add(article) == "ok"
    stored = archive.get(article.id)
    assert stored == article
    assert stored is not None and stored.model_dump_json() == article.model_dump_json()
    assert archive.get("no-such-id") is None


FACT_COUNTS = {
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


def test_archive_store_fills_each_fact_table(archive: Archive) -> None:
    archive.add(harbour_article())
    assert {table: len(_rows(archive, table)) for table in FACT_COUNTS} == FACT_COUNTS


def test_archive_store_fact_rows_point_at_their_words(archive: Archive) -> None:
    article = harbour_article()
    archive.add(article)
    for quote in _rows(archive, "quotes"):
        start, end = quote["start_char"], quote["end_char"]
        assert isinstance(start, int) and isinstance(end, int)
        assert article.text[start:end] == quote["content"]
        assert str(quote["content"]) in str(quote["sentence"])
    told = next(q for q in _rows(archive, "quotes") if q["quote_id"] == "q2")
    assert (told["speaker_name"], told["addressee_name"]) == ("Marta Olsen", "Ivo Brandt")
    role = _rows(archive, "roles")[0]
    assert (role["title"], role["affiliation"], role["evidence"]) == (
        "fisheries minister",
        "Norland",
        "the Norland fisheries minister",
    )


def test_archive_store_keeps_lexicon_hashes_with_the_facts(archive: Archive) -> None:
    archive.add(harbour_article())
    row = _rows(archive, "articles")[0]
    assert json.loads(str(row["lexicons"])) == LEXICONS
    assert json.loads(str(row["pipeline"])) == ["sentences", "quotes", "events"]


def test_archive_store_same_source_twice_adds_nothing(archive: Archive) -> None:
    article = harbour_article()
    assert archive.add(article, source="a.html") == "ok"
    assert archive.add(article, source="a.html") == "skipped"
    assert archive.known_sources(["a.html", "b.html"]) == {"a.html"}
    assert len(_rows(archive, "articles")) == 1
    assert len(_rows(archive, "quotes")) == 2


def test_archive_store_records_failures_with_their_error(archive: Archive) -> None:
    statuses = archive.record(
        [
            SourceOutcome("bad.html", None, None, "file is empty"),
            SourceOutcome("good.html", None, prepare(plain_article(1))),
        ]
    )
    assert statuses == ["failed", "ok"]
    [failed] = archive.sources("failed")
    assert (failed.key, failed.error) == ("bad.html", "file is empty")
    assert [s.key for s in archive.sources()] == ["bad.html", "good.html"]


def test_archive_store_persists_across_reopen(archive_url: str) -> None:
    with open_archive(archive_url) as first:
        first.add(harbour_article())
    with open_archive(archive_url) as again:
        assert again.stats().articles == 1
        assert again.stats().quotes == 2


def test_archive_store_records_named_migrations(archive: Archive) -> None:
    names = archive.applied_migrations()
    assert names[0] == "0001_tables"
    assert names[-1] == "0004_event_sentence"
    assert len(names) == 4
    assert archive.schema_version() == 4


def test_archive_store_migrates_an_archive_made_before_quote_settings(tmp_path: Path) -> None:
    """An archive a release before "quote settings" wrote opens, gains the two quote
    columns, and stores new quotes with them, its old rows kept."""
    from dateline.archive.schema import TABLES_DDL, statements

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in statements(TABLES_DDL, serial="INTEGER PRIMARY KEY"):
        conn.execute(statement)
    conn.execute(
        "CREATE TABLE dateline_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"
    )
    conn.execute("INSERT INTO dateline_migrations VALUES (1, '0001_tables', '2026-01-01')")
    conn.commit()
    conn.close()
    with open_archive(path) as archive:
        assert archive.applied_migrations()[-1] == "0004_event_sentence"
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(quotes)")]
    assert columns[-2:] == ["setting_event", "inferred"]
    columns = [row[1] for row in sqlite3.connect(path).execute("PRAGMA table_info(events)")]
    assert columns[-1] == "sentence"


def test_archive_store_refuses_archive_from_newer_dateline(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    open_archive(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO dateline_migrations VALUES (99, '0099_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(MigrationError, match="0099_future"):
        open_archive(path)


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("mysql://host/db", "unknown archive scheme"),
        ("no/such/folder/a.db", "folder does not exist"),
        ("sqlite://relative.db", "sqlite:///"),
    ],
)
def test_archive_store_bad_location_is_one_clear_error(location: str, message: str) -> None:
    with pytest.raises(ArchiveError, match=message):
        open_archive(location)


def test_archive_store_not_an_archive_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(ArchiveError, match="not a dateline archive"):
        open_archive(path)


def test_archive_store_sqlite_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    open_archive(f"sqlite:///{path}").close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_archive_store_backends_satisfy_the_protocol(archive: Archive) -> None:
    assert isinstance(archive, Archive)


def test_archive_store_keeps_where_a_quote_was_said(archive: Archive) -> None:
    from dateline import read

    from .conftest import EXAMPLES

    article = read((EXAMPLES / "harbour-talks.html").read_bytes())
    assert archive.add(article) == "ok"
    said_at = [r for r in _rows(archive, "quotes") if r["setting_event"]]
    assert said_at, "the example's quotes at the Oslo meeting keep their setting"
    assert all(
        json.loads(str(r["inferred"])) == {"utterance_date": "setting-event"} for r in said_at
    )
