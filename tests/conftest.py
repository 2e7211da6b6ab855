"""Shared fixtures: paths to the repo's own pages and to ../shared (skipped when absent)."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dateline.archive import Archive

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"

# The tests' tables are cached in a folder of their own, never in the user's ~/.cache.
os.environ.setdefault("DATELINE_CACHE_DIR", tempfile.mkdtemp(prefix="dateline-test-cache-"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="run slow tests too")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip_slow = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip_slow)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared evaluation data beside the checkout; skips the test when it is absent."""
    if not (SHARED / "seed" / "gold.json").exists():
        pytest.skip("../shared is not present")
    return SHARED


# ---- archives: a real SQLite file, and a real PostgreSQL schema per test --------------------

POSTGRES_URL = os.environ.get("DATELINE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _postgres_or_skip() -> None:
    """Skip (locally) or fail (CI=true) when the PostgreSQL server cannot be reached."""
    import psycopg

    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        message = f"PostgreSQL not reachable at {POSTGRES_URL}: {str(exc).strip()[:200]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose search_path is a fresh, uniquely named schema, dropped afterwards."""
    import psycopg

    _postgres_or_skip()
    schema = f"dateline_test_{os.getpid()}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        # Tests need no durability: not waiting for WAL flushes makes each DDL-heavy
        # schema set-up several times faster.
        options = f"-csearch_path%3D{schema}%20-csynchronous_commit%3Doff"
        yield f"{POSTGRES_URL}?options={options}"
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A PostgreSQL archive URL in a schema of its own, for one test."""
    with postgres_schema() as url:
        yield url


@pytest.fixture(scope="session")
def migrated_postgres_url() -> Iterator[str]:
    """One migrated PostgreSQL schema for the session (DDL is the slow part)."""
    from dateline.archive import open_archive

    with postgres_schema() as url:
        open_archive(url).close()
        yield url


def _empty_postgres(url: str) -> str:
    """Empty every archive table of the session schema, keeping its migrations."""
    import psycopg

    from dateline.archive.rows import COLUMNS

    tables = [*COLUMNS, "source_items", "duplicates", "fingerprints", "lsh_buckets"]
    with psycopg.connect(url) as conn:  # DELETE: the tables are tiny, TRUNCATE is slower
        conn.execute("; ".join(f"DELETE FROM {table}" for table in tables))
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def archive_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The location of an empty archive: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "archive.db")
    return _empty_postgres(request.getfixturevalue("migrated_postgres_url"))


@pytest.fixture
def archive(archive_url: str) -> Iterator[Archive]:
    """An open, empty archive on each backend."""
    from dateline.archive import open_archive

    with open_archive(archive_url) as opened:
        yield opened
