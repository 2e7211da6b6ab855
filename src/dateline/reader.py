"""`read()`: one raw page in, one `Article` out. The same call serves the CLI,
batches, the archive and a Dask task."""

from __future__ import annotations

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
from dateline.model import Article

PageFormat = Literal["auto", "html", "text"]

__all__ = ["MAX_PAGE_BYTES", "PageFormat", "read"]


def read(
    page: str | bytes,
    *,
    url: str | None = None,
    format: PageFormat = "auto",
    facts: bool = True,
) -> Article:
    """Read a news page (HTML, or text scraped from one) into an `Article`.

    Args:
        page: the page as bytes (the encoding is detected) or as text.
        url: where the page came from; gives the outlet domain and a stable id.
        format: "html", "text", or "auto" to sniff.
        facts: run the analysis (entities, quotes, time expressions, events).

    Returns:
        The article, with `warnings` saying what could not be read.

    Raises:
        ExtractError: nothing could be read (empty, binary, too large).
        ConfigError: `format` is not one of "auto", "html", "text".

    Example:
        >>> article = read("<html><body><h1>Hello</h1><p>World.</p></body></html>")
        >>> article.headline
        'Hello'
    """
    if format not in ("auto", "html", "text"):
        raise ConfigError(f"format must be auto, html or text, not {format!r}")
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
    return analyze(article) if facts else article
