"""Whole-article event coding on sentences we wrote: who a list or description names, which
participles are no events, who agrees with whom, and one happening told twice is one event."""

from __future__ import annotations

from dateline.analyze.event_coder import code_sentence
from dateline.model import Event

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
