"""Where the fetcher keeps ETag / Last-Modified per URL, for conditional re-fetches.

Three stores share one small protocol (`get`, `put`, `close`): in memory (the
default, gone with the process), a JSON file, and an SQLite table (which can
live in the archive's own database file).
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from dateline.errors import ConfigError


@dataclass(frozen=True)
class Validators:
    """What a server said identifies the version of a page it sent."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """The conditional request headers these validators call for."""
        headers: dict[str, str] = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class ValidatorStore(Protocol):
    """A map from URL to the validators of the last copy fetched."""

    def get(self, url: str) -> Validators | None:
        """The validators stored for a URL, or None."""
        ...

    def put(self, url: str, validators: Validators) -> None:
        """Store the validators for a URL, replacing any before."""
        ...

    def close(self) -> None:
        """Write out anything pending and release the store."""
        ...


class MemoryValidatorStore:
    """Validators held in a dict for the life of the process."""

    def __init__(self) -> None:
        self._items: dict[str, Validators] = {}
        self._lock = threading.Lock()

    def get(self, url: str) -> Validators | None:
        """The validators stored for a URL, or None."""
        with self._lock:
            return self._items.get(url)

    def put(self, url: str, validators: Validators) -> None:
        """Store the validators for a URL."""
        with self._lock:
            self._items[url] = validators

    def close(self) -> None:
        """Nothing to release."""


class JsonValidatorStore:
    """Validators in a JSON file: `{"url": {"etag": ..., "last_modified": ...}}`.

    The file is read once when the store opens and rewritten atomically every
    `flush_every` changes and on `close()`. Fine for thousands of URLs; use
    `SqliteValidatorStore` for more.
    """

    def __init__(self, path: str | Path, *, flush_every: int = 100) -> None:
        self.path = Path(path)
        self._flush_every = max(1, flush_every)
        self._dirty = 0
        self._lock = threading.Lock()
        self._items: dict[str, Validators] = {}
        if self.path.exists():
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ConfigError(
                    f"cannot read the validator store: {exc}", path=str(path)
                ) from exc
            if not isinstance(raw, dict):
                raise ConfigError("the validator store is not a JSON object", path=str(path))
            self._items = {
                str(url): Validators(etag=item.get("etag"), last_modified=item.get("last_modified"))
                for url, item in raw.items()
                if isinstance(item, dict)
            }

    def get(self, url: str) -> Validators | None:
        """The validators stored for a URL, or None."""
        with self._lock:
            return self._items.get(url)

    def put(self, url: str, validators: Validators) -> None:
        """Store the validators for a URL; the file is rewritten every `flush_every` puts."""
        with self._lock:
            self._items[url] = validators
            self._dirty += 1
            if self._dirty >= self._flush_every:
                self._write()

    def close(self) -> None:
        """Write the file if anything changed."""
        with self._lock:
            if self._dirty:
                self._write()

    def _write(self) -> None:
        data = {
            url: {"etag": item.etag, "last_modified": item.last_modified}
            for url, item in sorted(self._items.items())
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, indent=1, sort_keys=True)
        Path(tmp).replace(self.path)
        self._dirty = 0


class SqliteValidatorStore:
    """Validators in an SQLite table (by default `http_validators`), one row per URL."""

    def __init__(self, path: str | Path, *, table: str = "http_validators") -> None:
        if not table.isidentifier():
            raise ConfigError(f"not a table name: {table!r}")
        self._table = table
        self._lock = threading.Lock()
        try:
            self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
            self._db.execute(
                f"CREATE TABLE IF NOT EXISTS {table} "
                "(url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT)"
            )
            self._db.commit()
        except sqlite3.Error as exc:
            raise ConfigError(f"cannot open the validator store: {exc}", path=str(path)) from exc

    def get(self, url: str) -> Validators | None:
        """The validators stored for a URL, or None."""
        with self._lock:
            row = self._db.execute(
                f"SELECT etag, last_modified FROM {self._table} WHERE url = ?", (url,)
            ).fetchone()
        return None if row is None else Validators(etag=row[0], last_modified=row[1])

    def put(self, url: str, validators: Validators) -> None:
        """Store the validators for a URL (committed at once)."""
        with self._lock:
            self._db.execute(
                f"INSERT OR REPLACE INTO {self._table} (url, etag, last_modified) VALUES (?, ?, ?)",
                (url, validators.etag, validators.last_modified),
            )
            self._db.commit()

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()
