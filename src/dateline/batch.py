"""Safe batches: `read()` over many pages into an archive, on every core.

Worker processes read each page and turn it into rows (`archive.rows.prepare`); the
parent is the single writer and commits every `batch_size` pages in one transaction.
So a batch is

- idempotent: a source key already in the archive is skipped before it is read;
- resumable: after a kill, what was committed stays and the rest is read again
  (no page lost, none stored twice: each key is recorded in the same transaction
  as its rows);
- robust: a page that fails to read, or fails to store, is recorded with its error
  and the batch goes on; a worker that dies is replaced and the page it was on is
  recorded as failed.

Results are consumed in input order, so duplicate decisions (which copy is kept)
are the same on every run.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from typing import Any

from dateline.archive.base import Archive, SourceOutcome, Status
from dateline.archive.rows import prepare
from dateline.errors import ConfigError, DatelineError
from dateline.ingest.failure import SourceFailure
from dateline.model import RawPage
from dateline.reader import PageFormat, read

BATCH_SIZE = 32  # pages per transaction: what a kill can cost, at most
FLUSH_SECONDS = 2.0  # commit at least this often when pages come slowly (fetching)
IN_FLIGHT_PER_WORKER = 4  # pages queued per worker: enough to keep it busy, little memory

Item = RawPage | SourceFailure
Progress = Callable[["IngestSummary"], None]


@dataclass
class IngestSummary:
    """What a batch did, counted per source item."""

    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    archive: str = ""
    errors: list[tuple[str, str]] = field(default_factory=list)  # (source, error), first 20

    @property
    def processed(self) -> int:
        """Items read and recorded in this run (not those skipped)."""
        return self.stored + self.duplicates + self.failed

    @property
    def pages_per_second(self) -> float:
        """Items processed per second of wall time."""
        return self.processed / self.seconds if self.seconds > 0 else 0.0

    def count(self, status: Status, outcome: SourceOutcome) -> None:
        """Add one recorded outcome to the counts."""
        if status == "ok":
            self.stored += 1
        elif status == "duplicate":
            self.duplicates += 1
        elif status == "failed":
            self.failed += 1
            if len(self.errors) < 20:
                self.errors.append((outcome.source, outcome.error or "not stored"))
        else:
            self.skipped += 1

    def as_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data."""
        data = asdict(self)
        data["errors"] = [{"source": s, "error": e} for s, e in self.errors]
        data["processed"] = self.processed
        data["seconds"] = round(self.seconds, 3)
        data["pages_per_second"] = round(self.pages_per_second, 2)
        return data

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        return (
            f"{self.processed} pages in {self.seconds:.1f}s ({self.pages_per_second:.1f} pages/s):"
            f" {self.stored} stored, {self.duplicates} duplicates, {self.failed} failed,"
            f" {self.skipped} already in the archive"
        )


def page_format(page: RawPage) -> PageFormat:
    """How to read a page, from its content type when the source gave one."""
    kind = (page.content_type or "").split(";")[0].strip().lower()
    if kind == "text/plain":
        return "text"
    if kind in ("text/html", "application/xhtml+xml"):
        return "html"
    return "auto"


def read_page(page: RawPage, facts: bool = True) -> SourceOutcome:
    """Read one page into a prepared article, or the error that stopped it (never raises)."""
    try:
        article = read(page.data, url=page.url, format=page_format(page), facts=facts)
        prepared = prepare(article, source=page.source, fetched_at=page.fetched_at)
    except DatelineError as exc:
        return SourceOutcome(page.source, page.url, None, _one_line(str(exc)))
    except Exception as exc:  # a bug in one page's reading must not stop the batch
        return SourceOutcome(page.source, page.url, None, _one_line(f"{type(exc).__name__}: {exc}"))
    return SourceOutcome(page.source, page.url, prepared)


