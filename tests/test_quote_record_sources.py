"""quote_frames: a preposition that names a record as the source of its clause ("in a
poll"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .quote_records import records as _records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # mid-sentence: the clause before "in" is what the poll reports
            "The harbour levy had a narrow lead in a county poll released Friday.",
            [("in", "a county poll", "The harbour levy had a narrow lead")],
        ),
        (
            "Berg gained four points in the latest ferry survey.",
            [("in", "the latest ferry survey", "Berg gained four points")],
        ),
        (  # "of" keeps the poll phrase going; "from" ends its head
            "Berg was ahead in an average of county polls.",
            [("in", "an average of county polls", "Berg was ahead")],
        ),
        (
            "Volk was ahead in county polls from the harbour institute.",
            [("in", "county polls from the harbour institute", "Volk was ahead")],
        ),
        (  # the first "in" names no poll: the record is the second one's
            "Volk finished fourth in most county polls.",
            [("in", "most county polls", "Volk finished fourth")],
        ),
    ],
)
def test_a_trailing_poll_vouches_for_its_clause(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    "page",
    [
        "Berg has risen in the polls since the spring.",  # polling at large
        "Berg's standing in a county poll worried the board.",  # no verb before "in"
        "Most fishermen in a county poll wanted a new quay.",  # "in" is inside the subject
        "While Berg was ahead in a county poll, Volk had more money.",  # a fronted clause
    ],
)
def test_no_trailing_poll_record(page: str) -> None:
    assert all(cue != "in" for cue, _, _ in _records(page))


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # the people named after an opening "to" hold the view after the comma
            "To Berg, the new quay was a waste of money.",
            [("To", "Berg", "the new quay was a waste of money")],
        ),
        (
            "To many voters, the levy is unfair.",
            [("To", "many voters", "the levy is unfair")],
        ),
        (  # a relative clause on the holder is no part of the view
            "To Volk, who runs the ferry, the timetable is a mess.",
            [("To", "Volk", "the timetable is a mess")],
        ),
    ],
)
def test_an_opening_to_names_whose_view_it_is(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    "page",
    [
        "To be sure, the quay was costly.",
        "To date, the board has spent little on the quay.",
        "To that end, the board hired two divers.",
        "To some extent, the quay was costly.",
        "Berg sent the plan to Volk, and the board approved it.",
    ],
)
def test_no_viewpoint_record(page: str) -> None:
    assert all((cue or "").lower() != "to" for cue, _, _ in _records(page))


def test_a_report_label_opening_a_headline_is_the_source() -> None:
    page = "Report: Harbour board to close the old quay.\n\nThe board met on Monday."
    assert _records(page)[0] == (":", "Report", "Harbour board to close the old quay")
