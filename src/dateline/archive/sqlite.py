"""The SQLite archive (the default): one file, WAL journal, FTS5 index over headline
and text, a single writer.

Writes take the database lock at the start of their transaction (`BEGIN IMMEDIATE`),
so a second writer waits instead of failing half-way; readers never block in WAL mode.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dateline.archive.query import ParsedQuery, to_fts5
from dateline.archive.schema import (
    EVENT_SENTENCE_DDL,
    QUOTE_SETTINGS_DDL,
    TABLES_DDL,
    statements,
)
from dateline.archive.sql import Migration, SqlArchive
from dateline.errors import ArchiveError

BUSY_TIMEOUT_MS = 30_000

FTS_STATEMENTS = (
    """CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        headline, text, content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, headline, text) VALUES (new.seq, new.headline, new.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, text)
        VALUES ('delete', old.seq, old.headline, old.text);
    END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, text)
        VALUES ('delete', old.seq, old.headline, old.text);
        INSERT INTO articles_fts (rowid, headline, text) VALUES (new.seq, new.headline, new.text);
    END""",
)


def _create_tables(archive: SqlArchive) -> None:
    for statement in statements(TABLES_DDL, serial="INTEGER PRIMARY KEY"):
        archive._execute(statement)


def _create_fts(archive: SqlArchive) -> None:
    for statement in FTS_STATEMENTS:
        archive._execute(statement)


def _add_quote_settings(archive: SqlArchive) -> None:
    for statement in statements(QUOTE_SETTINGS_DDL):
        archive._execute(statement)


def _add_event_sentence(archive: SqlArchive) -> None:
    for statement in statements(EVENT_SENTENCE_DDL):
        archive._execute(statement)


MIGRATIONS: tuple[Migration, ...] = (
    ("0001_tables", _create_tables),
    ("0002_fts5_search", _create_fts),
    ("0003_quote_settings", _add_quote_settings),
    ("0004_event_sentence", _add_event_sentence),
)


class SQLiteArchive(SqlArchive):
    """An archive in one SQLite file."""

    migrations = MIGRATIONS
    db_errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.url = f"sqlite:///{self.path}"
        if self.path.is_dir():
            raise ArchiveError("is a folder, not an archive file", path=str(self.path))
        if not self.path.parent.exists():
            raise ArchiveError("its folder does not exist", path=str(self.path))
        try:
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.migrate()
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"not a dateline archive ({exc})", path=str(self.path)) from exc

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(sql, params)

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(sql, rows)

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, params).fetchall()

    def _iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        yield from self._conn.execute(sql, params)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._conn.execute("SAVEPOINT item")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK TO item")
            self._conn.execute("RELEASE item")
            raise
        self._conn.execute("RELEASE item")

    def _match_search(
        self, parsed: ParsedQuery, where: list[str], params: list[Any], limit: int, offset: int
    ) -> list[tuple[Any, ...]]:
        # Rank first, then make snippets for the page of hits only: snippet() over
        # every match before sorting would cost as much as reading them all.
        rank = "bm25(articles_fts, 4.0, 1.0)"
        sql = (
            "SELECT a.seq, a.id, a.url, a.headline, COALESCE(a.outlet_name, a.outlet_domain),"
            f" a.published, -{rank}"
            " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
            " WHERE articles_fts MATCH ?"
            + "".join(" AND " + w for w in where)
            + f" ORDER BY {rank}, a.published_date DESC NULLS LAST, a.id LIMIT ? OFFSET ?"
        )
        match = to_fts5(parsed)
        try:
            rows = self._fetchall(sql, [match, *params, limit, offset])
            if not rows:
                return []
            marks = ", ".join("?" for _ in rows)
            snippets = dict(
                self._fetchall(
                    "SELECT rowid, snippet(articles_fts, 1, '[', ']', '…', 16) FROM articles_fts"
                    f" WHERE articles_fts MATCH ? AND rowid IN ({marks})",
                    [match, *(r[0] for r in rows)],
                )
            )
        except sqlite3.OperationalError as exc:
            raise ArchiveError(f"search failed: {exc}", path=str(self.path)) from exc
        return [(*r[1:6], snippets.get(r[0], ""), r[6]) for r in rows]

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()
