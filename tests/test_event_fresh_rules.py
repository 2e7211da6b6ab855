"""Rules found by reading sentences written after the rules before them: a pattern's gap that
skips the article and group noun opening its object, attacks told from the victim's side,
agreement made under pressure, and an aid delivery heading the subject. Sentences written for
these tests, with invented people and places."""

from __future__ import annotations

import pytest

from dateline.analyze.event_coder import code_sentence

from .events_helpers import sentence_event as main


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the object's article and a group noun with "of" do not count against the gap
        ("A court in Vellmar found a former district mayor guilty of fraud.", "DISAPPROVE"),
        (
            "The Ruritanian government allowed a team of UN election monitors into the country.",
            "RETREAT",
        ),
        # the gap still counts an article that opens a phrase after the object
        ("Malian soldiers evacuated villagers from the besieged district.", "AID"),
    ],
)
def test_gap_skips_the_opening_of_the_object(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_an_assassination_attempt_is_an_assault_on_its_target() -> None:
    event = main("An assassination attempt on the Peruvian interior minister failed on Sunday.")
    assert event.type == "ASSAULT"
    assert [a.country for a in event.target] == ["PER"]


def test_who_survives_an_attack_is_its_target_and_the_by_agent_its_source() -> None:
    event = main("The Kenyan governor survived an ambush by Somali militants near the border.")
    assert event.type == "ASSAULT"
    assert [(a.country, a.sector) for a in event.target] == [("KEN", "GOV")]
    assert [a.country for a in event.source] == ["SOM"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bowing to pressure from the unions, the Chilean government agreed to a pay rise.",
        "Giving in to the strikers, the Bolivian government agreed to raise wages.",
    ],
)
def test_agreeing_under_pressure_is_a_concession(sentence: str) -> None:
    events = code_sentence(sentence)
    assert [e.type for e in events] == ["CONCEDE"]  # the opening phrase is part of it


def test_an_opening_phrase_that_yields_nothing_leaves_the_agreement() -> None:
    sentence = "Meeting in Lima, the Chilean and Peruvian ministers agreed to a joint patrol."
    assert main(sentence).type == "AGREE"


