"""The events step over a whole article: one event per happening, many mentions merged."""

from __future__ import annotations

import pytest

from dateline.model import Article, Event
from tests.events_helpers import make_article

CAPTION = (
    "Chilean Foreign Minister Alberto Vidal (left) shakes hands with Peruvian Foreign "
    "Minister Rosa Quispe during talks in Lima on Monday."
)
PARAGRAPHS = [
    "Alberto Vidal, Chile's foreign minister, met with Peruvian Foreign Minister Rosa Quispe "
    "in Lima on Monday to discuss fishing quotas in the Pacific.",
    "Vidal, who is in Peru until Friday, is scheduled to hold talks with Peruvian officials "
    "on port access.",
    "Quispe said both governments would send delegations to a regional conference in the "
    "Colombian city of Cartagena later this year.",
    "The ministers recalled that a summit between the presidents of Ecuador and Colombia in "
    "Quito last month had ended a long trade dispute.",
    "Vidal did not disclose the proposals he made at the meeting with Quispe.",
    "A planned visit by the Bolivian president to Lima was postponed.",
]


@pytest.fixture(scope="module")
def article() -> Article:
    return make_article(
        PARAGRAPHS,
        published="2024-03-13",
        headline="Chile and Peru pledge closer cooperation on fisheries",
        captions=(CAPTION,),
    )


def find(article: Article, mode: str, place: str | None = None) -> list[Event]:
    return [
        e
        for e in article.events
        if e.type == "CONSULT"
        and e.mode == mode
        and (place is None or (e.place and e.place.name == place))
    ]


def names(event: Event) -> set[str]:
    return {a.text for a in (*event.source, *event.target)}


def test_one_meeting_from_caption_lead_and_later_paragraph(article: Article) -> None:
    meetings = [e for e in find(article, "meet") if "Quispe" in " ".join(names(e))]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert {e.field for e in meeting.evidence} == {"caption", "text"}
    assert len(meeting.evidence) == 3
    assert names(meeting) == {"Alberto Vidal", "Rosa Quispe"}
    assert {(a.country, a.sector) for a in (*meeting.source, *meeting.target)} == {
        ("CHL", "GOV"),
        ("PER", "GOV"),
    }
    assert meeting.place is not None and meeting.place.name == "Lima"
    assert meeting.date == "2024-03-11"
    assert meeting.status == "occurred"


def test_visit_until_a_weekday_is_ongoing(article: Article) -> None:
    (visit,) = [e for e in find(article, "visit") if e.status != "cancelled"]
    assert names(visit) == {"Alberto Vidal"}
    assert visit.place is not None and visit.place.name == "Peru"
    assert visit.date == "2024-03-15"
    assert visit.status == "ongoing"


def test_scheduled_talks_stay_apart_from_the_meeting(article: Article) -> None:
    talks = [e for e in find(article, "meet") if e.status == "scheduled"]
    assert len(talks) == 1
    assert {(a.text, a.country, a.sector) for a in talks[0].target} == {
        ("Peruvian officials", "PER", "GOV")
    }


def test_conference_is_scheduled_in_the_named_city(article: Article) -> None:
    (conference,) = find(article, "multilateral", "Cartagena")
    assert conference.status == "scheduled"
    assert conference.date == "2024"


def test_background_summit_keeps_its_own_month(article: Article) -> None:
    (summit,) = find(article, "multilateral", "Quito")
    assert summit.date == "2024-02"
    assert summit.status == "occurred"
    assert {a.country for a in summit.source} == {"ECU", "COL"}


def test_postponed_visit_is_cancelled(article: Article) -> None:
    cancelled = [e for e in article.events if e.status == "cancelled"]
    assert [(e.type, e.mode) for e in cancelled] == [("CONSULT", "visit")]
    assert {(a.country, a.sector) for a in cancelled[0].source} == {("BOL", "GOV")}


def test_every_event_points_to_its_words(article: Article) -> None:
    assert article.events
    for event in article.events:
        text = article.field_text(event.trigger.field, event.trigger.index)
        assert text is not None
        assert text[event.trigger.start : event.trigger.end] == event.trigger.text
    assert [e.id for e in article.events] == [
        f"event:{n}" for n in range(1, len(article.events) + 1)
    ]


def test_output_is_deterministic() -> None:
    first = make_article(PARAGRAPHS, captions=(CAPTION,))
    second = make_article(PARAGRAPHS, captions=(CAPTION,))
    assert first.model_dump_json() == second.model_dump_json()


def test_text_alone_without_dates_still_codes_events() -> None:
    article = make_article(["Ghana and Togo agreed to reopen their shared border."])
    (event,) = article.events
    assert event.type == "AGREE"
    assert {a.country for a in event.source} == {"GHA", "TGO"}
    assert event.date is None


def test_police_and_protesters_take_the_country_of_the_place_they_act_in() -> None:
    article = make_article(
        ["Police arrested twelve protesters in Marseille on Saturday."], published="2024-03-11"
    )
    arrest = next(e for e in article.events if e.type == "COERCE")
    assert [(a.country, a.sector) for a in arrest.source] == [("FRA", "COP")]


def test_ministers_abroad_keep_no_country_from_the_place() -> None:
    article = make_article(
        ["The ministers held their first meeting in Lisbon last year."], published="2024-03-11"
    )
    meeting = next(e for e in article.events if e.type == "CONSULT")
    assert all(a.country is None for a in (*meeting.source, *meeting.target))
