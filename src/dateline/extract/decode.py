"""Bytes -> text: size limit, binary detection, encoding detection, HTML sniffing."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from dateline.errors import ExtractError

MAX_PAGE_BYTES = 16 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding=["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"<(p|div|body|article|meta|script|span|a|br|h[1-6])\b[^>]*>", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_page(data: bytes) -> str:
    """Decode a page's bytes to text, detecting the encoding; never guesses on binary.

    Raises:
        ExtractError: the data is empty, too large, or not text.
    """
    if len(data) > MAX_PAGE_BYTES:
        raise ExtractError(f"page is {len(data):,} bytes, over the {MAX_PAGE_BYTES:,}-byte limit")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return check_text(data.decode(encoding, errors="replace"))
    declared = _declared_encoding(data[:4096])
    if declared:
        try:
            return check_text(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if data.count(0) > len(data) // 100:
        raise ExtractError("data is binary, not a page (NUL bytes)")
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise ExtractError("data is binary or in an unknown encoding, not a page")
    return check_text(data.decode(best.encoding, errors="replace"))


def check_text(text: str) -> str:
    """Reject text that is empty or mostly control characters; return it otherwise."""
    if not text.strip():
        raise ExtractError("page is empty")
    if len(text) > MAX_PAGE_BYTES:
        raise ExtractError(f"page is {len(text):,} characters, over the limit")
    sample = text[:20_000]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 50):
        raise ExtractError("data is binary, not a page (control characters)")
    return text


def looks_like_html(text: str) -> bool:
    """True when the text is an HTML document rather than text scraped from one."""
    head = text[:5000]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3


def _declared_encoding(head: bytes) -> str | None:
    match = _DECLARED.search(head)
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
