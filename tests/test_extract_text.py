"""Scraped-text extraction: fixture pages, raw offsets, line accounting, general rules."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from dateline import read
from dateline.extract.furniture import furniture_patterns
from dateline.extract.lines import unglue
from dateline.extract.text import REASONS, extract_text
from dateline.model import Article

from .conftest import EXAMPLES, FIXTURES

PAGES = sorted((FIXTURES / "pages").glob("text-*.txt"))
FIELDS = [
    "kind",
    "outlet",
    "language",
    "headline",
    "standfirst",
    "section",
    "authors",
    "dateline",
    "published",
    "updated",
    "images",
    "warnings",
]


def _read(path: Path) -> Article:
    return read(path.read_bytes(), format="text", facts=False)


def test_extract_text_has_enough_fixture_pages() -> None:
    assert len(PAGES) >= 8


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_extract_text_fixture_page_matches_expected(path: Path) -> None:
    expected: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text("utf-8"))
    article = _read(path)
    got = article.model_dump(mode="json")
    for name in FIELDS:
        assert got[name] == expected[name], name
    assert [
        {"kind": p.kind, "text": article.text[p.start : p.end]} for p in article.paragraphs
    ] == expected["paragraphs"]
    assert got["removed"] == expected["removed"]


@pytest.mark.parametrize("path", [*PAGES, EXAMPLES / "wire-story.txt"], ids=lambda p: p.stem)
def test_extract_text_offsets_map_back_to_the_raw_page(path: Path) -> None:
    raw = path.read_text("utf-8")
    article = _read(path)
    for segment in article.source_map:
        field = article.field_text(segment.field, segment.index)
        assert field is not None
        piece = field[segment.start : segment.end]
        copied = raw[segment.raw_start : segment.raw_start + len(piece)]
        # verbatim, except that a hard-wrapped paragraph's line breaks read as spaces
        assert re.sub(r"\s", " ", copied) == piece
    assert len([s for s in article.source_map if s.field == "text"]) == len(article.paragraphs)


@pytest.mark.parametrize("path", [*PAGES, EXAMPLES / "wire-story.txt"], ids=lambda p: p.stem)
def test_extract_text_every_line_is_accounted_for(path: Path) -> None:
    """Each non-blank line is (in) the headline, standfirst, a paragraph, a caption, or removed.

    Hard-wrapped lines are joined into one paragraph, so a line may sit inside one.
    """
    article = _read(path)
    kept = [article.headline, article.standfirst, *article.paragraph_texts()]
    kept += [i.caption for i in article.images]
    removed = [r.text for r in article.removed]
    known = set(REASONS) | {p.id for p in furniture_patterns()} | {"masthead"}
    assert {r.reason for r in article.removed} <= known
    for line in path.read_text("utf-8").splitlines():
        line = line.strip()
        if not line:
            continue
        # a caption may follow a media label on its line ("VIDEO: ...")
        inside_caption = any(i.caption and i.caption in line for i in article.images)
        inside_kept = any(k and line in k for k in kept)
        assert line in removed or inside_kept or inside_caption, line


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_extract_text_is_deterministic(path: Path) -> None:
    assert _read(path).model_dump_json() == _read(path).model_dump_json()


def test_extract_text_repeated_metadata_adds_no_author_or_date() -> None:
    page = (
        "Tide tables to be redrawn for the northern coast\n"
        "By Ola Brenne\n"
        "Published: 09:00, May 2, 2024\n"
        "Published: 09:00, May 2, 2024 By Ola Brenne\n"
        "By Kari Nes\n\n"
        "The coastal authority said on Thursday that it would publish new tide tables "
        "for the northern coast after surveyors found the old ones were out by minutes.\n\n"
        "The new tables will be available from June, the authority said.\n"
    )
    draft = extract_text(page)
    assert [a.name for a in draft.authors] == ["Ola Brenne"]
    assert draft.published is not None and draft.published.value == "2024-05-02T09:00"
    reasons = [r.reason for r in draft.removed]
    assert reasons == ["metadata", "metadata", "duplicate-metadata", "duplicate-metadata"]


def test_extract_text_url_names_the_outlet_and_its_zone_is_inferred() -> None:
    page = (
        "Ferry timetable changes announced\n"
        "Updated: 10:20, March 4, 2024\n\n"
        "The operator said on Monday that it would add two crossings a day from April, "
        "after complaints from commuters about crowded boats.\n\n"
        "The changes follow a review of passenger numbers.\n"
    )
    article = read(page, url="https://www.example.xinhuanet.com/x/1.htm", facts=False)
    assert article.outlet.name == "Xinhua"
    assert article.updated is not None
    assert article.updated.value == "2024-03-04T10:20:00+08:00"
    assert article.updated.timezone == "inferred"


def test_extract_text_email_goes_to_the_author_it_names() -> None:
    page = (
        "Library extends opening hours\n"
        "By Lena Holm and Ivo Rask\n\n"
        "The city library will stay open until ten in the evening from next month, "
        "the council said on Friday.\n\n"
        "ivo.rask@citypaper.example\n"
    )
    draft = extract_text(page)
    assert [(a.name, a.email) for a in draft.authors] == [
        ("Lena Holm", None),
        ("Ivo Rask", "ivo.rask@citypaper.example"),
    ]


def test_extract_text_feedback_line_place_after_the_byline_and_copyright_outlet() -> None:
    page = (
        "Ferry timetable changes for winter\n"
        "By Mira Osei | Lisbon\n\n"
        "The ferry company will run fewer crossings from December, its director said on "
        "Monday, after passenger numbers fell for a second year.\n\n"
        "The last boat will leave at nine in the evening instead of eleven.\n\n"
        "For feedback, write to mira.osei@harbourtimes.example\n"
        "© 2026 The Harbour Times. All rights reserved.\n"
    )
    draft = extract_text(page)
    assert [(a.name, a.email) for a in draft.authors] == [
        ("Mira Osei", "mira.osei@harbourtimes.example")
    ]
    assert draft.dateline is not None and draft.dateline.place == "Lisbon"
    assert draft.outlet_name == "The Harbour Times"


def test_extract_text_a_copyright_line_naming_a_person_names_no_outlet() -> None:
    page = (
        "Notes from a winter garden\n\n"
        "The frost came early this year, and the last of the dahlias went black in a "
        "single night before I could lift the tubers.\n\n"
        "© 2026 Jane Doe\n"
    )
    assert extract_text(page).outlet_name is None


def test_extract_text_short_line_before_the_body_is_not_a_crosshead() -> None:
    page = (
        "Bridge reopens after repairs\n\n"
        "The old bridge reopened to traffic on Saturday after six months of repairs, "
        "the roads agency said.\n\n"
        "Drivers had used a ferry in the meantime.\n\n"
        "Related\n"
        "Tolls to rise on the coast road\n"
    )
    article = read(page, facts=False)
    assert [p.kind for p in article.paragraphs] == ["body", "body"]
    assert ("Tolls to rise on the coast road", "after-article") in [
        (r.text, r.reason) for r in article.removed
    ]


def test_extract_text_page_without_prose_is_not_an_article() -> None:
    article = read("Home\nNews\nSport\nWeather\nContact us\n", facts=False)
    assert article.kind == "not_article"
    assert article.text == ""
    assert article.warnings


STORY = (
    "The harbour board said on Tuesday that it would dredge the inner basin this winter, "
    "so that larger ferries can dock at the old quay.\n\n"
    "Work will start in November and last about six weeks, the board said.\n\n"
    "Fishing boats will use the north pier while the basin is closed.\n"
)


def test_extract_text_headline_matching_the_url_slug_wins_over_a_section_title() -> None:
    page = "Harbour board to dredge inner basin\nOpinion pieces\n\n" + STORY
    url = "https://paper.example/local/2024/10/01/harbour-board-dredge-inner-basin"
    assert read(page, url=url, facts=False).headline == "Harbour board to dredge inner basin"
    assert read(page, facts=False).headline == "Opinion pieces"  # no slug: the nearest title


def test_extract_text_dates_in_the_menus_far_above_the_headline_are_ignored() -> None:
    page = (
        "Published: 09:00, May 2, 2019\nHome\nLocal\nSport\nWeather\nContact\n"
        "Harbour board to dredge inner basin\nPublished: 10:15, October 1, 2024\n\n" + STORY
    )
    article = read(page, facts=False)
    assert article.published is not None and article.published.value == "2024-10-01T10:15"
    assert ("Published: 09:00, May 2, 2019", "before-headline") in [
        (r.text, r.reason) for r in article.removed
    ]


def test_extract_text_sentence_case_items_are_a_list_title_case_items_are_links() -> None:
    items = "Low use of the old cranes\nLong queues at the gate in summer\nSilt in the basin\n"
    links = "Ferry Fares To Rise In Spring\nNew Mayor Sworn In\nCouncil Backs Bridge Plan\n"
    first, rest = STORY.split("\n\n", 1)
    article = read(f"Dredging plan\n\n{first}\n\n{items}\n{rest}", facts=False)
    assert [p.kind for p in article.paragraphs] == ["body", "list", "list", "list", "body", "body"]
    article = read(f"Dredging plan\n\n{first}\n\n{links}\n{rest}", facts=False)
    assert [p.kind for p in article.paragraphs] == ["body", "body", "body"]
    assert [r.reason for r in article.removed].count("link-list") == 3


def test_extract_text_share_prompts_above_the_story_do_not_end_it() -> None:
    page = "Dredging plan\nShare this story\nShare on Facebook\n\n" + STORY + "\nShare\nMore news\n"
    article = read(page, facts=False)
    assert len(article.paragraphs) == 3
    assert ("More news", "after-article") in [(r.text, r.reason) for r in article.removed]


def test_extract_text_date_before_a_modified_label_is_the_publication_time() -> None:
    page = (
        "Dredging plan\nMon 30 Sep 2024 18.54 BST Last modified on Tue 1 Oct 2024 09.10 BST\n\n"
        + STORY
    )
    article = read(page, facts=False)
    assert article.published is not None and article.updated is not None
    assert (article.published.value, article.updated.value) == (
        "2024-09-30T18:54:00+01:00",
        "2024-10-01T09:10:00+01:00",
    )


def test_extract_text_explainer_with_crossheads_is_still_an_article() -> None:
    sections = "".join(
        f"Step {n}: {title}\n\n{STORY.split(chr(10))[0]} Then step {n} follows with more "
        "detail on what the board will do, and when, and what it costs the port.\n\n"
        for n, title in enumerate(["Survey", "Dredge", "Inspect", "Reopen"], start=1)
    )
    article = read("How the basin gets dredged\n\n" + sections, facts=False)
    assert article.kind == "article"
    assert [p.kind for p in article.paragraphs].count("crosshead") == 3


def test_extract_text_lone_credit_line_makes_the_line_above_a_caption() -> None:
    first, rest = STORY.split("\n\n", 1)
    page = (
        f"Dredging plan\n\n{first}\n\nA dredger at work in the inner basin on Monday.\n"
        f"(Image: © Harbour Board)\n\n{rest}"
    )
    article = read(page, facts=False)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("A dredger at work in the inner basin on Monday.", "Harbour Board")
    ]
    assert len(article.paragraphs) == 3


def test_extract_text_caption_with_a_copyright_credit_is_not_a_footer() -> None:
    caption = "A dredger in the basin on Monday. © Kari Nes / Port Images"
    page = f"Dredging plan\n\n{caption}\n\n{STORY}"
    article = read(page, facts=False)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("A dredger in the basin on Monday.", "Kari Nes / Port Images")
    ]


def test_extract_text_caption_with_a_bracketed_archive_credit() -> None:
    caption = "Fishing boats leave the inner basin at dawn. (Harbour Board archive)"
    page = f"Dredging plan\n\n{caption}\n\n{STORY}"
    article = read(page, facts=False)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Fishing boats leave the inner basin at dawn.", "Harbour Board archive")
    ]
    assert "archive" not in article.text


def test_extract_text_inline_related_box_does_not_end_the_story() -> None:
    long_one = (
        "The board said the dredged silt would be taken to a licensed site inland, and that "
        "tests so far had found no harmful metals in the samples taken last spring."
    )
    long_two = (
        "Residents near the quay have asked for the work to stop at night, and the board "
        "said it would keep the noisiest machines to daytime hours on weekdays only."
    )
    page = (
        f"Dredging plan\n\n{STORY}\nRelated\nFerry Fares To Rise In Spring\n\n"
        f"{long_one}\n\n{long_two}\n\nRelated\nNew Mayor Sworn In\n"
    )
    article = read(page, facts=False)
    assert article.paragraph_texts()[-2:] == [long_one, long_two]
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["Ferry Fares To Rise In Spring"] == "inline-teaser"
    assert reasons["New Mayor Sworn In"] == "after-article"


def test_extract_text_short_paragraphs_right_below_an_inline_read_more_link_go_on() -> None:
    """News paragraphs are often short: two whole sentences right below an inline "Read
    more: ..." link are the story going on, not teasers."""
    rest = [
        "Residents near the quay want the work to stop at night, when the barges pass.",
        '"We cannot sleep with that noise," said Ane Lid, who has lived on the quay for years.',
        "The board will reply to the residents next week.",
    ]
    page = (
        f"Dredging plan\n\n{STORY}\nRead more: Ferry fares to rise in spring\n"
        + "\n".join(rest)
        + "\nMore from News\nNew mayor sworn in\nThe new mayor took office on Monday.\n"
    )
    article = read(page, facts=False)
    assert article.paragraph_texts()[-3:] == rest
    assert "The new mayor took office on Monday." not in article.text


