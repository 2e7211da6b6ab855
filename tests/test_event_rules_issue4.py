"""Event coder rules for issue 4 (PLOVER types and actors): noun triggers' agents, diplomats
abroad, strike votes, offers to stop one's own activity, places that look like acts, failed
talks, courtesy calls. Sentences written for these tests."""

from __future__ import annotations

from dateline.analyze.event_coder import code_sentence
from tests.events_helpers import event_actors, sentence_event


def types(sentence: str) -> list[str]:
    return [e.type for e in code_sentence(sentence, coded_only=False)]


def test_a_noun_triggers_by_agent_is_its_source() -> None:
    events = code_sentence("Peru condemned an unlawful blockade by Bolivia of its river ports.")
    blockade = [e for e in events if e.mode == "obstruct"]
    assert blockade and [a.country for a in blockade[0].source] == ["BOL"]


def test_the_agent_of_a_verbs_object_noun_is_its_target() -> None:
    event = sentence_event("Norway welcomed the decision by Chile.")
    assert event.type == "SUPPORT"
    assert event_actors(event) == [("Norway", "NOR", None), ("Chile", "CHL", None)]


def test_a_demonym_after_a_preposition_makes_a_prison_word_a_noun() -> None:
    sentence = "The group asked for the release of 40 Kurds held in Turkish jails."
    assert "COERCE" not in types(sentence)


def test_embassy_staff_in_a_capital_take_no_country_from_it() -> None:
    events = code_sentence("Embassy staff in Nairobi were expelled on Friday.", coded_only=False)
    assert events
    assert all(a.country != "KEN" for e in events for a in (*e.source, *e.target))
