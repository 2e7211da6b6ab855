"""quotes: cues that need a quotation or a name for their object ("called", "cast",
"read") with an "as" complement or in the tag of a quotation before them, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from .quote_records import FoundRecord
from .quote_records import found_records as _records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # an object and what it is cast as
            "The union cast the new harbour levy as unfair to the poor.",
            [("cast", "The union", ["the new harbour levy as unfair to the poor"])],
        ),
        (
            "Lee painted herself as the friend of the dockers.",
            [("painted", "Lee", ["herself as the friend of the dockers"])],
        ),
        (  # the tag of the quotation before it: what the banner reads is the quotation
            '"Keep the pier open," the banner read.',
            [("read", "the banner", ['"Keep the pier open,"'])],
        ),
        (  # no "as", no quotation: no view is cast
            "The crews cast their ballots on Monday.",
            [],
        ),
        (  # a name after another cue is no cue of its own
            '"We will stay," said Read.',
            [("said", "Read", ['"We will stay,"'])],
        ),
    ],
)
def test_naming_cues(page: str, records: list[FoundRecord]) -> None:
    assert _records(page) == records
