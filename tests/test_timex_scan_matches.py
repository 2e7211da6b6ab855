"""timex_scan.finditer_all gives exactly what one finditer per regex gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.analyze.timex import _BOUNDED, _scanner
from dateline.analyze.timex_scan import finditer_all, make_scanner, needs, prefixes

PIECES = [
    "on Monday",
    "Thursday's vote",
    "the third quarter",
    "the 1990s",
    "in the morning",
    "twenty-four hours",
    "three  days ago",
    "a\u00a0year earlier",
    "May 5, 2021",
    "5 May 2021",
    "14/07/2021",
    "2021-07-14T11:37",
    "3 p.m.",
    "$2,000",
    "80 percent",
    "ana@example.org",
    "www.example.org",
    "banner.jpg",
    "News Today",
    "this week",
    "twice a year",
    "last Christmas",
    "\u212a",  # Kelvin sign: folds to k
    "\u0663",  # Arabic-Indic three: a digit to \d
    "MONDAY",
    "(555) 123-4567",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30).map(" ".join)


def _plain(regexes: tuple[re.Pattern[str], ...], text: str) -> list[list[tuple[object, ...]]]:
    return [[(m.span(), m.groupdict()) for m in r.finditer(text)] for r in regexes]


def _scanned(text: str) -> list[list[tuple[object, ...]]]:
    return [[(m.span(), m.groupdict()) for m in ms] for ms in finditer_all(_scanner(), text)]


@settings(max_examples=80, deadline=None)
@given(TEXT)
def test_timex_scan_matches_equal_finditer_on_any_text(text: str) -> None:
    assert _scanned(text) == _plain(_scanner().regexes, text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks resumed on Monday, three days after the vote of May 5, 2021.",
        "Sales rose 4.5 percent in the third quarter, to $2,000 million, a year earlier.",
        "He will be in Lisbon until Thursday\u00a0and leaves at 3 p.m. on Friday.",
        "Temperatures of 300 \u212a were logged on 14/07/2021.",  # fallback path
        "Seen at www.example.org/news/2021-07-14 and banner.jpg\nNews Today",
        "",
    ],
)
def test_timex_scan_matches_equal_finditer_on_news_prose(text: str) -> None:
    assert _scanned(text) == _plain(_scanner().regexes, text)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:last|next)\s+week", {"last w", "next w", "last  ", "next  "}),
        (r"\d{4}", {"0000"}),
        (r"(?-i:Monday|May)", {"monday", "may"}),
        (r"(?:the\s+)?(?:first|1st)", {"the fi", "the 0s", "first", "0st"}),
    ],
)
def test_timex_scan_prefixes_read_from_the_regex(pattern: str, expected: set[str]) -> None:
    found = prefixes(re.compile(pattern, re.I))
    assert found is not None
    assert expected <= found
    assert all(p.startswith(("last", "next", "0", "m", "the", "first")) for p in found)


@pytest.mark.parametrize("pattern", [r".+day", r"[a-z]+ly", r"\w+@\w+", r"(?:a|I)\s*"])
def test_timex_scan_prefixes_none_when_a_match_may_start_anywhere(pattern: str) -> None:
    assert prefixes(re.compile(pattern, re.I)) is None


def test_timex_scan_needs_a_rare_character_or_a_long_string() -> None:
    assert needs(re.compile(r"\S+@\S+\.\w+")) == frozenset({"@"})
    assert needs(re.compile(r"\w+\s+(?:sunrise|dusk)", re.I)) == frozenset({"sunris", "dusk"})
    assert needs(re.compile(r"\w+ly")) is None


def test_timex_scan_own_regexes_with_and_without_prefixes() -> None:
    regexes = tuple(
        re.compile(_BOUNDED.format(p), re.I)
        for p in [r"(?:last|next)\s+week", r".{0,3}day", r"\S+@\S+", r"\d+\s*(?:%|percent)"]
    )
    scanner = make_scanner(regexes, r"(?<![\w'])")
    text = "Last week 40 percent of staff wrote to ana@example.org; next  week, Monday."
    got = [[m.span() for m in ms] for ms in finditer_all(scanner, text)]
    assert got == [[m.span() for m in r.finditer(text)] for r in regexes]
    assert got[0] == [(0, 9), (56, 66)]
