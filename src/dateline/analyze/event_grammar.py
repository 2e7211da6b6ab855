"""Closed word classes the event and actor coders read, from `lexicons/event_grammar.tsv`."""

from __future__ import annotations

from functools import cache

from dateline.errors import LexiconError
from dateline.lexicons import load_table


@cache
def _classes() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in load_table("event_grammar.tsv"):
        found.setdefault(row["class"], set()).add(row["word"])
    return {name: frozenset(words) for name, words in found.items()}


def grammar_words(kind: str) -> frozenset[str]:
    """The words of one class ("subordinator", "preposition", "support-verb", ...).

    Raises:
        LexiconError: no word of that class is listed.
    """
    words = _classes().get(kind)
    if not words:
        raise LexiconError(f"no words of class {kind!r}", path="event_grammar.tsv")
    return words
