"""Ingest: turn specs (folders, files, URL lists, URLs, feeds, sitemaps, WARCs) into raw pages.

>>> from dateline.ingest import pages_from, SourceFailure
>>> for item in pages_from(["pages/", "urls.txt", "https://example.org/feed.xml"]):
...     if isinstance(item, SourceFailure):
...         print("skipped", item.source, item.error)
...     else:
...         article = read(item.data, url=item.url)

`pages_from` is lazy: it streams, holding one page (plus a few in-flight
fetches) at a time. Every item it yields carries a `source` that identifies it
uniquely and stably across runs (the resume key of a batch). Bad items become
`SourceFailure`s and the iteration goes on. See docs/ingest.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from dateline.errors import DatelineError
from dateline.extract.decode import MAX_PAGE_BYTES
from dateline.ingest.failure import SourceFailure
from dateline.ingest.fetcher import Fetcher, FetchResult, FetchSettings
from dateline.ingest.files import page_from_file, pages_from_folder, read_file, source_key
from dateline.ingest.remote import pages_from_document, pages_from_urls
from dateline.ingest.sitemaps import SITEMAP_MAX_BYTES
from dateline.ingest.specs import Spec, classify
from dateline.ingest.urllist import urls_from_list
from dateline.ingest.validators import (
    JsonValidatorStore,
    MemoryValidatorStore,
    SqliteValidatorStore,
    Validators,
    ValidatorStore,
)
from dateline.ingest.warc import pages_from_warc
from dateline.model import RawPage

__all__ = [
    "FetchResult",
    "FetchSettings",
    "Fetcher",
    "JsonValidatorStore",
    "MemoryValidatorStore",
    "RawPage",
    "SourceFailure",
    "SqliteValidatorStore",
    "ValidatorStore",
    "Validators",
    "classify",
    "pages_from",
]


def pages_from(
    specs: Sequence[str],
    *,
    fetcher: Fetcher | None = None,
    allow_private: bool = False,
) -> Iterator[RawPage | SourceFailure]:
    """Yield the raw pages behind each spec, in spec order, lazily.

    Args:
        specs: folders, files (HTML/text pages, URL lists, feed or sitemap XML,
            WARC/WARC.gz; gzip too) and http(s) URLs (pages, feeds, sitemaps).
        fetcher: the fetcher for URLs; by default one is made with
            `FetchSettings(allow_private=allow_private)` and closed at the end.
        allow_private: let the default fetcher fetch from private, loopback,
            link-local and reserved addresses. A given `fetcher` keeps its own setting.

    Yields:
        A `RawPage` per page, or a `SourceFailure` per item (or spec) that
        could not be read; failures never stop the iteration.
    """
    if isinstance(specs, str):  # one spec passed bare: not a sequence of one-letter specs
        specs = [specs]
    made: list[Fetcher] = []

    def get_fetcher() -> Fetcher:
        if fetcher is not None:
            return fetcher
        if not made:
            made.append(Fetcher(FetchSettings(allow_private=allow_private)))
        return made[0]

    try:
        for spec in specs:
            try:
                yield from _pages_from_spec(classify(spec), get_fetcher)
            except (DatelineError, OSError) as exc:
                error = exc.message if isinstance(exc, DatelineError) else str(exc)
                yield SourceFailure(source=spec, url=None, error=error)
    finally:
        for own in made:
            own.close()


def _pages_from_spec(
    spec: Spec, get_fetcher: Callable[[], Fetcher]
) -> Iterator[RawPage | SourceFailure]:
    path = Path(spec.text)
    if spec.kind == "bad":
        # a file is keyed by its absolute path, found or not, so that a retry once it
        # exists settles the same item
        source = spec.text if "://" in spec.text else source_key(path)
        yield SourceFailure(source=source, url=None, error=spec.reason)
    elif spec.kind == "url":
        yield from pages_from_urls([spec.text.strip()], get_fetcher())
    elif spec.kind == "folder":
        yield from pages_from_folder(path)
    elif spec.kind == "page":
        yield page_from_file(path)
    elif spec.kind == "urllist":
        yield from pages_from_urls(urls_from_list(path), get_fetcher())
    elif spec.kind == "warc":
        yield from pages_from_warc(path)
    else:
        data = read_file(path, limit=max(MAX_PAGE_BYTES, SITEMAP_MAX_BYTES))
        yield from pages_from_document(source_key(path), spec.kind, data, None, get_fetcher())
