"""Word tokens with character offsets and lower-cased text, for the event and actor coders.

The tokenizer is the shared one (`analyze/tokens.py`); this adds the lower-cased form."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from dateline.analyze.tokens import TOKEN
from dateline.lexicons import load_table


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
        Tokens in order; "'s" is a token of its own, "U.S." is one token, and so is a title
        abbreviation with its stop ("Gov.", "Sen.": `lexicons/abbreviations.tsv`).
    """
    found: list[Token] = []
    titles = _title_abbreviations()
    for m in TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        if word == "." and found and found[-1].end == start + offset:
            last = found[-1]
            if last.text + "." in titles:
                found[-1] = last._replace(
                    text=last.text + ".", lower=last.lower + ".", end=end + offset
                )
                continue
        lower = word.lower().replace("’", "'")
        found.append(Token(word, lower, start + offset, end + offset, word[:1].isupper()))
    return found


@cache
def _title_abbreviations() -> frozenset[str]:
    """Titles written with a stop before a name ("Gov.", "Gen.", "Mr.")."""
    return frozenset(
        row["abbreviation"] for row in load_table("abbreviations.tsv") if row["kind"] == "title"
    )
