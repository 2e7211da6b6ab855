"""Feed parsing with feedparser (no network): item links from RSS, Atom and RDF."""

from __future__ import annotations

import pytest

from dateline.errors import IngestError
from dateline.ingest.feeds import feed_links


def test_feeds_rss_item_links_in_order_deduplicated() -> None:
    doc = (
        b"<rss version='2.0'><channel><title>Ledger</title>"
        b"<item><title>B</title><link>https://example.org/b</link></item>"
        b"<item><title>A</title><link>https://example.org/a</link></item>"
        b"<item><title>B again</title><link>https://example.org/b</link></item>"
        b"<item><title>No link</title><description>Brief.</description></item>"
        b"</channel></rss>"
    )
    assert feed_links(doc) == ["https://example.org/b", "https://example.org/a"]


def test_feeds_rss_guid_permalink_stands_in_for_a_link() -> None:
    doc = (
        b"<rss version='2.0'><channel><title>Ledger</title><item><title>G</title>"
        b"<guid isPermaLink='true'>https://example.org/g</guid></item></channel></rss>"
    )
    assert feed_links(doc) == ["https://example.org/g"]


def test_feeds_atom_relative_links_resolve_against_the_feed_url() -> None:
    doc = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>urn:l</id>'
        b'<entry><title>C</title><id>urn:l:c</id><link rel="alternate" href="/news/c"/></entry>'
        b"</feed>"
    )
    assert feed_links(doc, "https://example.org/feeds/all.atom") == ["https://example.org/news/c"]


def test_feeds_rdf_items() -> None:
    doc = (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        b' xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://example.org/">'
        b"<title>Ledger</title><link>https://example.org/</link></channel>"
        b'<item rdf:about="https://example.org/r"><title>R</title>'
        b"<link>https://example.org/r</link></item></rdf:RDF>"
    )
    assert feed_links(doc) == ["https://example.org/r"]


@pytest.mark.parametrize("doc", [b"<rss><channel><item>", b"\x00\x01 nothing"])
def test_feeds_unreadable_feed_is_an_ingest_error(doc: bytes) -> None:
    with pytest.raises(IngestError, match="not a readable feed"):
        feed_links(doc)
