"""Word tokens with offsets: the one tokenizer the gazetteer and the mention finder share.

A token is a dotted abbreviation ("U.S."), a word with inner hyphens or apostrophes
("al-Qaeda", "O'Brien"), a possessive "'s", or one punctuation character.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-–]\w+)*(?:['’](?!s\b)\w+)*|['’]s\b|[^\w\s]")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The `(start, end)` offsets of the tokens of `text[start:end]`."""
    stop = len(text) if end is None else end
    return [m.span() for m in TOKEN.finditer(text, start, stop)]


def normal_key(text: str) -> str:
    """A surface form as the gazetteer indexes it: its tokens joined by single spaces."""
    return " ".join(m.group() for m in TOKEN.finditer(text))
