"""WARC and WARC.gz files written with warcio's writer here, read back by dateline.ingest."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator as WarcioIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.ingest import RawPage, SourceFailure, pages_from
from dateline.ingest.warc import pages_from_warc

PAGE_A = b"<html><body><h1>Ferry timetable</h1><p>Boats run hourly.</p></body></html>"
PAGE_B = b"<html><body><h1>Library hours</h1><p>Opens at seven.</p></body></html>"
PAGE_C = b"<html><body><h1>Robotics final</h1><p>Eastbrook won.</p></body></html>"


def _response(
    writer: WARCWriter,
    url: str,
    body: bytes,
    *,
    ctype: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    date: str = "2021-07-14T12:00:00Z",
    extra: list[tuple[str, str]] | None = None,
) -> None:
    headers = StatusAndHeaders(
        status, [("Content-Type", ctype), *(extra or [])], protocol="HTTP/1.1"
    )
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


def build_warc(path: Path, *, compress: bool) -> None:
    """A small crawl: a warcinfo, a request, HTML responses, an image, a 404, and a
    chunked gzip body."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        request = writer.create_warc_record(
            "https://example.org/a",
            "request",
            payload=io.BytesIO(b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"),
            warc_headers_dict={"WARC-Date": "2021-07-14T11:59:59Z"},
        )
        writer.write_record(request)
        _response(writer, "https://example.org/a", PAGE_A)
        _response(writer, "https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", ctype="image/png")
        _response(writer, "https://example.org/missing", PAGE_B, status="404 Not Found")
        _response(
            writer,
            "https://example.org/b",
            PAGE_B,
            ctype="application/xhtml+xml",
            date="2021-07-14T13:30:00+02:00",
        )
        gz = gzip.compress(PAGE_C)
        chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(gz), gz)
        _response(
            writer,
            "https://example.org/c",
            chunked,
            extra=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
        )


@pytest.fixture(params=[True, False], ids=["warc.gz", "warc"])
def warc_file(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    build_warc(path, compress=request.param)
    return path


def test_warc_yields_html_responses_only(warc_file: Path) -> None:
    items = list(pages_from([str(warc_file)]))
    assert all(isinstance(item, RawPage) for item in items)
    assert [item.url for item in items] == [  # type: ignore[union-attr]
        "https://example.org/a",
        "https://example.org/b",
        "https://example.org/c",
    ]
    assert [item.data for item in items] == [PAGE_A, PAGE_B, PAGE_C]  # type: ignore[union-attr]


def test_warc_pages_carry_crawl_time_and_content_type(warc_file: Path) -> None:
    a, b, c = pages_from_warc(warc_file)
    assert isinstance(a, RawPage) and isinstance(b, RawPage) and isinstance(c, RawPage)
    assert a.fetched_at == "2021-07-14T12:00:00Z"
    assert b.fetched_at == "2021-07-14T11:30:00Z"
    assert (a.content_type, b.content_type) == ("text/html", "application/xhtml+xml")


def test_warc_sources_are_record_offsets(warc_file: Path) -> None:
    pages = [item for item in pages_from_warc(warc_file) if isinstance(item, RawPage)]
    sources = [page.source for page in pages]
    assert len(set(sources)) == len(sources)
    with warc_file.open("rb") as stream:
        for page in pages:
            path, offset = page.source.rsplit("@", 1)
            assert path == str(warc_file)
            stream.seek(int(offset))
            record = next(iter(WarcioIterator(stream)))
            assert record.rec_headers.get_header("WARC-Target-URI") == page.url
    assert sources == [page.source for page in pages_from_warc(warc_file)]  # stable


def test_warc_truncated_file_ends_with_a_failure(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    build_warc(whole, compress=True)
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[:-60])
    items = list(pages_from_warc(cut))
    assert [type(item).__name__ for item in items[:2]] == ["RawPage", "RawPage"]
    assert isinstance(items[-1], SourceFailure)


def test_warc_that_is_not_a_warc_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    fake = tmp_path / "fake.warc"
    fake.write_bytes(b"<html><body>not a warc</body></html>")
    items = list(pages_from([str(fake), str(fake)]))
    assert len(items) == 2
    assert all(isinstance(item, SourceFailure) for item in items)
