"""Undo the HTTP transfer coding (chunked) and content codings (gzip, deflate, br) of a body.

Archived HTTP responses keep the body as it went over the wire. Every step
stops once the output passes the size limit, so a small record cannot inflate
into a huge page.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from dateline.errors import IngestError
from dateline.ingest.decompress import gunzip_limited

try:  # brotli is optional: httpx pulls it in when present
    import brotli  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - depends on the environment
    brotli = None


def dechunk(data: bytes, limit: int) -> bytes:
    """Join the chunks of a `Transfer-Encoding: chunked` body.

    Raises:
        IngestError: the framing is broken, or the body passes `limit` bytes.
    """
    parts: list[bytes] = []
    size = 0
    position = 0
    while True:
        end = data.find(b"\r\n", position)
        if end < 0:
            raise IngestError("broken chunked body (no chunk size line)")
        line = data[position:end].split(b";", 1)[0].strip()
        try:
            length = int(line, 16)
        except ValueError as exc:
            raise IngestError("broken chunked body (bad chunk size)") from exc
        if length == 0:
            return b"".join(parts)
        start = end + 2
        chunk = data[start : start + length]
        if len(chunk) < length:
            raise IngestError("broken chunked body (chunk cut short)")
        size += length
        if size > limit:
            raise IngestError(f"body is over the {limit:,}-byte limit")
        parts.append(chunk)
        position = start + length + 2


def inflate(data: bytes, limit: int) -> bytes:
    """Undo `Content-Encoding: deflate` (zlib-wrapped or raw, as servers send both)."""
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS):
        engine = zlib.decompressobj(wbits)
        try:
            out = engine.decompress(data, limit + 1)
        except zlib.error:
            continue
        if len(out) > limit:
            raise IngestError(f"body is over the {limit:,}-byte limit")
        return out
    raise IngestError("corrupt deflate body")


def unbrotli(data: bytes, limit: int) -> bytes:
    """Undo `Content-Encoding: br` (needs the `brotli` package)."""
    if brotli is None:
        raise IngestError("brotli-encoded body, and the brotli package is not installed")
    try:
        out: bytes = brotli.decompress(data)
    except brotli.error as exc:
        raise IngestError("corrupt brotli body") from exc
    if len(out) > limit:
        raise IngestError(f"body is over the {limit:,}-byte limit")
    return out


_DECODERS: dict[str, Callable[[bytes, int], bytes]] = {
    "gzip": gunzip_limited,
    "x-gzip": gunzip_limited,
    "deflate": inflate,
    "br": unbrotli,
}
_IDENTITY = frozenset({"", "identity", "none", "utf-8", "utf8"})


def decode_body(
    data: bytes, *, transfer_encoding: str | None, content_encoding: str | None, limit: int
) -> bytes:
    """Undo the transfer coding, then the content codings (last applied, first undone).

    Raises:
        IngestError: an unknown coding, a broken body, or an output over `limit`.
    """
    if transfer_encoding and "chunked" in transfer_encoding.lower():
        data = dechunk(data, limit)
    codings = [c.strip().lower() for c in (content_encoding or "").split(",")]
    for coding in reversed(codings):
        if coding in _IDENTITY:
            continue
        decoder = _DECODERS.get(coding)
        if decoder is None:
            raise IngestError(f"unknown content encoding {coding!r}")
        data = decoder(data, limit)
    return data
