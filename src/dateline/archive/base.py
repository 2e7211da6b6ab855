"""The `Archive` protocol both backends implement, and the plain records it returns.

An archive stores articles and their facts, remembers every source item it has
seen (so a batch can resume and never stores a page twice), groups copies of one
story, and answers searches. `open_archive()` in `dateline.archive` picks the backend.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal, Protocol, runtime_checkable

from dateline.archive.rows import Prepared
from dateline.model import Article

Status = Literal["ok", "duplicate", "failed", "skipped"]
DuplicateKind = Literal["url", "text", "near"]


@dataclass(frozen=True)
class SourceOutcome:
    """What became of one source item: a prepared article, or the error that stopped it."""

    source: str
    url: str | None = None
    prepared: Prepared | None = None
    error: str | None = None


@dataclass(frozen=True)
class SourceItem:
    """A source item as the archive recorded it."""

    key: str
    status: Status
    error: str | None
    article_id: str | None
    url: str | None
    recorded_at: str


@dataclass(frozen=True)
class Duplicate:
    """A copy of a stored story, kept as a pointer instead of a new article."""

    source: str
    story_id: str
    article_id: str
    url: str | None
    outlet_domain: str | None
    headline: str | None
    published: str | None
    kind: DuplicateKind
    similarity: float


@dataclass(frozen=True)
class SearchHit:
    """One article found by `Archive.search`."""

    id: str
    url: str | None
    headline: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float


@dataclass(frozen=True)
class QuoteHit:
    """One quote found by `Archive.quotes`, with the sentence it sits in and its link."""

    article_id: str
    quote_id: str
    kind: str
    content: str
    speaker: str | None
    addressee: str | None
    cue: str | None
    sentence: str
    start: int
    end: int
    url: str | None
    headline: str | None
    outlet: str | None
    published: str | None


@dataclass(frozen=True)
class EventHit:
    """One event found by `Archive.events`, with its actors and trigger words."""

    article_id: str
    event_id: str
    type: str
    mode: str | None
    status: str
    date: str | None
    place: str | None
    trigger: str
    start: int
    end: int
    sources: list[str]
    targets: list[str]
    url: str | None
    headline: str | None
    published: str | None
    sentence: str | None  # the sentence of the trigger; None in rows stored before it was kept
    source_codes: list[str]  # "RUS GOV" for each source actor ("" when it has no code)
    target_codes: list[str]


@dataclass(frozen=True)
class MonthCount:
    """Articles, quotes and events of the articles published in one month."""

    month: str
    articles: int
    quotes: int
    events: int


@dataclass(frozen=True)
class Stats:
    """What an archive holds."""

    articles: int
    outlets: int
    people: int
    quotes: int
    events: int
    duplicates: int
    failed: int
    by_month: list[MonthCount] = field(default_factory=list)
    top_outlets: list[tuple[str, int]] = field(default_factory=list)
    top_people: list[tuple[str, int]] = field(default_factory=list)


@runtime_checkable
class Archive(Protocol):
    """Storage for articles and their facts: SQLite (default) or PostgreSQL."""

    url: str

    def known_sources(self, keys: Sequence[str], *, failed: bool = True) -> set[str]:
        """The keys among `keys` already recorded (ok, duplicate, and failed if `failed`)."""
        ...

    def record(
        self, outcomes: Sequence[SourceOutcome], *, retry_failed: bool = False
    ) -> list[Status]:
        """Store a batch of outcomes in one transaction; returns each one's status."""
        ...

    def add(self, article: Article, *, source: str | None = None) -> Status:
        """Store one article (source key: `source`, else its URL, else its id)."""
        ...

    def get(self, article_id: str) -> Article | None:
        """The stored article with this id, exactly as it was read."""
        ...

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
        """Full-text search over headline and text, with filters; best matches first."""
        ...

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
        ...

    def events(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
    ) -> list[EventHit]:
        """Events by actor (name substring or country code), PLOVER type and date."""
        ...

    def stats(self) -> Stats:
        """Counts of what the archive holds, by month of publication."""
        ...

    def sources(self, status: Status | None = None) -> list[SourceItem]:
        """The recorded source items, optionally only those with one status."""
        ...

    def duplicates(self, story_id: str | None = None) -> list[Duplicate]:
        """Copies grouped under stored stories (all, or those of one story)."""
        ...

    def table_rows(self, table: str, columns: Sequence[str]) -> Iterator[tuple[object, ...]]:
        """Every row of a stored table, in key order: what export writes."""
        ...

    def schema_version(self) -> int:
        """The highest migration version recorded in the archive."""
        ...

    def applied_migrations(self) -> list[str]:
        """The names of the migrations recorded in the archive, in order."""
        ...

    def close(self) -> None:
        """Close the connection."""
        ...

    def __enter__(self) -> Archive: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
