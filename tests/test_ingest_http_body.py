"""Undoing HTTP transfer and content codings of archived bodies."""

from __future__ import annotations

import gzip
import zlib

import pytest

from dateline.errors import IngestError
from dateline.ingest.http_body import dechunk, decode_body

brotli = pytest.importorskip("brotli")

BODY = b"<html><body><p>The night ferry is back from Friday.</p></body></html>"


def chunked(data: bytes, size: int = 16) -> bytes:
    parts = [data[i : i + size] for i in range(0, len(data), size)]
    framed = b"".join(b"%x;ext=1\r\n%s\r\n" % (len(part), part) for part in parts)
    return framed + b"0\r\n\r\n"


def raw_deflate(data: bytes) -> bytes:
    engine = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return engine.compress(data) + engine.flush()


@pytest.mark.parametrize(
    ("wire", "transfer", "content"),
    [
        (BODY, None, None),
        (BODY, None, "identity"),
        (chunked(BODY), "chunked", None),
        (gzip.compress(BODY), None, "gzip"),
        (gzip.compress(BODY), None, "x-gzip"),
        (zlib.compress(BODY), None, "deflate"),
        (raw_deflate(BODY), None, "deflate"),
        (brotli.compress(BODY), None, "br"),
        (chunked(gzip.compress(BODY)), "chunked", "gzip"),
        (brotli.compress(gzip.compress(BODY)), None, "gzip, br"),
    ],
)
def test_http_body_codings_are_undone(
    wire: bytes, transfer: str | None, content: str | None
) -> None:
    assert (
        decode_body(wire, transfer_encoding=transfer, content_encoding=content, limit=10_000)
        == BODY
    )


@pytest.mark.parametrize(
    ("wire", "transfer", "content", "error"),
    [
        (BODY, None, "compress", "unknown content encoding"),
        (b"zz\r\nabc", "chunked", None, "bad chunk size"),
        (b"ff\r\nabc", "chunked", None, "cut short"),
        (b"abc", "chunked", None, "no chunk size line"),
        (b"not deflate", None, "deflate", "corrupt deflate"),
        (b"not brotli", None, "br", "corrupt brotli"),
        (gzip.compress(b"a" * 5000), None, "gzip", "limit"),
        (zlib.compress(b"a" * 5000), None, "deflate", "limit"),
        (brotli.compress(b"a" * 5000), None, "br", "limit"),
    ],
)
def test_http_body_bad_bodies_are_ingest_errors(
    wire: bytes, transfer: str | None, content: str | None, error: str
) -> None:
    with pytest.raises(IngestError, match=error):
        decode_body(wire, transfer_encoding=transfer, content_encoding=content, limit=1000)


def test_http_body_dechunk_stops_at_the_limit() -> None:
    with pytest.raises(IngestError, match="limit"):
        dechunk(chunked(b"b" * 500), limit=100)
