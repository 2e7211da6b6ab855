"""Properties of the sentence splitter on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.analyze.sentences import split_sentences

_WORDS = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "Anna",
        "Hale",
        "said",
        "he",
        "she",
        "the",
        "foreign",
        "minister",
        "Russian",
        "Moscow",
        ",",
        ".",
        "...",
        "?",
        '"',
        "“",
        "”",
        "(AB)",
        "\n\n",
        "J.",
        "3.5",
        "Inc.",
        "WHO",
        "Übersee",
        "东京",
    ]
)
_TEXT = st.lists(_WORDS, max_size=60).map(" ".join) | st.text(max_size=200)


@settings(max_examples=60, deadline=None)
@given(_TEXT)
def test_sentences_properties_spans_cover_all_words(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[last:start].strip() == ""
        last = end
    assert text[last:].strip() == ""
