"""Word tokens with character offsets and lower-cased text, for the event and actor coders.

The tokenizer is the shared one (`analyze/tokens.py`); this adds the lower-cased form."""

from __future__ import annotations

from typing import NamedTuple

from dateline.analyze.tokens import TOKEN


class Token(NamedTuple):
    """One word or punctuation mark: its text, lower-cased text, offsets, and whether it
    starts with a capital letter (a name, a title, or a sentence start).

    A named tuple, not a dataclass: a sentence makes dozens and they are made cheaply."""

    text: str
    lower: str
    start: int
    end: int
    is_title: bool


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens whose offsets are shifted by `offset`.

    Args:
        text: the sentence or passage.
        offset: where `text` starts in the larger text the offsets should index.

    Returns:
        Tokens in order; "'s" is a token of its own, "U.S." is one token.
    """
    found = []
    for m in TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        lower = word.lower().replace("’", "'")
        found.append(Token(word, lower, start + offset, end + offset, word[:1].isupper()))
    return found
