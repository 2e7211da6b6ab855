"""Pages behind URLs: fetch them (in order, a few at a time) and expand feeds and sitemaps.

A fetched body is sniffed: an RSS/Atom feed yields its items' pages, a sitemap
its pages, a sitemap index its sitemaps (at most `MAX_SITEMAP_DEPTH` levels
down, each sitemap once); anything else is a page. Pages listed by a feed or
a sitemap are taken as pages, never expanded again.

A page's source is the URL it was listed under (stable across runs; the URL
that finally answered, after redirects, is `RawPage.url`). A URL the server
says is not modified since the last fetch (304) yields nothing. Validators
(ETag / Last-Modified) are remembered only once the consumer has taken the
page and asked for the next item, so a run killed mid-way never marks an
unprocessed page as "already fetched"; a feed's or sitemap's only once all
its items were taken, and only if none of them failed (so they are retried).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from dateline.errors import FetchError, IngestError
from dateline.ingest.decompress import gunzip_limited
from dateline.ingest.failure import SourceFailure
from dateline.ingest.feeds import feed_links
from dateline.ingest.fetcher import Fetcher, FetchResult
from dateline.ingest.sitemaps import MAX_SITEMAP_DEPTH, SITEMAP_MAX_BYTES, sitemap_locs
from dateline.ingest.sniff import is_gzip, looks_binary, xml_kind
from dateline.model import RawPage

PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
UNTYPED = frozenset({"application/octet-stream", "binary/octet-stream"})

Outcome = FetchResult | FetchError


def fetch_in_order(
    items: Iterable[str | SourceFailure],
    fetcher: Fetcher,
    *,
    max_bytes: int | None = None,
) -> Iterator[tuple[str, Outcome] | SourceFailure]:
    """Fetch URLs a few at a time, yielding outcomes in input order (failures pass through).

    At most `2 * concurrency` URLs are in hand at once, so a long list streams.
    """
    workers = fetcher.settings.concurrency
    pending: deque[tuple[str, Future[Outcome]] | SourceFailure] = deque()

    def take() -> tuple[str, Outcome] | SourceFailure:
        head = pending.popleft()
        return head if isinstance(head, SourceFailure) else (head[0], head[1].result())

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dateline-fetch") as pool:
        try:
            for item in items:
                if isinstance(item, SourceFailure):
                    pending.append(item)
                else:
                    pending.append((item, pool.submit(_fetch, fetcher, item, max_bytes)))
                while len(pending) > 2 * workers or (pending and _ready(pending[0])):
                    yield take()
            while pending:
                yield take()
        finally:
            for waiting in pending:
                if not isinstance(waiting, SourceFailure):
                    waiting[1].cancel()


def pages_from_urls(
    items: Iterable[str | SourceFailure], fetcher: Fetcher
) -> Iterator[RawPage | SourceFailure]:
    """Fetch each URL (a spec or a list entry) and yield its page, or its feed's or sitemap's."""
    for outcome in fetch_in_order(items, fetcher, max_bytes=_document_limit(fetcher)):
        if isinstance(outcome, SourceFailure):
            yield outcome
            continue
        url, result = outcome
        if isinstance(result, FetchError):
            yield SourceFailure(source=url, url=result.url or url, error=result.message)
        else:
            yield from expand(url, result, fetcher, depth=0)


def expand(
    source: str, result: FetchResult, fetcher: Fetcher, *, depth: int, seen: set[str] | None = None
) -> Iterator[RawPage | SourceFailure]:
    """Yield what a fetched document stands for: its pages if a feed or sitemap, else itself."""
    if result.not_modified:
        return
    try:
        data = _maybe_gunzip(result.data)
    except IngestError as exc:
        yield SourceFailure(source=source, url=result.final_url, error=exc.message)
        return
    kind = xml_kind(data)
    if kind is None:
        if len(result.data) > fetcher.settings.max_bytes:
            limit = fetcher.settings.max_bytes
            error = f"response is over the {limit:,}-byte limit"
            yield SourceFailure(source=source, url=result.final_url, error=error)
            return
        yield from _with_memory(page_from_result(source, result), result, fetcher)
        return
    listed = pages_from_document(source, kind, data, result.final_url, fetcher, depth, seen)
    yield from _remember_if_clean(listed, result, fetcher)


def pages_from_document(
    source: str,
    kind: str,
    data: bytes,
    base_url: str | None,
    fetcher: Fetcher,
    depth: int = 0,
    seen: set[str] | None = None,
) -> Iterator[RawPage | SourceFailure]:
    """Yield the pages a feed, sitemap or sitemap index lists (fetched with `fetcher`)."""
    try:
        links: Iterable[str] = (
            feed_links(data, base_url) if kind == "feed" else sitemap_locs(data, base_url)
        )
    except IngestError as exc:
        yield SourceFailure(source=source, url=base_url, error=exc.message)
        return
    checked = _absolute(_guarded(links, source, base_url), source)
    if kind == "sitemapindex":
        yield from _sitemaps_from_index(source, checked, fetcher, depth, seen or {source})
    else:
        yield from pages_from_listed(checked, fetcher)


def pages_from_listed(
    items: Iterable[str | SourceFailure], fetcher: Fetcher
) -> Iterator[RawPage | SourceFailure]:
    """Fetch URLs listed by a feed or sitemap and yield them as pages (no further expansion)."""
    for outcome in fetch_in_order(items, fetcher):
        if isinstance(outcome, SourceFailure):
            yield outcome
            continue
        url, result = outcome
        if isinstance(result, FetchError):
            yield SourceFailure(source=url, url=result.url or url, error=result.message)
        elif not result.not_modified:
            yield from _with_memory(page_from_result(url, result), result, fetcher)


def page_from_result(source: str, result: FetchResult) -> RawPage | SourceFailure:
    """A fetched body as a `RawPage`, when it is an HTML or text page."""
    media = result.content_type
    if media is not None and media not in PAGE_TYPES and media not in UNTYPED:
        return SourceFailure(
            source=source, url=result.final_url, error=f"not an HTML or text page ({media})"
        )
    if not result.data or result.data.isspace():
        return SourceFailure(source=source, url=result.final_url, error="empty response")
    if looks_binary(result.data):
        return SourceFailure(
            source=source, url=result.final_url, error="not an HTML or text page (binary data)"
        )
    return RawPage(
        data=result.data,
        url=result.final_url,
        fetched_at=result.fetched_at,
        source=source,
        content_type=media,
    )


def _sitemaps_from_index(
    source: str, links: Iterable[str | SourceFailure], fetcher: Fetcher, depth: int, seen: set[str]
) -> Iterator[RawPage | SourceFailure]:
    if depth >= MAX_SITEMAP_DEPTH:
        yield SourceFailure(
            source=source,
            url=None,
            error=f"sitemap index nested deeper than {MAX_SITEMAP_DEPTH} levels; not followed",
        )
        return
    fresh = [link for link in links if isinstance(link, SourceFailure) or link not in seen]
    seen.update(link for link in fresh if isinstance(link, str))
    for outcome in fetch_in_order(fresh, fetcher, max_bytes=SITEMAP_MAX_BYTES):
        if isinstance(outcome, SourceFailure):
            yield outcome
            continue
        url, result = outcome
        if isinstance(result, FetchError):
            yield SourceFailure(source=url, url=result.url or url, error=result.message)
            continue
        if result.not_modified:
            continue
        try:
            data = _maybe_gunzip(result.data)
        except IngestError as exc:
            yield SourceFailure(source=url, url=result.final_url, error=exc.message)
            continue
        kind = xml_kind(data)
        if kind not in ("sitemap", "sitemapindex"):
            yield SourceFailure(source=url, url=result.final_url, error="not a sitemap")
            continue
        listed = pages_from_document(url, kind, data, result.final_url, fetcher, depth + 1, seen)
        yield from _remember_if_clean(listed, result, fetcher)


def _with_memory(
    item: RawPage | SourceFailure, result: FetchResult, fetcher: Fetcher
) -> Iterator[RawPage | SourceFailure]:
    yield item
    if isinstance(item, RawPage):
        fetcher.remember(result)


def _remember_if_clean(
    items: Iterable[RawPage | SourceFailure], result: FetchResult, fetcher: Fetcher
) -> Iterator[RawPage | SourceFailure]:
    """Pass a feed's or sitemap's items through; keep its validators only if none failed,
    so a later run re-reads the document and retries the items that failed."""
    clean = True
    for item in items:
        clean = clean and not isinstance(item, SourceFailure)
        yield item
    if clean:
        fetcher.remember(result)


def _guarded(
    links: Iterable[str], source: str, base_url: str | None
) -> Iterator[str | SourceFailure]:
    """Links as they are read; a document that breaks off mid-way ends with a failure
    (the links read before it are still fetched)."""
    try:
        yield from links
    except IngestError as exc:
        yield SourceFailure(source=source, url=base_url, error=exc.message)


def _absolute(links: Iterable[str | SourceFailure], source: str) -> Iterator[str | SourceFailure]:
    for link in links:
        if isinstance(link, SourceFailure) or link.lower().startswith(("http://", "https://")):
            yield link
        else:
            yield SourceFailure(source=link, url=None, error=f"not an http(s) URL (in {source})")


def _maybe_gunzip(data: bytes) -> bytes:
    return gunzip_limited(data, SITEMAP_MAX_BYTES) if is_gzip(data) else data


def _document_limit(fetcher: Fetcher) -> int:
    return max(fetcher.settings.max_bytes, SITEMAP_MAX_BYTES)


def _ready(item: tuple[str, Future[Outcome]] | SourceFailure) -> bool:
    return isinstance(item, SourceFailure) or item[1].done()


def _fetch(fetcher: Fetcher, url: str, max_bytes: int | None) -> Outcome:
    try:
        return fetcher.fetch(url, max_bytes=max_bytes)
    except FetchError as exc:
        return exc
