"""Unit tests of the date formats `parse_date_words` reads: East Asian, dotted, numeric."""

from __future__ import annotations

import pytest

from dateline.extract.timestamps import parse_date_words, printed_days


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("2024年3月5日", "2024-03-05"),
        ("2024년 3월 5일", "2024-03-05"),
        ("2024.03.05", "2024-03-05"),
        ("05.03.2024", "2024-03-05"),  # dotted dates are day first
        ("05/03/2024", None),  # slashes: the order is unknown
    ],
)
def test_east_asian_and_dotted_dates(words: str, value: str | None) -> None:
    parsed = parse_date_words(words)
    assert (parsed[0] if parsed else None) == value


def test_printed_days_reads_east_asian_dates() -> None:
    assert printed_days("発行 2024年3月5日、更新 2024年3月6日") == {"2024-03-05", "2024-03-06"}


@pytest.mark.parametrize(
    ("order", "value"),
    [("DMY", "2021-07-04"), ("MDY", "2021-04-07"), ("YMD", "2021-04-07"), (None, None)],
)
def test_an_ambiguous_numeric_date_follows_the_given_order(
    order: str | None, value: str | None
) -> None:
    parsed = parse_date_words("Posted 04/07/2021", order)
    assert (parsed[0] if parsed else None) == value
