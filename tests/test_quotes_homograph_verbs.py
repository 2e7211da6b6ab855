"""quotes: cue forms that are also nouns ("reports", "backs") read as verbs in a tag that
closes the sentence and after a headline's subject, on sentences written for these tests."""

from __future__ import annotations

import pytest

from .quote_records import FoundRecord
from .quote_records import found_records as _records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a named source after a comma, the cue closing the sentence: a tag
            "The pier will close in May, the Gazette reports.",
            [("reports", "the Gazette", ["The pier will close in May"])],
        ),
        (  # a noun closing the sentence after a comma is no tag
            "The levy passed, given his past comments.",
            [],
        ),
        (  # a headline's subject: capitalised words and a noun, no determiner
            "Harbour chief praises Ayr's ferry plan.",
            [("praises", "Harbour chief", ["Ayr's ferry plan"])],
        ),
        (
            "Local union backs Berg.",
            [("backs", "Local union", ["Berg"])],
        ),
    ],
)
def test_a_noun_like_cue_reads_as_a_verb(page: str, records: list[FoundRecord]) -> None:
    assert _records(page) == records
