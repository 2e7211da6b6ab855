"""RSS and Atom feeds (read with feedparser): the links of their items, in feed order."""

from __future__ import annotations

from urllib.parse import urljoin

import feedparser

from dateline.errors import IngestError


def feed_links(data: bytes, base_url: str | None = None) -> list[str]:
    """The item links of an RSS, RDF or Atom feed, deduplicated, in feed order.

    Args:
        data: the feed document (bytes, so feedparser never fetches anything itself).
        base_url: where the feed came from, to resolve relative links.

    Raises:
        IngestError: the document is malformed and no item link could be read
            from it (a well-formed feed with no items gives an empty list).
    """
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=False)
    links: list[str] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = _entry_link(entry)
        if not link:
            continue
        link = urljoin(base_url, link) if base_url else link
        if link not in seen:
            seen.add(link)
            links.append(link)
    if parsed.bozo and not links:
        raise IngestError(f"not a readable feed ({_reason(parsed.get('bozo_exception'))})")
    return links


def _entry_link(entry: feedparser.FeedParserDict) -> str | None:
    link = entry.get("link")
    if link:
        return str(link).strip()
    for item in entry.get("links", []):
        if item.get("rel", "alternate") == "alternate" and item.get("href"):
            return str(item["href"]).strip()
    guid = entry.get("id")
    if guid and entry.get("guidislink") and str(guid).startswith(("http://", "https://")):
        return str(guid).strip()
    return None


def _reason(exc: object) -> str:
    text = str(exc or "").strip().splitlines()
    return text[0] if text else "malformed"
