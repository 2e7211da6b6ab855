"""Actors coded only on firm evidence: towns, names that contain towns, pronouns, lists."""

from __future__ import annotations

from dateline.analyze.actors import find_actors
from dateline.analyze.event_coder import code_sentence, main_event
from dateline.analyze.event_tokens import tokenize
from dateline.analyze.offices import load_offices


def main_codes(sentence: str) -> tuple[list[tuple[str, str | None, str | None]], ...]:
    event = main_event(code_sentence(sentence, None, offices=load_offices()))
    assert event is not None
    return (
        [(a.text, a.country, a.sector) for a in event.source],
        [(a.text, a.country, a.sector) for a in event.target],
    )


def actor_texts(sentence: str) -> list[str]:
    found = find_actors(tokenize(sentence), sentence, offices=load_offices())
    return [a.text for a in found if a.kind != "pronoun"]


def test_a_town_modifying_a_noun_is_no_actor() -> None:
    assert "Chicago" not in actor_texts("The Chicago relatives rejected the court ruling.")
    source, _ = main_codes("The Chicago relatives rejected the court ruling on Monday.")
    assert source == []


def test_a_town_inside_a_personal_name_gives_no_country() -> None:
    source, target = main_codes("Crown Prince Hassan met the Egyptian foreign minister.")
    assert source == []  # Hassan is a town too, but here a name: no country from it
    assert target == [("Egyptian foreign minister", "EGY", "GOV")]
    assert main_codes("The mayor of Lyon met Italian officials.")[0] == [
        ("mayor of Lyon", "FRA", "GOV")
    ]


def test_a_town_that_acts_is_no_coded_actor_but_the_event_stays() -> None:
    event = main_event(code_sentence("Lyon rejected the takeover offer.", None))
    assert event is not None and event.type == "REJECT"
    assert event.source == ()


def test_a_town_visited_is_a_place_not_a_target() -> None:
    source, target = main_codes("The French foreign minister will visit Marseille next week.")
    assert source == [("French foreign minister", "FRA", "GOV")]
    assert target == []


def test_an_embassy_in_a_capital_is_not_that_country() -> None:
    source, _ = main_codes("The embassy in Nairobi condemned the attack.")
    assert source == []
    assert main_codes("Officials in Nairobi condemned the attack.")[0] == [
        ("Officials", "KEN", "GOV")
    ]


def test_an_opening_phrase_with_a_comma_is_no_list() -> None:
    source, target = main_codes(
        "In a letter to Egyptian officials, Sudanese Prime Minister Omar Idris condemned the raid."
    )
    assert source == [("Sudanese Prime Minister Omar Idris", "SDN", "GOV")]
    assert target == []


def test_he_is_the_subject_not_the_one_a_preposition_governs() -> None:
    source, _ = main_codes(
        "After a call with Egyptian President Ahmed Salem Farouk, Sudanese Prime Minister "
        "Omar Hassan Idris told reporters he would visit Turkey."
    )
    assert source == [("Sudanese Prime Minister Omar Hassan Idris", "SDN", "GOV")]


def test_a_demonym_before_a_noun_that_acts_is_no_subject() -> None:
    # the missiles, the firefighters act: of the demonym's country, but of no known sector
    assert main_codes("Colombian drug barons have killed two Mexican police officers.") == (
        [],
        [("Mexican police officers", "MEX", "COP")],
    )
    assert main_codes("Belgian firefighters blocked the road into the hills.")[0] == []
    # and a blaze is no adversary: no event at all
    assert main_event(code_sentence("Belgian firefighters battled a blaze in the hills.")) is None
    # the demonym before the event noun itself is the actor; before an object it stays
    source, target = main_codes("Chilean officials rejected an Argentine proposal.")
    assert source == [("Chilean officials", "CHL", "GOV")]
    assert target == [("Argentine", "ARG", None)]


def test_a_person_word_in_the_singular_codes_its_sector() -> None:
    _, target = main_codes("Cuban police arrested a Canadian reporter in Havana.")
    assert target == [("Canadian reporter", "CAN", "JRN")]
    source, _ = main_codes("A Dutch activist has been on hunger strike for a week.")
    assert source == [("Dutch activist", "NLD", "CVL")]
    _, target = main_codes("Spanish prosecutors charged a Moroccan man with fraud.")
    assert target == [("Moroccan man", "MAR", "CVL")]


def test_a_preposition_governs_across_a_determiner_and_participles() -> None:
    # the son, the widow act: not the president or the politician the preposition governs
    assert main_codes("The son of the ousted Peruvian president called for new elections.")[0] == []
    source, target = main_codes(
        "The widow of a murdered Czech politician met the French president."
    )
    assert source == []
    assert target == [("French president", "FRA", "GOV")]
    # a member of a body is coded as that body
    source, _ = main_codes("A member of the Chilean parliament has started a hunger strike.")
    assert source == [("Chilean parliament", "CHL", "LEG")]


def test_a_participle_after_a_preposition_is_no_event() -> None:
    event = main_event(
        code_sentence("Supporters of jailed Bolivian opposition leaders clashed with police.", None)
    )
    assert event is not None and event.type == "PROTEST"


def test_an_actor_after_a_participle_of_the_object_is_no_target() -> None:
    source, target = main_codes("Danish police arrested a suspect linked to the Taliban.")
    assert source == [("Danish police", "DNK", "COP")]
    assert target == []


def test_a_demonym_before_a_hyphenated_noun_is_no_bare_country() -> None:
    # "anti-aircraft" is a weapon word: the demonym names that country's military
    source, _ = main_codes("Syrian anti-aircraft guns fired on two Turkish jets on Sunday.")
    assert source == [("Syrian", "SYR", "MIL")]
    # a hyphenated descriptor before a group word belongs to the group
    source, _ = main_codes("Georgian anti-government protesters blocked the main road.")
    assert source == [("Georgian anti-government protesters", "GEO", "CVL")]


def test_a_counted_demonym_before_an_unknown_noun_is_no_target() -> None:
    # "three Peruvian engineers" are people of some sector, not Peru: no actor
    assert main_codes("Gunmen seized three Peruvian engineers near the mine.")[1] == []
    # an uncounted one still stands for its state ("a Peruvian proposal")
    assert main_codes("Chile rejected a Peruvian proposal on Monday.")[1] == [
        ("Peruvian", "PER", None)
    ]


def test_nationals_and_expatriates_are_civilians() -> None:
    assert main_codes("Gunmen seized two Peruvian nationals near the mine.")[1] == [
        ("Peruvian nationals", "PER", "CVL")
    ]
    assert main_codes("Rebels abducted four Dutch expatriates.")[1] == [
        ("Dutch expatriates", "NLD", "CVL")
    ]


def test_a_militia_is_an_armed_group_not_the_state_military() -> None:
    # CAMEO's military is the state's; a militia is a non-state armed group (REB)
    assert main_codes("Somali militias attacked a convoy near the port.")[0] == [
        ("Somali militias", "SOM", "REB")
    ]


def test_a_country_that_only_names_a_border_of_a_place_phrase_is_no_target() -> None:
    # "along its border with Ghana" says where the troops went, not whom the act is against
    source, target = main_codes("Togo deployed troops along its border with Ghana.")
    assert [a[0] for a in source] == ["Togo"] and target == []
    source, target = main_codes("Malian artillery shelled rebel camps near the Algerian border.")
    assert target == []


def test_a_border_that_is_the_verb_s_object_keeps_its_country() -> None:
    _, target = main_codes("Turkey closed its border with Syria.")
    assert [a[0] for a in target] == ["Syria"]
