"""A state and the people who act for it: "Denmark and Poland signed", "Danish and Polish
leaders sign", "Prime Minister Winther and his Polish counterpart, Tomasz Nowak, signed" are
one event between two named leaders."""

from __future__ import annotations

from dateline.analyze.event_coder import code_sentence
from tests.events_helpers import make_article

HEADLINE = "Danish and Polish leaders sign Baltic wind pact"
PARAGRAPHS = [
    "COPENHAGEN — Denmark and Poland signed an agreement on Wednesday to connect their "
    "offshore wind farms in the Baltic Sea.",
    "Danish Prime Minister Lars Winther and his Polish counterpart, Tomasz Nowak, signed the "
    "deal in Copenhagen after two days of talks.",
]


def test_shared_head_makes_people_of_the_country_not_the_country() -> None:
    (event,) = code_sentence(HEADLINE, "2024-05-09")
    danish = next(a for a in event.source if a.country == "DNK")
    assert (danish.sector, danish.entity) == ("GOV", None)


def test_a_possessive_and_an_apposition_join_the_second_leader() -> None:
    (event,) = code_sentence(PARAGRAPHS[1], "2024-05-09")
    assert [(a.name, a.country, a.sector) for a in event.source] == [
        ("Lars Winther", "DNK", "GOV"),
        ("Tomasz Nowak", "POL", "GOV"),
    ]


def test_the_states_and_their_leaders_are_one_event() -> None:
    article = make_article(PARAGRAPHS, published="2024-05-09", headline=HEADLINE)
    (event,) = article.events
    assert event.date == "2024-05-08" and event.place is not None
    assert event.place.name == "Copenhagen"
    assert [(a.text, a.country, a.sector) for a in (*event.source, *event.target)] == [
        ("Lars Winther", "DNK", "GOV"),
        ("Tomasz Nowak", "POL", "GOV"),
    ]


def test_a_wire_dateline_is_where_the_story_was_filed_not_an_actor() -> None:
    from dateline.model import Dateline

    article = make_article(
        ["DOVER, England — Ferry crews walked off the job on Wednesday."], published="2024-06-12"
    )
    article = article.model_copy(
        update={"dateline": Dateline(place="Dover, England", source="DOVER, England —")}
    )
    from dateline.analyze.events import events_step

    (event,) = events_step(article).events
    # not an actor, but the country the crews strike in: England is in the United Kingdom
    assert [(a.text, a.country, a.sector) for a in event.source] == [("crews", "GBR", "LAB")]


def test_states_give_way_to_their_leaders_only_when_every_state_has_one() -> None:
    one_leader = make_article(
        [
            "Denmark and Poland signed an agreement on Wednesday.",
            "Danish Prime Minister Lars Winther signed the deal in Copenhagen.",
        ],
        published="2024-05-09",
    )
    (event,) = one_leader.events
    # Poland has no leader here, so both states stay beside Winther.
    assert {a.text for a in (*event.source, *event.target)} == {
        "Denmark",
        "Poland",
        "Lars Winther",
    }


def test_an_unnamed_office_is_not_a_named_person_of_another_office() -> None:
    article = make_article(
        [
            "Latvian Prime Minister Ilze Berzina met Estonian Prime Minister Kaja Tamm in Riga"
            " on Monday.",
            "Belarus summoned the Latvian ambassador in Minsk on Tuesday.",
        ],
        published="2024-03-13",
    )
    summons = [e for e in article.events if any(a.text.endswith("ambassador") for a in e.target)]
    assert summons, [(e.type, [a.text for a in e.target]) for e in article.events]
    assert all("Berzina" not in a.text for e in summons for a in e.target)
