"""quote_marks: which characters of a paragraph are inside quotation marks."""

from __future__ import annotations

import pytest

from dateline.analyze.quote_marks import quote_regions


def _quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in quote_regions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will build it," she said.', ['"We will build it,"']),
        ("“We will build it,” she said.", ["“We will build it,”"]),
        ("„Wir bauen es“, sagte sie.", ["„Wir bauen es“"]),
        ("« Nous le ferons », a-t-elle dit.", ["« Nous le ferons »"]),
        ("‘We will build it,’ she said.", ["‘We will build it,’"]),
        ("'We will build it,' she said.", ["'We will build it,'"]),
        ("''We will build it,'' she said.", ["''We will build it,''"]),
        ('He said "A" and then "B".', ['"A"', '"B"']),
        ("“A,” she said, “B.”", ["“A,”", "“B.”"]),
    ],
)
def test_quote_marks_regions_pairs(text: str, expected: list[str]) -> None:
    assert _quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor’s office said the road’s surface was fine.",
        "Sales rose in the ’90s and the firm's owners didn't mind.",
        "The players’ union met on Friday.",
        "No quotation here at all.",
        "",
    ],
)
def test_quote_marks_regions_apostrophes_are_not_quotes(text: str) -> None:
    assert quote_regions(text) == []


def test_quote_marks_regions_scare_quote_in_headline() -> None:
    assert _quoted("‘Historic’ vote on harbour plan") == ["‘Historic’"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“We will keep going until it is done", "“We will keep going until it is done"),
        ('She said: "The plan is ready', '"The plan is ready'),
    ],
)
def test_quote_marks_regions_unclosed_runs_to_paragraph_end(text: str, quoted: str) -> None:
    regions = quote_regions(text)
    assert [text[r.start : r.end] for r in regions] == [quoted]
    assert regions[-1].open_end


def test_quote_marks_regions_stray_closing_mark_is_ignored() -> None:
    assert quote_regions("the plan” was dropped, officials said.") == []


def test_quote_marks_regions_long_paragraph_is_linear() -> None:
    text = "“One two three,” she said. " * 5000
    assert len(quote_regions(text)) == 5000


def test_a_straight_mark_after_a_no_break_space_opens_a_quotation() -> None:
    text = '"The pier is unsafe," she said.\u00a0"The council knew it."'
    assert _quoted(text) == ['"The pier is unsafe,"', '"The council knew it."']