def test_a_delivery_heading_the_subject_is_aid_whatever_verb_moves_it() -> None:
    sentence = "A convoy of Red Cross trucks carrying food and medicine reached Vellmar on Friday."
    assert main(sentence).type == "AID"
    attacked = "A convoy of trucks carrying food was attacked by gunmen in northern Mali."
    assert main(attacked).type == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # strikers going back to work end the strike; "back" backs no one
        ("Striking dockers in Vellmar went back to work on Monday after a pay deal.", "CONCEDE"),
        ("The Ruritanian government went back on its pledge to hold early elections.", "REJECT"),
        # a ban on trade eased is an embargo eased; people freed from a ban are not released
        ("Peru has lifted its ban on imports of Chilean poultry.", "RETREAT"),
        ("The Bolivian junta freed the press from a ban on reporting the unrest.", "CONCEDE"),
        # stoning vehicles is rioting, stoning someone to death an assault
        ("Angry villagers stoned police cars in the Kenyan town of Vellmar.", "PROTEST"),
        ("A mob stoned a Kenyan shopkeeper to death in Vellmar.", "ASSAULT"),
        ("Gunmen slit the throats of six Malian herders near the border.", "ASSAULT"),
    ],
)
def test_trigger_idioms_of_the_fresh_batch(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # CAMEO codes with words no trigger listed
        ("Prosecutors in Lima charged the former Peruvian minister with bribery.", "COERCE"),
        ("Amnesty International charged the Malian army with abuses in the north.", "DISAPPROVE"),
        ("Ecuador gave asylum to a Colombian opposition journalist.", "AID"),
        ("Iraq returned the Kuwaiti archives seized during the occupation.", "RETREAT"),
        ("The Chilean government came to the defence of its ambassador in Lima.", "SUPPORT"),
        ("The Jordanian king rallied Arab support for the Palestinian refugees.", "SUPPORT"),
        ("The Kenyan opposition rallied supporters against the new constitution.", "DISAPPROVE"),
        ("Serb forces drove thousands of Albanian villagers from their homes.", "ASSAULT"),
        ("Angry crowds looted shops in the Kenyan port city of Mombasa.", "PROTEST"),
        ("Ruritanian soldiers looted shops in the Malian town of Vellmar.", "COERCE"),
        ("Indian and Pakistani troops traded fire across the border.", "FIGHT"),
        ("Turkey has signalled it is open to a deal with Greece on the islands.", "AGREE"),
    ],
)
def test_cameo_codes_named_by_other_words(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("India held Pakistan responsible for the attack on the Kenyan embassy.", "DISAPPROVE"),
        ("Pakistan turned a deaf ear to India's demand for the extradition.", "REJECT"),
        ("The Pakistani army chief cautioned India against any military adventure.", "THREATEN"),
        ("The Malian rebels gave the government 48 hours to release their leader.", "THREATEN"),
        ("The Bolivian government called out the army to restore order in La Paz.", "MOBILIZE"),
        ("Russia readied its Black Sea fleet as tension with Ukraine rose.", "MOBILIZE"),
        # an aspect verb between the intent and the act carries the act: a threat
        ("The Somali militants vowed to continue attacking Kenyan troops.", "THREATEN"),
        ("The Kenyan government pledged to continue sending aid to Somalia.", "AGREE"),
    ],
)
def test_cameo_codes_named_by_other_words_second_round(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Kenya is sending 200 tonnes of maize to famine-hit Somalia.", "AID"),
        ("Kenyan troops have been massing along the Somali border for weeks.", "MOBILIZE"),
        ("The Kenyan navy sank a pirate skiff off the coast.", "FIGHT"),
        # "ready to" states an intent; only the verb "readied" readies forces
        ("Uganda says it is ready to withdraw its troops from the island.", "AGREE"),
    ],
)
def test_wire_wording_of_the_third_round(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # read on its own, a sentence whose only event words stand where an article's reading
        # sets them aside still says what happened
        ("Some 300 tonnes of rice donated by Japan were unloaded in Mombasa on Monday.", "AID"),
        (
            "The Kenyan reply, sent on Friday, was a flat rejection of the Ugandan proposal.",
            "REJECT",
        ),
    ],
)
def test_a_sentence_alone_keeps_the_readings_set_aside_when_it_has_no_other(
    sentence: str, label: str
) -> None:
    assert main(sentence).type == label
    assert all(e.subordinate for e in code_sentence(sentence, coded_only=False))


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Eleven Kenyan sailors held by Somali pirates were set free on Monday.", "RETREAT"),
        ("Egypt's military rulers extended the state of emergency for another year.", "COERCE"),
        ("Turkey will close its airspace to Israeli aircraft if the dispute goes on.", "THREATEN"),
        (
            "The Basque group said it would resume its armed campaign unless Madrid talked.",
            "THREATEN",
        ),
        ("Serbia said any attempt by Kosovo to secede would be met with force.", "THREATEN"),
        ("Ugandan troops pushed the rebels out of the town of Gulu on Sunday.", "FIGHT"),
        ("Neither the Malian rebels nor the government accepted the truce plan.", "REJECT"),
        # the object before "be" may be an actor: police drafted in are raised police power
        ("Some 2,000 extra police were drafted into Nairobi on Saturday.", "MOBILIZE"),
    ],
)
def test_wire_wording_of_the_third_batch(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_auxiliaries_of_a_verb_in_a_relative_clause_do_not_close_the_clause() -> None:
    # "who had been abducted": the auxiliaries are the participle's own, so the abduction
    # stays inside the relative clause and the release is the sentence's event
    sentence = "Six Kenyan sailors who had been abducted by Somali pirates were freed in Eyl."
    events = code_sentence(sentence)
    assert [(e.type, e.subordinate) for e in events] == [("ASSAULT", True), ("RETREAT", False)]
    assert main(sentence).type == "RETREAT"