def test_extract_text_links_after_a_read_more_label_are_not_the_story() -> None:
    page = (
        f"Dredging plan\n\n{STORY}\nRead more:\nFerry fares to rise in spring\n"
        "How deep is the old harbour?\n"
    )
    article = read(page, facts=False)
    assert "Ferry fares to rise in spring" not in article.paragraph_texts()
    assert "How deep is the old harbour?" not in article.paragraph_texts()
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["How deep is the old harbour?"] == "after-article"


def test_extract_text_first_byline_after_a_summary_restarts_the_story() -> None:
    page = (
        "Dredging plan\n\n"
        "The board wants bigger ferries at the old quay, and that means digging.\n\n"
        "Get our morning briefing, delivered to your inbox every weekday.\n\n"
        "By Ola Brenne\n\n" + STORY
    )
    article = read(page, facts=False)
    assert article.standfirst is not None and article.standfirst.startswith("The board wants")
    assert [a.name for a in article.authors] == ["Ola Brenne"]
    assert article.paragraph_texts()[0].startswith("The harbour board said on Tuesday")


def test_extract_text_reads_caseless_scripts() -> None:
    body = (
        "港口管理局周二表示，今年冬天将疏浚内港，以便更大的渡轮可以停靠旧码头。工程将于十一月开始。"
    )
    article = read(f"港口将疏浚内港\n\n{body}\n\n{body}\n", facts=False)
    assert article.kind == "article"
    assert article.headline == "港口将疏浚内港"
    assert article.paragraph_texts() == [body, body]


