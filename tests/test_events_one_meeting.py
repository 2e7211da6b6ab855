"""One meeting told three ways — a standfirst with a plural description, a caption with a
handshake, a paragraph with "her counterpart, Name" — is one dated, placed event."""

from __future__ import annotations

import pytest

from dateline.model import Article, Event
from tests.events_helpers import make_article

PARAGRAPHS = [
    "The two trade ministers met in Tallinn as the Baltic ferry dispute dragged on.",
    "Estonian Trade Minister Kadri Tamm said after meeting her Finnish counterpart, Mikko "
    "Lahti, that the ferry rules would be eased by the spring.",
]
CAPTION = (
    "Estonian Trade Minister Kadri Tamm greets Finnish Trade Minister Mikko Lahti in Tallinn "
    "on Monday."
)


@pytest.fixture(scope="module")
def meeting() -> Event:
    article: Article = make_article(PARAGRAPHS, published="2024-03-13", captions=(CAPTION,))
    meetings = [e for e in article.events if e.type == "CONSULT"]
    assert len(meetings) == 1, [
        (e.mode, [a.text for a in (*e.source, *e.target)]) for e in meetings
    ]
    return meetings[0]


def test_one_meeting_takes_the_captions_date_and_place(meeting: Event) -> None:
    assert meeting.mode == "meet" and meeting.status == "occurred"
    assert meeting.date == "2024-03-11"
    assert meeting.place is not None and meeting.place.name == "Tallinn"
    assert {e.field for e in meeting.evidence} == {"caption", "text"}


def test_one_meeting_names_the_people_not_their_descriptions(meeting: Event) -> None:
    actors = {(a.text, a.country, a.sector, a.entity) for a in (*meeting.source, *meeting.target)}
    assert actors == {
        ("Kadri Tamm", "EST", "GOV", "person:kadri-tamm"),
        ("Mikko Lahti", "FIN", "GOV", "person:mikko-lahti"),
    }


def test_a_counterpart_is_of_a_country_not_the_country() -> None:
    article = make_article(
        ["Kadri Tamm met her Finnish counterpart in Tallinn on Monday."], published="2024-03-13"
    )
    (event,) = [e for e in article.events if e.type == "CONSULT"]
    counterpart = next(a for a in event.target if "counterpart" in a.text)
    assert (counterpart.country, counterpart.entity) == ("FIN", None)


def test_a_bare_verb_with_no_one_and_nowhere_is_no_event() -> None:
    article = make_article(
        [
            "Shipping along the Kara Strait rose by a third last year.",
            "Nobody knows who will rescue them.",
            "Protesters marched in Tallinn on Monday.",
        ],
        published="2024-03-13",
    )
    assert [(e.type, e.place.name if e.place else None) for e in article.events] == [
        ("PROTEST", "Tallinn")
    ]


def after_the_meeting(paragraph: str) -> Article:
    """An article where two ministers met, then `paragraph`."""
    met = (
        "Estonian Trade Minister Kadri Tamm met Finnish Trade Minister Mikko Lahti in "
        "Tallinn on Monday."
    )
    return make_article([met, paragraph], published="2024-03-13")


def test_the_two_ministers_are_the_people_last_seen_together_and_meet_in_a_small_place() -> None:
    article = after_the_meeting(
        "The two ministers are scheduled to meet again in Kuressaare in June."
    )
    (again,) = [e for e in article.events if e.status == "scheduled"]
    assert (again.type, again.mode, again.date) == ("CONSULT", "meet", "2024-06")
    assert again.place is not None and again.place.name == "Kuressaare"
    assert {a.text for a in (*again.source, *again.target)} == {"Kadri Tamm", "Mikko Lahti"}


def test_plural_descriptions_of_another_sector_stay_themselves() -> None:
    article = after_the_meeting("The protesters marched in Tartu on Tuesday.")
    (march,) = [e for e in article.events if e.type == "PROTEST"]
    assert [a.text for a in march.source] == ["protesters"]


def test_a_description_and_a_name_in_one_sentence_are_two_sides() -> None:
    article = make_article(
        ["The mayors of three upstate cities met Gov. Helen Ortiz in Albany on Tuesday."],
        published="2025-02-21",
    )
    (meeting,) = article.events
    assert {a.text for a in (*meeting.source, *meeting.target)} == {"mayors", "Helen Ortiz"}


def test_talks_a_headline_names_by_place_alone_are_the_talks_the_story_tells() -> None:
    article = make_article(
        [
            "Estonian Trade Minister Kadri Tamm met her Finnish counterpart, Mikko Lahti, in "
            "Tallinn for two hours of talks on Monday."
        ],
        published="2024-03-13",
        headline="Ferry rules to be eased after Tallinn talks",
    )
    [meeting] = [e for e in article.events if e.type == "CONSULT"]
    assert meeting.place is not None and meeting.place.name == "Tallinn"
    assert {e.field for e in meeting.evidence} == {"headline", "text"}


def test_a_headline_host_and_the_meeting_the_story_tells_are_one_event() -> None:
    article = make_article(
        [
            "Estonian Prime Minister Kadri Tamm met her Finnish counterpart Mikko Lahti in "
            "Tallinn on Monday to discuss the ferry rules.",
        ],
        published="2024-03-13",
        headline="Tamm hosts Lahti as ferry dispute drags on",
    )
    meetings = [e for e in article.events if e.type == "CONSULT"]
    assert [(e.mode, e.date) for e in meetings] == [("meet", "2024-03-11")]
    assert {ev.field for ev in meetings[0].evidence} == {"headline", "text"}


def test_directed_acts_merge_only_on_the_same_doers_and_targets() -> None:
    """An accusation against the Commission by Hungary's leader is no report of the EU's
    quarrel with Hungary; the same accusation told twice is one event."""
    article = make_article(
        [
            "EU leaders clashed with Hungary over the aid package on Thursday.",
            "Hungarian Prime Minister Anna Tolnai accused the European Commission of blackmail.",
            "Tolnai accused the European Commission of blackmail in a radio interview.",
        ],
        published="2024-05-13",
    )
    quarrels = [e for e in article.events if e.type == "DISAPPROVE"]
    assert len(quarrels) == 2
    assert {a.text for a in quarrels[1].target} == {"European Commission"}
