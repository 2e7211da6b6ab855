"""Per-line facts of a scraped page: splitting with offsets, hard-wrap joining, line shapes."""

from __future__ import annotations

import pytest

from dateline.extract.lines import (
    email_of,
    is_prose,
    is_title,
    is_update_marker,
    split_lines,
)


def test_lines_split_keeps_raw_offsets() -> None:
    raw = "  Headline here  \r\n\r\nFirst line of text.\n\tSecond line.\n"
    lines = split_lines(raw)
    assert [line.text for line in lines] == ["Headline here", "First line of text.", "Second line."]
    for line in lines:
        assert raw[line.start : line.start + len(line.text)] == line.text
    assert [line.after_blank for line in lines] == [True, True, False]


def test_lines_hard_wrapped_paragraphs_are_joined_with_equal_length() -> None:
    para = (
        "The council said on Tuesday that the harbour ferry would run later on\n"
        "weekends from next month, after a trial last summer showed that enough\n"
        "people used the late crossings to cover the cost of the extra crews.\n"
    )
    raw = f"Ferry to run later\n\n{para}\n{para}\n{para}"
    lines = split_lines(raw)
    assert len(lines) == 4
    body = lines[1]
    assert body.text == para.strip().replace("\n", " ")
    assert len(body.text) == len(raw[body.start : body.start + len(body.text)])


def test_lines_short_lines_are_not_joined() -> None:
    raw = "News > World\nPublished: 11:37, July 14, 2021\nA headline for the story\nBy Jo Lee\n"
    assert len(split_lines(raw)) == 4


@pytest.mark.parametrize(
    ("text", "prose", "title"),
    [
        ("The minister said the talks would resume on Friday.", True, False),
        ("Grid operators ask for faster approvals", False, True),
        ("'Critical' decision", False, True),
        ("He declined to comment.", False, False),
        ("Home", False, True),
        (
            "and then the rain came down over the valley for days on end without a pause",
            False,
            False,
        ),
    ],
)
def test_lines_prose_and_title_shapes(text: str, prose: bool, title: bool) -> None:
    assert (is_prose(text), is_title(text)) == (prose, title)


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("jo.lee@paper.example", "jo.lee@paper.example"),
        ("Contact: jo.lee@paper.example", "jo.lee@paper.example"),
        ("Email: jo.lee@paper.example.", "jo.lee@paper.example"),
        ("Write to jo.lee@paper.example about this story today", None),
        ("No address here", None),
    ],
)
def test_lines_email_only_when_the_line_is_an_address(text: str, email: str | None) -> None:
    assert email_of(text) == email


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("13:58", True),
        ("10.42am BST", True),
        ("5 mins ago", True),
        ("13:58 Rail services suspended after flooding", False),
        ("2024", False),
    ],
)
def test_lines_update_markers(text: str, marker: bool) -> None:
    assert is_update_marker(text) == marker
