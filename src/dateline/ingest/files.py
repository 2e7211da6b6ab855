"""Pages saved on disk: single files and folders of HTML or text pages, gzipped or not.

A folder is walked depth-first in name order, so the same folder always yields
its pages in the same order. Only files whose names end in a page suffix
(`.html`, `.htm`, `.xhtml`, `.shtml`, `.txt`, each optionally followed by `.gz`)
are read; other files (images, PDFs, WARCs, URL lists) are skipped by name,
and hidden files and folders (names starting with ".") are skipped too.
A file that cannot be read, is empty, is corrupt gzip, is too large or holds
binary data becomes a `SourceFailure`; the walk goes on.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from dateline.errors import IngestError
from dateline.extract.decode import MAX_PAGE_BYTES
from dateline.ingest.clock import iso_utc
from dateline.ingest.decompress import read_limited
from dateline.ingest.failure import SourceFailure
from dateline.ingest.sniff import looks_binary
from dateline.model import RawPage

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt")
TEXT_SUFFIXES = (".txt",)


def inner_name(path: Path) -> str:
    """The lower-case file name without a trailing `.gz`: `a.HTML.gz` -> `a.html`."""
    name = path.name.lower()
    return name[:-3] if name.endswith(".gz") else name


def is_page_name(path: Path) -> bool:
    """True when the file name says it is a page: a page suffix, optionally gzipped."""
    return inner_name(path).endswith(PAGE_SUFFIXES)


def source_key(path: Path) -> str:
    """The stable identity of a file: its absolute, normalised path."""
    return os.path.normpath(path.absolute())


def read_file(path: Path, limit: int = MAX_PAGE_BYTES) -> bytes:
    """Read a file, gunzipping it when it is gzip, never holding more than `limit` bytes.

    Raises:
        IngestError: the file cannot be read, is corrupt gzip, or is over the limit.
    """
    try:
        with path.open("rb") as raw:
            if raw.read(2) == b"\x1f\x8b":
                raw.seek(0)
                with gzip.GzipFile(fileobj=raw) as stream:
                    return read_limited(stream, limit)
            raw.seek(0)
            size = os.fstat(raw.fileno()).st_size
            if size > limit:
                raise IngestError(f"file is {size:,} bytes, over the {limit:,}-byte limit")
            return read_limited(raw, limit)
    except OSError as exc:
        raise IngestError(exc.strerror or str(exc), path=str(path)) from exc


def page_from_file(path: Path) -> RawPage | SourceFailure:
    """Read one saved page into a `RawPage` (fetched_at: the file's modification time)."""
    key = source_key(path)
    try:
        data = read_file(path)
        fetched_at = iso_utc(datetime.fromtimestamp(path.stat().st_mtime, UTC))
    except IngestError as exc:
        return SourceFailure(source=key, url=None, error=exc.message)
    except OSError as exc:
        return SourceFailure(source=key, url=None, error=exc.strerror or str(exc))
    if not data or data.isspace():
        return SourceFailure(source=key, url=None, error="file is empty")
    if looks_binary(data):
        return SourceFailure(source=key, url=None, error="not an HTML or text page (binary data)")
    content_type = "text/plain" if inner_name(path).endswith(TEXT_SUFFIXES) else "text/html"
    return RawPage(
        data=data, url=None, fetched_at=fetched_at, source=key, content_type=content_type
    )


def walk_pages(folder: Path) -> Iterator[Path | SourceFailure]:
    """Yield the page files under a folder, depth-first in name order; unreadable folders fail.

    Symlinked folders are not followed (no cycles); symlinked files are read.
    Broken links and special files (FIFOs, devices) with page names are failures.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield SourceFailure(source=source_key(folder), url=None, error=exc.strerror or str(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if _is_real_dir(entry):
            yield from walk_pages(path)
        elif is_page_name(path):
            problem = _not_a_file(entry)
            if problem:
                yield SourceFailure(source=source_key(path), url=None, error=problem)
            else:
                yield path


def _is_real_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _not_a_file(entry: os.DirEntry[str]) -> str | None:
    """Why a directory entry with a page name cannot be read as a file, or None."""
    try:
        if entry.is_file(follow_symlinks=True):
            return None
        if entry.is_symlink() and not Path(entry.path).exists():
            return "broken symbolic link"
    except OSError as exc:
        return exc.strerror or str(exc)
    return "not a regular file"


def pages_from_folder(folder: Path) -> Iterator[RawPage | SourceFailure]:
    """Yield every page under a folder (see the module docstring for what counts)."""
    for item in walk_pages(folder):
        yield item if isinstance(item, SourceFailure) else page_from_file(item)
