"""The archive: articles and their facts, kept, deduplicated, searched, exported.

>>> from dateline.archive import open_archive
>>> with open_archive("news.db") as archive:            # or "postgresql://host/db"
...     hits = archive.search("harbour talks", since="2024-01")
"""

from __future__ import annotations

from pathlib import Path

from dateline.archive.base import (
    Archive,
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
from dateline.errors import ArchiveError

DEFAULT_ARCHIVE = "dateline.db"

__all__ = [
    "DEFAULT_ARCHIVE",
    "Archive",
    "Duplicate",
    "EventHit",
    "MonthCount",
    "QuoteHit",
    "SearchHit",
    "SourceItem",
    "SourceOutcome",
    "Stats",
    "Status",
    "open_archive",
]


def open_archive(location: str | Path, *, create: bool = True) -> Archive:
    """Open (creating and migrating if needed) the archive at a path or URL.

    Args:
        location: a file path or `sqlite:///path` for SQLite; `postgresql://...`
            (or `postgres://...`) for PostgreSQL.
        create: create a SQLite file that does not exist yet; False for read-only
            commands, so a mistyped path is an error rather than a new empty archive.

    Returns:
        The archive, ready to read and write; close it (or use `with`) when done.

    Raises:
        ArchiveError: it cannot be opened, or is not a dateline archive.
    """
    text = str(location)
    if text.startswith(("postgresql://", "postgres://")):
        from dateline.archive.postgres import PostgresArchive

        return PostgresArchive(text)
    if "://" in text and not text.startswith("sqlite://"):
        scheme = text.split("://", 1)[0]
        raise ArchiveError(
            f"unknown archive scheme {scheme!r}; use a path, sqlite:/// or postgresql://"
        )
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    elif text.startswith("sqlite://"):
        raise ArchiveError("write sqlite URLs as sqlite:///path/to/file.db")
    if not text:
        raise ArchiveError("no archive path given")
    if not create and not Path(text).exists():
        raise ArchiveError(
            f"no archive at {text}; create one with 'dateline ingest SOURCES --db {text}'"
        )
    from dateline.archive.sqlite import SQLiteArchive

    return SQLiteArchive(Path(text))