_GUIDE_PAGE = """Garden Notes
Shop
Courses
Home » Guides » Growing Beans on a Small Balcony
Growing Beans on a Small Balcony
Written by
Mara Lindqvist
Last updated
March 3, 2024
Contents
Choosing the Right Pots
Beans need deep pots, and a south-facing balcony gives them light all afternoon.
Water them every morning in hot weather, because a small pot dries out fast.
Pick the pods while they are young, which keeps the plant flowering for weeks.
"""


def test_headline_above_its_byline_and_date_beats_a_contents_entry() -> None:
    draft = extract_text(_GUIDE_PAGE)
    assert draft.headline == "Growing Beans on a Small Balcony"
    assert [a.name for a in draft.authors] == ["Mara Lindqvist"]
    assert draft.published is not None and draft.published.value.startswith("2024-03-03")


_REPEATED_TITLE_PAGE = """Menu
Why Pumps Fail
Why Pumps Fail
Why Pumps Fail in Cold Weather
Why Pumps Fail in Cold Weather
Sponsored Winter Tools
A pump left outside in winter can crack when the water inside it freezes and swells overnight.
Drain the pump before the first frost and store it somewhere dry, away from the wind and the snow.
"""


def test_a_title_printed_twice_near_the_story_is_the_headline() -> None:
    assert extract_text(_REPEATED_TITLE_PAGE).headline == "Why Pumps Fail in Cold Weather"


