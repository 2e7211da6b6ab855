"""Who an HTML page credits when no byline names a person in full: accounts, teams, owners."""

from __future__ import annotations

import pytest

from dateline import read

_BODY = "<p>" + "The ferry timetable changes on Monday for the winter season. " * 6 + "</p>"


def _page(head: str, top: str, tail: str = "") -> str:
    return (
        f"<html><head><title>Winter ferry timetable</title>{head}</head><body><article>"
        f"<h1>Winter ferry timetable</h1>{top}{_BODY}{tail}</article></body></html>"
    )


def _authors(page: str) -> list[str]:
    return [a.name for a in read(page, format="html", facts=False).authors]


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (  # a lower-case account linked to its own author page
            '<p class="post-meta">by <a href="/author/harbourlog/">harbourlog</a> | May 2</p>',
            ["harbourlog"],
        ),
        (  # two words that spell the page's address
            '<div class="box"><a href="https://example.org/author/quay-notes/">'
            "quay notes</a></div>",
            ["quay notes"],
        ),
        (  # a placeholder account is no credit
            '<p class="post-meta">by <a href="/author/admin/">admin</a></p>',
            [],
        ),
        (  # a menu link to the authors' listing is no credit
            '<nav><a href="/authors/">our writers</a></nav>',
            [],
        ),
    ],
)
def test_credits_account_linked_to_its_author_page(top: str, expected: list[str]) -> None:
    assert _authors(_page("", top)) == expected


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (  # the section printed beside the date in the byline box
            '<div class="byline"><time datetime="2024-05-02">May 2, 2024</time> | '
            '<span class="byline__category"><a href="/travel/">Ferries &amp; Ports</a></span>'
            "</div>",
            [],
        ),
        (  # a topic link in the author slot reads like a name, but names a listing
            '<a id="author-link" href="/blog/?content_topic=12">Harbour Policy</a>',
            [],
        ),
        (  # a team credit beside a section label is still the credit
            '<div class="byline">By the Quayside Team | '
            '<a href="/category/travel/">Travel</a></div>',
            ["the Quayside Team"],
        ),
    ],
)
def test_credits_section_label_in_byline_box_is_no_credit(top: str, expected: list[str]) -> None:
    assert _authors(_page("", top)) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (  # the name just before the element that describes the author
            '<div class="box"><p class="box-headline">Tomas Lindqvist</p>'
            '<div class="dynamic-author-description">Harbour pilot, ferry enthusiast</div></div>',
            ["Tomas Lindqvist"],
        ),
        (  # a portrait whose alt text the biography after it opens with
            '<p><img src="/img/mh.jpg" alt="Maria Holm"></p>'
            "<p>Maria Holm is a travel writer based in Bergen.</p>",
            ["Maria Holm"],
        ),
        (  # a picture of someone the story is about names no author
            '<p><img src="/img/mh.jpg" alt="Maria Holm"></p>'
            "<p>The new timetable was welcomed by commuters.</p>",
            [],
        ),
    ],
)
def test_credits_author_box_name_beside_its_description(tail: str, expected: list[str]) -> None:
    assert _authors(_page("", "", tail)) == expected


_LONG_DEK = (
    "December is the month to gather greenery for the house and a good time to plant "
    "the evergreen shrubs that will give the garden its shape for years to come"
)


@pytest.mark.parametrize(
    ("dek", "expected"),
    [
        (f"{_LONG_DEK}, writes MARTA EKLUND.", ["Marta Eklund"]),
        ("Three evergreens to plant this winter, says ORLA NIC AODHA", ["Orla Nic Aodha"]),
        (f"{_LONG_DEK}, says Marta Eklund.", []),  # someone the column quotes
    ],
)
def test_credits_standfirst_signed_in_capitals(dek: str, expected: list[str]) -> None:
    assert _authors(_page("", f'<div class="teaser">{dek}</div>')) == expected


@pytest.mark.parametrize(
    "menu",
    [
        # a columnist's page listed in the site menu, by the column's name
        '<ul class="sub-menu"><li class="menu-item"><a href="/author/xlo/">Harbour Pilot Notes</a>'
        "</li></ul>",
        # a menu link whose address says "writers"
        '<div class="main-menu"><a class="menu-link" href="/language-writers/">'
        "Work With Us</a></div>",
    ],
)
def test_credits_site_menu_links_credit_no_one(menu: str) -> None:
    page = _page("", "").replace("<body>", f'<body class="theme-menu">{menu}')
    assert _authors(page) == []


MOJIBAKE_PAGE = """<html><head><title>{title}</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}",
"author": {{"@type": "Person", "name": "{author}"}}}}</script></head>
<body><article><h1>{title}</h1><p>The harbour board said on Tuesday that it would dredge
the inner basin this winter, so that larger ferries can dock at the old quay.</p>
<p>Work will start in November and last about six weeks, the board said.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("author", "title", "expected_author", "expected_title"),
    [
        # UTF-8 read as Windows-1252 in the page's metadata: decoded again
        (
            "JarosÅ\x82aw Nowak",
            "CafÃ© owners back the dredging",
            "Jarosław Nowak",
            "Café owners back the dredging",
        ),
        # real accents stay as they are
        (
            "Zoë Brennan",
            "Café owners back the dredging",
            "Zoë Brennan",
            "Café owners back the dredging",
        ),
    ],
)
def test_credits_utf8_read_as_windows_1252_in_metadata_is_repaired(
    author: str, title: str, expected_author: str, expected_title: str
) -> None:
    page = MOJIBAKE_PAGE.format(author=author, title=title)
    article = read(page, facts=False)
    assert [a.name for a in article.authors] == [expected_author]
    assert article.headline == expected_title
