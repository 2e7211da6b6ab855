"""News-line parsers: bylines, datelines, timestamps, credits, outlets, furniture."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from dateline.extract.newsline import (
    Byline,
    find_byline,
    find_timestamps,
    is_furniture,
    is_person_name,
    is_section_label,
    is_team_credit,
    make_timestamp,
    names_a_newspaper,
    outlet_info,
    parse_byline,
    parse_date_words,
    parse_dateline,
    split_credit,
    title_case,
)
from dateline.lexicons import load_table


@pytest.mark.parametrize(
    ("line", "authors", "place", "organisation"),
    [
        ("By Ada Lindqvist in Tromsø", ["Ada Lindqvist"], "Tromsø", None),
        ("By JANE DOE and John Roe", ["Jane Doe", "John Roe"], None, None),
        ("By Jane Doe, Associated Press", ["Jane Doe"], None, "Associated Press"),
        ("By Jane Doe, John Roe and Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"], None, None),
        ("By Jane Doe, Staff Writer", ["Jane Doe"], None, None),
        ("By Jane Doe | March 3, 2024", ["Jane Doe"], None, None),
        ("By Jane Doe · March 3, 2024 · 4 min read", ["Jane Doe"], None, None),
        ("By Jane Doe - Northern Ledger", ["Jane Doe"], None, "Northern Ledger"),
        ("By Mary O'NEIL in New York", ["Mary O'Neil"], "New York", None),
        ("by Pieter van der Berg", ["Pieter van der Berg"], None, None),
        ("Words: Kim Saar", ["Kim Saar"], None, None),
        ("Written by Lena Holm", ["Lena Holm"], None, None),
        ("Posted by Lena Holm", ["Lena Holm"], None, None),  # a blog's "Posted by"
        (  # credits by role, with the time among them
            "Medically reviewed by Siri Vik, MD — Written by Lena Holm — Updated on May 2, 2024",
            ["Lena Holm"],
            None,
            None,
        ),
        ("Written by Lena Holm | Fact checked by Siri Vik", ["Lena Holm"], None, None),
        ("By Lena Holm, Director of Operations", ["Lena Holm"], None, None),  # a job title
        (  # after a role, a part with no given name is the employer
            "By Lena Holm, Sr. Director of Sales, Harbour Works",
            ["Lena Holm"],
            None,
            "Harbour Works",
        ),
        (
            "Reporting by Anna Berg and Tomas Lind; Editing by Carl Moe",
            ["Anna Berg", "Tomas Lind"],
            None,
            None,
        ),
        (
            "Reporting by Anna Berg; Additional reporting by Ivo Rask; Writing by Tuva Ek; "
            "Editing by Carl Moe and Siri Vik",
            ["Anna Berg", "Ivo Rask", "Tuva Ek"],
            None,
            None,
        ),
        ("By The Associated Press", [], None, "The Associated Press"),
        ("by Tove · Mar 3, 2024 at 9:00 am", ["Tove"], None, None),  # a blog's first-name credit
    ],
)
def test_newsline_byline_reads_authors_place_organisation(
    line: str, authors: list[str], place: str | None, organisation: str | None
) -> None:
    assert parse_byline(line) == Byline(authors=authors, place=place, organisation=organisation)


@pytest.mark.parametrize(
    ("line", "authors", "place", "organisation"),
    [
        ("By Mira Tollen for the Lakeside Post", ["Mira Tollen"], None, "Lakeside Post"),
        ("By Mira Tollen For Lakeside.com", ["Mira Tollen"], None, "Lakeside.com"),
        ("By Mira Tollen, for the Lakeside Post", ["Mira Tollen"], None, "Lakeside Post"),
        (
            "By Mira Tollen and Ivo Brandt for The Dune Ledger",
            ["Mira Tollen", "Ivo Brandt"],
            None,
            "The Dune Ledger",
        ),
        (
            "By Mira Tollen in Ostvik for the Lakeside Post",
            ["Mira Tollen"],
            "Ostvik",
            "Lakeside Post",
        ),
    ],
)
def test_newsline_byline_names_whom_the_writer_wrote_for(
    line: str, authors: list[str], place: str | None, organisation: str | None
) -> None:
    assert parse_byline(line) == Byline(authors=authors, place=place, organisation=organisation)


def test_newsline_byline_for_a_lower_case_phrase_is_no_employer() -> None:
    assert parse_byline("By Mira Tollen for the first time") is None


@pytest.mark.parametrize(
    "line",
    [
        "By the time the ferry arrived, the storm had passed.",
        "By Monday",
        "By Industry",  # a lone word that is no given name: a filter
        "Posted by admin",  # a placeholder, not a name
        "By 2025 the line will be finished.",
        "Bystanders said the fire spread quickly.",
        "The council voted by a wide margin.",
        "",
    ],
)
def test_newsline_byline_rejects_sentences(line: str) -> None:
    assert parse_byline(line) is None


def test_newsline_find_byline_inside_metadata_line() -> None:
    line = "Published:08:05, March 4, 2024 Updated:10:20, March 4, 2024 By Tom Aldane in Bergen"
    found = find_byline(line)
    assert found is not None
    byline, start = found
    assert byline.authors == ["Tom Aldane"]
    assert byline.place == "Bergen"
    assert line[start:].startswith("By Tom")


def test_newsline_title_case_only_touches_capitals() -> None:
    assert title_case("JANE O'NEIL-ROE") == "Jane O'Neil-Roe"
    assert title_case("FOZ DO IGUACU") == "Foz do Iguacu"  # a particle inside a name
    assert title_case("ALBANY, N.Y.") == "Albany, N.Y."  # an initial is no particle
    assert title_case("Ada Lindqvist") == "Ada Lindqvist"


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "rest"),
    [
        ("MOSCOW (Reuters) - The talks ended.", "Moscow", "Reuters", "The talks ended."),
        ("WASHINGTON — Lawmakers met.", "Washington", None, "Lawmakers met."),
        ("BERGEN (Ledger Wire) - Norway's grid.", "Bergen", "Ledger Wire", "Norway's grid."),
        ("LONDON, March 3 (Reuters) - Prices rose.", "London", "Reuters", "Prices rose."),
        ("GENEVA, Switzerland — Diplomats met.", "Geneva, Switzerland", None, "Diplomats met."),
        ("ST. JOHN'S -- Fog closed the port.", "St. John's", None, "Fog closed the port."),
        ("NEW DELHI: The cabinet met.", "New Delhi", None, "The cabinet met."),
        ("Oslo (NTB) - The king spoke.", "Oslo", "NTB", "The king spoke."),
        ('KYIV — "We are ready," he said.', "Kyiv", None, '"We are ready," he said.'),
        ("SEVILLA.– El pleno votó.", "Sevilla", None, "El pleno votó."),  # a stop, then a dash
        ("WASHINGTON, D.C. — Lawmakers met.", "Washington, D.C.", None, "Lawmakers met."),
    ],
)
def test_newsline_dateline_reads_wire_openings(
    paragraph: str, place: str, agency: str | None, rest: str
) -> None:
    match = parse_dateline(paragraph)
    assert match is not None
    assert (match.place, match.agency, paragraph[match.end :]) == (place, agency, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minister said - at length - that the plan would work.",
        "US officials - who asked not to be named - said so.",
        "UPDATE: The road has reopened.",
        "NATO - The alliance said it would respond.",
        "Oslo - The king spoke.",
        "John Kerry, the envoy, said on Monday that talks would go on.",
        "EXCLUSIVE — Officials weigh a new plan.",
        "Prices rose 3% - the fastest rise in a year.",
    ],
)
def test_newsline_dateline_ignores_ordinary_sentences(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published: 11:37, July 14, 2021 | Updated: 11:38, July 14, 2021",
            {"published": "11:37, July 14, 2021", "updated": "11:38, July 14, 2021"},
        ),
        (
            "Published:08:05, March 4, 2024 Updated:10:20, March 4, 2024 By Tom Aldane",
            {"published": "08:05, March 4, 2024", "updated": "10:20, March 4, 2024"},
        ),
        ("Posted 3 March 2024 08:05 GMT", {"published": "3 March 2024 08:05 GMT"}),
        ("Last modified on Tue 5 Mar 2024 10.20 GMT", {"updated": "Tue 5 Mar 2024 10.20 GMT"}),
        ("First published on 2 May 2023", {"published": "2 May 2023"}),
        ("Last updated: 2024-03-05T10:20:00Z", {"updated": "2024-03-05T10:20:00Z"}),
        ("Updated 2 hours ago", {}),
        ("Unpublished drafts were leaked.", {}),
        ("Dates open for booking on April 15, 2025", {}),  # a label is a whole word
        ("Dated 15 April 2025", {"published": "15 April 2025"}),
        ("PublishedApril 15, 2025", {"published": "April 15, 2025"}),  # a lost space
    ],
)
def test_newsline_find_timestamps(text: str, expected: dict[str, str]) -> None:
    assert find_timestamps(text) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("11:37, July 14, 2021", ("2021-07-14T11:37", False)),
        ("July 14, 2021", ("2021-07-14", False)),
        ("Wednesday 14 July 2021", ("2021-07-14", False)),
        ("14th of July 2021, 9.05am", ("2021-07-14T09:05", False)),
        ("Tue 5 Mar 2024 10.20 GMT", ("2024-03-05T10:20:00+00:00", True)),
        ("2024-03-03T08:05:00Z", ("2024-03-03T08:05:00+00:00", True)),
        ("2024-03-03 08:05:30", ("2024-03-03T08:05:30", False)),
        ("2024-03-03T08:05+05:30", ("2024-03-03T08:05:00+05:30", True)),
        ("March 3, 2024 8:05 p.m. ET", ("2024-03-03T20:05:00-05:00", True)),
        ("July 3, 2024 8:05 p.m. ET", ("2024-07-03T20:05:00-04:00", True)),
        ("12:10 AM Sept. 9, 2022", ("2022-09-09T00:10", False)),
        ("13/04/2024 14:00 UTC+8", ("2024-04-13T14:00:00+08:00", True)),
        ("04/13/2024", ("2024-04-13", False)),
        ("2024/04/13 14:00 JST", ("2024-04-13T14:00:00+09:00", True)),
        ("03/04/2024", None),
        ("2 hours ago", None),
        ("Monday", None),
        ("February 30, 2024", None),
        ("2024 RT Amination Banner", None),
        ("", None),
    ],
)
def test_newsline_parse_date_words(words: str, expected: tuple[str, bool] | None) -> None:
    assert parse_date_words(words) == expected


def test_newsline_make_timestamp_infers_zone_from_outlet_only_when_none_is_printed() -> None:
    inferred = make_timestamp("11:37, July 14, 2021", source="text", home_zone="Asia/Shanghai")
    assert inferred is not None
    assert (inferred.value, inferred.timezone) == ("2021-07-14T11:37:00+08:00", "inferred")
    assert inferred.timezone_rule == "outlet-home-zone:Asia/Shanghai"
    stated = make_timestamp("14 July 2021 03:37 GMT", source="text", home_zone="Asia/Shanghai")
    assert stated is not None
    assert (stated.value, stated.timezone, stated.timezone_rule) == (
        "2021-07-14T03:37:00+00:00",
        "stated",
        None,
    )
    bare = make_timestamp("July 14, 2021", source="text", home_zone="Asia/Shanghai")
    assert bare is not None
    assert (bare.value, bare.timezone) == ("2021-07-14", "none")
    unknown = make_timestamp("11:37, July 14, 2021", source="text")
    assert unknown is not None
    assert (unknown.value, unknown.timezone) == ("2021-07-14T11:37", "none")


@pytest.mark.parametrize(
    ("caption", "rest", "credit"),
    [
        (
            "Two ministers shake hands in Oslo on Monday. (KARI NES / POOL PHOTO VIA AP)",
            "Two ministers shake hands in Oslo on Monday.",
            "KARI NES / POOL PHOTO VIA AP",
        ),
        (
            "Ships at dawn. Photo: Kari Nes / Northern Ledger",
            "Ships at dawn.",
            "Kari Nes / Northern Ledger",
        ),
        (
            "A crowd gathers in the square. [Photo/Xinhua]",
            "A crowd gathers in the square.",
            "Photo/Xinhua",
        ),
        ("Ships in port. Credit: Ola Dahl", "Ships in port.", "Ola Dahl"),
        ("A man walks past the bank. Getty Images", "A man walks past the bank.", "Getty Images"),
        (
            "A man walks past the bank. REUTERS/Ola Dahl",
            "A man walks past the bank.",
            "REUTERS/Ola Dahl",
        ),
        (
            "A man walks. Ola Dahl/AFP via Getty Images",
            "A man walks.",
            "Ola Dahl/AFP via Getty Images",
        ),
        ("Firefighters at work (Photo by Lena Holm)", "Firefighters at work", "Photo by Lena Holm"),
        (
            "The premier (left) with the envoy (right)",
            "The premier (left) with the envoy (right)",
            None,
        ),
        ("Leaders meet in Oslo (L)", "Leaders meet in Oslo (L)", None),
        # A credit in brackets named by a word of its kind, not by its capitals.
        (
            "Fishing boats leave the harbour. (Meridian archive)",
            "Fishing boats leave the harbour.",
            "Meridian archive",
        ),
        ("Anna Lind in 1998. (Family handout)", "Anna Lind in 1998.", "Family handout"),
        ("The old bridge. (File photo)", "The old bridge.", "File photo"),
        ("Crowds gather. (AP Photo/Jo Lee)", "Crowds gather.", "AP Photo/Jo Lee"),
        ("The flooded road. (Supplied)", "The flooded road.", "Supplied"),
        (
            "Fishing boats in the bay (profile view)",
            "Fishing boats in the bay (profile view)",
            None,
        ),
        ("A quiet street in the old town.", "A quiet street in the old town.", None),
        # a label with a colon inside the brackets is no part of the credit, as outside them
        ("Waves break. (Photo: Ana Ruiz / Coast Times)", "Waves break.", "Ana Ruiz / Coast Times"),
    ],
)
def test_newsline_split_credit(caption: str, rest: str, credit: str | None) -> None:
    got_rest, got_credit = split_credit(caption)
    assert (got_rest, got_credit) == (rest, credit)
    assert caption.startswith(got_rest)


@pytest.mark.parametrize(
    ("domain", "name", "expected"),
    [
        ("www.chinadaily.com.cn", None, "China Daily"),
        ("edition.cnn.com", None, "CNN"),
        (None, "CHINA DAILY", "China Daily"),
        (None, "the guardian", "The Guardian"),
        (None, "Guardian", None),  # "The" + one word: the whole name is needed
        (None, "Local", None),
        (None, "THE LOCAL", "The Local"),
        (None, "Financial Times", "Financial Times"),
        (None, "New York Times", "The New York Times"),
        ("example.org", "The Northern Ledger", None),
        (None, None, None),
    ],
)
def test_newsline_outlet_info(domain: str | None, name: str | None, expected: str | None) -> None:
    info = outlet_info(domain, name)
    assert (info.name if info else None) == expected


def test_newsline_outlets_table_is_well_formed() -> None:
    rows = load_table("outlets.tsv")
    assert len(rows) >= 150
    for row in rows:
        ZoneInfo(row["tz"])  # raises on an unknown zone
        assert len(row["country"]) == 3 and row["country"].isupper(), row
        assert len(row["language"]) == 2, row
        assert row["domains"] and " " not in row["domains"], row
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Share this story", "share-prompt"),
        ("Please tap the corner to open it in your browser !", "open-in-browser"),
        ("OPEN", "app-prompt"),
        ("Download our free app for breaking news", "app-prompt"),
        ("Sign up for our morning newsletter", "newsletter"),
        ("We use cookies to improve your experience. Accept all", "cookie-notice"),
        ("Read more", "read-more"),
        ("Related stories", "related"),
        ("© 2024 The Northern Ledger. All rights reserved.", "copyright"),
        ("Copyright 2023 Harbour Post Media", "copyright"),
        ("ledger_top_banner.gif", "image-file"),
        ("2025 Spring Sale Banner.gif", "image-file"),
        ("Advertisement", "advertisement"),
        ("Follow us on Instagram", "social-handle"),
        ("@harbourpost", "social-handle"),
        ("NORDIC NEWS", "edition-link"),
        ("CHINA DAILY", "masthead"),
        ("Search results for “ferry”", "search-results"),
        ("Tags: energy, grid, Norway", "tags"),
    ],
)
def test_newsline_is_furniture(line: str, expected: str) -> None:
    assert is_furniture(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the talks would resume on Friday.",
        "Share prices fell sharply after the announcement, traders said.",
        "Readers of the report will find more detail on page four.",
        "'Critical' decision",
        "Grid operators ask for faster approvals",
        "The Northern Ledger",
    ],
)
def test_newsline_is_furniture_keeps_article_lines(line: str) -> None:
    assert is_furniture(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Lakeside Tribune", True),
        ("The Harbour Courier", True),
        ("Alpine Dispatch", True),
        ("Mayors press governor on transit funding", False),
        ("Times", False),  # one word: a section or a menu item
        ("Breaking news from the Tribune", False),
    ],
)
def test_names_a_newspaper(line: str, expected: bool) -> None:
    assert names_a_newspaper(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Politics", True),
        ("World News", True),
        ("Arts & Culture", True),
        ("Exclusive", False),  # a kicker, not a section
        ("Analysis", False),
        ("Par Claire Dubois", False),  # a byline in another language
        ("Updated 2024", False),
        ("Mayors press governor on transit funding", False),
    ],
)
def test_is_section_label(line: str, expected: bool) -> None:
    assert is_section_label(line) is expected


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Publié le 12 mars 2024 à 10h15", "2024-03-12T10:15"),
        ("14. Juli 2021, 10:20 Uhr", "2021-07-14T10:20"),
        ("14 de julio de 2021", "2021-07-14"),
        ("04-ago-2021", "2021-08-04"),
        ("1er janvier 2024", "2024-01-01"),
        ("3 maggio 2023", "2023-05-03"),
    ],
)
def test_parse_date_words_reads_month_names_of_other_languages(words: str, value: str) -> None:
    parsed = parse_date_words(words)
    assert parsed is not None and parsed[0] == value


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Par Claire Dubois et Marc Petit", ["Claire Dubois", "Marc Petit"]),
        ("Von Anna Weber und Jonas Becker", ["Anna Weber", "Jonas Becker"]),
        ("Por María López y Juan Pérez", ["María López", "Juan Pérez"]),
        ("Von der Leyen said the plan was good.", None),  # a name, not a byline
    ],
)
def test_parse_byline_in_other_languages(line: str, authors: list[str] | None) -> None:
    byline = parse_byline(line)
    assert (byline.authors if byline else None) == authors


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tove Lund", True),
        ("Tove Marit Lund Berg", True),  # four words after a known given name
        ("Pieter van der Berg", True),
        ("Top Harbour Ferry Routes", False),  # four words, no given name: a title
        ("QUAYHarbour Tours", False),  # capitals glued into a word: a menu entry
        ("TOVE LUND", True),
    ],
)
def test_is_person_name_rejects_titles_and_glued_menu_entries(text: str, person: bool) -> None:
    assert is_person_name(text) is person


def test_newsline_a_dateline_with_a_year_gives_its_date() -> None:
    match = parse_dateline("VILNIUS, Nov. 18, 2025 (Baltic Wire) - Talks ended.")
    assert match is not None and (match.place, match.agency) == ("Vilnius", "Baltic Wire")
    assert match.date == "Nov. 18, 2025"
    assert match.end == len("VILNIUS, Nov. 18, 2025 (Baltic Wire) -") + 1
    undated = parse_dateline("VILNIUS, Nov. 18 (Baltic Wire) - Talks ended.")
    assert undated is not None and undated.date is None  # no year: no publication date


def test_newsline_a_scraped_page_dated_only_by_its_dateline() -> None:
    from dateline import read

    page = (
        "Baltic Wire\nFerry talks end without a deal\n"
        "VILNIUS, Nov. 18, 2025 (Baltic Wire) - Talks on a new ferry line between Lithuania"
        " and Sweden ended on Tuesday without a deal, officials said.\n"
        "The two sides will meet again in January, the transport ministry said.\n"
    )
    article = read(page)
    assert article.published is not None and article.published.value == "2025-11-18"
    assert article.published.source == "dateline"


def test_newsline_a_desk_label_is_no_newspaper() -> None:
    assert not names_a_newspaper("World News")
    assert not names_a_newspaper("Business News")
    assert names_a_newspaper("Lakeside News")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Harbour Post Staff", True),
        ("Harbour Post staff", True),  # the team word in lower case
        ("By Harbour Post staff", False),  # a byline, read as one
        ("Staff", False),
    ],
)
def test_a_team_credit_is_a_few_capitalised_words_ending_in_a_team_word(
    line: str, credit: bool
) -> None:
    assert is_team_credit(line) is credit
