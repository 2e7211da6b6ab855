"""Rules that tie one article's sentences together for events, on sentences we wrote: a
role's words are the person who holds it, "she" is the last sentence's subject, a trip
and the talks that are its purpose are one visit, and places are where, not whom or what."""

from __future__ import annotations

from dateline.analyze.event_coder import code_sentence
from dateline.model import Article, Event
from tests.events_helpers import make_article


def _events(article: Article, kind: str) -> list[Event]:
    return [e for e in article.events if e.type == "CONSULT" and e.mode == kind]


def _names(event: Event) -> set[str]:
    return {a.text for a in (*event.source, *event.target)}


def test_a_role_given_with_the_name_after_it_is_that_person() -> None:
    article = make_article(
        [
            "Chile's trade minister, Paula Lagos, arrived in Oslo on Monday. She is due to "
            "meet Norway's fisheries minister, Erik Dahl, on Wednesday."
        ],
        published="2024-03-12",
    )
    meetings = _events(article, "meet")
    assert len(meetings) == 1
    actors = {(a.text, a.country) for a in (*meetings[0].source, *meetings[0].target)}
    assert ("Erik Dahl", "NOR") in actors and ("Paula Lagos", "CHL") in actors


def test_in_a_list_of_roles_and_names_each_title_belongs_to_the_name_after_it() -> None:
    article = make_article(
        [
            "Peru's president, Ana Quispe, Bolivia's president, Luis Mamani, and Ecuador's "
            "president, Jorge Vera, met in Lima on Monday."
        ],
        published="2024-03-12",
    )
    countries = {e.name.split()[-1]: e.country for e in article.entities if e.type == "person"}
    assert countries == {"Quispe": "PER", "Mamani": "BOL", "Vera": "ECU"}


def test_she_is_the_subject_of_the_last_sentence_not_whom_it_ended_on() -> None:
    article = make_article(
        [
            "Finance Minister Marta Rossi spoke by phone on Tuesday with Ghana's finance minister, "
            "Kofi Mensah, who asked for debt relief.",
            "She plans to visit Accra next month.",
        ],
        published="2024-03-13",
    )
    visits = _events(article, "visit")
    assert len(visits) == 1 and "Marta Rossi" in _names(visits[0])
    assert visits[0].place is not None and visits[0].place.name == "Accra"
    assert all(a.country is None for a in visits[0].source)  # a visitor is not from Accra


def test_a_called_off_trip_and_its_talks_are_one_cancelled_visit() -> None:
    article = make_article(
        [
            "Spain's prime minister, Pablo Ortiz, has called off a visit to Morocco, his "
            "office said on Monday.",
            "Ortiz had been due to travel to Rabat on Thursday for talks with the Moroccan "
            "prime minister, Karim Alami.",
        ],
        published="2024-03-12",
    )
    visits = _events(article, "visit")
    assert [(v.status, v.date) for v in visits] == [("cancelled", "2024-03-14")]
    assert visits[0].place is not None and visits[0].place.name == "Rabat"
    assert "Karim Alami" in _names(visits[0]) and not _events(article, "meet")


def test_a_place_after_a_topic_noun_is_what_was_discussed_not_where() -> None:
    (talks,) = code_sentence("The two envoys discussed the war in Yemen.", "2024-03-12")
    assert talks.place is None
    (met,) = code_sentence("The two envoys met in Muscat.", "2024-03-12")
    assert met.place is not None and met.place.name == "Muscat"


def test_the_town_people_march_through_is_the_place_not_the_target() -> None:
    (march,) = code_sentence(
        "Thousands of nurses marched through the centre of Turin on Monday.", "2024-03-12"
    )
    assert march.type == "PROTEST"
    assert march.place is not None and march.place.name == "Turin"
    assert not march.target


def _source_countries(article: Article, kind: str) -> set[str | None]:
    return {a.country for e in article.events if e.type == kind for a in e.source}