_STORY_LINES = (
    "The harbour board said on Tuesday that the inner basin will be dredged this winter.\n"
    "Work starts in November and should end before the spring sailing season opens.\n"
)


@pytest.mark.parametrize(
    ("meta", "author", "day"),
    [
        ("ByOla Brenne\nMarch 3, 2024", "Ola Brenne", "2024-03-03"),
        ("By Ola BrennePublished: Mar 3, 2024", "Ola Brenne", "2024-03-03"),
        ("Posted on March 3, 2024April 9, 2024 by Ola Brenne", "Ola Brenne", "2024-03-03"),
        ("ByOla BrenneMar 3, 2024 | 6 comments", "Ola Brenne", "2024-03-03"),
    ],
)
def test_metadata_glued_by_the_scraper_is_read(meta: str, author: str, day: str) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\n{meta}\n{_STORY_LINES}")
    assert [a.name for a in draft.authors] == [author]
    assert draft.published is not None and draft.published.value.startswith(day)


def test_unglue_splits_only_where_a_space_was_dropped() -> None:
    assert unglue("ByOla Brenne") == "By Ola Brenne"
    assert unglue("Posted March 3, 2024April 9, 2024") == "Posted March 3, 2024 April 9, 2024"
    assert unglue("By Jo LeeUpdated: May 1, 2024") == "By Jo Lee Updated: May 1, 2024"
    assert unglue("Byron Lee, 12345Abc") == "Byron Lee, 12345Abc"
    assert unglue("By Jo LeeMar 5, 2025") == "By Jo Lee Mar 5, 2025"
    assert unglue("Summary of the DecMarch") == "Summary of the DecMarch"


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("by harbourworks | Mar 3, 2024", "harbourworks"),
        ("Posted by Harbourworks on Sunday, March 3, 2024", "Harbourworks"),
        ("Written by Ola\nMarch 3, 2024", "Ola"),
        ("By The Quayside Staff\nMarch 3, 2024", "The Quayside Staff"),
        ("By\nThe Quayside Team\nMarch 3, 2024", "The Quayside Team"),
        ("By\nOla Brenne\nMarch 3, 2024\nReviewed by\nTove Lund", "Ola Brenne"),
        ("March 3, 2024\nFact checked by\nTove Lund", None),
    ],
)
def test_a_site_team_or_first_name_credit_is_the_author(meta: str, author: str | None) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\n{meta}\n{_STORY_LINES}")
    assert [a.name for a in draft.authors] == ([author] if author else [])


def test_a_lone_word_after_a_bare_by_in_a_menu_is_no_credit() -> None:
    draft = extract_text(f"By Industry\nBy Role\nQuay Works Begin in Winter\n{_STORY_LINES}")
    assert draft.authors == []


def test_a_by_line_beats_a_bare_name_taken_beside_the_date() -> None:
    meta = "Harbour Notes\nMarch 3, 2024\nWritten By Ola Brenne"
    page = f"Quay Works Begin in Winter\n{meta}\n{_STORY_LINES}"
    draft = extract_text(page, url="https://example.org/quay-works-begin-in-winter")
    assert draft.headline == "Quay Works Begin in Winter"
    assert [a.name for a in draft.authors] == ["Ola Brenne"]


_QUAY_STORY = (
    "The harbour board said on Tuesday that the inner basin will be dredged this winter.\n"
    "Work starts in November and should end before the spring sailing season opens.\n"
    "Fishing boats will use the north pier while the basin is closed to them.\n"
)


def test_the_slug_is_the_last_path_segment_of_words_not_a_section_before_it() -> None:
    page = f"Menu\nHarbour Visitor Help Desk\nDredging Starts in Winter\n\n{_QUAY_STORY}"
    url = "https://port.example/online-harbour-visitor-help-desk/dredging-winter.php"
    assert extract_text(page, url=url).headline == "Dredging Starts in Winter"


def test_a_breadcrumb_ending_in_the_title_is_not_the_headline() -> None:
    page = (
        "Menu\nHome > News > Harbour Board Will Dredge the Inner Basin\nLocal\n"
        f"Harbour Board Will Dredge the Inner Basin\nMarch 3, 2024\n{_QUAY_STORY}"
    )
    url = "https://port.example/news/harbour-board-will-dredge-inner-basin"
    assert extract_text(page, url=url).headline == "Harbour Board Will Dredge the Inner Basin"


@pytest.mark.parametrize(
    "glued",
    [
        "Port Guides Harbour Board Will Dredge the Inner Basin",  # a kicker glued before
        "Harbour Board Will Dredge the Inner Basin Join Now",  # a button glued after
    ],
)
def test_a_title_glued_to_a_kicker_or_button_defers_to_its_clean_copy(glued: str) -> None:
    page = f"Menu\n{glued}\nHarbour Board Will Dredge the Inner Basin\n{_QUAY_STORY}"
    for url in (None, "https://port.example/news/harbour-board-will-dredge-inner-basin"):
        assert extract_text(page, url=url).headline == "Harbour Board Will Dredge the Inner Basin"


