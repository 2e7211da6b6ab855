"""Errors dateline raises on purpose. Anything else escaping is a bug.

    DatelineError                 base: catch this to catch them all
     ├── ExtractError             a page could not be read into an article
     ├── IngestError              a source could not be listed or fetched
     │    └── FetchError          one URL failed (status, timeout, robots, size)
     ├── LexiconError             a lexicon file is malformed (names file:line)
     ├── ArchiveError             the archive could not be opened or written
     │    └── MigrationError      the archive schema could not be brought up to date
     └── ConfigError              a setting or argument is wrong

Context (`url=`, `path=`, `line=`) is keyword-only. Only `cli.py` and `web/`
turn these into exit codes or HTTP status codes.
"""

from __future__ import annotations


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        path: str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.url = url
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or self.url
        if where and self.line is not None:
            return f"{where}:{self.line}: {self.message}"
        if where:
            return f"{where}: {self.message}"
        return self.message


class ExtractError(DatelineError):
    """A page could not be read into an article (empty, binary, too large)."""


class IngestError(DatelineError):
    """A source could not be listed or fetched."""


class FetchError(IngestError):
    """One URL could not be fetched."""


class LexiconError(DatelineError):
    """A lexicon file is malformed."""


class ArchiveError(DatelineError):
    """The archive could not be opened, read or written."""


class MigrationError(ArchiveError):
    """The archive schema could not be brought up to date."""


class ConfigError(DatelineError):
    """A setting or argument is wrong."""
