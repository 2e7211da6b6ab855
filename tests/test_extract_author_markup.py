"""Authors and dates as pages state them in markup: the common variants of each mechanism."""

from __future__ import annotations

import pytest

from dateline import read

_STORY = "The quarry board met on Friday to weigh the new lease terms. " * 6


def _authors(head: str, top: str = "") -> list[str]:
    """The authors read from a page with this <head> and this markup above its story."""
    page = (
        f"<html><head><title>Quarry lease renewed</title>{head}</head><body><article>"
        f"<h1>Quarry lease renewed</h1>{top}<p>{_STORY}</p></article></body></html>"
    )
    return [a.name for a in read(page, format="html", facts=False).authors]


@pytest.mark.parametrize(
    "stated",
    [
        "Selma Orvik - Staff Writer",
        "Selma Orvik | The Fjordside Ledger",
        "Selma Orvik — Contributing Editor",
    ],
)
def test_author_meta_with_a_role_or_employer_after_a_separator(stated: str) -> None:
    assert _authors(f'<meta name="author" content="{stated}">') == ["Selma Orvik"]


def test_byline_element_names_whom_the_writer_wrote_for() -> None:
    byline = '<p class="byline">By Selma Orvik for the Fjordside Ledger</p>'
    assert _authors("", byline) == ["Selma Orvik"]
