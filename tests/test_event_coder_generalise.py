"""PLOVER readings that must carry over to new wording: forces leaving a place, passives of
event verbs and nouns, "be" + preposition before an event noun, and the speaker of reported
speech. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze.event_coder import EventMention, code_sentence, main_event


def main(sentence: str) -> EventMention:
    event = main_event(code_sentence(sentence))
    assert event is not None, f"no event in {sentence!r}"
    return event


def actors(event: EventMention) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for a in (*event.source, *event.target)]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # forces leaving a place withdraw; anyone else leaving does not
        ("Chinese troops left the disputed valley on Friday.", "RETREAT"),
        # a passive keeps the forces a deployment needs before the verb
        ("Hundreds of police were deployed to the port city.", "MOBILIZE"),
        # staying away from a vote or meeting refuses it
        ("The opposition boycotted the presidential election.", "REJECT"),
        ("The army took power in Niamey on Tuesday.", "COERCE"),
        ("The Russian navy held drills in the Baltic Sea.", "MOBILIZE"),
        ("Ghana's president told the mining firms to pay their taxes.", "DEMAND"),
    ],
)
def test_type_of_new_wording(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_a_tourist_leaving_a_country_is_no_withdrawal() -> None:
    assert main_event(code_sentence("The Polish tourists left Egypt on Sunday.")) is None
