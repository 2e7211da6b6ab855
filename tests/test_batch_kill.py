"""Kill a real `dateline ingest` midway (SIGKILL), run it again: every page stored once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .archive_pages import write_pages
from .conftest import ROOT

PAGES = 120
STARTUP_LIMIT = 120.0  # seconds to wait for the first commit (a loaded machine is slow)


def _ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dateline",
            "ingest",
            str(folder),
            "--db",
            str(db),
            "--workers",
            "2",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )


def _recorded(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM source_items").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # not created yet


def test_batch_kill_midway_then_rerun_stores_every_page_once(tmp_path: Path) -> None:
    paths = write_pages(tmp_path / "pages", PAGES)
    db = tmp_path / "archive.db"

    first = _ingest(tmp_path / "pages", db)
    deadline = time.monotonic() + STARTUP_LIMIT
    while _recorded(db) == 0 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    at_kill = _recorded(db)
    assert first.returncode == -signal.SIGKILL, first.stderr.read() if first.stderr else ""
    assert 0 < at_kill < PAGES, f"the kill should land midway, {at_kill} of {PAGES} were in"

    second = _ingest(tmp_path / "pages", db)
    out, err = second.communicate(timeout=600)
    assert second.returncode == 0, err.decode()
    assert f"{at_kill} already in the archive" in out.decode()

    conn = sqlite3.connect(db)
    keys = [r[0] for r in conn.execute("SELECT key FROM source_items")]
    statuses = {r[0] for r in conn.execute("SELECT DISTINCT status FROM source_items")}
    articles = conn.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM articles").fetchone()
    sources = [r[0] for r in conn.execute("SELECT source FROM articles")]
    conn.close()
    assert sorted(keys) == sorted(str(p) for p in paths)
    assert statuses == {"ok"}
    assert articles == (PAGES, PAGES)
    assert sorted(sources) == sorted(str(p) for p in paths)
