"""Properties of the sentence splitter on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings

from dateline.analyze.sentences import split_sentences

from .strategies import NEWS_TEXT


@settings(max_examples=60, deadline=None)
@given(NEWS_TEXT)
def test_sentences_properties_spans_cover_all_words(text: str) -> None:
    spans = split_sentences(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[last:start].strip() == ""
        last = end
    assert text[last:].strip() == ""