def test_police_with_no_place_are_of_the_country_the_story_was_filed_from() -> None:
    paragraphs = ["Police detained three men on Monday after a shop was set on fire."]
    assert _source_countries(make_article(paragraphs), "COERCE") == {None}
    filed = make_article(paragraphs, dateline="Oslo")
    assert _source_countries(filed, "COERCE") == {"NOR"}


def test_a_city_several_countries_share_is_the_outlets_own_or_none() -> None:
    paragraphs = ["Police detained three men on Monday after a shop was set on fire."]
    unknown_outlet = make_article(paragraphs, dateline="Córdoba", outlet="The Daily Nowhere")
    assert _source_countries(unknown_outlet, "COERCE") == {None}
    spanish_outlet = make_article(paragraphs, dateline="Córdoba", outlet="El País")
    assert _source_countries(spanish_outlet, "COERCE") == {"ESP"}


def test_a_minister_visiting_abroad_is_of_the_dateline_country() -> None:
    article = make_article(
        ["Health Minister Jonas Berg plans to visit Accra next month to see a new clinic."],
        dateline="Oslo",
    )
    visits = _events(article, "visit")
    assert len(visits) == 1
    assert {(a.text, a.country) for a in visits[0].source} == {("Jonas Berg", "NOR")}


def test_a_surname_that_is_also_a_city_is_the_person_named_before() -> None:
    article = make_article(
        [
            "Foreign Minister Omar Aden met Chile's trade minister, Paula Lagos, on Monday.",
            "Aden also met Peru's president, Ana Quispe, on Tuesday. She later flew to Aden.",
        ],
        published="2024-03-13",
    )
    surnames = [m for m in article.mentions if m.span.text == "Aden"]
    assert [m.entity for m in surnames] == ["person:omar-aden", "place:aden"]
    tuesday = [e for e in _events(article, "meet") if e.date == "2024-03-12"]
    assert len(tuesday) == 1 and "Omar Aden" in _names(tuesday[0])


def test_they_spoke_with_no_object_is_a_talk_among_the_people_last_seen_together() -> None:
    article = make_article(
        [
            "Norway's foreign minister, Ingrid Solberg, spoke by phone with Chile's foreign "
            "minister, Pablo Reyes, on Monday. The two ministers agreed to meet in Oslo in June. "
            "They last spoke in February."
        ],
        published="2024-04-09",
    )
    calls = _events(article, "phone")
    february = [e for e in calls if e.date == "2024-02"]
    assert len(february) == 1
    assert {"Ingrid Solberg", "Pablo Reyes"} <= _names(february[0])


def test_they_spoke_to_reporters_is_no_talk_among_them() -> None:
    article = make_article(
        ["Solberg and Reyes met in Oslo on Monday. They later spoke to reporters."],
        published="2024-04-09",
    )
    assert [e.type for e in article.events] == ["CONSULT"]


def test_spoke_with_by_someone_who_was_on_a_call_is_another_call_not_the_same() -> None:
    article = make_article(
        [
            "Norway's foreign minister, Ingrid Solberg, spoke by phone with Chile's foreign "
            "minister, Pablo Reyes, on Monday. Later on Monday, Solberg also spoke with Peru's "
            "foreign minister, Rosa Quispe."
        ],
        published="2024-04-09",
    )
    calls = _events(article, "phone")
    assert len(calls) == 2
    assert {frozenset(_names(e)) for e in calls} == {
        frozenset({"Ingrid Solberg", "Pablo Reyes"}),
        frozenset({"Ingrid Solberg", "Rosa Quispe"}),
    }
    assert not _events(article, "meet")


def test_spoke_with_by_people_on_no_call_stays_a_meeting() -> None:
    article = make_article(
        [
            "Norway's foreign minister, Ingrid Solberg, spoke with Peru's foreign minister, "
            "Rosa Quispe, in Lima on Monday."
        ],
        published="2024-04-09",
    )
    assert len(_events(article, "meet")) == 1 and not _events(article, "phone")
