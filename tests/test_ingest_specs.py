"""Spec classification: a spec is read by what it is (its form, its name, its first bytes)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dateline.ingest.specs import classify, looks_like_url_list

RSS = b'<?xml version="1.0"?>\n<!-- a comment -->\n<rss version="2.0"><channel></channel></rss>'
ATOM = b'<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>'
RDF = b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
URLSET = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
INDEX = b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></sitemapindex>'
PAGE = b"<html><body><p>The bridge reopens on Monday.</p></body></html>"
TEXT = b"Bridge reopens\n\nThe bridge over the Marrow reopens on Monday.\n"
URLS = b"# morning list\nhttps://example.org/a\n\nhttp://example.org/b?x=1\n"
WARC = b"WARC/1.1\r\nWARC-Type: warcinfo\r\n"


@pytest.mark.parametrize(
    ("spec", "kind"),
    [
        ("https://example.org/feed.xml", "url"),
        ("HTTP://example.org/", "url"),
        ("  https://example.org/news/1\n", "url"),
        ("ftp://example.org/file", "bad"),
        ("file:///tmp/x.html", "bad"),
    ],
)
def test_specs_urls_by_scheme(spec: str, kind: str) -> None:
    assert classify(spec).kind == kind


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("page.html", PAGE, "page"),
        ("page.htm.gz", gzip.compress(PAGE), "page"),
        ("story.txt", TEXT, "page"),
        ("list.txt", URLS, "urllist"),
        ("list.txt.gz", gzip.compress(URLS), "urllist"),
        ("list.urls", URLS, "urllist"),
        ("list.lst", b"not checked by content\n", "urllist"),
        ("feed.xml", RSS, "feed"),
        ("feed.atom", ATOM, "feed"),
        ("feed.rdf", RDF, "feed"),
        ("sitemap.xml", URLSET, "sitemap"),
        ("sitemap.xml.gz", gzip.compress(URLSET), "sitemap"),
        ("sitemap_index.xml", INDEX, "sitemapindex"),
        ("crawl.warc", WARC, "warc"),
        ("crawl.warc.gz", gzip.compress(WARC), "warc"),
        ("no-extension", WARC, "warc"),
        ("rss-without-extension", RSS, "feed"),
        ("saved-page", PAGE, "page"),
        ("other.xml", b"<?xml version='1.0'?><config/>", "bad"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", "bad"),
    ],
)
def test_specs_files_by_name_then_content(
    tmp_path: Path, name: str, data: bytes, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert classify(str(path)).kind == kind


def test_specs_folder(tmp_path: Path) -> None:
    assert classify(str(tmp_path)).kind == "folder"


@pytest.mark.parametrize(
    ("setup", "reason"),
    [("missing", "no such file or folder"), ("fifo", "not a regular file")],
)
def test_specs_unreadable_specs_are_bad_with_a_reason(
    tmp_path: Path, setup: str, reason: str
) -> None:
    import os

    path = tmp_path / "thing.html"
    if setup == "fifo":
        os.mkfifo(path)
    spec = classify(str(path))
    assert (spec.kind, spec.reason) == ("bad", reason)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (URLS, True),
        (b"https://example.org/a\nThe council met on Monday.\n", False),
        (b"# only comments\n\n", False),
        (b"", False),
        (b"https://example.org/a\nhttps://example.org/b\nwww.example.org/c\n", True),
        (b"Headline\n\nhttps://example.org/a\nBody text.\n", False),
        (b"  https://example.org/indented  \n", True),
    ],
)
def test_specs_url_list_sniffing(head: bytes, expected: bool) -> None:
    assert looks_like_url_list(head) is expected


def test_specs_a_path_with_a_nul_byte_is_bad() -> None:
    assert classify("pages\x00/a.html").kind == "bad"
