"""URL list files: one URL a line; blank lines and lines starting with `#` are skipped.

The file is read line by line (constant memory). A line that is not an http(s)
URL becomes a `SourceFailure` whose source is `path:line`.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from dateline.ingest.failure import SourceFailure
from dateline.ingest.files import source_key
from dateline.ingest.specs import URL_LINE

MAX_LINE_CHARS = 8192


def urls_from_list(path: Path) -> Iterator[str | SourceFailure]:
    """Yield the URLs listed in a file (gzip too), and a failure for each bad line."""
    key = source_key(path)
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield SourceFailure(source=key, url=None, error=exc.strerror or str(exc))
        return
    with raw:
        magic = raw.read(2)
        raw.seek(0)
        binary = gzip.GzipFile(fileobj=raw) if magic == b"\x1f\x8b" else raw
        text = io.TextIOWrapper(binary, encoding="utf-8", errors="replace")
        try:
            for number, line in enumerate(text, start=1):
                item = line.strip()
                if not item or item.startswith("#"):
                    continue
                if len(item) > MAX_LINE_CHARS or not URL_LINE.match(item):
                    yield SourceFailure(
                        source=f"{key}:{number}", url=None, error="not an http(s) URL"
                    )
                    continue
                yield item
        except (OSError, EOFError, zlib.error) as exc:
            yield SourceFailure(source=key, url=None, error=f"cannot read the list: {exc}")
