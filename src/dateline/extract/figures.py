"""Images of an HTML article: <figure> and caption blocks, their captions and photo credits.

A caption's credit is split off into `credit`: from a credit element inside the
caption (class "credit", "copyright", "source", <small>, <cite>), or from the
caption's words ("Photo: A / B", "(NAME / AGENCY)", "[Photo/Xinhua]").
Every caption text found is also returned, so the body can drop captions that
the content extractor left in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from dateline.extract.draft import DraftImage
from dateline.extract.metadata import PageSignals, clean_text, element_text, text_length
from dateline.extract.newsline import split_credit

_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|attribution", re.I)
_CAPTION_CLASS = re.compile(r"caption", re.I)
# A label before the credit inside a credit element ("Credit...", "Photo:", "©").
_CREDIT_LABEL = re.compile(
    r"^(?:(?:photo(?:graph)?s?|images?|picture|pic|credit|copyright|source)\b|©)\s*[:.…\-–—|]*\s*",
    re.I,
)
_LOOSE_IMAGES = etree.XPath("//img[not(ancestor::figure)]")
_IMAGE_ATTRS = ("src", "data-src", "data-original", "data-lazy-src", "data-url")
_PLACEHOLDER = re.compile(r"^data:|blank\.gif|spacer|pixel|placeholder", re.I)
_MAX_CAPTION_CHARS = 600
_MAX_BLOCK_CHARS = 200  # an image's block with more text than this is not image-only


@dataclass(frozen=True)
class Figures:
    """The article's images, and every caption text seen on the page (for body cleaning)."""

    images: tuple[DraftImage, ...]
    caption_texts: frozenset[str]


def image_url(element: etree._Element, base: str | None) -> str | None:
    """The URL of the first real image in an element (lazy-loading attributes included)."""
    for img in element.iter("img", "source"):
        for attr in _IMAGE_ATTRS:
            value = (img.get(attr) or "").strip()
            if value and not _PLACEHOLDER.search(value):
                return urljoin(base, value) if base else value
        srcset = (img.get("srcset") or img.get("data-srcset") or "").strip()
        if srcset:
            first = srcset.split(",")[0].split()[0]
            return urljoin(base, first) if base else first
    return None


def _inside_figure(element: etree._Element) -> bool:
    return any(a.tag == "figure" for a in element.iterancestors())


def _caption_element(figure: etree._Element) -> etree._Element | None:
    for element in figure.iter():
        if element.tag == "figcaption":
            return element
    for element in figure.iter():
        if isinstance(element.tag, str) and _CAPTION_CLASS.search(element.get("class", "")):
            return element
    return None


def read_caption(caption: etree._Element) -> tuple[str | None, str | None]:
    """A caption element's (caption, credit): credit elements first, then the words."""
    credit_parts: list[str] = []
    skip: set[etree._Element] = set()
    for element in caption.iter():
        if element is caption or not isinstance(element.tag, str):
            continue
        marked = _CREDIT_CLASS.search(element.get("class", "") + " " + element.get("itemprop", ""))
        if marked or element.tag in ("small", "cite"):
            text = element_text(element)
            if text:
                credit_parts.append(text)
                skip.update(element.iter())
    words: list[str] = []
    for element in caption.iter():
        if element in skip or not isinstance(element.tag, str):
            if element.tail and element.getparent() not in skip:
                words.append(element.tail)
            continue
        if element.tag in ("script", "style"):
            continue
        if element.text:
            words.append(element.text)
        if element is not caption and element.tail:
            words.append(element.tail)
    text = clean_text(" ".join(words))
    credit = _CREDIT_LABEL.sub("", clean_text(" ".join(credit_parts))) or None
    text, found = split_credit(text) if text else ("", None)
    return clean_text(text) or None, credit or found


def read_figures(tree: etree._Element, signals: PageSignals, base: str | None) -> Figures:
    """The images of a page with their captions and credits, and all caption texts.

    Args:
        tree: the parsed page.
        signals: its marked elements (caption and figure-like blocks).
        base: the page URL, to resolve relative image URLs.

    Returns:
        Images in document order (one per URL), and every caption text seen.
    """
    images: list[DraftImage] = []
    seen: set[str] = set()
    captions: set[str] = set()
    marked = [f for f in signals.marked.get("figure", ()) if not _inside_figure(f)]
    for figure in [*tree.iter("figure"), *marked]:
        url = image_url(figure, base)
        caption_el = _caption_element(figure)
        caption, credit = read_caption(caption_el) if caption_el is not None else (None, None)
        if caption and len(caption) > _MAX_CAPTION_CHARS:
            caption = None
        if url is None and caption is None:
            continue
        key = url or caption or ""
        if key in seen:
            continue
        seen.add(key)
        images.append(DraftImage(url=url, caption=caption, credit=credit))
    for image, words in _loose_captions(tree, base):
        key = image.url or image.caption or ""
        if key not in seen:
            seen.add(key)
            images.append(image)
        captions.add(words)
    for element in [*tree.iter("figcaption"), *signals.marked.get("caption", ())]:
        if text_length(element) > _MAX_CAPTION_CHARS * 2:
            continue
        text = element_text(element)
        if text and len(text) <= _MAX_CAPTION_CHARS:
            captions.add(text)
            caption, credit = read_caption(element)
            if caption:
                captions.add(caption)
            if credit:
                captions.add(credit)
    return Figures(images=tuple(images), caption_texts=frozenset(captions))


def _loose_captions(tree: etree._Element, base: str | None) -> list[tuple[DraftImage, str]]:
    """Images outside <figure> whose caption is the next block, recognised by its credit.

    An image alone in its block (`<p><img></p>`) followed by a short block that ends
    with a photo credit ("... Photo: A B") is an image and its caption, even without
    caption markup. Returns each image with the caption block's full words.
    """
    found: list[tuple[DraftImage, str]] = []
    for img in _LOOSE_IMAGES(tree):
        block = img.getparent()
        while block is not None and block.tag in ("a", "picture", "span"):
            block = block.getparent()
        if block is None or text_length(block) > _MAX_BLOCK_CHARS or element_text(block):
            continue
        following = block.getnext()
        if following is None or following.tag not in ("p", "div", "span", "small", "em"):
            continue
        if text_length(following) > _MAX_CAPTION_CHARS * 2:
            continue
        words = element_text(following)
        if not words or len(words) > _MAX_CAPTION_CHARS:
            continue
        caption, credit = split_credit(words)
        marked = _CAPTION_CLASS.search(following.get("class", ""))
        if credit is None and not marked:
            continue
        image = DraftImage(
            url=image_url(block, base), caption=clean_text(caption) or None, credit=credit
        )
        found.append((image, words))
    return found