def test_a_title_case_question_above_its_byline_is_the_headline() -> None:
    title = "Ferry or Bridge to the Island: Which One Should You Take?"
    page = f"Menu\nIsland Guides\n{title}\nBy Ola Brenne\nMarch 3, 2024\n{_QUAY_STORY}"
    draft = extract_text(page, url="https://port.example/island-guides/ferry-or-bridge-island")
    assert draft.headline == title
    assert [a.name for a in draft.authors] == ["Ola Brenne"]


def test_a_title_that_names_every_word_of_the_slug_beats_one_that_names_part() -> None:
    page = (
        f"Menu\nMay 6, 2024\nAn introduction to harbour dredging for boat owners\n"
        f"Harbour News Dredging\n{_QUAY_STORY}"
    )
    url = "https://port.example/blog/introduction-harbour-dredging/"
    headline = "An introduction to harbour dredging for boat owners"
    assert extract_text(page, url=url).headline == headline


def test_a_related_story_naming_the_slug_is_not_the_headline() -> None:
    page = (
        f"Menu\nDredging Plan Approved for Winter\nMarch 3, 2024\n{_QUAY_STORY}"
        "More from the port\n"
        "Harbour Board Will Dredge the Whole Inner Basin\n"
        "The board explains what the works mean for boat owners.\n"
        "Sign up for our newsletter\nContact us\nAbout the port\n"
    )
    url = "https://port.example/news/harbour-board-will-dredge-whole-inner-basin"
    assert extract_text(page, url=url).headline == "Dredging Plan Approved for Winter"


@pytest.mark.parametrize(
    "page",
    [
        f"Quay Works Begin in Winter\nMarch 3, 2024\nBy\nFact Checked\n{_STORY_LINES}",
        f"March 3, 2024\nQuay Works Begin in Winter\nPost Tags\nNo Categories\n{_STORY_LINES}",
    ],
)
def test_a_label_where_the_byline_name_would_stand_is_no_author(page: str) -> None:
    assert extract_text(page).authors == []


def test_a_bare_date_below_the_story_is_not_the_page_date_when_the_header_gave_one() -> None:
    page = (
        f"Quay Works Begin in Winter\nLast updated: April 9, 2024\n{_QUAY_STORY}"
        "More from the port\nNew Pier Lights Approved\nApril 2, 2024\n"
    )
    draft = extract_text(page)
    assert draft.published is None
    assert draft.updated is not None and draft.updated.value == "2024-04-09"


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("Ola Brenne, MS, RD\nPublished Mar 3, 2024", "Ola Brenne"),  # credentials dropped
        ("Ola Brenne, Harbour Pilot\n•\nMarch 3, 2024", "Ola Brenne"),  # a one-word role too
        ("Harbour Works, Oslo\nMarch 3, 2024", None),  # no given name: no bare name
    ],
)
def test_a_bare_name_with_credentials_beside_the_date_is_the_author(
    meta: str, author: str | None
) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\n{meta}\n{_STORY_LINES}")
    assert [a.name for a in draft.authors] == ([author] if author else [])


def test_a_bare_name_and_date_just_above_the_headline_is_the_byline() -> None:
    page = "Menu\nOrder Now\nOla Brenne\nMarch 3, 2024\n5:50 am\nQuay Works Begin in Winter\n"
    draft = extract_text(page + _QUAY_STORY)
    assert draft.headline == "Quay Works Begin in Winter"
    assert [a.name for a in draft.authors] == ["Ola Brenne"]
    # a menu button beside a date is no name: it needs a known given name
    page = "Menu\nOrder Now\nMarch 3, 2024\nQuay Works Begin in Winter\n"
    draft = extract_text(page + _QUAY_STORY)
    assert draft.authors == []


@pytest.mark.parametrize(
    ("box", "author"),
    [
        ("Written By\nOla Brenne\nHarbour Writer", "Ola Brenne"),
        ("Article written by:\nOla Brenne, MD, PhD\nArticle reviewed by:\nTove Lund", "Ola Brenne"),
        ("Author\nHarbourworks\nShare", "Harbourworks"),
        ("By\nTove Lund\nMarch 3, 2024", None),  # a bare "By" below the story: a related story's
    ],
)
def test_an_authorship_label_and_name_after_the_story_is_the_author(
    box: str, author: str | None
) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\n{_QUAY_STORY}{box}\n")
    assert [a.name for a in draft.authors] == ([author] if author else [])
    assert len(draft.paragraphs) == 3


def test_a_lone_given_name_before_the_date_is_the_author_but_not_a_month() -> None:
    meta = "Kari March 3, 2024 0 Comments"
    draft = extract_text(f"Quay Works Begin in Winter\n{meta}\n{_STORY_LINES}")
    assert [a.name for a in draft.authors] == ["Kari"]
    assert draft.published is not None and draft.published.value.startswith("2024-03-03")
    draft = extract_text(f"Quay Works Begin in Winter\nApril 3, 2024 0 Comments\n{_STORY_LINES}")
    assert draft.authors == []


def test_a_blog_line_of_dates_byline_and_glued_categories_is_read() -> None:
    meta = "On March 3, 2024March 9, 2024 By Ola BrenneIn Harbour Life, Port Guides, Boats"
    draft = extract_text(f"Quay Works Begin in Winter\n{meta}\n{_STORY_LINES}")
    assert [a.name for a in draft.authors] == ["Ola Brenne"]
    assert draft.published is not None and draft.published.value.startswith("2024-03-03")
    assert draft.standfirst is None


