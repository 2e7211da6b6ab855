"""`read()`: one raw page in, one `Article` out. The same call serves the CLI,
batches, the archive and a Dask task."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from dateline.analyze import analyze
from dateline.errors import ConfigError, ExtractError
from dateline.extract.decode import (
    MAX_PAGE_BYTES,
    check_text,
    clean_text,
    decode_page,
    looks_like_html,
)
from dateline.extract.html import extract_html
from dateline.extract.text import extract_text
from dateline.model import Article, Timestamp

PageFormat = Literal["auto", "html", "text"]

__all__ = ["MAX_PAGE_BYTES", "PageFormat", "read"]


def read(
    page: str | bytes,
    *,
    url: str | None = None,
    format: PageFormat = "auto",
    facts: bool = True,
    published: str | None = None,
) -> Article:
    """Read a news page (HTML, or text scraped from one) into an `Article`.

    Args:
        page: the page as bytes (the encoding is detected) or as text.
        url: where the page came from; gives the outlet domain and a stable id.
        format: "html", "text", or "auto" to sniff.
        facts: run the analysis (entities, quotes, time expressions, events).
        published: the publication time to use when the page states none, as ISO 8601
            ("2025-11-25", "2025-11-25T14:05:00+01:00"), e.g. from a crawl's records;
            relative dates ("on Monday") are resolved against it.

    Returns:
        The article, with `warnings` saying what could not be read.

    Raises:
        ExtractError: nothing could be read (empty, binary, too large).
        ConfigError: `format` is not one of "auto", "html", "text", or `published` is
            no ISO 8601 date.

    Example:
        >>> article = read("<html><body><h1>Hello</h1><p>World.</p></body></html>")
        >>> article.headline
        'Hello'
    """
    if format not in ("auto", "html", "text"):
        raise ConfigError(f"format must be auto, html or text, not {format!r}")
    given = given_timestamp(published) if published is not None else None
    if isinstance(page, bytes | bytearray):
        text = decode_page(bytes(page))
    elif isinstance(page, str):
        text = check_text(page)
    else:
        raise ExtractError(f"expected str or bytes, got {type(page).__name__}")
    text = clean_text(text)
    is_html = looks_like_html(text) if format == "auto" else format == "html"
    draft = extract_html(text, url=url) if is_html else extract_text(text, url=url)
    article = draft.to_article()
    if article.published is None and given is not None:
        article = article.model_copy(update={"published": given})
    return analyze(article) if facts else article


def given_timestamp(value: str) -> Timestamp:
    """The publication time a caller gives, checked: an ISO 8601 date or date-time."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(
            f"published must be an ISO 8601 date such as 2025-11-25, not {value!r}"
        ) from None
    has_time = "T" in value or " " in value.strip()
    text = moment.isoformat() if has_time else moment.date().isoformat()
    zone = "stated" if moment.tzinfo is not None else "none"
    return Timestamp(value=text, timezone=zone, source="given", raw=value)
