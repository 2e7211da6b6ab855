"""Guess what some bytes are from their first few kilobytes: gzip, WARC, feed, sitemap, binary.

Sources use these guesses to route a file or a fetched body to the right reader
without trusting names or content types alone.
"""

from __future__ import annotations

import re
from typing import Literal

XmlKind = Literal["feed", "sitemap", "sitemapindex"]

GZIP_MAGIC = b"\x1f\x8b"
WARC_MAGIC = b"WARC/"
SNIFF_BYTES = 4096

# The root element of an XML document, after the declaration, comments,
# processing instructions and a doctype. The prefix (`rdf:`) is optional.
_XML_ROOT = re.compile(
    rb"""^(?:\xef\xbb\xbf)?\s*
    (?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*
    <(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF|urlset|sitemapindex)\b""",
    re.VERBOSE | re.DOTALL | re.IGNORECASE,
)
_ROOT_KINDS: dict[str, XmlKind] = {
    "rss": "feed",
    "feed": "feed",
    "rdf": "feed",
    "urlset": "sitemap",
    "sitemapindex": "sitemapindex",
}
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def is_gzip(head: bytes) -> bool:
    """True when the bytes start a gzip stream."""
    return head.startswith(GZIP_MAGIC)


def is_warc(head: bytes) -> bool:
    """True when the bytes start an (uncompressed) WARC record."""
    return head.startswith(WARC_MAGIC)


def xml_kind(head: bytes) -> XmlKind | None:
    """Which XML document the bytes start: a feed, a sitemap, a sitemap index, or None."""
    match = _XML_ROOT.match(head[:SNIFF_BYTES])
    if match is None:
        return None
    return _ROOT_KINDS[match.group(1).decode("ascii").lower()]


def looks_binary(head: bytes) -> bool:
    """True when the bytes are plainly not text (NUL bytes without a UTF-16/32 BOM)."""
    sample = head[:SNIFF_BYTES]
    if sample.startswith(_UTF16_BOMS):
        return False
    return b"\x00" in sample
