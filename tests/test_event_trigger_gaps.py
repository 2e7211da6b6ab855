"""Trigger words and idioms of harder news text, and the small grammar they need: meetings
("sat down together", "are in Vienna for talks", a stop on a trip), restrictions ("barred
from"), money set aside, talks broken off, strikes a union called, orders that move or expel
forces, trips made to help. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze.event_coder import EventMention, code_sentence

from .events_helpers import sentence_event as main


def codes(event: EventMention) -> list[tuple[str | None, str | None]]:
    return [(a.country, a.sector) for a in (*event.source, *event.target)]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Negotiators from Peru and Chile sat down together in Lima on Monday.", "CONSULT"),
        (
            "Diplomats from Armenia and Azerbaijan are in Vienna for a new round of talks.",
            "CONSULT",
        ),
        (
            "The Dutch prime minister stopped in Cairo for talks with the Egyptian president.",
            "CONSULT",
        ),
        ("The Iranian junta barred opposition parties from contesting the election.", "COERCE"),
        ("The Japanese government earmarked 10 million dollars for flood victims.", "AID"),
        ("Negotiations on the gas contract were broken off by Moldova.", "SANCTION"),
        ("A nationwide strike called by the Kenyan teachers' union closed schools.", "PROTEST"),
        ("A general strike called by Chile's dockers' union shut the ports.", "PROTEST"),
        ("Bolivia's army commander ordered tanks into the streets of La Paz.", "MOBILIZE"),
        ("Mali's military rulers ordered French troops to leave the country.", "SANCTION"),
        ("The Chadian president ordered his troops out of the disputed town.", "RETREAT"),
        ("A judge in Lima ordered the former Peruvian minister to appear in court.", "DEMAND"),
        ("Spanish rescue teams flew to Greece to help search for survivors.", "AID"),
        ("Sudanese soldiers used live ammunition against protesters in Khartoum.", "ASSAULT"),
        ("Ethiopia and Eritrea reached a ceasefire agreement in Algiers.", "RETREAT"),
    ],
)
def test_trigger_gaps(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_a_group_from_two_countries_is_each_countrys_group() -> None:
    event = main("Officials from Japan and China are in Geneva for talks on fishing rights.")
    assert codes(event) == [("JPN", "GOV"), ("CHN", "GOV")]


def test_a_trip_made_to_help_aids_its_destination() -> None:
    event = main("Spanish rescue teams flew to Greece to help search for survivors.")
    assert codes(event) == [("ESP", "GOV"), ("GRC", None)]


def test_ordered_out_expels_the_named_foreign_forces() -> None:
    event = main("Mali's military rulers ordered French troops to leave the country.")
    assert ("FRA", "MIL") in codes(event)


def test_talks_broken_off_in_the_passive_keep_their_partner() -> None:
    event = main("Talks on a gas contract with Russia were broken off by Moldova.")
    assert codes(event) == [("MDA", None), ("RUS", None)]


def test_the_summit_of_a_postponement_keeps_its_parties() -> None:
    events = code_sentence("The summit between Peru and Chile on fishing was postponed.")
    assert ("CONSULT", "cancelled") in {(e.type, e.status) for e in events}


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the PLOVER gold codes a resignation RETREAT ...
        ("The Bolivian president resigned on Sunday.", "RETREAT"),
        ("The resignation of the Peruvian president was announced on Friday.", "RETREAT"),
        # ... and one the text says was demanded accedes to a demand (CAMEO 0831)
        (
            "The resignation of the Peruvian president, long demanded by students, was announced.",
            "CONCEDE",
        ),
        (
            "The Kenyan finance minister resigned, meeting demands from opposition lawmakers.",
            "CONCEDE",
        ),
    ],
)
def test_resignations(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_the_resigning_official_is_the_source_of_a_resignation() -> None:
    event = main("The resignation of the Peruvian president was announced on Friday.")
    assert [(a.country, a.sector) for a in event.source] == [("PER", "GOV")]


def test_a_trailing_killing_clause_shares_the_main_events_source_and_victims() -> None:
    events = code_sentence(
        "Russian missiles hit a market in Odesa, killing nine Ukrainian civilians.",
        coded_only=False,
    )
    strike, killing = events
    assert [a.country for a in killing.source] == ["RUS"]
    assert ("UKR", "CVL") in [(a.country, a.sector) for a in strike.target]


def test_a_demonym_before_a_weapon_is_that_countrys_military() -> None:
    event = main("Russian missiles hit a power station in Odesa on Tuesday.")
    assert [(a.country, a.sector) for a in event.source] == [("RUS", "MIL")]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # common news wordings of CAMEO codes (CAMEO2PLOVER), as the PLOVER gold codes them
        ("The European Union approved a bailout for Greece.", "AID"),  # 071
        ("Fiji sent peacekeepers to Lebanon on Monday.", "AID"),  # 074
        ("The Saudi government granted women the right to drive.", "CONCEDE"),  # 0833
        ("The Bahraini king restored the citizenship of 500 people.", "CONCEDE"),  # 0833
        ("Syrian troops held villagers as human shields in Homs.", "COERCE"),  # 184
        ("The army used chemical weapons against rebels in Ghouta.", "ASSAULT"),  # 2041
        ("Police raised the terror alert level in Brussels.", "MOBILIZE"),  # 151
        ("Russian and Ukrainian forces exchanged artillery fire near Bakhmut.", "FIGHT"),  # 194
        ("North Korea warned of a merciless response to the drills.", "THREATEN"),  # 138
        ("Rebels in eastern Congo laid siege to Goma.", "COERCE"),  # 191
    ],
)
def test_cameo_wordings(sentence: str, label: str) -> None:
    assert main(sentence).type == label
