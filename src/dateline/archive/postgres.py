"""The PostgreSQL archive (for teams): psycopg 3, a `tsvector` column generated from
headline (weight A) and text (weight B), searched through a GIN index.

The `simple` text-search configuration is used so that words match exactly as in
the SQLite archive (no stemming, any language). A schema other than `public` is
chosen the libpq way, in the URL: `postgresql://host/db?options=-csearch_path%3Dname`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from dateline.archive.query import ParsedQuery, to_tsquery
from dateline.archive.schema import (
    EVENT_SENTENCE_DDL,
    QUOTE_SETTINGS_DDL,
    TABLES_DDL,
    statements,
)
from dateline.archive.sql import Migration, SqlArchive
from dateline.errors import ArchiveError

# Only this much of each article is indexed: tsvector values are capped at 1 MB.
INDEXED_CHARS = 200_000
_LOCK_ID = 2_150_420_517  # pg_advisory_xact_lock key: one migration at a time

SEARCH_STATEMENTS = (
    f"""ALTER TABLE articles ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(left(headline, 2000), '')), 'A')
        || setweight(to_tsvector('simple', left(text, {INDEXED_CHARS})), 'B')) STORED""",
    "CREATE INDEX IF NOT EXISTS articles_search ON articles USING GIN (search)",
)


def _create_tables(archive: SqlArchive) -> None:
    # One round trip: the statements take no parameters.
    archive._execute(";\n".join(statements(TABLES_DDL, serial="BIGSERIAL PRIMARY KEY")))


def _create_search(archive: SqlArchive) -> None:
    archive._execute(";\n".join(SEARCH_STATEMENTS))


def _add_quote_settings(archive: SqlArchive) -> None:
    archive._execute(";\n".join(statements(QUOTE_SETTINGS_DDL)))


def _add_event_sentence(archive: SqlArchive) -> None:
    archive._execute(";\n".join(statements(EVENT_SENTENCE_DDL)))


MIGRATIONS: tuple[Migration, ...] = (
    ("0001_tables", _create_tables),
    ("0002_tsvector_search", _create_search),
    ("0003_quote_settings", _add_quote_settings),
    ("0004_event_sentence", _add_event_sentence),
)


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class PostgresArchive(SqlArchive):
    """An archive in a PostgreSQL database."""

    migrations = MIGRATIONS
    db_errors: tuple[type[Exception], ...] = (psycopg.Error,)

    def __init__(self, url: str) -> None:
        self.url = redact(url)
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else "no reason given"
            raise ArchiveError(f"cannot connect: {first}", url=self.url) from exc
        self.migrate()

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("?", "%s")

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._conn.execute(self._sql(sql), params)

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._conn.cursor() as cur:
            cur.executemany(self._sql(sql), rows)

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(self._sql(sql), params).fetchall()

    def _iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        with self._conn.cursor() as cur:
            yield from cur.stream(self._sql(sql), params)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        with self._conn.transaction():
            yield

    def _lock_schema(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (_LOCK_ID,))

    def _match_search(
        self, parsed: ParsedQuery, where: list[str], params: list[Any], limit: int, offset: int
    ) -> list[tuple[Any, ...]]:
        inner = (
            "SELECT a.id, a.url, a.headline, COALESCE(a.outlet_name, a.outlet_domain) AS outlet,"
            " a.published, a.text, ts_rank_cd(a.search, q) AS score, a.published_date"
            " FROM articles a, to_tsquery('simple', ?) q WHERE a.search @@ q"
            + "".join(" AND " + w for w in where)
            + " ORDER BY score DESC, a.published_date DESC NULLS LAST, a.id LIMIT ? OFFSET ?"
        )
        sql = (
            "SELECT s.id, s.url, s.headline, s.outlet, s.published,"
            " ts_headline('simple', s.text, to_tsquery('simple', ?),"
            " 'StartSel=[, StopSel=], MaxWords=24, MinWords=8'), s.score"
            f" FROM ({inner}) s"
            " ORDER BY s.score DESC, s.published_date DESC NULLS LAST, s.id"
        )
        tsquery = to_tsquery(parsed)
        try:
            return self._fetchall(sql, [tsquery, tsquery, *params, limit, offset])
        except psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0]
            raise ArchiveError(f"search failed: {first}", url=self.url) from exc

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()
