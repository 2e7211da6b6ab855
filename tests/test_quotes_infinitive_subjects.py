"""quotes: who speaks in a to-infinitive that has no subject of its own before the cue
("for X to say", "forced X to concede"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .quote_records import FoundRecord as Record
from .quote_records import found_records as _records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # "for" names the infinitive's subject
            "It is time for the council to back the levy.",
            [("back", "the council", ["the levy"])],
        ),
        (  # ... before the subject of the sentence would be read
            "Voters waited for the council to say the levy was fair.",
            [("say", "the council", ["the levy was fair"])],
        ),
        (  # "for" and a time is no subject: the sentence's subject speaks
            "Lee lobbied for years to support the levy.",
            [("support", "Lee", ["the levy"])],
        ),
        (  # a verb that makes its object speak
            "The storm forced the mayor to acknowledge the pier was unsafe.",
            [("acknowledge", "the mayor", ["the pier was unsafe"])],
        ),
        (
            "The new rules allow the crews to reject the offer.",
            [("reject", "the crews", ["the offer"])],
        ),
    ],
)
def test_the_subject_of_an_infinitive_speaks(page: str, records: list[Record]) -> None:
    assert _records(page) == records