def test_a_date_inside_a_sentence_of_the_story_is_not_the_page_date() -> None:
    page = (
        "Quay Works Begin in Winter\n"
        "The harbour board said on Tuesday that the inner basin will be dredged this winter.\n"
        "As of March 3, 2024, the board has received:\n"
        "Work starts in November and should end before the spring sailing season opens.\n"
        "Fishing boats will use the north pier while the basin is closed to them.\n"
        "Page last reviewed:\nApril 9, 2024\n"
    )
    draft = extract_text(page)
    assert draft.published is not None and draft.published.value == "2024-04-09"
    assert "As of March 3, 2024, the board has received:" in [p.text for p in draft.paragraphs]


@pytest.mark.parametrize("closing", ["", "Share\n"])  # the credit, or a share prompt first
def test_a_date_right_below_the_credit_that_closes_the_story_is_its_date(closing: str) -> None:
    story = f"Quay Works Begin in Winter\n{_QUAY_STORY}{closing}By Ola Brenne\n"
    draft = extract_text(f"{story}March 3, 2024\n12 min read\n")
    assert [a.name for a in draft.authors] == ["Ola Brenne"]
    assert draft.published is not None and draft.published.value == "2024-03-03"
    # not a date further down, in what follows the story
    assert extract_text(f"{story}More news\nMarch 3, 2024\n").published is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Ola Brenne   Reuters", "Ola Brenne"),  # a name and a known outlet, joined
        ("Ola Brenne | The Guardian", "Ola Brenne"),
        ("Harbour Works   Reuters", None),  # no given name: no byline
    ],
)
def test_a_bare_name_joined_to_a_known_outlet_is_a_byline(line: str, author: str | None) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\n{line}\nShow Caption\n{_QUAY_STORY}")
    assert [a.name for a in draft.authors] == ([author] if author else [])
    if author:
        assert draft.headline == "Quay Works Begin in Winter"


def test_a_breadcrumb_ending_in_the_page_title_gives_the_section() -> None:
    from dateline.extract.newsline import parse_breadcrumb

    assert parse_breadcrumb("Home > Port News > Night Ferry Returns After Two Years") == [
        "Port News"
    ]
    assert parse_breadcrumb("Port News > Night Ferry Returns After Two Years") is None
    assert parse_breadcrumb("Accueil > Politique > Europe") == ["Politique", "Europe"]


def test_a_title_reading_as_prose_right_below_the_byline_is_the_headline() -> None:
    title = "Five Ways to Keep a Boat Dry (and Why It Matters)"
    page = f"Menu\nOrder Now\nOla Brenne\nMarch 3, 2024\n{title}\n{_QUAY_STORY}"
    draft = extract_text(page)
    assert draft.headline == title
    assert draft.paragraphs[0].text.startswith("The harbour board said")
    lede = "Remember the long wait for a boat that stayed dry (and who paid for it)"
    page = f"Quay Works Begin in Winter\nMarch 3, 2024\n{lede}\n{_QUAY_STORY}"
    assert extract_text(page).headline == "Quay Works Begin in Winter"  # a lede is the story's


def test_a_menu_word_printed_in_lower_case_in_the_story_is_not_the_masthead() -> None:
    page = (
        "Harbour Notes\nGuides\nBoats\nMoorings\nTides\nContact\n"
        "Home > Guides > Quay Works Begin in Winter\nQuay Works Begin in Winter\n"
        f"March 3, 2024\nWhat changes for moorings\n{_QUAY_STORY}"
    )
    draft = extract_text(page)
    assert draft.outlet_name is None
    assert draft.section == ["Guides"]


def test_a_section_listed_in_the_site_menu_is_no_masthead() -> None:
    page = (
        "World | Sport | Money | Travel\nAdvertisement\nWorld\n"
        "Ferry Operators Agree New Winter Timetable\nBy Ada Rhee\nJanuary 8, 2025\n"
        f"{_QUAY_STORY}"
    )
    draft = extract_text(page)
    assert draft.outlet_name is None
    assert draft.section == ["World"]


def test_the_only_byline_after_a_live_pages_last_post_credits_the_page() -> None:
    """A live page prints its credit under the last post, after the share prompt that ends
    the story: with no byline above, that credit is the page's author."""
    page = "\n".join(
        [
            "LIVE",
            "Storm updates: ferries halted on the west coast",
            "Last updated: 09:10 GMT, Sunday 2 March 2025",
            "09:10",
            "The coastguard said two fishing boats had been towed into Oban overnight.",
            "08:40",
            "All ferries to the islands were cancelled until at least noon, the operator said.",
            "Share this post",
            "By Ewan Rossi, Coast News, Oban",
        ]
    )
    assert [a.name for a in read(page).authors] == ["Ewan Rossi"]


def test_a_wire_story_names_its_agency_and_its_credit_in_brackets() -> None:
    """No masthead: the agency in the dateline is the outlet; the bracketed credit line
    under the story names the reporter, not an editor, and leaves the body."""
    page = "\n".join(
        [
            "Ferry operator to cut 300 jobs",
            "BERGEN, May 6 (Reuters) - Fjordline said on Tuesday it would cut 300 jobs after a "
            "second year of losses on its North Sea routes.",
            "The company said fuel and port fees had risen by a fifth since last spring.",
            "The cuts fall mostly on its Bergen terminal, where 180 people work, and on "
            "onboard staff of the two oldest ships, which will be sold next year.",
            "Unions said they would meet the company on Friday to discuss the plan.",
            "(Reporting by Ola Brekke; Editing by Ruth Amos)",
        ]
    )
    article = read(page)
    assert article.outlet.name == "Reuters"
    assert [a.name for a in article.authors] == ["Ola Brekke"]
    assert "Reporting by" not in article.text


