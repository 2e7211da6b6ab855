"""Batches: every page stored once, bad pages recorded and skipped, reruns add nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.archive import Archive, SourceOutcome, open_archive
from dateline.archive.rows import prepare
from dateline.batch import ingest, page_format, read_page
from dateline.ingest import SourceFailure, pages_from
from dateline.model import RawPage

from .archive_articles import plain_article
from .archive_pages import raw_page, write_pages


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_ingest_stores_every_page_once(archive: Archive, workers: int) -> None:
    pages = [raw_page(n) for n in range(12)]
    summary = ingest(pages, archive, workers=workers, batch_size=5)
    assert (summary.stored, summary.duplicates, summary.failed, summary.skipped) == (12, 0, 0, 0)
    assert archive.stats().articles == 12
    assert {s.key for s in archive.sources()} == {p.source for p in pages}


def test_batch_ingest_twice_adds_nothing(archive: Archive) -> None:
    pages = [raw_page(n) for n in range(6)]
    ingest(pages, archive, workers=2)
    again = ingest(pages, archive, workers=2)
    assert (again.stored, again.skipped, again.processed) == (0, 6, 0)
    assert archive.stats().articles == 6


def test_batch_ingest_bad_pages_are_recorded_and_skipped(archive: Archive) -> None:
    items: list[RawPage | SourceFailure] = [
        raw_page(1),
        RawPage(data=b"", source="empty.html"),
        RawPage(data=b"\x00\x01\x02\xff" * 400, source="binary.html"),
        SourceFailure(
            source="https://example.org/gone", url="https://example.org/gone", error="404"
        ),
        raw_page(2),
    ]
    summary = ingest(items, archive, workers=2, batch_size=2)
    assert (summary.stored, summary.failed) == (2, 3)
    errors = {s.key: s.error for s in archive.sources("failed")}
    assert set(errors) == {"empty.html", "binary.html", "https://example.org/gone"}
    assert errors["https://example.org/gone"] == "404"
    assert all(errors.values())


def test_batch_ingest_copies_in_one_run_are_grouped(archive: Archive) -> None:
    items = [
        raw_page(1, source="a.html", url="https://example.org/a"),
        raw_page(1, source="b.html", url="https://example.org/a?utm_medium=x"),
        raw_page(1, source="c.html", url="https://mirror.example.net/a"),
        raw_page(1, source="a.html", url="https://example.org/a"),
    ]
    summary = ingest(items, archive, workers=2)
    assert (summary.stored, summary.duplicates, summary.skipped) == (1, 2, 1)
    kinds = {d.source: d.kind for d in archive.duplicates()}
    assert kinds == {"b.html": "url", "c.html": "text"}


def test_batch_ingest_same_decisions_with_one_or_two_workers(tmp_path: Path) -> None:
    items = [raw_page(n % 7, source=f"s{n}", url=f"https://e.org/{n % 9}") for n in range(20)]
    results = []
    for workers in (1, 2):
        with open_archive(tmp_path / f"w{workers}.db") as archive:
            ingest(items, archive, workers=workers, batch_size=3)
            results.append(([(s.key, s.status, s.article_id) for s in archive.sources()],))
    assert results[0] == results[1]


@pytest.mark.postgres
def test_batch_ingest_one_unstorable_page_does_not_stop_the_batch(postgres_url: str) -> None:
    # PostgreSQL refuses NUL characters in text: that item fails alone, in its savepoint.
    bad = plain_article(1, text="Harbour report\x00 " + "word " * 80)
    with open_archive(postgres_url) as archive:
        statuses = archive.record(
            [
                SourceOutcome("good-1", None, prepare(plain_article(2))),
                SourceOutcome("bad", None, prepare(bad)),
                SourceOutcome("good-2", None, prepare(plain_article(3))),
            ]
        )
        assert statuses == ["ok", "failed", "ok"]
        [failed] = archive.sources("failed")
        assert failed.error is not None and failed.error.startswith("not stored:")
        assert archive.stats().articles == 2


def test_batch_ingest_from_a_folder_via_pages_from(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 8)
    (tmp_path / "pages" / "empty.html").write_bytes(b"")
    with open_archive(tmp_path / "a.db") as archive:
        summary = ingest(pages_from([str(tmp_path / "pages")]), archive, workers=2)
        assert (summary.stored, summary.failed) == (8, 1)
        again = ingest(pages_from([str(tmp_path / "pages")]), archive, workers=2)
        assert (again.processed, again.skipped) == (0, 9)


def test_batch_read_page_never_raises() -> None:
    outcome = read_page(RawPage(data=b"", source="x"))
    assert outcome.prepared is None and outcome.error
    good = read_page(raw_page(3))
    assert good.error is None and good.prepared is not None


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [("text/plain; charset=utf-8", "text"), ("text/html", "html"), (None, "auto")],
)
def test_batch_page_format_from_content_type(content_type: str | None, expected: str) -> None:
    assert page_format(RawPage(data=b"x", source="s", content_type=content_type)) == expected


@pytest.mark.parametrize("workers", [0, -1])
def test_batch_ingest_rejects_no_workers(archive: Archive, workers: int) -> None:
    from dateline.errors import ConfigError

    with pytest.raises(ConfigError, match="--workers"):
        ingest([], archive, workers=workers)


def test_batch_ingest_retry_failed_reads_failures_again(archive: Archive) -> None:
    ingest([RawPage(data=b"", source="late.html"), raw_page(1)], archive, workers=1)
    fixed = [raw_page(2, source="late.html"), raw_page(1)]
    plain = ingest(fixed, archive, workers=1)
    assert (plain.skipped, plain.processed) == (2, 0)
    retry = ingest(fixed, archive, workers=2, retry_failed=True)
    assert (retry.stored, retry.skipped) == (1, 1)
    assert [(s.key, s.status) for s in archive.sources()] == [
        ("late.html", "ok"),
        ("page-0001.html", "ok"),
    ]


def test_batch_progress_is_called_with_running_counts(archive: Archive) -> None:
    seen: list[int] = []
    ingest(
        [raw_page(n) for n in range(5)],
        archive,
        workers=1,
        batch_size=2,
        progress=lambda s: seen.append(s.stored),
    )
    # After each commit of 2 pages (or sooner, on a slow machine), and at the end.
    assert len(seen) >= 3 and seen == sorted(seen) and seen[-1] == 5
