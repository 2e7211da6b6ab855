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
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# File signatures of common non-page formats, named in the error message.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00 ftyp", "an MP4 video"),
    (b"SQLite format 3\x00", "an SQLite database"),
)


def decode_page(data: bytes) -> str:
    """Decode a page's bytes to text, detecting the encoding; never guesses on binary.

    Raises:
        ExtractError: the data is empty, too large, or not text.
    """
    if len(data) > MAX_PAGE_BYTES:
        raise ExtractError(f"page is {len(data):,} bytes, over the {MAX_PAGE_BYTES:,}-byte limit")
    if not data.strip():
        raise ExtractError("page is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return check_text(data.decode(encoding, errors="replace"))
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise ExtractError(f"data is {what}, not a page")
    if b"\x00" in data:
        # NULs are valid UTF-8 but no text page holds them: UTF-16 without a byte-order
        # mark (NULs fill the high bytes of ASCII), or binary data; a stray one may stay.
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return check_text(utf16)
        if data.count(0) > len(data) // 100:
            raise ExtractError("data is binary, not a page (NUL bytes)")
    try:
        # Valid UTF-8 wins over a declared single-byte charset: a false match is very rare.
        return check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = _declared_encoding(data[:4096])
    if declared:
        try:
            return check_text(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise ExtractError("data is binary or in an unknown encoding, not a page")
    try:
        return check_text(data.decode(best.encoding, errors="replace"))
    except LookupError as exc:
        raise ExtractError(f"unknown encoding {best.encoding!r}") from exc


def check_text(text: str) -> str:
    """Reject text that is empty, too long or mostly control characters; return it otherwise."""
    if not text.strip():
        raise ExtractError("page is empty")
    if len(text) > MAX_PAGE_BYTES:
        raise ExtractError(f"page is {len(text):,} characters, over the limit")
    sample = text[:20_000]
    if not any(c.isalpha() for c in sample):
        raise ExtractError("data has no words, not a page")  # "\x00\x01\x02", "12 34"
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 50):
        raise ExtractError("data is binary, not a page (control characters)")
    return text


def clean_text(text: str) -> str:
    """Replace NULs and lone surrogates by U+FFFD: same length, so offsets hold."""
    return _SURROGATE.sub("\ufffd", text.replace("\x00", "\ufffd"))


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


def _utf16_without_bom(data: bytes) -> str | None:
    """Text in UTF-16 without a byte-order mark: NULs fill the high bytes of ASCII text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.6 * half and other.count(0) <= 0.05 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None
