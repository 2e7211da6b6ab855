"""WARC and WARC.gz files (read with FastWARC, streaming): the HTML pages they archived.

Only `response` records whose HTTP status is 2xx and whose HTTP content type
is HTML (`text/html`, `application/xhtml+xml`) become pages; request,
metadata, revisit and non-HTML records (images, scripts, PDFs) are skipped
without a failure. The HTTP transfer and content encodings are undone. Each
page's source is `path@offset` (the record's byte offset in the file), its URL
the record's `WARC-Target-URI`, and its fetched_at the record's `WARC-Date`.
A record too large or unreadable becomes a `SourceFailure`; a file that breaks
off mid-way ends with one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from dateline.extract.decode import MAX_PAGE_BYTES
from dateline.ingest.clock import parse_iso
from dateline.ingest.failure import SourceFailure
from dateline.ingest.files import source_key
from dateline.model import RawPage

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 64 * 1024


def pages_from_warc(path: Path) -> Iterator[RawPage | SourceFailure]:
    """Yield the HTML pages archived in a WARC file (gzipped or not)."""
    key = source_key(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield SourceFailure(source=key, url=None, error=exc.strerror or str(exc))
        return
    with stream:
        records = ArchiveIterator(
            stream,
            record_types=WarcRecordType.response,
            parse_http=True,
            auto_decode="all",
            fsspec_args=False,
        )
        position = 0
        try:
            for record in records:
                position = record.stream_pos
                if is_html_response(record):
                    yield page_from_record(record, f"{key}@{record.stream_pos}")
        except (OSError, ValueError) as exc:
            yield SourceFailure(
                source=f"{key}@{position}", url=None, error=f"unreadable WARC data: {exc}"
            )


def is_html_response(record: WarcRecord) -> bool:
    """True for an HTTP response record with a 2xx status and an HTML content type."""
    headers = record.http_headers
    if headers is None:
        return False
    status = headers.status_code
    if status is None or not 200 <= status < 300:
        return False
    return (record.http_content_type or "").lower() in HTML_TYPES


def page_from_record(record: WarcRecord, source: str) -> RawPage | SourceFailure:
    """Read one WARC response record's HTTP body into a `RawPage`."""
    url = record.headers.get("WARC-Target-URI")
    url = url.strip().strip("<>") if url else None
    try:
        data = _read_limited(record, MAX_PAGE_BYTES)
    except ValueError as exc:
        return SourceFailure(source=source, url=url, error=str(exc))
    except OSError as exc:
        return SourceFailure(source=source, url=url, error=f"unreadable record: {exc}")
    date = record.headers.get("WARC-Date")
    return RawPage(
        data=data,
        url=url or None,
        fetched_at=parse_iso(date) if date else None,
        source=source,
        content_type=(record.http_content_type or "").lower() or None,
    )


def _read_limited(record: WarcRecord, limit: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    while chunk := record.reader.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise ValueError(f"record body is over the {limit:,}-byte limit")
        parts.append(chunk)
    return b"".join(parts)
