"""Word tokens with character offsets and lower-cased text, for the event and actor coders.

The tokenizer is the shared one (`analyze/tokens.py`); this adds the lower-cased form."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dateline.analyze.tokens import TOKEN


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark: its text, lower-cased text and offsets."""

    text: str
    lower: str
    start: int
    end: int

    @property
    def is_title(self) -> bool:
        """Starts with a capital letter (a name, a title, or a sentence start)."""
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into tokens whose offsets are shifted by `offset`.

    Args:
        text: the sentence or passage.
        offset: where `text` starts in the larger text the offsets should index.

    Returns:
        Tokens in order; "'s" is a token of its own, "U.S." is one token.
    """
    return list(_tokenize(text, offset))


@lru_cache(maxsize=1024)
def _tokenize(text: str, offset: int) -> tuple[Token, ...]:
    """`tokenize`, remembered: the event coder, the actor linker and the quote finder
    tokenize the same sentence at the same offset one after the other."""
    found = []
    for m in TOKEN.finditer(text):
        word = m.group()
        start, end = m.span()
        found.append(Token(word, word.lower().replace("’", "'"), start + offset, end + offset))
    return tuple(found)
