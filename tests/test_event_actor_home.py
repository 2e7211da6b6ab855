"""Actor codes a sentence implies: where a named official acts, what a nationality or a
demonym before a military noun stands for."""

from __future__ import annotations

from dateline.analyze.event_coder import code_sentence, main_event
from dateline.analyze.offices import load_offices


def main_codes(sentence: str) -> list[tuple[str, str | None, str | None]]:
    event = main_event(code_sentence(sentence, None, offices=load_offices()))
    assert event is not None
    return [(a.text, a.country, a.sector) for a in (*event.source, *event.target)]


def test_a_named_official_acts_in_the_one_country_the_sentence_names() -> None:
    codes = main_codes("President Tomas Valderde threatened to impose a curfew in Maracaibo.")
    assert ("President Tomas Valderde", "VEN", "GOV") in codes
    codes = main_codes(
        "Vice-President Ruth Omondi refused to resign despite pressure from Kenyan lawmakers."
    )
    assert ("Vice-President Ruth Omondi", "KEN", "GOV") in codes


def test_a_named_official_of_a_sentence_naming_other_states_stays_uncoded() -> None:
    codes = main_codes("Prime Minister Jan Vrba criticised Hungary for closing the border.")
    assert codes == [("Hungary", "HUN", None)]
    codes = main_codes("President Jorge Almeida praised Brazilian troops serving in Haiti.")
    assert [c for c in codes if "Almeida" in c[0]] == []


def test_a_named_official_at_a_meeting_or_visit_abroad_stays_uncoded() -> None:
    codes = main_codes("Prime Minister Lena Orvik met the Danish king in Copenhagen on Monday.")
    assert [c for c in codes if "Orvik" in c[0]] == []
    codes = main_codes("Foreign Minister Ilse Marten arrived in Tokyo for a three-day visit.")
    assert [c for c in codes if "Marten" in c[0]] == []


def test_a_group_with_no_country_stays_uncoded_where_the_event_is() -> None:
    assert main_codes("Rebels attacked a police post in western Nepal.") == []


def test_a_nationality_is_its_nation_and_protesting_its_civilians() -> None:
    assert main_codes("Freedonians rejected the new border plan, officials said.") == []
    codes = main_codes("The Estonians rejected the Latvian proposal on fishing quotas.")
    assert ("Estonians", "EST", None) in codes
    codes = main_codes("Young Bolivians blocked the main highway to press for land reform.")
    assert ("Bolivians", "BOL", "CVL") in codes


def test_a_demonym_before_a_military_noun_is_that_countrys_military() -> None:
    codes = main_codes("Armenian artillery shelled Azerbaijani positions near the border.")
    assert ("Azerbaijani", "AZE", "MIL") in codes
    codes = main_codes("Iraq's Kurdish leader denounced the Turkish air strikes on villages.")
    assert ("Turkish", "TUR", "MIL") in codes
    codes = main_codes("Iraq's Kurdish leader rejected the Turkish proposal on water.")
    assert ("Turkish", "TUR", None) in codes


def test_police_and_courts_act_in_the_one_country_the_sentence_names() -> None:
    codes = main_codes("Riot police fired tear gas at Kenyan opposition supporters.")
    assert ("Riot police", "KEN", "COP") in codes
    codes = main_codes("Police detained two Britons at a Spanish holiday resort.")
    assert [c for c in codes if "police" in c[0].lower()] == []  # two countries: whose?


def test_unions_and_students_act_at_home_and_civilians_stay_uncoded() -> None:
    codes = main_codes("Striking dockworkers blocked the port of Durban for a third day.")
    assert ("dockworkers", "ZAF", "LAB") in codes
    assert main_codes("Stranded tourists protested outside the airport in Phuket.") == []


def test_a_demonym_before_civilians_homes_is_that_countrys_civilians() -> None:
    codes = main_codes("Syrian artillery shelled Lebanese villages near the border.")
    assert ("Lebanese", "LBN", "CVL") in codes


def test_an_official_agreeing_on_a_domestic_matter_acts_at_home() -> None:
    codes = main_codes(
        "President Ilse Marten agreed to release jailed Kenyan opposition activists."
    )
    assert ("President Ilse Marten", "KEN", "GOV") in codes


def test_a_stance_is_no_military_position() -> None:
    codes = main_codes("Moscow backed the Serbian position on the border dispute.")
    assert ("Serbian", "SRB", None) in codes


ETHNIC_GROUPS = [
    ("Ethnic Russians protested in Riga against the citizenship rules.", "LVA"),
    ("Police in Skopje arrested 20 ethnic Albanians after the clashes.", "MKD"),
    # two states named besides the people's own: where it lives is not said
    ("Ethnic Turks protested against Sweden's plan to send them to Bulgaria.", None),
]


def test_an_ethnic_group_lives_in_the_one_country_the_sentence_names() -> None:
    for sentence, country in ETHNIC_GROUPS:
        people = [c for c in main_codes(sentence) if c[0] in ("Russians", "Albanians", "Turks")]
        assert people == ([(people[0][0], country, "CVL")] if country else []), sentence