def test_the_date_in_the_url_dates_a_page_that_prints_none() -> None:
    url = "https://example.org/harbour/2024/03/05/quay-works-begin-in-winter/"
    draft = extract_text(f"Quay Works Begin in Winter\n{_QUAY_STORY}", url=url)
    assert draft.published is not None and draft.published.value == "2024-03-05"
    assert draft.published.source == "url"
    # a date printed on the page wins over the URL's
    draft = extract_text(f"Quay Works Begin in Winter\nMarch 9, 2024\n{_QUAY_STORY}", url=url)
    assert draft.published is not None and draft.published.value == "2024-03-09"


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("Harbourworks\nMarch 3, 2024", "Harbourworks"),  # its own line, beside the date
        ("HarbourWorks - March 3, 2024", "HarbourWorks"),  # joined to the date
        ("March 3, 2024     Harbourworks", "Harbourworks"),
        ("Quayside\nMarch 3, 2024", None),  # a word that is not the site's name
        ("Harbourworks\nShow Caption", None),  # no date beside it
        ("Quay Life Editorial Team\nMarch 3, 2024", "Quay Life Editorial Team"),  # a team
    ],
)
def test_a_company_blog_that_credits_itself_beside_the_date_is_the_author(
    meta: str, author: str | None
) -> None:
    url = "https://www.harbourworks.com/blog/quay-works-begin"
    draft = extract_text(f"Quay Works Begin in Winter\n{meta}\n{_QUAY_STORY}", url=url)
    assert draft.headline == "Quay Works Begin in Winter"
    assert [a.name for a in draft.authors] == ([author] if author else [])


def test_a_title_case_line_under_the_date_beats_a_crosshead_between_paragraphs() -> None:
    """A headline that reads as prose stands right below its date; a crosshead that shares
    a word with the slug stands between paragraphs of the story, and is no headline."""
    title = "What the Dredging Means for You (and Your Boat)"
    page = "\n".join(
        [
            "Menu",
            "March 3, 2024/Harbour Life/Boats",
            title,
            "The harbour board said on Tuesday that the inner basin will be dredged this winter.",
            "Work starts in November and should end before the spring sailing season opens.",
            "Fishing boats will use the north pier while the basin is closed to them.",
            "Moorings explained",
            "Owners of the forty boats on the inner moorings will be offered a berth elsewhere.",
            "The new berths are listed below:",
            "North pier",
            "East wall",
            "Old ferry slip",
            "Boatyard pontoon",
            *[
                f"Paragraph {n} of the guide says what owners must do before the works, and who "
                "will pay for the move, in more words than any line above it has."
                for n in range(1, 6)
            ],
        ]
    )
    draft = extract_text(page, url="https://harbourlife.org/dredging-inner-moorings")
    assert draft.headline == title
    assert draft.published is not None and draft.published.value == "2024-03-03"


@pytest.mark.parametrize(
    ("meta", "author"),
    [
        ("March 3, 2024 | Ola Brenne", "Ola Brenne"),  # the date first, then the name
        ("Updated: March 3, 2024 | Ola Brenne", "Ola Brenne"),  # a labelled time first
        ("March 3, 2024 | Harbour Life", None),  # a section, not a person: no given name
    ],
)
def test_a_date_then_a_bare_name_on_one_line_is_the_byline(meta: str, author: str | None) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\n{meta}\n{_QUAY_STORY}")
    assert [a.name for a in draft.authors] == ([author] if author else [])
    stamp = draft.published or draft.updated
    assert stamp is not None and stamp.value == "2024-03-03"


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ("Ola Brenne | Harbour Reporter\nMarch 3, 2024", ["Ola Brenne"]),  # a role after a bar
        ("Ola Brenne – Harbour Reporter\nMarch 3, 2024", ["Ola Brenne"]),
        ("Ola Brenne and Tove Lund\nMarch 3, 2024", ["Ola Brenne", "Tove Lund"]),
        ("Ola Brenne, Tove Lund\nMarch 3, 2024", ["Ola Brenne", "Tove Lund"]),
        ("Ola Brenne and Harbour Works\nMarch 3, 2024", []),  # no given name: no byline
        ("Reviewed by\nOla Brenne and Tove Lund\nMarch 3, 2024", []),  # another role's names
    ],
)
def test_bare_names_beside_the_date_are_the_byline(meta: str, authors: list[str]) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\n{meta}\n{_QUAY_STORY}")
    assert [a.name for a in draft.authors] == authors


@pytest.mark.parametrize(
    ("box", "author"),
    [
        ("Ola Brenne\nOla has reported on the harbour for ten years.", "Ola Brenne"),
        ("About the author\nOla Brenne is a reporter who writes about boats.", "Ola Brenne"),
        ("Meet the writer:\nOla Brenne\nOla Brenne has sailed since she was six.", "Ola Brenne"),
        ("Harbour Works\nHarbour Works is a firm that builds quays.", None),  # no person
    ],
)
def test_an_author_box_after_the_story_names_the_author_and_ends_the_story(
    box: str, author: str | None
) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\nMarch 3, 2024\n{_QUAY_STORY}{box}\n")
    assert [a.name for a in draft.authors] == ([author] if author else [])
    if author:
        assert [p.text for p in draft.paragraphs] == _QUAY_STORY.splitlines()


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Ola Brenne Ola Brenne", "Ola Brenne"),  # an author link and its text
        ("Ola BrenneOla Brenne", "Ola Brenne"),  # ... glued
        ("By Li Li", "Li Li"),  # one word twice is a name
    ],
)
def test_a_name_printed_twice_by_the_scraper_is_one_author(byline: str, author: str) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\n{byline}\nMarch 3, 2024\n{_QUAY_STORY}")
    assert [a.name for a in draft.authors] == [author]