def ingest(
    items: Iterable[Item],
    archive: Archive,
    *,
    workers: int | None = None,
    facts: bool = True,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    retry_failed: bool = False,
) -> IngestSummary:
    """Read every item into the archive; see the module docstring for the guarantees.

    Args:
        items: pages (and failures) from `dateline.ingest.pages_from`, or any iterable.
        archive: where to store them; this process is its only writer.
        workers: reading processes; default: one per core. 1 reads in this process.
        facts: run the analysis (entities, quotes, events...) on each page.
        batch_size: pages per transaction.
        progress: called with the running summary after each commit.
        retry_failed: read again the items that failed in an earlier run.

    Returns:
        The counts: stored, duplicates, failed, skipped (already in the archive).
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ConfigError(f"--workers {workers}: give at least 1")
    if batch_size < 1:
        raise ConfigError(f"batch size {batch_size}: give at least 1")
    summary = IngestSummary(archive=archive.url)
    started = time.perf_counter()
    writer = _Writer(archive, summary, batch_size, progress, started, retry_failed)
    fresh = _unrecorded(items, archive, summary, batch_size, retry_failed)
    if workers == 1:
        for item in fresh:
            writer.add(_outcome_here(item, facts))
    else:
        with _Readers(workers, facts) as readers:
            for outcome in readers.map(fresh):
                writer.add(outcome)
    writer.flush()
    summary.seconds = time.perf_counter() - started
    return summary


def _outcome_here(item: Item, facts: bool) -> SourceOutcome:
    if isinstance(item, SourceFailure):
        return SourceOutcome(item.source, item.url, None, item.error)
    return read_page(item, facts)


def _unrecorded(
    items: Iterable[Item],
    archive: Archive,
    summary: IngestSummary,
    chunk: int,
    retry_failed: bool,
) -> Iterator[Item]:
    """The items whose source key is not yet recorded (nor seen earlier in this run)."""
    seen: set[str] = set()
    buffer: list[Item] = []

    def release() -> Iterator[Item]:
        known = archive.known_sources([i.source for i in buffer], failed=not retry_failed)
        for item in buffer:
            if item.source in known or item.source in seen:
                summary.skipped += 1
                continue
            seen.add(item.source)
            yield item
        buffer.clear()

    for item in items:
        buffer.append(item)
        if len(buffer) >= chunk:
            yield from release()
    yield from release()


class _Writer:
    """The single writer: collects outcomes and commits them in small batches."""

    def __init__(
        self,
        archive: Archive,
        summary: IngestSummary,
        batch_size: int,
        progress: Progress | None,
        started: float,
        retry_failed: bool,
    ) -> None:
        self.archive = archive
        self.retry_failed = retry_failed
        self.summary = summary
        self.batch_size = batch_size
        self.progress = progress
        self.started = started
        self.pending: list[SourceOutcome] = []
        self.last_flush = time.monotonic()

    def add(self, outcome: SourceOutcome) -> None:
        self.pending.append(outcome)
        due = time.monotonic() - self.last_flush >= FLUSH_SECONDS
        if len(self.pending) >= self.batch_size or due:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            statuses = self.archive.record(self.pending, retry_failed=self.retry_failed)
            for status, outcome in zip(statuses, self.pending, strict=True):
                self.summary.count(status, outcome)
            self.pending = []
        self.last_flush = time.monotonic()
        self.summary.seconds = time.perf_counter() - self.started
        if self.progress is not None:
            self.progress(self.summary)


class _Readers:
    """A process pool reading pages in input order, at most a few pages ahead."""

    def __init__(self, workers: int, facts: bool) -> None:
        self.workers = workers
        self.facts = facts
        self.pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers, initializer=_watch_parent, initargs=(os.getpid(),)
        )

    def __enter__(self) -> _Readers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def map(self, items: Iterable[Item]) -> Iterator[SourceOutcome]:
        """Outcomes of `items`, in order."""
        window: deque[tuple[Item, Future[SourceOutcome] | None]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        for item in items:
            window.append((item, self._submit(item)))
            while len(window) >= limit:
                yield from self._next(window)
        while window:
            yield from self._next(window)

    def _submit(self, item: Item) -> Future[SourceOutcome] | None:
        if isinstance(item, SourceFailure):
            return None
        try:
            return self.pool.submit(read_page, item, self.facts)
        except BrokenProcessPool:
            return None  # collected by _next, which restarts the pool

    def _next(
        self, window: deque[tuple[Item, Future[SourceOutcome] | None]]
    ) -> Iterator[SourceOutcome]:
        item, future = window.popleft()
        if isinstance(item, SourceFailure):
            yield SourceOutcome(item.source, item.url, None, item.error)
            return
        try:
            if future is None:
                raise BrokenProcessPool("the pool was broken when this page was queued")
            yield future.result()
        except BrokenProcessPool:
            # A worker died (crash, out of memory). Find the page that killed it by
            # reading what was in flight one at a time in a fresh pool.
            stuck = [item, *(i for i, _ in window)]
            window.clear()
            for page in stuck:
                yield self._isolated(page)
        except Exception as exc:  # e.g. a result that cannot be sent back
            error = _one_line(f"{type(exc).__name__}: {exc}")
            yield SourceOutcome(item.source, item.url, None, error)

    def _isolated(self, item: Item) -> SourceOutcome:
        if isinstance(item, SourceFailure):
            return SourceOutcome(item.source, item.url, None, item.error)
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()
        try:
            return self.pool.submit(read_page, item, self.facts).result()
        except BrokenProcessPool:
            error = "the reading process died on this page (crash or out of memory)"
            return SourceOutcome(item.source, item.url, None, error)


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the parent goes away (e.g. killed), instead of lingering."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _one_line(message: str) -> str:
    lines = message.strip().splitlines()
    return lines[0][:500] if lines else "unknown error"
