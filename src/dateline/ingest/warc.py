"""WARC and WARC.gz files (read with FastWARC, streaming): the HTML pages they archived.

Only `response` records whose HTTP status is 2xx and whose HTTP content type
is HTML (`text/html`, `application/xhtml+xml`) become pages; request,
metadata, revisit and non-HTML records (images, scripts, PDFs) are skipped
without a failure. The HTTP transfer and content encodings are undone. Each
page's source is `path@offset` (the record's byte offset in the file), its URL
the record's `WARC-Target-URI`, and its fetched_at the record's `WARC-Date`.
A record that is cut short (its body is shorter than its WARC length, as at
the end of a truncated file), empty, too large, badly encoded or unreadable
becomes a `SourceFailure`; so does a file that cannot be read on from some
point (the failure names the offset reached).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from dateline.errors import IngestError
from dateline.extract.decode import MAX_PAGE_BYTES
from dateline.ingest.clock import parse_iso
from dateline.ingest.failure import SourceFailure
from dateline.ingest.files import source_key
from dateline.ingest.http_body import decode_body
from dateline.model import RawPage

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHUNK = 1024 * 1024


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
            auto_decode="none",
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
        data = read_body(record, MAX_PAGE_BYTES)
    except IngestError as exc:
        return SourceFailure(source=source, url=url, error=exc.message)
    except OSError as exc:
        return SourceFailure(source=source, url=url, error=f"unreadable record: {exc}")
    if not data or data.isspace():
        return SourceFailure(source=source, url=url, error="empty record body")
    date = record.headers.get("WARC-Date")
    return RawPage(
        data=data,
        url=url or None,
        fetched_at=parse_iso(date) if date else None,
        source=source,
        content_type=(record.http_content_type or "").lower() or None,
    )


def read_body(record: WarcRecord, limit: int) -> bytes:
    """The record's HTTP body, checked complete, with its transfer and content codings undone.

    Raises:
        IngestError: the record is cut short (a truncated file), too large, or badly encoded.
    """
    expected = record.content_length
    if expected > 2 * limit:
        raise IngestError(f"record body is {expected:,} bytes, over the limit")
    parts: list[bytes] = []
    size = 0
    while chunk := record.reader.read(_CHUNK):
        size += len(chunk)
        if size > 2 * limit:
            raise IngestError(f"record body is over the {2 * limit:,}-byte limit")
        parts.append(chunk)
    if size < expected:
        raise IngestError(f"record cut short ({size:,} of {expected:,} bytes; truncated file?)")
    headers = record.http_headers
    return decode_body(
        parts[0] if len(parts) == 1 else b"".join(parts),
        transfer_encoding=headers.get("Transfer-Encoding") if headers else None,
        content_encoding=headers.get("Content-Encoding") if headers else None,
        limit=limit,
    )
