"""The article body from trafilatura's XML: paragraphs with their kinds, furniture dropped.

trafilatura finds the main content; this module turns its XML (`<p>`, `<head>`,
`<quote>`, `<list>`, `<table>`) into paragraphs and removes what a news reader
does not count as the article: captions the extractor left in, share and
newsletter prompts (`lexicons/furniture.jsonl`), a repeated headline, and a
byline line. Every removal is recorded with its reason.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from dateline.extract.draft import DraftParagraph
from dateline.extract.metadata import clean_text, squash
from dateline.extract.newsline import Byline, is_furniture, parse_byline, parse_dateline
from dateline.extract.page_dates import labelled_date_line
from dateline.model import ParagraphKind, Removed

_KINDS: dict[str, ParagraphKind] = {
    "p": "body",
    "head": "crosshead",
    "quote": "blockquote",
    "item": "list",
    "row": "body",
    "code": "body",
}
_CONTAINERS = frozenset({"list", "table", "div", "section", "body"})
_SKIP = frozenset({"graphic", "comments", "ref-list"})
_MAX_FURNITURE_CHARS = 300
_MAX_BYLINE_CHARS = 120
_MAX_CREDIT_CHARS = 240  # the credits of a wire story name its reporters, writer and editor
_CREDIT_REACH = 2  # paragraphs at the end of the body where its credit lines may stand
_HEAD_REACH = 3  # paragraphs from the top of the body where page furniture may stand
_MAX_KICKER_WORDS = 4  # a label above the headline ("Election 2025", "Analysis")


def xml_text(element: etree._Element) -> str:
    """The words of one trafilatura XML element; line breaks and cells become spaces."""
    parts: list[str] = []
    for node in element.iter():
        if node.tag in ("lb", "cell"):
            parts.append(" ")
        if node.text and node.tag not in _SKIP:
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
        if node.tag == "cell":
            parts.append(" ")
    return clean_text("".join(parts))


def body_paragraphs(body: etree._Element) -> list[DraftParagraph]:
    """trafilatura's body XML as paragraphs in order, each with its kind."""
    return [DraftParagraph(text, kind) for text, kind in _walk(body) if text]


def _walk(element: etree._Element) -> Iterator[tuple[str, ParagraphKind]]:
    if element.tag in _CONTAINERS and element.text and element.text.strip():
        yield clean_text(element.text), "body"
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            pass
        elif tag in _CONTAINERS or (tag == "item" and child.find("list") is not None):
            if tag == "item" and child.text and child.text.strip():
                yield clean_text(child.text), "list"
            yield from _walk(child)
        elif tag == "quote" and len(child) and all(c.tag == "p" for c in child):
            for para in child:
                yield xml_text(para), "blockquote"
        else:
            yield xml_text(child), _KINDS.get(tag, "body")
        # Text after a block (trafilatura leaves unwrapped text as the tail) is a paragraph.
        if child.tail and child.tail.strip():
            yield clean_text(child.tail), "body"


def clean_paragraphs(
    paragraphs: list[DraftParagraph],
    *,
    captions: frozenset[str],
    headline: str | None,
) -> tuple[list[DraftParagraph], list[Removed], list[Byline]]:
    """Drop captions, furniture, a repeated headline and byline lines from the body.

    Args:
        paragraphs: the body as extracted.
        captions: every caption and credit text seen on the page.
        headline: the article's headline.

    Returns:
        (kept paragraphs, what was removed and why, bylines read from removed lines).
    """
    caption_keys = {squash(c) for c in captions if squash(c)}
    head_key = squash(headline or "")
    kept: list[DraftParagraph] = []
    removed: list[Removed] = []
    bylines: list[Byline] = []
    for para in paragraphs:
        key = squash(para.text)
        reason = None
        if not key:
            reason = "empty"
        elif key in caption_keys:
            reason = "caption"
        elif head_key and key == head_key and len(kept) < _HEAD_REACH:
            reason = "headline"
            # a short label the extractor kept above the repeated headline is its kicker
            kickers = [p for p in kept if _is_kicker(p.text)]
            kept = [p for p in kept if p not in kickers]
            removed += [Removed(text=p.text, reason="before-headline") for p in kickers]
        elif len(kept) < _HEAD_REACH and _is_date_line(para.text):
            reason = "metadata"
        elif len(para.text) <= _MAX_FURNITURE_CHARS:
            reason = is_furniture(para.text)
        if reason is None and len(para.text) <= _MAX_BYLINE_CHARS and len(kept) < 3:
            byline = parse_byline(para.text)
            if byline is not None and byline.authors:
                bylines.append(byline)
                reason = "byline"
        if reason is None:
            kept.append(para)
        else:
            removed.append(Removed(text=para.text, reason=reason))
    kept, credits = _closing_credits(kept)
    for para, byline in credits:
        bylines.append(byline)
        removed.append(Removed(text=para.text, reason="byline"))
    return kept, removed, bylines


def _closing_credits(
    kept: list[DraftParagraph],
) -> tuple[list[DraftParagraph], list[tuple[DraftParagraph, Byline]]]:
    """Credit lines that close the story ("Reporting by Jo Lee; Editing by Ana Roe")."""
    credits: list[tuple[DraftParagraph, Byline]] = []
    tail = len(kept)
    while tail > _HEAD_REACH and len(kept) - tail < _CREDIT_REACH:
        para = kept[tail - 1]
        byline = parse_byline(para.text) if len(para.text) <= _MAX_CREDIT_CHARS else None
        if para.kind != "body" or byline is None or not byline.authors:
            break
        credits.insert(0, (para, byline))
        tail -= 1
    return kept[:tail], credits


def _is_kicker(text: str) -> bool:
    """A few words with no sentence end: a label printed above the headline."""
    return len(text.split()) <= _MAX_KICKER_WORDS and not text.rstrip().endswith((".", "?", "!"))


def _is_date_line(text: str) -> bool:
    """A publication label and its date alone ("Published 10 March 2025, 01:15")."""
    return len(text) <= _MAX_BYLINE_CHARS and labelled_date_line(text) is not None


def take_standfirst(
    paragraphs: list[DraftParagraph], standfirsts: list[str]
) -> tuple[str | None, list[DraftParagraph], list[Removed]]:
    """Move a standfirst the extractor left in the body out of it.

    A page's standfirst element (the dek under the headline) whose words are
    those of the first body paragraph is the standfirst, not the story's lead.

    Args:
        paragraphs: the cleaned body.
        standfirsts: the texts of the page's standfirst elements.

    Returns:
        (the standfirst or None, the body without it, its removal record).
    """
    if not paragraphs or paragraphs[0].kind != "body":
        return None, paragraphs, []
    first = paragraphs[0].text
    key = squash(first)
    if key and any(squash(text) == key for text in standfirsts) and len(paragraphs) > 1:
        return first, paragraphs[1:], [Removed(text=first, reason="standfirst")]
    if _dek_before_dateline(paragraphs):
        return first, paragraphs[1:], [Removed(text=first, reason="standfirst")]
    return None, paragraphs, []


_MAX_DEK_WORDS = 40


def _dek_before_dateline(paragraphs: list[DraftParagraph]) -> bool:
    """A short line with no sentence end, then the paragraph that opens with the dateline:
    the dateline starts the story, so the line above it is the standfirst."""
    if len(paragraphs) < 3 or paragraphs[1].kind != "body":
        return False
    first = paragraphs[0].text.rstrip()
    if len(first.split()) > _MAX_DEK_WORDS or first.endswith((".", "!", "?", ":", ";")):
        return False
    return parse_dateline(paragraphs[1].text) is not None
