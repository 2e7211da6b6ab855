"""What kind of page this is: one article, a live blog, or not an article at all.

A live blog says so in JSON-LD (`LiveBlogPosting`) or shows it: many short
timestamped update headers in its body. A page is not an article when it has no
main content, when it declares itself a product, collection or search page and
not an article, or when its "body" is a list of short teasers with no article
metadata.
"""

from __future__ import annotations

import re

from dateline.extract.draft import DraftParagraph
from dateline.extract.metadata import NOT_ARTICLE_TYPES, JsonObject, PageSignals, types_of

# An update header in a live blog: a clock time, alone or before a short headline.
UPDATE_HEADER = re.compile(
    r"^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT))?"
    r"|\d+\s*(?:min|mins|minutes|hr|hrs|hours?)\s+ago)\b",
    re.IGNORECASE,
)
_MIN_UPDATES = 4
_MAX_UPDATE_HEADER_CHARS = 140
_MIN_ARTICLE_WORDS = 40
_TEASER_CHARS = 90
_MIN_TEASERS = 6
_MIN_LINK_CHARS = 15  # a link text as long as a short headline
_MAX_LINKED_SHARE = 0.6


def update_headers(paragraphs: list[DraftParagraph]) -> list[int]:
    """Indexes of paragraphs that look like live-blog update headers ("10:42 GMT ...")."""
    return [
        i
        for i, p in enumerate(paragraphs)
        if len(p.text) <= _MAX_UPDATE_HEADER_CHARS and UPDATE_HEADER.match(p.text)
    ]


def is_liveblog(signals: PageSignals, paragraphs: list[DraftParagraph]) -> bool:
    """True for a live blog: declared in JSON-LD, or many timestamped updates."""
    for obj in signals.jsonld:
        if "LiveBlogPosting" in types_of(obj) or "liveBlogUpdate" in obj:
            return True
    return len(update_headers(paragraphs)) >= _MIN_UPDATES


def linked_share(paragraphs: list[DraftParagraph], links: list[str]) -> float:
    """The share of the body's characters that are the texts of the page's links (each
    distinct link of a headline's length counted once): near 1 for a list of stories."""
    body = " ".join(p.text for p in paragraphs)
    if not body:
        return 0.0
    linked = sum(len(text) for text in set(links) if len(text) >= _MIN_LINK_CHARS and text in body)
    return min(1.0, linked / len(body))


def not_article_reason(
    signals: PageSignals,
    article: JsonObject | None,
    paragraphs: list[DraftParagraph],
    has_date: bool,
    linked: float = 0.0,
) -> str | None:
    """Why this page is not an article, or None when it reads as one.

    Args:
        signals: what the page states about itself.
        article: its JSON-LD article object, if any.
        paragraphs: the cleaned body.
        has_date: whether a publication time was found.
        linked: the share of the body that is link text (`linked_share`).
    """
    if not paragraphs:
        return "no main content found"
    declared = {t for obj in signals.jsonld for t in types_of(obj)}
    og_type = (signals.first_meta("og:type") or "").lower()
    if article is None and og_type in ("product", "og:product"):
        return "a product page, not an article"
    if article is None and declared & NOT_ARTICLE_TYPES:
        kinds = ", ".join(sorted(declared & NOT_ARTICLE_TYPES))
        return f"the page declares itself {kinds}, not an article"
    words = sum(len(p.text.split()) for p in paragraphs)
    if words < _MIN_ARTICLE_WORDS and article is None and not has_date:
        return f"only {words} words of main content"
    teasers = sum(1 for p in paragraphs if len(p.text) < _TEASER_CHARS)
    is_list = len(paragraphs) >= _MIN_TEASERS and teasers / len(paragraphs) > 0.7
    if is_list and article is None and og_type != "article":
        return "mostly short lines (an index page, a list, a recipe), no story"
    if linked > _MAX_LINKED_SHARE and article is None and og_type != "article" and not has_date:
        return "an index page: its text is mostly links to other pages"
    return None
