"""quotes: any text, however its quotation marks fall, gives valid, ordered records."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.analyze.quotes import find_quotes

_PIECES = [
    "Berg", "said", "told", "Reyes", "that", "the pier", "was unsafe", "according to",
    "adding", "he", ",", ".", ":", " ", "\n\n", '"', "“", "”", "‘", "’", "'", "''", "«", "»",
    "(", ")", "who", "did not", "the mayor", "on Monday",
]  # fmt: skip


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for block in text.split("\n\n"):
        out.append((start, start + len(block)))
        start += len(block) + 2
    return out


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_quotes_properties_records_are_valid(pieces: list[str]) -> None:
    text = " ".join(pieces)
    found = find_quotes(text, _paragraphs(text))
    for record in found:
        assert record.parts
        for start, end in record.parts:
            assert 0 <= start < end <= len(text)
        for span in (record.cue, record.speaker, record.addressee):
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text)
        assert record.kind in {"direct", "indirect", "mixed"}
    assert [f.content[0] for f in found] == sorted(f.content[0] for f in found)
    assert find_quotes(text, _paragraphs(text)) == found
