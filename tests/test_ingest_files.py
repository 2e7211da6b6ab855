"""Saved pages on disk: folders (nested, sorted), single files, gzip, binary and broken files."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from dateline.errors import IngestError
from dateline.ingest import RawPage, SourceFailure, pages_from
from dateline.ingest.files import is_page_name, page_from_file, pages_from_folder, read_file

PAGE = b"<html><body><h1>Ferry timetable approved</h1><p>Boats run hourly.</p></body></html>"
TEXT = b"Ferry timetable approved\n\nBoats will run hourly from June, the council said.\n"


def build_folder(root: Path) -> Path:
    """A folder of saved pages in nested folders, with files that are not pages."""
    (root / "b-later" / "deeper").mkdir(parents=True)
    (root / "a-first").mkdir()
    (root / ".hidden").mkdir()
    (root / "a-first" / "2.html").write_bytes(PAGE)
    (root / "a-first" / "10.htm").write_bytes(PAGE)
    (root / "b-later" / "story.txt").write_bytes(TEXT)
    (root / "b-later" / "deeper" / "zipped.html.gz").write_bytes(gzip.compress(PAGE))
    (root / "b-later" / "deeper" / "notes.TXT.gz").write_bytes(gzip.compress(TEXT))
    (root / "top.xhtml").write_bytes(PAGE)
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (root / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (root / ".hidden" / "secret.html").write_bytes(PAGE)
    (root / ".draft.html").write_bytes(PAGE)
    return root


def test_files_folder_is_walked_depth_first_in_name_order(tmp_path: Path) -> None:
    root = build_folder(tmp_path / "pages")
    items = list(pages_from([str(root)]))
    assert all(isinstance(item, RawPage) for item in items)
    names = [Path(item.source).relative_to(root).as_posix() for item in items]
    assert names == [
        "a-first/10.htm",
        "a-first/2.html",
        "b-later/deeper/notes.TXT.gz",
        "b-later/deeper/zipped.html.gz",
        "b-later/story.txt",
        "top.xhtml",
    ]


def test_files_gzip_pages_are_decompressed_and_typed(tmp_path: Path) -> None:
    root = build_folder(tmp_path / "pages")
    by_name = {Path(item.source).name: item for item in pages_from([str(root)])}
    assert by_name["zipped.html.gz"].data == PAGE
    assert by_name["zipped.html.gz"].content_type == "text/html"
    assert by_name["notes.TXT.gz"].data == TEXT
    assert by_name["notes.TXT.gz"].content_type == "text/plain"


def test_files_sources_are_absolute_and_stable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = build_folder(tmp_path / "pages")
    monkeypatch.chdir(tmp_path)
    relative = [item.source for item in pages_from(["pages"])]
    monkeypatch.chdir(root / "a-first")
    dotted = [item.source for item in pages_from(["../../pages/"])]
    assert relative == dotted
    assert all(Path(source).is_absolute() for source in relative)
    assert len(set(relative)) == len(relative)


def test_files_fetched_at_is_the_modification_time(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_bytes(PAGE)
    os.utime(page, (1626264000, 1626264000))
    item = page_from_file(page)
    assert isinstance(item, RawPage)
    assert item.fetched_at == "2021-07-14T12:00:00Z"
    assert item.url is None


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("empty.html", b"", "file is empty"),
        ("blank.txt", b"  \n\n ", "file is empty"),
        ("disguised.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
        ("corrupt.html.gz", b"\x1f\x8b\x08\x00garbage-not-deflate", "corrupt gzip"),
        ("cut.html.gz", gzip.compress(PAGE)[:30], "corrupt gzip"),
    ],
)
def test_files_bad_page_in_a_folder_is_a_failure_and_the_walk_goes_on(
    tmp_path: Path, name: str, data: bytes, error: str
) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz-good.html").write_bytes(PAGE)
    items = list(pages_from_folder(tmp_path))
    assert len(items) == 2
    failure, good = items
    assert isinstance(failure, SourceFailure)
    assert failure.source == str(tmp_path / name)
    assert error in failure.error
    assert isinstance(good, RawPage) and good.data == PAGE


def test_files_broken_link_and_fifo_are_failures(tmp_path: Path) -> None:
    (tmp_path / "a-broken.html").symlink_to(tmp_path / "gone.html")
    os.mkfifo(tmp_path / "b-pipe.html")
    (tmp_path / "c-link.html").symlink_to(tmp_path / "real.page")
    (tmp_path / "real.page").write_bytes(PAGE)
    items = list(pages_from([str(tmp_path)]))
    assert [type(item).__name__ for item in items] == ["SourceFailure", "SourceFailure", "RawPage"]
    assert items[0].error == "broken symbolic link"  # type: ignore[union-attr]
    assert items[1].error == "not a regular file"  # type: ignore[union-attr]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_files_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    page = tmp_path / "locked.html"
    page.write_bytes(PAGE)
    page.chmod(0)
    (failure,) = pages_from_folder(tmp_path)
    assert isinstance(failure, SourceFailure)
    assert "ermission" in failure.error


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_files_unreadable_subfolder_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.html").write_bytes(PAGE)
    (tmp_path / "locked").chmod(0)
    try:
        (failure,) = pages_from_folder(tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert isinstance(failure, SourceFailure)


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "plain"])
def test_files_oversized_file_stops_at_the_limit(tmp_path: Path, compress: bool) -> None:
    body = b"<p>" + b"a" * 200_000
    page = tmp_path / ("big.html.gz" if compress else "big.html")
    page.write_bytes(gzip.compress(body) if compress else body)
    with pytest.raises(IngestError, match="byte limit"):
        read_file(page, limit=100_000)
    assert read_file(page, limit=300_000) == body


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.html", True),
        ("a.HTM", True),
        ("a.txt.gz", True),
        ("a.xhtml", True),
        ("a.shtml.gz", True),
        ("a.gz", False),
        ("a.jpg", False),
        ("a.warc.gz", False),
        ("a.urls", False),
        ("html", False),
    ],
)
def test_files_page_names(name: str, expected: bool) -> None:
    assert is_page_name(Path(name)) is expected