@pytest.mark.parametrize(
    ("byline", "day"),
    [
        ("by Ola Brenne on March 3, 2024 in Harbour Life", "2024-03-03"),
        ("By Ola Brenne and Tove Lund on March 3, 2024", "2024-03-03"),
        ("By Ola Brenne, Harbour Reporter, March 3, 2024 at 10:00 am", "2024-03-03T10:00"),
        ("By Ola Brenne | Harbour Reporter | March 3, 2024 | 4 min read", "2024-03-03"),
    ],
)
def test_an_unlabelled_date_after_the_bylines_names_is_the_publication_date(
    byline: str, day: str
) -> None:
    draft = extract_text(f"Quay Works Begin in Winter\n{byline}\n{_QUAY_STORY}")
    assert draft.authors and draft.authors[0].name == "Ola Brenne"
    assert draft.published is not None and draft.published.value == day


@pytest.mark.parametrize(
    ("line", "place", "outlet"),
    [
        ("Harbourtown —", "Harbourtown", None),
        ("PORT ELLIS, Maine (AP) —", "Port Ellis, Maine", "AP"),
        ("New Harbour CNN —", "New Harbour", "CNN"),
    ],
)
def test_extract_text_a_dateline_on_a_line_of_its_own_is_the_dateline(
    line: str, place: str, outlet: str | None
) -> None:
    """Scrapers print a dateline set apart from the first paragraph as a line of its own:
    it is the article's dateline, not a crosshead or a stray line."""
    page = f"Dredging plan\n\nBy Ola Brenne\n\n{line}\n\n{STORY}"
    article = read(page, facts=False)
    assert article.dateline is not None and article.dateline.place == place
    assert article.outlet.name == outlet
    assert line not in article.text
    assert {r.text: r.reason for r in article.removed}[line] == "dateline"


def test_extract_text_a_desk_named_again_in_a_newsletter_prompt_is_the_section() -> None:
    """A desk word above the headline ("Politics") named again in "our Politics newsletter"
    is the section, not the outlet's masthead."""
    page = (
        f"Menu\nPolitics\nDredging plan\nBy Ola Brenne\n\n{STORY}\n"
        "Sign up for our Politics newsletter\n"
    )
    article = read(page, facts=False)
    assert article.section == ["Politics"]
    assert article.outlet.name is None


def test_extract_text_a_video_title_with_its_running_time_is_furniture() -> None:
    page = f"Dredging plan\n\nBy Ola Brenne\n\nVideo: The dredger at work (02:14)\n\n{STORY}"
    article = read(page)
    assert "Video" not in article.text
    assert not [t for t in article.timexes if t.span.text == "02:14"]


def test_extract_text_the_byline_names_the_outlet_when_no_masthead_does() -> None:
    page = f"Dredging plan\n\nBy Ola Brenne and Kari Nes, Fjord Wire\n\n{STORY}"
    article = read(page, facts=False)
    assert [a.name for a in article.authors] == ["Ola Brenne", "Kari Nes"]
    assert article.outlet.name == "Fjord Wire"


@pytest.mark.parametrize("credit", ["Harbour Post staff", "Harbour Wire"])
def test_a_desk_credit_under_the_byline_is_no_headline_and_a_named_contact_is_the_email(
    credit: str,
) -> None:
    """ "Harbour Post staff" or an agency's name under the byline credits the desk, and
    "Contact Ana Ruiz at ..." after the story gives Ana Ruiz her address."""
    page = "\n".join(
        [
            "Harbour Post",
            "News",
            "Ferry fares rise for the first time in six years",
            "By Ana Ruiz and Ole Brandt",
            credit,
            "Published 8:10 a.m. Nov. 3, 2025",
            "The harbour board raised ferry fares on Monday for the first time in six "
            "years, citing the cost of fuel and repairs to the older boats.",
            "A single ticket to the islands will cost four euros, up from three, the "
            "board said in a statement after its monthly meeting.",
            "Contact Ana Ruiz at aruiz@harbourpost.example.",
            "© 2025 Harbour Post",
        ]
    )
    article = read(page, format="text", facts=False)
    assert article.headline == "Ferry fares rise for the first time in six years"
    assert [(a.name, a.email) for a in article.authors] == [
        ("Ana Ruiz", "aruiz@harbourpost.example"),
        ("Ole Brandt", None),
    ]
    assert "Contact" not in article.text


def test_a_live_blogs_first_entry_keeps_its_stamp_and_title() -> None:
    """The first entry's "10:05" and title stand right above the story, like the later
    entries': they are the story's, not the header's."""
    page = "\n".join(
        [
            "Harbour Post",
            "Gale live: ferries stay in port as winds reach 110km/h",
            "Updated 10:05 GMT, 3 February 2026",
            "10:05",
            "Lifeboat called to a yacht off the point",
            "The lifeboat crew said they had towed a yacht with a broken mast back to the "
            "harbour, and that its two sailors were well.",
            "09:30",
            "Ferries stay in port",
            "The ferry operator said no boat would sail before the afternoon, when the "
            "wind is expected to drop below gale force.",
        ]
    )
    article = read(page, format="text", facts=False)
    texts = article.paragraph_texts()
    assert texts[:2] == ["10:05", "Lifeboat called to a yacht off the point"]
