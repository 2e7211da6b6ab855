"""dateline: read news pages into clean articles and the facts they report.

>>> from dateline import read
>>> article = read("<html>...</html>", url="https://example.org/news/1")
>>> article.headline, article.published
"""

from __future__ import annotations

from dateline.analyze import analyze_text
from dateline.archive import Archive, open_archive
from dateline.errors import (
    ArchiveError,
    ConfigError,
    DatelineError,
    ExtractError,
    FetchError,
    IngestError,
    LexiconError,
    MigrationError,
)
from dateline.model import (
    SCHEMA_VERSION,
    Article,
    Author,
    Entity,
    Event,
    Image,
    Mention,
    Outlet,
    Paragraph,
    Quote,
    Span,
    Timestamp,
    Timex,
)
from dateline.reader import MAX_PAGE_BYTES, read

__version__ = "0.1.0"

__all__ = [
    "MAX_PAGE_BYTES",
    "SCHEMA_VERSION",
    "Archive",
    "ArchiveError",
    "Article",
    "Author",
    "ConfigError",
    "DatelineError",
    "Entity",
    "Event",
    "ExtractError",
    "FetchError",
    "Image",
    "IngestError",
    "LexiconError",
    "Mention",
    "MigrationError",
    "Outlet",
    "Paragraph",
    "Quote",
    "Span",
    "Timestamp",
    "Timex",
    "__version__",
    "analyze_text",
    "open_archive",
    "read",
]
