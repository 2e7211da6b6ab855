"""Whole-article event coding on sentences we wrote: who a list or description names, which
participles are no events, who agrees with whom, and one happening told twice is one event."""

from __future__ import annotations

from dateline.analyze.event_coder import code_sentence
from dateline.model import Event
from tests.events_helpers import make_article

DCT = "2024-05-15"


def _coded(event: Event | object) -> list[tuple[str, str | None, str | None]]:
    assert hasattr(event, "source") and hasattr(event, "target")
    return [(a.text, a.country, a.sector) for a in (*event.source, *event.target)]


def test_a_plural_description_is_the_people_its_apposition_lists() -> None:
    (call, *_) = code_sentence(
        "The two prime ministers, Olav Strand of Norway and Liisa Koskinen of Finland, "
        "spoke by phone on Monday.",
        DCT,
    )
    assert call.type == "CONSULT" and call.mode == "phone"
    assert _coded(call) == [
        ("Olav Strand", "NOR", "GOV"),
        ("Liisa Koskinen", "FIN", "GOV"),
    ]


def test_a_description_after_the_verb_is_the_person_its_apposition_names() -> None:
    (meeting,) = code_sentence(
        "Portugal's defence minister met his Moroccan counterpart, General Idris Alaoui, "
        "in Rabat on Monday.",
        DCT,
    )
    assert ("General Idris Alaoui", "MAR", "GOV") in _coded(meeting)


def test_a_participle_after_a_noun_and_before_a_time_is_no_event() -> None:
    events = code_sentence(
        "The two ministers spoke by phone, according to a statement released late on Friday.",
        DCT,
    )
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "phone")]
    events = code_sentence("The treaty signed last month was praised by both governments.", DCT)
    assert [e.trigger_id for e in events] == ["support.praise.praise"]


def test_what_an_agreement_sets_out_to_do_is_no_target_but_a_recipient_is() -> None:
    (pact,) = code_sentence(
        "Prime Minister Sara Lind and Prime Minister Pekka Virta agreed on Monday to share "
        "rescue helicopters and pilots.",
        DCT,
        coded_only=False,
    )
    assert pact.type == "AGREE" and len(pact.source) == 2 and not pact.target
    (pledge,) = code_sentence("Canada promised to continue food aid to famine-hit Sudan.", DCT)
    assert [a.country for a in pledge.target] == ["SDN"]


def test_a_participle_clause_is_part_of_the_event_before_it() -> None:
    article = make_article(
        [
            "Miners at the Kessel Ridge pit voted on Monday to accept a new pay offer, "
            "ending a three-week strike."
        ],
        published="2024-05-15",
    )
    (event,) = article.events
    assert [(a.text, a.sector) for a in event.source] == [("Miners", "LAB")]


def _actors(event: Event) -> set[str]:
    return {a.text for a in (*event.source, *event.target)}


def test_unnamed_offices_and_the_leaders_are_the_people_the_article_names() -> None:
    article = make_article(
        [
            "The prime ministers of Norway, Sweden and Finland met in Tromsø on Tuesday for "
            "a summit on Arctic shipping.",
            "Norway's prime minister, Olav Strand, Sweden's prime minister, Karin Ek, and "
            "Finland's prime minister, Liisa Koskinen, spoke to reporters afterwards.",
            "The three leaders will meet again in Umeå in October.",
        ],
        published="2024-05-15",
    )
    summit, again = (e for e in article.events if e.type == "CONSULT")
    everyone = {"Olav Strand", "Karin Ek", "Liisa Koskinen"}
    assert _actors(summit) == everyone
    assert _actors(again) == everyone and again.status == "scheduled"


def test_a_trigger_word_after_a_possessive_and_a_demonym_is_a_noun() -> None:
    events = code_sentence("The ministers met their Danish host in Aarhus on Monday.", DCT)
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "meet")]


def test_an_event_date_is_a_day_not_a_time_of_day() -> None:
    article = make_article(
        ["Olav Strand and Karin Ek held a separate meeting on Monday evening."],
        published="2024-05-15",
    )
    (meeting,) = article.events
    assert meeting.date == "2024-05-13"


def test_an_agreement_to_meet_later_has_happened() -> None:
    (pact,) = code_sentence("Iran and Iraq agreed to meet in Baghdad in July.", DCT)
    assert (pact.type, pact.status, pact.date and pact.date.value) == (
        "AGREE",
        "occurred",
        "2024-07",
    )


def test_a_time_that_qualifies_an_actor_is_not_when_and_councillors_are_coded() -> None:
    (call,) = code_sentence(
        "Opposition councillors called on the current mayor to resign.", DCT, coded_only=False
    )
    assert call.date is None
    assert [(a.text, a.sector) for a in call.source] == [("Opposition councillors", "OPP")]
