"""Which of the titles an HTML page states is its headline: banners, section heads, kickers."""

from __future__ import annotations

import pytest

from dateline import read

_BODY = "<p>" + "The ferry timetable changes on Monday for the winter season. " * 6 + "</p>"


def _headline(head: str, body: str) -> str | None:
    page = f"<html><head>{head}</head><body>{body}<article>{_BODY}</article></body></html>"
    return read(page, format="html", facts=False).headline


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (  # the <title> adds the blog's name before the og:title: an <h1> of it is a banner
            "<title>Quay Notes: Ferries return to the north harbour</title>"
            '<meta property="og:title" content="Ferries return to the north harbour">',
            "<header><h1>Quay Notes</h1></header>",
            "Ferries return to the north harbour",
        ),
        (  # a page that sets its menus and sections in <h1>s: none of them is the title
            "<title>Ferries return to the north harbour after the storm</title>",
            "<h1>Plan your trip</h1><h1>Ferries return soon enough</h1><h1>Where to eat</h1>",
            "Ferries return to the north harbour after the storm",
        ),
        (  # a kicker inside the <h1>, before the stated title
            '<meta property="og:title" content="Ferries return | Quay Notes">'
            "<title>Ferries return | Quay Notes</title>",
            "<h1><div>Behind the timetable</div> <span>Ferries return</span></h1>",
            "Ferries return",
        ),
        (  # an <h1> in two parts that states more than the title keeps its words
            '<meta property="og:title" content="Winter timetable">',
            "<h1><span>The winter timetable:</span> every crossing listed</h1>",
            "The winter timetable: every crossing listed",
        ),
    ],
)
def test_headline_banner_section_heads_and_kickers(head: str, body: str, expected: str) -> None:
    assert _headline(head, body) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ferry fares compared - Infographic", "Ferry fares compared"),
        ("Storm closes the north harbour | Video", "Storm closes the north harbour"),
        ("Ferry fares compared (Infographic)", "Ferry fares compared (Infographic)"),
        ("Ferry fares compared - The full story", "Ferry fares compared - The full story"),
    ],
)
def test_headline_format_label_after_a_separator_is_dropped(title: str, expected: str) -> None:
    assert _headline(f"<title>{title}</title>", "") == expected
