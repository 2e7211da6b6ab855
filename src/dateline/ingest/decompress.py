"""Bounded gzip decompression: never inflate more than a set number of bytes."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import Protocol

from dateline.errors import IngestError

_CHUNK = 1024 * 1024


class Readable(Protocol):
    """Anything with a binary `read(size)`: a file, a `GzipFile`, a `BytesIO`."""

    def read(self, size: int = -1, /) -> bytes:
        """Read up to `size` bytes."""
        ...


def read_limited(stream: Readable, limit: int) -> bytes:
    """Read a stream to its end, failing once it passes `limit` bytes.

    Raises:
        IngestError: the stream holds more than `limit` bytes, or is corrupt gzip.
    """
    parts: list[bytes] = []
    size = 0
    try:
        while chunk := stream.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise IngestError(f"over the {limit:,}-byte limit")
            parts.append(chunk)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise IngestError(f"corrupt gzip data ({exc or type(exc).__name__})") from exc
    return parts[0] if len(parts) == 1 else b"".join(parts)


def gunzip_limited(data: bytes, limit: int) -> bytes:
    """Decompress gzip bytes, failing once the output passes `limit` bytes.

    Raises:
        IngestError: the output is over the limit, or the data is corrupt.
    """
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        return read_limited(stream, limit)
