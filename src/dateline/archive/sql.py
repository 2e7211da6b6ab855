"""What both SQL backends share: migrations, the writer with its duplicate checks, and
every query except full-text matching.

SQL here is written with `?` placeholders and only ever binds user values as
parameters; a backend converts the placeholder style and supplies the connection,
its transactions, and its text-search clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from dateline.archive.base import (
    Duplicate,
    EventHit,
    MonthCount,
    QuoteHit,
    SearchHit,
    SourceItem,
    SourceOutcome,
    Stats,
    Status,
)
from dateline.archive.fingerprint import NEAR_THRESHOLD, decode_signature, similarity
from dateline.archive.query import ParsedQuery, parse_query
from dateline.archive.rows import COLUMNS, FACT_TABLES, Prepared, prepare
from dateline.errors import ArchiveError, ConfigError, MigrationError
from dateline.model import Article

Migration = tuple[str, Callable[["SqlArchive"], None]]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE = re.compile(r"^[A-Za-z]{3}$")

# Key order of each table, for exports that come out the same every time.
TABLE_ORDER: dict[str, tuple[str, ...]] = {
    "articles": ("id",),
    "authors": ("article_id", "position"),
    "images": ("article_id", "position"),
    "entities": ("article_id", "entity_id"),
    "roles": ("article_id", "entity_id", "position"),
    "mentions": ("article_id", "position"),
    "quotes": ("article_id", "quote_id"),
    "timexes": ("article_id", "timex_id"),
    "events": ("article_id", "event_id"),
    "actors": ("article_id", "event_id", "role", "position"),
    "source_items": ("key",),
    "duplicates": ("source",),
}

# The archive's own tables, besides the article and fact tables of `rows.COLUMNS`.
BOOKKEEPING_COLUMNS: dict[str, tuple[str, ...]] = {
    "source_items": ("key", "status", "error", "article_id", "url", "recorded_at"),
    "duplicates": (
        "source",
        "story_id",
        "article_id",
        "url",
        "outlet_domain",
        "headline",
        "published",
        "kind",
        "similarity",
    ),
}


def insert_sql(table: str) -> str:
    """The INSERT statement of a table, its columns in `rows.COLUMNS` order."""
    columns = COLUMNS[table]
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


def utc_now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def like_pattern(value: str) -> str:
    """A lower-cased `%value%` LIKE pattern with LIKE's wildcards escaped (escape: \\)."""
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def like_prefix(value: str) -> str:
    """A `value%` LIKE pattern with LIKE's wildcards escaped (escape: \\)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%"


def check_date(value: str | None, name: str) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD filter date, or a ConfigError naming the option."""
    if value is None:
        return None
    if not _DATE.match(value):
        raise ConfigError(f"--{name} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
    return value


class SqlArchive:
    """The shared body of the SQLite and PostgreSQL archives."""

    url: str
    migrations: tuple[Migration, ...] = ()
    db_errors: tuple[type[Exception], ...] = ()

    # ---- backend hooks -------------------------------------------------------------------

    def _execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _iterate(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        raise NotImplementedError

    def _transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _savepoint(self) -> AbstractContextManager[None]:
        """A nested transaction: one item's failure rolls back that item only."""
        raise NotImplementedError

    def _match_search(
        self, parsed: ParsedQuery, where: list[str], params: list[Any], limit: int, offset: int
    ) -> list[tuple[Any, ...]]:
        """Rows (id, url, headline, outlet, published, snippet, score) matching `parsed`."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError

    def __enter__(self) -> SqlArchive:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.url}>"

    # ---- schema --------------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply the migrations not yet recorded, each in its own transaction.

        Returns:
            The schema version: the number of migrations applied, in all.
        """
        self._execute(
            "CREATE TABLE IF NOT EXISTS dateline_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, applied_at TEXT NOT NULL)"
        )
        known = [name for name, _ in self.migrations]
        applied = {row[0] for row in self._fetchall("SELECT name FROM dateline_migrations")}
        if applied - set(known):
            newer = ", ".join(sorted(applied - set(known)))
            raise MigrationError(f"archive has migrations this dateline does not know: {newer}")
        for version, (name, apply) in enumerate(self.migrations, start=1):
            if name in applied:
                continue
            try:
                with self._transaction():
                    self._lock_schema()
                    done = "SELECT 1 FROM dateline_migrations WHERE name = ?"
                    if self._fetchall(done, (name,)):
                        continue
                    apply(self)
                    self._execute(
                        "INSERT INTO dateline_migrations (version, name, applied_at)"
                        " VALUES (?, ?, ?)",
                        (version, name, utc_now()),
                    )
            except ArchiveError:
                raise
            except Exception as exc:
                first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise MigrationError(f"migration {name} failed: {first}", url=self.url) from exc
        return len(self.migrations)

    def _lock_schema(self) -> None:
        """Serialise concurrent migrations (a backend may take a lock here)."""

    def schema_version(self) -> int:
        """The highest migration version recorded in the archive."""
        rows = self._fetchall("SELECT MAX(version) FROM dateline_migrations")
        return int(rows[0][0] or 0)

    def applied_migrations(self) -> list[str]:
        """The names of the migrations recorded in the archive, in order."""
        return [r[0] for r in self._fetchall("SELECT name FROM dateline_migrations ORDER BY 1")]

    # ---- writing -------------------------------------------------------------------------

    def known_sources(self, keys: Sequence[str], *, failed: bool = True) -> set[str]:
        """The keys among `keys` already recorded (ok, duplicate, and failed if `failed`)."""
        found: set[str] = set()
        unique = sorted(set(keys))
        for i in range(0, len(unique), 500):
            chunk = unique[i : i + 500]
            marks = ", ".join("?" for _ in chunk)
            sql = f"SELECT key FROM source_items WHERE key IN ({marks})"
            if not failed:
                sql += " AND status <> 'failed'"
            found.update(r[0] for r in self._fetchall(sql, chunk))
        return found

    def record(
        self, outcomes: Sequence[SourceOutcome], *, retry_failed: bool = False
    ) -> list[Status]:
        """Store a batch of outcomes in one transaction; returns each one's status.

        A source already recorded is "skipped" (unless it failed and `retry_failed`:
        then the new outcome replaces the failure); an outcome with an error is
        "failed"; a copy of a stored story (same canonical URL, same text, or a near
        copy) is a "duplicate" grouped under that story; anything else is stored, "ok".
        """
        statuses: list[Status] = []
        with self._transaction():
            for outcome in outcomes:
                try:
                    with self._savepoint():
                        if retry_failed:
                            self._forget_failure(outcome.source)
                        statuses.append(self._record_one(outcome))
                except self.db_errors as exc:
                    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "error"
                    failed = SourceOutcome(
                        outcome.source, outcome.url, None, f"not stored: {reason}"
                    )
                    if retry_failed:
                        self._forget_failure(outcome.source)
                    statuses.append(self._record_one(failed))
        return statuses

    def add(self, article: Article, *, source: str | None = None) -> Status:
        """Store one article (source key: `source`, else its URL, else its id)."""
        key = source or article.url or f"article:{article.id}"
        prepared = prepare(article, source=key)
        return self.record([SourceOutcome(key, article.url, prepared)])[0]

    def _forget_failure(self, key: str) -> None:
        self._execute("DELETE FROM source_items WHERE key = ? AND status = 'failed'", (key,))

    def _record_one(self, outcome: SourceOutcome) -> Status:
        if self._fetchall("SELECT 1 FROM source_items WHERE key = ?", (outcome.source,)):
            return "skipped"
        item = "INSERT INTO source_items (key, status, error, article_id, url, recorded_at)"
        item += " VALUES (?, ?, ?, ?, ?, ?)"
        p = outcome.prepared
        if p is None:
            error = outcome.error or "no article and no error given"
            self._execute(item, (outcome.source, "failed", error, None, outcome.url, utc_now()))
            return "failed"
        story = self._find_story(p)
        if story is not None:
            story_id, kind, score = story
            self._execute(
                "INSERT INTO duplicates (source, story_id, article_id, url, outlet_domain,"
                " headline, published, kind, similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    outcome.source,
                    story_id,
                    p.article_id,
                    outcome.url,
                    p.outlet_domain,
                    p.headline,
                    p.published,
                    kind,
                    score,
                ),
            )
            self._execute(
                item, (outcome.source, "duplicate", None, story_id, outcome.url, utc_now())
            )
            return "duplicate"
        for table in ("articles", *FACT_TABLES):
            if p.rows[table]:
                self._executemany(insert_sql(table), p.rows[table])
        fp = p.fingerprint
        self._execute(
            "INSERT INTO fingerprints (article_id, text_hash, minhash) VALUES (?, ?, ?)",
            (p.article_id, fp.text_hash, p.minhash_text),
        )
        if fp.buckets:
            self._executemany(
                "INSERT INTO lsh_buckets (bucket, article_id) VALUES (?, ?)",
                [(b, p.article_id) for b in fp.buckets],
            )
        self._execute(item, (outcome.source, "ok", None, p.article_id, outcome.url, utc_now()))
        return "ok"

    def _find_story(self, p: Prepared) -> tuple[str, str, float] | None:
        """The stored story this article copies: (story id, how, similarity), or None."""
        if self._fetchall("SELECT 1 FROM articles WHERE id = ?", (p.article_id,)):
            return p.article_id, "url" if p.canonical_url else "text", 1.0
        if p.canonical_url:
            rows = self._fetchall(
                "SELECT id FROM articles WHERE canonical_url = ? ORDER BY seq LIMIT 1",
                (p.canonical_url,),
            )
            if rows:
                return rows[0][0], "url", 1.0
        fp = p.fingerprint
        if fp.text_hash is None:
            return None
        rows = self._fetchall(
            "SELECT f.article_id FROM fingerprints f JOIN articles a ON a.id = f.article_id"
            " WHERE f.text_hash = ? ORDER BY a.seq LIMIT 1",
            (fp.text_hash,),
        )
        if rows:
            return rows[0][0], "text", 1.0
        marks = ", ".join("?" for _ in fp.buckets)
        candidates = self._fetchall(
            "SELECT DISTINCT f.article_id, f.minhash FROM lsh_buckets b"
            " JOIN fingerprints f ON f.article_id = b.article_id"
            f" WHERE b.bucket IN ({marks})",
            fp.buckets,
        )
        scored = sorted(
            ((-similarity(fp.minhash, decode_signature(sig)), aid) for aid, sig in candidates)
        )
        if scored and -scored[0][0] >= NEAR_THRESHOLD:
            return scored[0][1], "near", round(-scored[0][0], 4)
        return None

    # ---- reading -------------------------------------------------------------------------

    def get(self, article_id: str) -> Article | None:
        """The stored article with this id, exactly as it was read."""
        rows = self._fetchall("SELECT json FROM articles WHERE id = ?", (article_id,))
        return Article.model_validate_json(rows[0][0]) if rows else None

    def search(
        self,
        query: str = "",
        *,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        person: str | None = None,
        place: str | None = None,
        event_type: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Full-text search over headline and text, with filters; best matches first.

        An empty query lists the articles the filters select, newest first.
        """
        where, params = self._article_filters(since, until, outlet, person, place, event_type)
        parsed = parse_query(query)
        if parsed.clauses:
            rows = self._match_search(parsed, where, params, limit, offset)
        else:
            sql = (
                "SELECT a.id, a.url, a.headline, COALESCE(a.outlet_name, a.outlet_domain),"
                " a.published, substr(a.text, 1, 200), 0.0 FROM articles a"
                + (" WHERE " + " AND ".join(where) if where else "")
                + " ORDER BY a.published_date DESC NULLS LAST, a.id LIMIT ? OFFSET ?"
            )
            rows = self._fetchall(sql, [*params, limit, offset])
        return [
            SearchHit(r[0], r[1], r[2], r[3], r[4], r[5] or "", round(float(r[6]), 6)) for r in rows
        ]

    def _article_filters(
        self,
        since: str | None,
        until: str | None,
        outlet: str | None,
        person: str | None,
        place: str | None,
        event_type: str | None,
    ) -> tuple[list[str], list[Any]]:
        """WHERE conditions on articles `a` for the search filters, and their parameters."""
        where: list[str] = []
        params: list[Any] = []
        if check_date(since, "since"):
            where.append("a.published_date >= ?")
            params.append(since)
        if check_date(until, "until"):
            where.append("substr(a.published_date, 1, length(?)) <= ?")
            params += [until, until]
        if outlet:
            where.append("(lower(a.outlet_domain) = ? OR lower(a.outlet_name) = ?)")
            params += [outlet.lower(), outlet.lower()]
        # Uncorrelated IN (subquery) filters: each runs once and is joined, rather
        # than probed once per article.
        if person:
            where.append(
                "a.id IN (SELECT e.article_id FROM entities e"
                " WHERE e.type = 'person' AND e.name_key LIKE ? ESCAPE '\\')"
            )
            params.append(like_pattern(person))
        if place:
            where.append(
                "(a.id IN (SELECT e.article_id FROM entities e"
                " WHERE e.type IN ('place', 'country') AND e.name_key LIKE ? ESCAPE '\\')"
                " OR lower(a.dateline_place) LIKE ? ESCAPE '\\'"
                " OR a.id IN (SELECT v.article_id FROM events v"
                " WHERE lower(v.place) LIKE ? ESCAPE '\\'))"
            )
            params += [like_pattern(place)] * 3
        if event_type:
            where.append("a.id IN (SELECT v.article_id FROM events v WHERE v.type = ?)")
            params.append(event_type.upper())
        return where, params

    def quotes(
        self,
        *,
        speaker: str | None = None,
        addressee: str | None = None,
        text: str | None = None,
        cue_class: str | None = None,
        limit: int = 50,
    ) -> list[QuoteHit]:
        """Quotes by speaker, addressee (substrings, any case), words in the quote, or the
        class of their cue ("speech", "belief", "evidence", ...: `Quote.cue_lexicon_id`)."""
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("q.speaker_key", speaker), ("q.addressee_key", addressee)):
            if value:
                where.append(f"{column} LIKE ? ESCAPE '\\'")
                params.append(like_pattern(value))
        if text:
            where.append("lower(q.content) LIKE ? ESCAPE '\\'")
            params.append(like_pattern(text))
        if cue_class:
            where.append("q.cue_lexicon_id LIKE ? ESCAPE '\\'")
            params.append(like_prefix(cue_class.lower() + "."))
        sql = (
            "SELECT q.article_id, q.quote_id, q.kind, q.content, q.speaker_name,"
            " q.addressee_name, q.cue, q.sentence, q.start_char, q.end_char, a.url,"
            " a.headline, COALESCE(a.outlet_name, a.outlet_domain), a.published"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.published_date DESC NULLS LAST, q.article_id, q.start_char, q.quote_id"
            " LIMIT ?"
        )
        return [QuoteHit(*row) for row in self._fetchall(sql, [*params, limit])]

    def events(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
    ) -> list[EventHit]:
        """Events by actor (name substring or country code), PLOVER type and date.

        `since`/`until` compare the event's normalised date (TIMEX3 value); events
        without a calendar date are left out when either is given.
        """
        where: list[str] = []
        params: list[Any] = []
        if type:
            where.append("v.type = ?")
            params.append(type.upper())
        if actor:
            where.append(
                "EXISTS (SELECT 1 FROM actors r WHERE r.article_id = v.article_id"
                " AND r.event_id = v.event_id AND (r.text_key LIKE ? ESCAPE '\\'"
                " OR r.country = ?))"
            )
            params += [like_pattern(actor), actor.upper() if _CODE.match(actor) else None]
        if check_date(since, "since") or check_date(until, "until"):
            where.append("substr(v.date, 1, 4) BETWEEN '0000' AND '9999'")
        if since:
            where.append("v.date >= ?")
            params.append(since)
        if until:
            where.append("substr(v.date, 1, length(?)) <= ?")
            params += [until, until]
        sql = (
            "SELECT v.article_id, v.event_id, v.type, v.mode, v.status, v.date, v.place,"
            " v.trigger, v.start_char, v.end_char, a.url, a.headline, a.published, v.sentence"
            " FROM events v JOIN articles a ON a.id = v.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            # Calendar dates first, newest first; then unresolved ones (XXXX-WXX-2).
            + " ORDER BY CASE WHEN substr(v.date, 1, 4) BETWEEN '0000' AND '9999'"
            " THEN 0 ELSE 1 END, v.date DESC NULLS LAST, v.article_id, v.event_id LIMIT ?"
        )
        rows = self._fetchall(sql, [*params, limit])
        actors, codes = self._actors_of(sorted({r[0] for r in rows}))
        return [
            EventHit(
                article_id=r[0],
                event_id=r[1],
                type=r[2],
                mode=r[3],
                status=r[4],
                date=r[5],
                place=r[6],
                trigger=r[7],
                start=r[8],
                end=r[9],
                sources=actors.get((r[0], r[1], "source"), []),
                targets=actors.get((r[0], r[1], "target"), []),
                url=r[10],
                headline=r[11],
                published=r[12],
                sentence=r[13],
                source_codes=codes.get((r[0], r[1], "source"), []),
                target_codes=codes.get((r[0], r[1], "target"), []),
            )
            for r in rows
        ]

    def _actors_of(
        self, article_ids: list[str]
    ) -> tuple[dict[tuple[str, str, str], list[str]], dict[tuple[str, str, str], list[str]]]:
        """The words and the codes ("RUS GOV") of each event's actors, by role, in order."""
        names: dict[tuple[str, str, str], list[str]] = {}
        codes: dict[tuple[str, str, str], list[str]] = {}
        if not article_ids:
            return names, codes
        marks = ", ".join("?" for _ in article_ids)
        rows = self._fetchall(
            "SELECT article_id, event_id, role, text, country, sector FROM actors"
            f" WHERE article_id IN ({marks}) ORDER BY article_id, event_id, role, position",
            article_ids,
        )
        for article_id, event_id, role, text, country, sector in rows:
            names.setdefault((article_id, event_id, role), []).append(text)
            code = " ".join(c for c in (country, sector) if c)
            codes.setdefault((article_id, event_id, role), []).append(code)
        return names, codes

    def stats(self) -> Stats:
        """Counts of what the archive holds, by month of publication."""

        def one(sql: str) -> int:
            return int(self._fetchall(sql)[0][0] or 0)

        month = "substr(a.published_date, 1, 7)"
        per_month: dict[str, list[int]] = {}
        for i, table in enumerate(("articles", "quotes", "events")):
            join = "" if table == "articles" else f" JOIN {table} t ON t.article_id = a.id"
            rows = self._fetchall(
                f"SELECT {month}, COUNT(*) FROM articles a{join}"
                " WHERE a.published_date IS NOT NULL GROUP BY 1"
            )
            for key, count in rows:
                per_month.setdefault(key, [0, 0, 0])[i] = int(count)
        return Stats(
            articles=one("SELECT COUNT(*) FROM articles"),
            # A page read with no URL has an outlet name but no domain.
            outlets=one(
                "SELECT COUNT(DISTINCT COALESCE(outlet_domain, outlet_name)) FROM articles"
            ),
            people=one("SELECT COUNT(DISTINCT name_key) FROM entities WHERE type = 'person'"),
            quotes=one("SELECT COUNT(*) FROM quotes"),
            events=one("SELECT COUNT(*) FROM events"),
            duplicates=one("SELECT COUNT(*) FROM duplicates"),
            failed=one("SELECT COUNT(*) FROM source_items WHERE status = 'failed'"),
            by_month=[MonthCount(m, *counts) for m, counts in sorted(per_month.items())],
            top_outlets=[
                (r[0], int(r[1]))
                for r in self._fetchall(
                    # one outlet per domain, shown by its name when a page gave one
                    "SELECT COALESCE(MAX(outlet_name), MAX(outlet_domain)), COUNT(*)"
                    " FROM articles WHERE COALESCE(outlet_domain, outlet_name) IS NOT NULL"
                    " GROUP BY COALESCE(outlet_domain, outlet_name) ORDER BY 2 DESC, 1 LIMIT 10"
                )
            ],
            top_people=[
                (r[0], int(r[1]))
                for r in self._fetchall(
                    "SELECT MIN(name), COUNT(DISTINCT article_id) FROM entities"
                    " WHERE type = 'person' GROUP BY name_key ORDER BY 2 DESC, 1 LIMIT 10"
                )
            ],
        )

    def sources(self, status: Status | None = None) -> list[SourceItem]:
        """The recorded source items, optionally only those with one status."""
        sql = "SELECT key, status, error, article_id, url, recorded_at FROM source_items"
        rows = (
            self._fetchall(sql + " WHERE status = ? ORDER BY key", (status,))
            if status
            else self._fetchall(sql + " ORDER BY key")
        )
        return [SourceItem(*r) for r in rows]

    def duplicates(self, story_id: str | None = None) -> list[Duplicate]:
        """Copies grouped under stored stories (all, or those of one story)."""
        sql = (
            "SELECT source, story_id, article_id, url, outlet_domain, headline, published,"
            " kind, similarity FROM duplicates"
        )
        rows = (
            self._fetchall(sql + " WHERE story_id = ? ORDER BY source", (story_id,))
            if story_id
            else self._fetchall(sql + " ORDER BY story_id, source")
        )
        return [
            Duplicate(
                source=r[0],
                story_id=r[1],
                article_id=r[2],
                url=r[3],
                outlet_domain=r[4],
                headline=r[5],
                published=r[6],
                kind=r[7],
                similarity=float(r[8]),
            )
            for r in rows
        ]

    def table_rows(self, table: str, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
        """Every row of a stored table, in key order: what export writes."""
        if table not in TABLE_ORDER:
            raise ConfigError(f"no table {table!r}; tables: {', '.join(TABLE_ORDER)}")
        allowed = set(COLUMNS.get(table, ())) | set(BOOKKEEPING_COLUMNS.get(table, ()))
        bad = [c for c in columns if c not in allowed]
        if bad:
            raise ConfigError(f"table {table} has no column {bad[0]!r}")
        order = ", ".join(TABLE_ORDER[table])
        return self._iterate(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}")
