"""Notes around the story: pull quotes, author biographies, contact lines, credit lines,
press-release and video furniture, and the header rules the new fixture pages needed.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from dateline import read
from dateline.extract.body import clean_paragraphs, take_standfirst
from dateline.extract.draft import DraftParagraph
from dateline.extract.furniture import is_furniture
from dateline.extract.newsline import parse_byline
from dateline.extract.notes import (
    contact_emails,
    drop_author_bio,
    drop_pull_quotes,
    email_owner,
    is_author_bio,
)
from dateline.extract.text import extract_text
from dateline.model import Author, Removed

STORY = [
    "The ferry to Olm Island will run twice a day from May, the harbour board said on Monday.",
    "Islanders had asked for a second crossing for years, saying one boat a day cut them off.",
    "The board said the extra crossing would cost about a million crowns a year to run.",
]


def _paras(*texts: str) -> list[DraftParagraph]:
    return [DraftParagraph(t) for t in texts]


# ---- furniture lexicon ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Contact the reporter at tbrisk@valepaper.example or 555-0199.", "reporter-contact"),
        ("Email the writer: ana@valepaper.example", "reporter-contact"),
        ("Tomas Brisk can be reached at tbrisk@valepaper.example.", "reporter-contact"),
        ("Contact Tomas Brisk at tbrisk@valepaper.example.", "reporter-contact"),
        ("Email Ada Brenn at abrenn@olm.example", "reporter-contact"),
        ("Media contact:", "media-contact"),
        ("Press inquiries: Oda Vik, 555-0100, press@agency.example.gov", "media-contact"),
        ("FOR IMMEDIATE RELEASE", "release-label"),
        ("Embargoed until 00:01 GMT Tuesday", "release-label"),
        ("Watch the video", "video-prompt"),
        ("Transcript", "video-prompt"),
        ("Read the full transcript", "video-prompt"),
        (
            "Correction: An earlier version of this story gave the wrong name for the ferry.",
            "correction-note",
        ),
    ],
)
def test_notes_furniture_lines_are_named(line: str, reason: str) -> None:
    assert is_furniture(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The mayor can be reached at home on weekends, her office said, but rarely answers.",
        "Watch your step near the quay, the harbour master warned.",
        "The correction came too late for the harbour board.",
        "Contact with the crew was lost at dawn, the coastguard said.",
    ],
)
def test_notes_story_sentences_are_not_furniture(line: str) -> None:
    assert is_furniture(line) is None


def test_notes_photographs_credit_names_no_author() -> None:
    byline = parse_byline("Photographs by Ivo Grell")
    assert byline is not None and byline.authors == []
    byline = parse_byline("Reporting by Ana Pell; Photographs by Ivo Grell")
    assert byline is not None and byline.authors == ["Ana Pell"]


# ---- pull quotes --------------------------------------------------------------------------


def test_notes_pull_quote_repeating_a_sentence_of_the_story_is_dropped() -> None:
    pull = "Islanders had asked for a second crossing for years"
    kept, removed = drop_pull_quotes(_paras(STORY[0], STORY[1], STORY[2], f'"{pull}"'))
    assert [p.text for p in kept] == STORY
    assert removed == [Removed(text=f'"{pull}"', reason="pull-quote")]


def test_notes_heading_that_the_next_paragraph_opens_with_is_no_pull_quote() -> None:
    heading = "A second crossing for the island ferry"
    paras = _paras(heading, f"{heading} was first asked for in 2019 by the islanders.", STORY[2])
    kept, removed = drop_pull_quotes(paras)
    assert len(kept) == 3 and removed == []


def test_notes_list_lead_and_labelled_entry_are_no_pull_quotes() -> None:
    lead = "The board's plan for the island offers:"
    entry = "Second crossing: a boat at six in the evening from the island."
    paras = _paras(lead, STORY[2], f"{lead} more boats.", entry, STORY[0], f"{entry} Weekdays.")
    _kept, removed = drop_pull_quotes(paras)
    assert removed == []


# ---- author biographies --------------------------------------------------------------------


def test_notes_author_bio_names_an_author_and_a_biography_verb() -> None:
    assert is_author_bio("Ada Brenn is a professor of history at Olm College.", ["Ada Brenn"])
    assert is_author_bio("Ada Brenn writes about ferries and the sea.", ["Ada Brenn"])
    assert not is_author_bio("Ada Brenn said the board was wrong.", ["Ada Brenn"])
    assert not is_author_bio("Ivo Rask is a ferry captain.", ["Ada Brenn"])


def test_notes_author_bio_is_dropped_only_at_the_end_of_the_story() -> None:
    bio = "Ada Brenn is a contributing writer at the Olm Gazette."
    kept, removed = drop_author_bio(_paras(*STORY, bio), [Author(name="Ada Brenn")])
    assert [p.text for p in kept] == STORY
    assert removed == [Removed(text=bio, reason="author-bio")]
    middle = _paras(STORY[0], bio, STORY[1], STORY[2])
    kept, removed = drop_author_bio(middle, [Author(name="Ada Brenn")])
    assert len(kept) == 4 and removed == []


# ---- contact e-mails -----------------------------------------------------------------------


def test_notes_email_owner_by_family_name_else_the_only_author() -> None:
    two = [Author(name="Ada Brenn"), Author(name="Ivo Rask")]
    assert email_owner("irask@olm.example", two) == 1
    assert email_owner("news@olm.example", two) is None
    assert email_owner("ab@olm.example", [Author(name="Ada Brenn")]) == 0


def test_notes_contact_line_gives_its_address_to_the_author() -> None:
    removed = [
        Removed(text="Contact the reporter at abrenn@olm.example.", reason="reporter-contact")
    ]
    authors = contact_emails(removed, [Author(name="Ada Brenn")], "reporter-contact")
    assert authors == [Author(name="Ada Brenn", email="abrenn@olm.example")]


def test_notes_text_page_contact_line_after_story_sets_author_email() -> None:
    page = "\n".join(
        [
            "Island ferry to run twice a day",
            "By Ada Brenn",
            *STORY,
            "Contact the reporter at abrenn@olm.example.",
        ]
    )
    draft = extract_text(page)
    assert draft.authors == [Author(name="Ada Brenn", email="abrenn@olm.example")]
    assert "Contact the reporter at abrenn@olm.example." not in [p.text for p in draft.paragraphs]


def test_notes_text_page_pull_quote_and_bio_are_removed_with_reasons() -> None:
    page = "\n".join(
        [
            "Island ferry to run twice a day",
            "By Ada Brenn",
            STORY[0],
            STORY[1],
            '"Islanders had asked for a second crossing for years"',
            STORY[2],
            "Ada Brenn is a contributing writer at the Olm Gazette.",
        ]
    )
    draft = extract_text(page)
    assert [p.text for p in draft.paragraphs] == STORY
    assert {r.reason for r in draft.removed} >= {"pull-quote", "author-bio"}


# ---- HTML body: closing credits and a dek above the dateline --------------------------------


def test_notes_wire_credit_line_closing_the_body_is_a_byline_not_a_paragraph() -> None:
    credit = "Reporting by Ada Brenn in Olm and Ivo Rask; Editing by Per Lund"
    kept, removed, bylines = clean_paragraphs(
        _paras(*STORY, STORY[0] + " More.", credit), captions=frozenset(), headline=None
    )
    assert credit not in [p.text for p in kept]
    assert Removed(text=credit, reason="byline") in removed
    assert bylines[-1].authors == ["Ada Brenn", "Ivo Rask"]


def test_notes_wire_credit_line_inside_the_story_is_left_alone() -> None:
    credit = "Reporting by Ada Brenn; Editing by Per Lund"
    paras = _paras(*STORY, STORY[0] + " More.", credit, STORY[1] + " Again.", STORY[2] + " Too.")
    kept, _, _ = clean_paragraphs(paras, captions=frozenset(), headline=None)
    assert credit in [p.text for p in kept]


def test_notes_short_line_above_the_dateline_is_the_standfirst() -> None:
    dek = "The board adds an evening boat after years of complaints"
    lead = "OLM HARBOUR — " + STORY[0]
    standfirst, kept, moved = take_standfirst(_paras(dek, lead, STORY[1]), [])
    assert standfirst == dek
    assert [p.text for p in kept] == [lead, STORY[1]]
    assert moved == [Removed(text=dek, reason="standfirst")]
    # a sentence above the dateline is part of the story
    standfirst, kept, _ = take_standfirst(_paras(STORY[1], lead, STORY[2]), [])
    assert standfirst is None and len(kept) == 3


def test_notes_html_page_bio_and_contact_line() -> None:
    html = (
        "<html><head><title>Island ferry to run twice a day</title>"
        '<meta name="author" content="Ada Brenn"></head><body><article>'
        "<h1>Island ferry to run twice a day</h1>"
        + "".join(f"<p>{s}</p>" for s in STORY)
        + "<p>The first evening boat leaves the island on the second of May at six o'clock.</p>"
        + "<p>Ada Brenn is a professor of maritime history at Olm College.</p>"
        + "<p>Contact the reporter at abrenn@olm.example.</p>"
        + "</article></body></html>"
    )
    article = read(html, facts=False)
    assert [(a.name, a.email) for a in article.authors] == [("Ada Brenn", "abrenn@olm.example")]
    reasons = {r.reason for r in article.removed}
    assert {"author-bio", "reporter-contact"} <= reasons
    assert all("Ada Brenn is" not in p for p in article.paragraph_texts())


# ---- scraped-text header ------------------------------------------------------------------


def test_notes_masthead_in_capitals_named_in_the_footer_in_ordinary_case() -> None:
    page = "\n".join(
        [
            "THE SLOW HOUR",
            "Ideas",
            "Island ferry to run twice a day",
            "By Ada Brenn",
            *STORY,
            "More from Ideas",
            "© 2025 The Slow Hour Media",
        ]
    )
    assert extract_text(page).outlet_name == "The Slow Hour"


def test_notes_masthead_in_mixed_case_keeps_its_spelling() -> None:
    page = "\n".join(["KOLM 4 News", "Local", "Island ferry to run twice a day", "By Ada Brenn"])
    page += "\n" + "\n".join(STORY) + "\nCopyright 2025 KOLM 4 News. All rights reserved."
    assert extract_text(page).outlet_name == "KOLM 4 News"


def test_notes_menu_line_then_a_section_label_gives_the_label() -> None:
    page = "\n".join(
        [
            "Olm Gazette",
            "Home | News | Islands | Sport",
            "Islands",
            "Island ferry to run twice a day",
            "By Ada Brenn",
            *STORY,
        ]
    )
    draft = extract_text(page)
    assert draft.section == ["Islands"]
    assert Removed(text="Home | News | Islands | Sport", reason="navigation") in draft.removed


def test_notes_breadcrumb_ending_in_the_label_stays_the_section() -> None:
    page = "\n".join(
        [
            "Olm Gazette",
            "News > Islands",
            "Islands",
            "Island ferry to run twice a day",
            "By Ada Brenn",
            *STORY,
        ]
    )
    assert extract_text(page).section == ["News", "Islands"]


def test_notes_caption_loses_its_media_label() -> None:
    page = "\n".join(
        [
            "Island ferry to run twice a day",
            "By Ada Brenn",
            "VIDEO: The new ferry leaves Olm harbour on its first run. (Photo: Ivo Grell)",
            *STORY,
        ]
    )
    draft = extract_text(page)
    assert [(i.caption, i.credit) for i in draft.images] == [
        ("The new ferry leaves Olm harbour on its first run.", "Ivo Grell")
    ]


@pytest.mark.parametrize(
    ("address", "owner"),
    [
        ("newsdesk@harbourledger.example", None),  # the desk's, not the reporter's
        ("Letters@harbourledger.example", None),
        ("news.tips2@harbourledger.example", None),
        ("cferris@harbourledger.example", 0),
    ],
)
def test_a_desk_address_after_the_story_is_no_authors(address: str, owner: int | None) -> None:
    assert email_owner(address, [Author(name="Colm Ferris")]) == owner


BIO = "Ada Brenn covers the islands for the Courier. Reach her at a.brenn@olm.example."


def test_notes_an_authors_bio_gives_its_address_to_the_author_it_names() -> None:
    """Two bylined authors; the bio after the story names one, so the address is hers (a
    plain contact line with two authors could belong to either)."""
    text_page = "\n".join(
        ["Island ferry to run twice a day", "By Ada Brenn and Olof Sund", *STORY, BIO]
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in [*STORY, BIO])
    html_page = (
        "<html><head><title>Island ferry to run twice a day</title>"
        '<meta name="author" content="Ada Brenn, Olof Sund"></head><body><article>'
        f"<h1>Island ferry to run twice a day</h1>{paragraphs}</article></body></html>"
    )
    for page in (text_page, html_page):
        article = read(page)
        assert [(a.name, a.email) for a in article.authors] == [
            ("Ada Brenn", "a.brenn@olm.example"),
            ("Olof Sund", None),
        ]
        assert BIO not in article.text


@pytest.mark.parametrize(
    "note",
    [
        "Brenn reported from Tromso.",
        "Associated Press writer Olof Sund contributed to this report.",
        "Additional reporting by Olof Sund in Bergen.",
        # a place after the writer, several writers, two notes in one paragraph
        "Associated Press writer Olof Sund in Bergen contributed to this report.",
        "Associated Press writers Olof Sund in Bergen, Ivo Lind in Oslo and Kari Dahl in Umea,"
        " Sweden, contributed.",
        "Sund reported from Bergen. Staff writer Kari Dahl contributed to this report from Oslo.",
    ],
)
def test_notes_a_contributor_note_after_the_story_is_furniture(note: str) -> None:
    """Wire stories close with who else reported them: a note, not the story."""
    page = "\n".join(["Island ferry to run twice a day", "By Ada Brenn", *STORY, note])
    assert note not in read(page).text


@pytest.mark.parametrize(
    "sentence",
    [
        "Police reported from the scene that the road was closed.",
        "The European Union contributed to the fund.",
        "Fishing crews in Bergen contributed to the rescue.",
    ],
)
def test_notes_a_sentence_about_reporting_stays_in_the_story(sentence: str) -> None:
    assert not is_furniture(sentence)
