"""Sitemap, sitemap index and news sitemap parsing (no network)."""

from __future__ import annotations

import pytest

from dateline.errors import IngestError
from dateline.ingest.sitemaps import sitemap_locs

NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
IMAGE = 'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'


def test_sitemaps_urlset_locs_in_order_without_image_locs() -> None:
    doc = (
        f"<urlset {NS} {IMAGE}>"
        "<url><loc> https://example.org/b </loc>"
        "<image:image><image:loc>https://example.org/b.jpg</image:loc></image:image></url>"
        "<url><loc>https://example.org/a</loc><lastmod>2021-07-14</lastmod></url>"
        "<url><loc>https://example.org/b</loc></url>"
        "</urlset>"
    ).encode()
    assert list(sitemap_locs(doc)) == ["https://example.org/b", "https://example.org/a"]


def test_sitemaps_news_sitemap_locs() -> None:
    doc = (
        f"<urlset {NS} {NEWS}><url><loc>https://example.org/news/1</loc>"
        "<news:news><news:publication><news:name>Ledger</news:name></news:publication>"
        "<news:publication_date>2021-07-14T12:00:00Z</news:publication_date>"
        "<news:title>Ferry</news:title></news:news></url></urlset>"
    ).encode()
    assert list(sitemap_locs(doc)) == ["https://example.org/news/1"]


def test_sitemaps_index_locs_and_relative_links() -> None:
    doc = (
        f"<sitemapindex {NS}><sitemap><loc>/s1.xml</loc></sitemap>"
        "<sitemap><loc>https://cdn.example.org/s2.xml.gz</loc></sitemap></sitemapindex>"
    ).encode()
    assert list(sitemap_locs(doc, "https://example.org/index.xml")) == [
        "https://example.org/s1.xml",
        "https://cdn.example.org/s2.xml.gz",
    ]


def test_sitemaps_without_namespace() -> None:
    doc = b"<urlset><url><loc>https://example.org/x</loc></url></urlset>"
    assert list(sitemap_locs(doc)) == ["https://example.org/x"]


def test_sitemaps_entities_are_not_expanded() -> None:
    doc = (
        b'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
        b"<urlset><url><loc>https://example.org/&e;</loc></url></urlset>"
    )
    locs = list(sitemap_locs(doc))
    assert all("localhost" not in loc and "\n" not in loc for loc in locs)


@pytest.mark.parametrize("doc", [b"<urlset><url><loc>https://e.org/a</loc>", b"not xml at all"])
def test_sitemaps_malformed_xml_is_an_ingest_error(doc: bytes) -> None:
    with pytest.raises(IngestError, match="malformed sitemap XML"):
        list(sitemap_locs(doc))
