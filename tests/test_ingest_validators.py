"""Validator stores: memory, JSON file and SQLite table keep ETag / Last-Modified per URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import ConfigError
from dateline.ingest.validators import (
    JsonValidatorStore,
    MemoryValidatorStore,
    SqliteValidatorStore,
    Validators,
    ValidatorStore,
)

A = "https://example.org/a"
B = "https://example.org/b"
V1 = Validators(etag='"v1"', last_modified="Wed, 14 Jul 2021 12:00:00 GMT")
V2 = Validators(etag='W/"v2"')


def open_store(kind: str, folder: Path) -> ValidatorStore:
    if kind == "memory":
        return MemoryValidatorStore()
    if kind == "json":
        return JsonValidatorStore(folder / "validators.json")
    return SqliteValidatorStore(folder / "archive.db")


@pytest.mark.parametrize("kind", ["memory", "json", "sqlite"])
def test_validators_put_get_replace(kind: str, tmp_path: Path) -> None:
    store = open_store(kind, tmp_path)
    assert store.get(A) is None
    store.put(A, V1)
    store.put(B, V1)
    store.put(B, V2)
    assert (store.get(A), store.get(B)) == (V1, V2)
    store.close()


@pytest.mark.parametrize("kind", ["json", "sqlite"])
def test_validators_survive_reopening(kind: str, tmp_path: Path) -> None:
    store = open_store(kind, tmp_path)
    store.put(A, V1)
    store.close()
    again = open_store(kind, tmp_path)
    assert again.get(A) == V1
    again.close()


def test_validators_json_file_is_sorted_and_flushed_in_batches(tmp_path: Path) -> None:
    path = tmp_path / "validators.json"
    store = JsonValidatorStore(path, flush_every=2)
    store.put(B, V2)
    assert not path.exists()
    store.put(A, V1)
    saved = json.loads(path.read_text())
    assert list(saved) == [A, B]
    assert saved[B] == {"etag": 'W/"v2"', "last_modified": None}
    store.close()


@pytest.mark.parametrize("content", ["{not json", "[1, 2]"])
def test_validators_unreadable_json_is_a_config_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "validators.json"
    path.write_text(content)
    with pytest.raises(ConfigError, match="validator store"):
        JsonValidatorStore(path)


def test_validators_sqlite_table_name_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not a table name"):
        SqliteValidatorStore(tmp_path / "a.db", table="x; DROP TABLE pages")
    store = SqliteValidatorStore(tmp_path / "a.db", table="fetch_cache")
    store.put(A, V1)
    assert store.get(A) == V1
    store.close()


@pytest.mark.parametrize(
    ("validators", "headers"),
    [
        (V1, {"If-None-Match": '"v1"', "If-Modified-Since": "Wed, 14 Jul 2021 12:00:00 GMT"}),
        (V2, {"If-None-Match": 'W/"v2"'}),
        (Validators(), {}),
    ],
)
def test_validators_conditional_headers(validators: Validators, headers: dict[str, str]) -> None:
    assert validators.headers() == headers
