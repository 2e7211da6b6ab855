"""The closed word classes of `lexicons/event_grammar.tsv`."""

from __future__ import annotations

import pytest

from dateline.analyze.event_grammar import grammar_words
from dateline.errors import LexiconError


@pytest.mark.parametrize(
    ("kind", "word"),
    [
        ("subordinator", "while"),
        ("relative", "who"),
        ("support-verb", "hold"),
        ("cooperative-type", "AID"),
        ("hostile-type", "ASSAULT"),
        ("determiner", "the"),
    ],
)
def test_classes_hold_their_words(kind: str, word: str) -> None:
    assert word in grammar_words(kind)


def test_unknown_class_is_a_lexicon_error() -> None:
    with pytest.raises(LexiconError, match="no words of class"):
        grammar_words("no-such-class")
