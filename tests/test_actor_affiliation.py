"""Whose sector a member of a body takes: the body it serves, its own profession, or none."""

from __future__ import annotations

import pytest

from dateline.analyze.actors import find_actors
from dateline.analyze.event_tokens import tokenize
from dateline.analyze.offices import load_offices
from tests.events_helpers import event_actors, sentence_event


def actors(sentence: str) -> list[tuple[str, str | None, str | None]]:
    found = find_actors(tokenize(sentence), sentence, offices=load_offices())
    return [(a.text, a.country, a.sector) for a in found if a.kind != "pronoun"]


def targets(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for a in sentence_event(sentence).target]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a profession inside a state organ is coded by the organ (CAMEO: institution first)
        ("A Chilean army doctor spoke.", ("Chilean army doctor", "CHL", "MIL")),
        ("Chilean Health Ministry nurses spoke.", ("Chilean Health Ministry nurses", "CHL", "GOV")),
        # outside one it keeps its own sector; an organ's critics are not its staff
        ("Chilean hospital doctors spoke.", ("Chilean hospital doctors", "CHL", "MED")),
        ("Chilean workers spoke.", ("Chilean workers", "CHL", "LAB")),
        # staff of an NGO are no labour actor; of a company, the company's sector
        ("Kenyan Red Cross workers spoke.", ("Kenyan Red Cross workers", "KEN", None)),
        ("Toyota employees spoke.", ("Toyota employees", "JPN", "BUS")),
        # a descriptor before an organisation's name yields to the organisation's codes
        ("The rights watchdog Amnesty International spoke.", None),
        ("The militant group Hamas spoke.", ("Hamas", "PSE", "REB")),
        # a role "of" a body serves that body
        ("A leader of Hamas spoke.", ("leader of Hamas", "PSE", "REB")),
        # after a possessive a participle is an adjective, not a verb
        ("Taiwan's elected government spoke.", ("Taiwan's elected government", "TWN", "GOV")),
        ("Mali's ruling junta spoke.", ("Mali's ruling junta", "MLI", "MIL")),
    ],
)
def test_member_sectors(sentence: str, expected: tuple[str, str | None, str | None] | None) -> None:
    found = actors(sentence)
    if expected is None:  # Amnesty: an NGO's code is its type, and a watchdog is no government
        assert [(country, sector) for _, country, sector in found] == [("NGO", None)]
    else:
        assert found == [expected]


def test_a_participle_after_a_possessive_still_stops_before_a_verb() -> None:
    assert actors("Chile's shelling killed Peruvian officials.") == [
        ("Chile", "CHL", None),
        ("Peruvian officials", "PER", "GOV"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Peru said on Monday its soldiers had withdrawn.", [("soldiers", "PER", "MIL")]),
        (
            "The Chilean government said its troops had withdrawn from the border.",
            [("troops", "CHL", "MIL")],
        ),
        (
            "Bolivian rebels said on Monday their fighters had withdrawn from the town.",
            [("fighters", "BOL", "REB")],
        ),
        # a role serving its owner is the owner ("their leaders" are no government)
        (
            "Bolivian miners said their leaders had agreed to end the strike.",
            [("Bolivian miners", "BOL", "LAB")],
        ),
        (
            "Chile and Peru said their troops had withdrawn from the border.",
            [("troops", "CHL", "MIL"), ("troops", "PER", "MIL")],
        ),
    ],
)
def test_a_subject_owned_by_a_pronoun_takes_its_country_and_keeps_its_sector(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert event_actors(sentence_event(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a town hit by violence or coercion is the people living there
        ("Chilean rebels shelled Arica on Monday.", ("Arica", "CHL", "CVL")),
        ("Peru imposed a curfew on Arica.", ("Arica", "CHL", "CVL")),
        # as the object of any other event it is where something happened, not an actor
        ("Thousands of Chileans marched through central Santiago to denounce the tax.", None),
        ("Peru recalled its ambassador from Santiago over the dispute.", None),
    ],
)
def test_a_town_is_a_target_only_of_violence_or_coercion(
    sentence: str, expected: tuple[str, str | None, str | None] | None
) -> None:
    assert targets(sentence) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # past a possessor "of" the object, the actors after it are still the object's phrase
        ("Peru supported the rights of Bolivians in their struggle against Chile.", []),
        ("Chile condemned the arrest of Peruvian activists and Bolivian journalists.", []),
        # a counted people after "of" is the object itself
        (
            "Chilean police beat dozens of Peruvian and Bolivian refugees.",
            [("Peruvian", "PER", "REF"), ("Bolivian refugees", "BOL", "REF")],
        ),
    ],
)
def test_an_object_phrase_owned_by_an_of_actor_gives_no_later_target(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert targets(sentence) == expected


def test_an_actor_in_a_relative_clause_after_a_preposition_is_no_subject() -> None:
    event = sentence_event(
        "The causes of the fire, in which a senior Chilean general died, "
        "are being investigated by Peru."
    )
    assert event_actors(event) == [("Peru", "PER", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chilean police barred Peruvian women from working for the United Nations.",
            [("Peruvian women", "PER", "CVL")],
        ),
        (
            "Chilean police took two Peruvian journalists into custody.",
            [("Peruvian journalists", "PER", "JRN")],
        ),
    ],
)
def test_the_object_in_a_pattern_slot_closed_by_a_preposition_is_the_target(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert targets(sentence) == expected


def test_an_act_noun_between_a_demonym_and_a_role_describes_the_role() -> None:
    # "protest" may be a verb, but not between a demonym and a role word
    event = sentence_event("Chilean protest leaders criticised Peru.")
    assert event.type == "DISAPPROVE"
    # leaders of a protest are no government, and a sector is not guessed
    assert event_actors(event) == [("Chilean protest leaders", "CHL", None), ("Peru", "PER", None)]
    # a plural people before a verb is still its subject
    assert all("attack" not in text for text, _, _ in actors("Afghans attack rebels."))
