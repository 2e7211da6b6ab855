"""How an article's sentences tie its events together, on pages we wrote: people named
after "the two countries'", one event told in several sentences, dates and places that
come from the event a sentence points to, and when a sentence's date is not its event's."""

from __future__ import annotations

from dateline.model import Article, Event
from tests.events_helpers import make_article


def _of_type(article: Article, kind: str, mode: str | None = None) -> list[Event]:
    return [e for e in article.events if e.type == kind and (mode is None or e.mode == mode)]


def _codes(event: Event) -> dict[str, str | None]:
    return {a.text: a.country for a in (*event.source, *event.target)}


def test_the_two_countries_ministers_are_one_of_each_in_the_order_named() -> None:
    article = make_article(
        [
            "Chile's president has postponed a visit to Peru after a row over fishing rights.",
            "The two countries' trade ministers, Paula Lagos and Hugo Quispe, spoke by "
            "telephone on Friday.",
        ],
        published="2024-03-11",
    )
    (call,) = _of_type(article, "CONSULT", "phone")
    assert _codes(call) == {"Paula Lagos": "CHL", "Hugo Quispe": "PER"}


def test_a_trailing_said_on_a_day_dates_the_saying_not_the_event() -> None:
    article = make_article(
        ["Guards detained nine fishermen near the reef, the coast guard said on Tuesday."],
        published="2024-03-13",
    )
    (detention,) = _of_type(article, "COERCE")
    assert detention.date is None


def test_a_headline_about_leaders_is_the_pledge_the_lead_tells_of_the_countries_leaders() -> None:
    article = make_article(
        [
            "The leaders of Norway, Sweden and Finland met in Oslo on Monday and vowed to "
            "build a shared rail line by 2030."
        ],
        headline="Nordic leaders vow shared rail line",
        published="2024-05-14",
    )
    (pledge,) = _of_type(article, "AGREE")
    assert pledge.date == "2024-05-13"  # the day of the pledge, not the line's deadline
    assert {e.field for e in pledge.evidence} == {"headline", "text"}


def test_hosting_talks_is_taking_part_in_that_one_meeting() -> None:
    article = make_article(
        [
            "Norway's prime minister, Ola Berg, met Sweden's prime minister, Eva Lind, in Oslo "
            "on Monday.",
            "Berg hosted the talks at his residence.",
            "Sweden would host the next meeting in June, Lind said.",
        ],
        published="2024-05-14",
    )
    meetings = _of_type(article, "CONSULT")
    assert [(m.mode, m.status, m.date) for m in meetings] == [
        ("meet", "occurred", "2024-05-13"),
        ("meet", "scheduled", "2024-06"),
    ]


def test_a_relative_clause_with_its_own_past_year_is_background_not_an_event() -> None:
    article = make_article(
        [
            "Marta Ruiz, who resigned in 2022, denied the charges on Monday.",
            "Ruiz, who met investigators on Monday, said she would cooperate.",
        ],
        published="2024-05-14",
    )
    assert not _of_type(article, "RETREAT")


def test_a_time_after_since_bounds_a_reduced_relative_and_dates_no_event() -> None:
    article = make_article(
        ["Council members called on the mayor to publish every permit signed since 2018."],
        published="2024-05-14",
    )
    assert [(e.type, e.date) for e in article.events if e.type in ("DEMAND", "SUPPORT")] == [
        ("DEMAND", None)
    ]
