"""Quotation marks in one paragraph: which characters are quoted, as regions.

Handles typographic pairs (“ ” „ « » ‘ ’), straight marks by context, `''` and
``` `` ``` as double marks (as some newspaper archives write them), apostrophes
(“Russia’s”, “’90s”) that are not quotes, and unbalanced marks: an opening mark
never closed makes a region to the paragraph end (`open_end`), which is how a
quotation that runs on into the next paragraph is written. One pass, linear time.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

DOUBLE_OPEN = frozenset("“„«")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‹")
SINGLE_CLOSE = frozenset("’›")
STRAIGHT = frozenset("\"'")
# `''` and ``` `` ```: one double mark as some newspaper archives write it (one token)
DOUBLED = frozenset({"''", "``"})
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | STRAIGHT | DOUBLED
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:")
_CLOSE_FOLLOW = frozenset(" \t\n)]}.,;:!?—–-…")
_SCARE_WORDS = 6


@dataclass(frozen=True)
class QuoteRegion:
    """Characters `[start, end)` of a paragraph inside (and including) quotation marks."""

    start: int
    end: int
    open_end: bool = False
    single: bool = False


def quote_regions(text: str) -> list[QuoteRegion]:
    """The quoted regions of one paragraph, outermost only, in order.

    Args:
        text: one paragraph.

    Returns:
        Regions starting at an opening mark and ending after its closing mark, or at
        the end of the paragraph (`open_end=True`) when the mark is never closed.
    """
    regions = _double_regions(text)
    singles = _single_regions(text, regions)
    return sorted(regions + singles, key=lambda r: r.start)


_DOUBLE_MARK = re.compile(r"''|``|[“”„«»\"]")
_SINGLE_MARK = re.compile(r"[‘’‹›']")


def _double_marks(text: str) -> list[tuple[int, int, str]]:
    """(position, length, mark) of double marks; `''` and ``` `` ``` count as `"`."""
    marks: list[tuple[int, int, str]] = []
    for match in _DOUBLE_MARK.finditer(text):
        mark = match.group(0)
        if len(mark) == 2:
            mark = '"' if mark == "''" else "“"
        marks.append((match.start(), match.end() - match.start(), mark))
    return marks


def _double_regions(text: str) -> list[QuoteRegion]:
    regions: list[QuoteRegion] = []
    open_at: int | None = None
    opener = ""
    for i, size, char in _double_marks(text):
        if open_at is None:
            if char in DOUBLE_OPEN or (char == '"' and _opens(text, i, size)):
                open_at, opener = i, char
            continue
        closes = (
            char in DOUBLE_CLOSE
            or (char == '"' and opener == '"')
            or (char == "“" and opener == "„")
            or (char == '"' and not _opens(text, i, size))
        )
        if closes:
            regions.append(QuoteRegion(open_at, i + size))
            open_at = None
        else:
            # A new opening mark before the last one closed: the last one ran unclosed.
            end = len(text[:i].rstrip())
            regions.append(QuoteRegion(open_at, max(end, open_at + 1), open_end=True))
            open_at, opener = i, char
    if open_at is not None:
        end = len(text.rstrip())
        regions.append(QuoteRegion(open_at, max(end, open_at + 1), open_end=True))
    return regions


def _opens(text: str, i: int, size: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + size] if i + size < len(text) else " "
    return (_open_context(before) or before in DOUBLE_OPEN) and not after.isspace()


def _open_context(before: str) -> bool:
    """A character an opening mark may follow: any space (a no-break space too), an
    opening bracket, a dash, a slash or a colon."""
    return before.isspace() or before in _OPEN_CONTEXT


def _single_regions(text: str, doubles: list[QuoteRegion]) -> list[QuoteRegion]:
    taken = [(r.start, r.end) for r in doubles]
    taken.extend((i, i + size) for i, size, _ in _double_marks(text))
    taken.sort()
    starts = [start for start, _ in taken]
    regions: list[QuoteRegion] = []
    open_at: int | None = None
    for match in _SINGLE_MARK.finditer(text):
        i = match.start()
        if _within(taken, starts, i):
            continue
        if open_at is None:
            if _single_opens(text, i):
                open_at = i
            continue
        if _single_closes(text, i, open_at):
            regions.append(QuoteRegion(open_at, i + 1, single=True))
            open_at = None
    if open_at is not None and text[:open_at].strip() == "":
        end = len(text.rstrip())
        regions.append(QuoteRegion(open_at, max(end, open_at + 1), open_end=True, single=True))
    return regions


def _within(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """True when `pos` lies in one of the sorted `spans` (some may nest)."""
    k = bisect.bisect_right(starts, pos) - 1
    while k >= 0:
        start, end = spans[k]
        if start <= pos < end:
            return True
        k -= 1
        if k >= 0 and spans[k][1] <= start:
            break
    return False


def _single_opens(text: str, i: int) -> bool:
    if text[i] in SINGLE_CLOSE:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1 : i + 4]
    if not _open_context(before) or not after or not after[0].isalnum():
        return False
    # Elisions: ’90s, 'em, 'til, 'cause.
    return not (after[:2].isdigit() or after.lower().startswith(("em ", "til", "cau", "n ")))


def _single_closes(text: str, i: int, open_at: int) -> bool:
    before = text[i - 1]
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in SINGLE_OPEN or before.isspace() or after.isalnum():
        return False
    if before in ",.!?" or after in _CLOSE_FOLLOW - frozenset(" \t\n") or i + 1 >= len(text):
        return True
    # "word’ word": a closing mark, or a plural possessive; short spans read as quotes.
    return len(text[open_at:i].split()) <= _SCARE_WORDS
