"""PLOVER readings that must carry over to new wording: forces leaving a place, passives of
event verbs and nouns, "be" + preposition before an event noun, and the speaker of reported
speech. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze.event_coder import code_sentence, main_event

from .events_helpers import event_actors as actors
from .events_helpers import sentence_event as main


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


@pytest.mark.parametrize(
    ("sentence", "label", "expected"),
    [
        # the passive of a verb + object pattern: the agent after "by", the target after the
        # pattern's preposition
        (
            "An embargo was imposed on Chile by Peru and Bolivia.",
            "SANCTION",
            [("Peru", "PER", None), ("Bolivia", "BOL", None), ("Chile", "CHL", None)],
        ),
        (
            "An agreement was reached on Monday between Laos and Vietnam.",
            "AGREE",
            [("Laos", "LAO", None), ("Vietnam", "VNM", None)],
        ),
        # "be" + preposition governs an event noun as a support verb would
        (
            "The Ghanaian president is on a state visit to Togo.",
            "CONSULT",
            [("Ghanaian president", "GHA", "GOV"), ("Togo", "TGO", None)],
        ),
        (
            "Kenyan officials are in talks in Nairobi.",
            "CONSULT",
            [("Kenyan officials", "KEN", "GOV")],
        ),
    ],
)
def test_passives_and_be_with_a_preposition(
    sentence: str, label: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    event = main(sentence)
    assert (event.type, actors(event)) == (label, expected)


def test_an_agentless_passive_of_an_event_noun_is_still_the_event() -> None:
    assert main("A formal inquiry was opened into the fire at the depot.").type == "INVESTIGATE"


def test_struck_is_no_strike() -> None:
    assert main("A deal was struck between the union and the airline.").type == "AGREE"


@pytest.mark.parametrize(
    ("sentence", "label", "expected"),
    [
        # deaths in clashes are combat: those killed and those they fought both take part
        (
            "Two Pakistani soldiers were killed in clashes with Taliban militants.",
            "FIGHT",
            [("Pakistani soldiers", "PAK", "MIL"), ("Taliban militants", "AFG", "REB")],
        ),
        # planes of a country are its air force
        (
            "Turkish planes bombed Kurdish militants in northern Iraq.",
            "FIGHT",
            [("Turkish planes", "TUR", "MIL"), ("Kurdish militants", "IRQ", "REB")],
        ),
        (
            "Israeli military police arrested two soldiers.",
            "COERCE",
            [("Israeli military police", "ISR", "MIL")],
        ),
        (
            "A US congressional committee is investigating the bank.",
            "INVESTIGATE",
            [("US congressional committee", "USA", "LEG")],
        ),
    ],
)
def test_combat_and_the_sectors_of_new_actor_words(
    sentence: str, label: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    event = main(sentence)
    assert (event.type, actors(event)) == (label, expected)
