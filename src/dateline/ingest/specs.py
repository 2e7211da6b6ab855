"""Classify a spec (what the user typed) by what it is: a URL, a folder, or a kind of file."""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from dateline.ingest.files import PAGE_SUFFIXES, inner_name
from dateline.ingest.sniff import SNIFF_BYTES, is_warc, looks_binary, xml_kind

SpecKind = Literal[
    "url", "folder", "page", "urllist", "feed", "sitemap", "sitemapindex", "warc", "bad"
]

URL_LIST_SUFFIXES = (".urls", ".lst")
XML_SUFFIXES = (".xml", ".rss", ".atom")
WARC_SUFFIXES = (".warc",)
URL_LINE = re.compile(r"^https?://\S+$", re.IGNORECASE)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
_URL_LIST_PROBE_LINES = 20


@dataclass(frozen=True)
class Spec:
    """A classified spec: its kind, and for `bad` the one-line reason."""

    kind: SpecKind
    text: str
    reason: str = ""


def classify(spec: str) -> Spec:
    """Say what a spec is, looking at its form, its name, then its first bytes.

    Args:
        spec: a URL, or the path of a folder or a file.

    Returns:
        The spec with its kind; kind "bad" carries the reason it cannot be read.
    """
    scheme = _SCHEME.match(spec.strip())
    if scheme:
        if scheme.group(1).lower() in ("http", "https"):
            return Spec("url", spec.strip())
        return Spec("bad", spec, f"unsupported URL scheme {scheme.group(1)!r}")
    path = Path(spec)
    try:
        if path.is_dir():
            return Spec("folder", spec)
        if not path.exists():
            return Spec("bad", spec, "no such file or folder")
        if not path.is_file():
            return Spec("bad", spec, "not a regular file")
        head = read_head(path)
    except OSError as exc:
        return Spec("bad", spec, exc.strerror or str(exc))
    kind = _file_kind(path, head)
    if kind == "bad":
        return Spec("bad", spec, _bad_reason(path))
    return Spec(kind, spec)


def read_head(path: Path) -> bytes:
    """The first few kilobytes of a file, gunzipped when it is gzip."""
    with path.open("rb") as raw:
        head = raw.read(SNIFF_BYTES)
        if not head.startswith(b"\x1f\x8b"):
            return head
        raw.seek(0)
        try:
            with gzip.GzipFile(fileobj=raw) as stream:
                return stream.read(SNIFF_BYTES)
        except (gzip.BadGzipFile, EOFError, zlib.error):
            return b""


def looks_like_url_list(head: bytes) -> bool:
    """True when at least two thirds of the first lines (not blank, not `#` comments) are
    http(s) URLs: a list with a typo is still a list; a story quoting one link is not."""
    lines = head.decode("utf-8", errors="replace").splitlines()
    if len(head) >= SNIFF_BYTES and lines:
        lines = lines[:-1]  # the last line may be cut short
    probe = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    probe = probe[:_URL_LIST_PROBE_LINES]
    urls = sum(1 for line in probe if URL_LINE.match(line))
    return urls > 0 and 3 * urls >= 2 * len(probe)


def _file_kind(path: Path, head: bytes) -> SpecKind:
    name = inner_name(path)
    if name.endswith(WARC_SUFFIXES) or is_warc(head):
        return "warc"
    if name.endswith(URL_LIST_SUFFIXES):
        return "urllist"
    if name.endswith(".txt"):
        return "urllist" if looks_like_url_list(head) else "page"
    if name.endswith(PAGE_SUFFIXES):
        return "page"
    kind = xml_kind(head)
    if kind is not None:
        return kind
    if name.endswith(XML_SUFFIXES) or looks_binary(head):
        return "bad"
    return "page"


def _bad_reason(path: Path) -> str:
    if inner_name(path).endswith(XML_SUFFIXES):
        return "XML file is neither a feed nor a sitemap"
    return "not a page, feed, sitemap, URL list or WARC file (binary data)"
