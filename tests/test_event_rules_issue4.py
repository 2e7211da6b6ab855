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
    blockade = [e for e in events if e.trigger_id == "protest.obstruct.block"]
    assert blockade and [a.country for a in blockade[0].source] == ["BOL"]
    assert blockade[0].type == "COERCE"  # a state's blockade restricts (CAMEO 191)


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


def test_a_vote_to_strike_is_a_threat_of_protest() -> None:
    assert sentence_event("Miners in Wales voted to strike over pensions.").type == "THREATEN"
    assert sentence_event("The union voted for strike action in May.").type == "THREATEN"


def test_a_vote_to_strike_down_a_bill_stays_a_rejection() -> None:
    assert "THREATEN" not in types("Senators voted to strike down the tax bill.")


def test_an_offer_to_suspend_ones_own_activity_is_no_threat() -> None:
    event = sentence_event("Syria offered to suspend its missile tests if the embargo ended.")
    assert event.type == "AGREE"


def test_an_offer_to_suspend_with_no_party_is_no_sanction() -> None:
    event = sentence_event("Pyongyang offered to suspend uranium enrichment.")
    assert event.type == "AGREE"
    assert sentence_event("Minsk said it would suspend the fuel levy.").type == "AGREE"


def test_a_vow_to_suspend_ties_stays_a_threat() -> None:
    assert sentence_event("Chad vowed to suspend ties with Niger.").type == "THREATEN"


def test_calling_on_a_leader_is_a_visit() -> None:
    event = sentence_event("The Korean envoy called on the prime minister in Hanoi on Friday.")
    assert (event.type, event.mode) == ("CONSULT", "visit")


def test_calling_on_someone_to_act_is_a_demand() -> None:
    assert sentence_event("Canada called on Peru to release the activists.").type == "DEMAND"


def test_a_refusal_to_attend_talks_is_about_the_refusal() -> None:
    sentence = "The Malian junta's refusal to attend talks in Accra has worried diplomats."
    assert sentence_event(sentence).type == "REJECT"


def test_readiness_to_impose_tariffs_is_a_threat() -> None:
    sentence = "Brussels is prepared to impose new tariffs on Brazilian beef if talks fail."
    assert sentence_event(sentence).type == "THREATEN"


def test_a_government_body_blocking_access_coerces() -> None:
    event = sentence_event("Turkey's telecoms regulator blocked access to a news site.")
    assert event.type == "COERCE"


def test_a_count_before_called_up_reservists_keeps_the_mobilisation() -> None:
    sentence = "The Greek army called up tens of thousands of reservists on Sunday."
    assert sentence_event(sentence).type == "MOBILIZE"


def test_a_missile_test_is_a_show_of_force_not_a_fight() -> None:
    assert "FIGHT" not in types("Seoul condemned the missile test by the North on Sunday.")
    assert "MOBILIZE" in types("Seoul condemned the missile test by the North on Sunday.")


def test_a_passive_reaches_past_a_relative_clause_in_commas() -> None:
    sentence = "An inquiry into the crash, which killed nine miners, was opened by prosecutors."
    assert sentence_event(sentence).type == "INVESTIGATE"


def test_rulers_are_a_government_unless_a_military_body_is_named() -> None:
    event = sentence_event("Paris rejected a request by Togo's rulers for more aid.")
    assert ("Togo's rulers", "TGO", "GOV") in event_actors(event)
    event = sentence_event("Mali's military rulers expelled the French ambassador.")
    assert event_actors(event)[0] == ("Mali's military rulers", "MLI", "MIL")


def test_a_day_between_support_verb_and_for_keeps_the_rally() -> None:
    sentence = "Hundreds of Chileans gathered Sunday for a march in Santiago."
    assert sentence_event(sentence).type == "PROTEST"


def test_a_participle_before_counted_people_is_no_act_of_the_clause() -> None:
    events = code_sentence("Belarus freed five jailed Lithuanians on Monday.")
    assert [e.type for e in events] == ["RETREAT"]
    assert [(a.text, a.country) for a in events[0].target] == [("Lithuanians", "LTU")]


def test_a_capital_as_the_direct_object_of_a_verbal_act_is_its_government() -> None:
    event = sentence_event("Ankara urged Baghdad to close the camps.")
    assert event_actors(event) == [("Ankara", "TUR", "GOV"), ("Baghdad", "IRQ", "GOV")]


def test_a_capital_after_a_preposition_stays_a_place() -> None:
    event = sentence_event("Norway recalled its ambassador from Moscow.")
    assert all(a.country != "RUS" for a in event.target)


def test_a_country_name_coordinated_with_rebels_stays_the_state() -> None:
    event = sentence_event("Uganda and the LRA rebels met in Juba.")
    assert event.source[0].text == "Uganda"
    assert event.source[0].sector is None


def test_an_object_the_pattern_holds_is_the_target() -> None:
    event = sentence_event("Algeria expelled two Moroccan journalists.")
    assert ("Moroccan journalists", "MAR", "JRN") in event_actors(event)


def test_migrants_are_coded_as_refugees() -> None:
    event = sentence_event("Chad deported 40 Sudanese migrants.")
    assert ("Sudanese migrants", "SDN", "REF") in event_actors(event)


def test_blocking_an_aid_package_rejects_it() -> None:
    assert sentence_event("Poland blocked the EU budget for next year.").type == "REJECT"


def test_people_a_passive_pattern_holds_as_object_are_its_target() -> None:
    event = sentence_event("Scores of Haitian migrants were deported on Friday.")
    assert ("Haitian migrants", "HTI", "REF") in event_actors(event)


def test_a_region_adjective_keeps_the_preposition_of_the_target() -> None:
    event = sentence_event("Militants fired rockets at southern Israel on Monday.")
    assert ("Israel", "ISR", None) in event_actors(event)


def test_protesters_storming_a_building_protest_and_drop_the_raids_mode() -> None:
    event = sentence_event("Peruvian protesters stormed the regional assembly in Cusco.")
    assert (event.type, event.mode) == ("PROTEST", None)


def test_weapons_sent_to_another_country_are_military_aid() -> None:
    event = sentence_event("Norway sent air defence missiles to Poland.")
    assert (event.type, event.mode) == ("AID", "military")
    assert sentence_event("Oslo will send more artillery shells to Kyiv.").type == "AGREE"


def test_weapons_moved_to_ones_own_border_are_a_show_of_force() -> None:
    assert sentence_event("Belarus moved rockets to its northern border.").type == "MOBILIZE"


def test_the_agent_of_an_investigated_act_is_the_target() -> None:
    event = sentence_event("The UN opened an inquiry into killings by Sudanese soldiers.")
    assert ("Sudanese soldiers", "SDN", "MIL") in event_actors(event)


def test_the_maker_of_an_investigated_claim_is_no_target() -> None:
    event = sentence_event(
        "The panel opened an inquiry into claims by Chad that rebels shelled it."
    )
    assert all(a.country != "TCD" for a in event.target)


def test_an_arrest_warrant_for_a_leader_targets_the_leader() -> None:
    event = sentence_event("The ICC issued an arrest warrant for the Sudanese president.")
    assert event.type == "COERCE"
    assert ("Sudanese president", "SDN", "GOV") in event_actors(event)
