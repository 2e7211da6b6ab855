"""Actors older wire copy names: former state names, regional peoples, armed movements."""

from __future__ import annotations

from dateline.analyze.actors import find_actors
from dateline.analyze.event_tokens import tokenize
from dateline.analyze.offices import load_offices


def codes(sentence: str) -> list[tuple[str, str | None, str | None]]:
    found = find_actors(tokenize(sentence), sentence, offices=load_offices())
    return [(a.text, a.country, a.sector) for a in found if a.kind != "pronoun"]


def test_a_former_state_name_is_coded_as_its_successor() -> None:
    assert ("Soviet troops", "RUS", "MIL") in codes("Soviet troops shelled a village near Herat.")
    assert ("Zairean government", "COD", "GOV") in codes(
        "The Zairean government closed the border."
    )
    assert ("Yugoslav army", "SRB", "MIL") in codes("The Yugoslav army moved tanks to the coast.")


def test_a_regional_people_is_coded_by_its_state() -> None:
    assert ("Chechen fighters", "RUS", "REB") in codes("Chechen fighters ambushed a convoy.")
    assert ("Tibetan monks", "CHN", "REL") in codes("Tibetan monks marched through the town.")
    # a region named after the people is the other state's
    assert ("Police", "IND", "COP") in codes("Police in Tamil Nadu detained six fishermen.")


def test_armed_movements_and_peacekeeping_forces_by_name() -> None:
    assert ("SPLA", "SDN", "REB") in codes("The SPLA shelled the garrison town.")
    assert ("UNPROFOR", "UN", "MIL") in codes("UNPROFOR escorted the aid convoy.")


def test_a_group_of_the_bodys_own_kind_is_the_bodys_people() -> None:
    sentence = "Guerrillas of the Moro Islamic Liberation Front raided a farm."
    assert codes(sentence) == [("Guerrillas of the Moro Islamic Liberation Front", "PHL", "REB")]


def test_a_city_by_its_older_name_is_the_same_capital() -> None:
    assert ("Kiev", "UKR", "GOV") in codes("Kiev accused Moscow of stoking the unrest.")
    assert ("Peking", "CHN", "GOV") in codes("Peking rejected the protest as interference.")


def test_kashmiri_separatists_and_maoists() -> None:
    assert ("Kashmiri separatists", "IND", "REB") in codes("Kashmiri separatists fired on a bus.")
    assert ("Nepalese Maoists", "NPL", "REB") in codes("Nepalese Maoists bombed a bridge.")


def test_peoples_of_one_state_and_their_forces() -> None:
    assert ("Igbo leaders", "NGA", "GOV") in codes("Igbo leaders met in Enugu.")
    assert ("Tigrayan forces", "ETH", "REB") in codes("Tigrayan forces shelled the town.")
    assert ("Chechen police", "RUS", "COP") in codes("Chechen police raided a house.")


def test_the_common_market_is_the_european_community() -> None:
    assert ("Common Market", "EU", None) in codes("Britain joined the Common Market in 1973.")
