"""find_timexes on arbitrary text: never fails, spans are ordered, disjoint and exact."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.analyze.timex import find_timexes

PIECES = [
    "on Monday",
    "last month",
    "May",
    "March",
    "in April",
    "2021",
    "14/07/2021",
    "3 p.m.",
    "11:37",
    "three days ago",
    "every Friday",
    "the second quarter",
    "$2,000",
    "80 percent",
    "3-2",
    "We",
    "until Thursday",
    "will",
    "said",
    ".",
    ",",
    "\n",
    "the",
    "a year earlier",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=25).map(" ".join)
DCT = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@settings(max_examples=80, deadline=None)
@given(text=TEXT, dct=DCT)
def test_properties_spans_are_ordered_disjoint_and_exact(text: str, dct: str | None) -> None:
    matches = find_timexes(text, dct)
    previous_end = 0
    for m in matches:
        assert previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.type in {"DATE", "TIME", "DURATION", "SET"}
        assert m.value
        previous_end = m.end
    assert find_timexes(text, dct) == matches


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("It happened 90000000000 years ago, or last year.", "2021-07-14"),
        ("It happened last year, on Monday, in April.", "0001-01-01"),
        ("It happens next year, next week, on Friday.", "9999-12-31"),
    ],
)
def test_properties_calendar_edges_do_not_raise(text: str, dct: str) -> None:
    for m in find_timexes(text, dct):
        assert text[m.start : m.end] == m.text
