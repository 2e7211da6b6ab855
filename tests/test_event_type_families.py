"""Whole verb families of a PLOVER type, not single words: every way news copy names the
act (a deal by any of its nouns, a trip by any verb of motion made for talks, a task done
jointly, ground handed over). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze.event_coder import code_sentence, main_event

from .events_helpers import sentence_event as main


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # AGREE: an agreement by any of its nouns, reached by any verb of concluding
        ("Peru and Ecuador concluded a peace treaty in Brasilia on Monday.", "AGREE"),
        ("Laos and Cambodia initialled a border pact on Tuesday.", "AGREE"),
        ("The two governments worked out a compromise over fishing rights.", "AGREE"),
        ("Mongolia and Kazakhstan finalised an arrangement on rail freight.", "AGREE"),
        ("The Bhutanese government undertook to respect the ruling.", "AGREE"),
        # CONSULT: going somewhere for talks is a visit, whatever the verb of motion
        ("The Nepalese foreign minister went to Delhi on Monday for talks.", "CONSULT"),
        ("Cypriot negotiators returned to Vienna on Monday for talks on the island.", "CONSULT"),
        ("The Omani envoy talked to Houthi leaders in Sanaa on Sunday.", "CONSULT"),
        # a refusal to talk is REJECT, as "refused to meet"
        ("The Ugandan government says it will not talk to the rebels.", "REJECT"),
        # COOPERATE: a task done jointly, papers exchanged
        ("Polish and Czech border guards jointly patrolled the frontier.", "COOPERATE"),
        ("Indian and Pakistani officials exchanged lists of nuclear sites.", "COOPERATE"),
        # RETREAT: held ground handed over
        ("Armenian forces handed over their positions to Russian peacekeepers.", "RETREAT"),
        ("The militia ceded control of the airport to the Libyan army.", "RETREAT"),
        # AID: a loan by its verb
        ("Kuwait loaned Jordan 200 million dollars on Monday.", "AID"),
    ],
)
def test_type_families(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ugandan president talked to reporters in Kampala.",
        "The Ugandan president talked to the BBC on Monday.",
    ],
)
def test_talking_to_the_press_is_no_consultation(sentence: str) -> None:
    assert main_event(code_sentence(sentence)) is None


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a modal after "the NOUN" is a verb: the speaker demands what the subject must do
        ("The Kenyan opposition leader said the government must call early elections.", "DEMAND"),
        ("The Malian imam said the junta should step down.", "DEMAND"),
        # a request or a displeasure by its noun, after any verb that makes or states it
        ("Tokyo lodged a request with Beijing for the return of the trawler.", "DEMAND"),
        ("The Bolivian unions submitted a petition to the president on pensions.", "DEMAND"),
        ("The Thai foreign ministry expressed dissatisfaction with the report.", "DISAPPROVE"),
        # stopped flights are a sanction like stopped trade
        ("Kuwait banned flights to Beirut on Sunday.", "SANCTION"),
        # a possessive mark does not count as a word of the object phrase
        ("The Eritrean government closed the country's private newspapers.", "COERCE"),
        # a boycott announced threatens one; one made refuses the vote
        ("The Bangladeshi opposition said it will boycott the country's elections.", "THREATEN"),
        ("The Bangladeshi opposition boycotted the country's elections.", "REJECT"),
    ],
)
def test_modal_nouns_and_planned_boycotts(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a quantity counts as a number in a pattern's gap
        ("Rebels in Chad held hundreds of stranded villagers as human shields.", "COERCE"),
        ("The Ivorian army is holding thousands of displaced farmers as human shields.", "COERCE"),
        # a state of siege is declared as a state of emergency is
        ("The Peruvian government declared a state of siege in the highlands.", "COERCE"),
    ],
)
def test_gaps_and_states(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_a_press_release_frees_no_one() -> None:
    for sentence in (
        "Kurdish rebels are holding four Turkish soldiers, a press release by the group said.",
        "The Basque group issued a press release on Friday.",
    ):
        event = main_event(code_sentence(sentence))
        assert event is None or event.type != "RETREAT"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # condolences sent with no "message of" before them
        ("The Nepalese king sent condolences to the Indian people.", "SUPPORT"),
        ("Oman offered condolences to Iran after the crash.", "SUPPORT"),
        ("The Latvian parliament lent its support to the Georgian bid.", "SUPPORT"),
        ("The Maltese premier voiced readiness to resume talks with Libya.", "AGREE"),
        ("Jakarta reiterated its demand for the return of the fugitive.", "DEMAND"),
        ("Austria blocked Turkey's admission to the bloc.", "REJECT"),
        ("The Tamil rebels called a truce on Sunday.", "RETREAT"),
        ("Somali pirates took twelve Filipino sailors hostage.", "ASSAULT"),
        ("Canadian customs officers impounded a Chinese freighter.", "COERCE"),
        ("Greece increased its military presence on the Evros border.", "MOBILIZE"),
        ("Bolivian farmers set up roadblocks on the highway to Oruro.", "PROTEST"),
        ("Cypriot and Turkish envoys engaged in talks in Geneva.", "CONSULT"),
        ("Guyana took Venezuela to the International Court of Justice.", "DISAPPROVE"),
    ],
)
def test_more_family_members(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_a_truce_called_for_is_demanded() -> None:
    assert main("The Pope called for an immediate ceasefire in Sudan.").type == "DEMAND"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a line or mission opened between two states restores ties; announced, an intent
        ("Qatar reopened its embassy in Cairo on Sunday.", "SUPPORT"),
        ("Tokyo and Seoul will restore a defence hotline cut after the dispute.", "AGREE"),
    ],
)
def test_channels_reopened(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Slovenia expressed its intention to join the currency union.", "AGREE"),
        ("The Malagasy president said he hoped to improve ties with Paris.", "AGREE"),
        ("Brazil and Paraguay deepened relations on Monday.", "SUPPORT"),
        ("Norway sent an envoy to Colombo for talks with the rebels.", "CONSULT"),
        ("Honduras and Nicaragua opened negotiations on the border.", "CONSULT"),
    ],
)
def test_intentions_ties_and_envoys(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Burmese army went to war with the Karen rebels in 1949.", "FIGHT"),
        ("Ethiopia waged war on its northern neighbour for two years.", "FIGHT"),
        ("The separatists vowed to step up attacks on Indian troops.", "THREATEN"),
        ("Ghana withdrew from the fisheries accord with Togo.", "REJECT"),
        ("Malian troops withdrew from the border town of Menaka.", "RETREAT"),
    ],
)
def test_war_attacks_and_treaties_left(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # "insist" asserts a claim unless its clause puts a bare verb after the subject
        ("Moscow insisted it would not pull its troops out of Moldova.", "REJECT"),
        ("Beijing insisted that Canberra halt the arms sales.", "DEMAND"),
        ("The Kurdish party insisted on new elections.", "DEMAND"),
        # a pattern's gap does not cross a modal into another verb phrase
        ("The Lao government announced that it would release all Hmong detainees.", "AGREE"),
    ],
)
def test_insisting_and_modal_gaps(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_insisting_on_a_fact_is_no_demand() -> None:
    event = main_event(code_sentence("The Zambian minister insisted the report was false."))
    assert event is None or event.type != "DEMAND"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a contracted negation is one token, and negates as "not" does
        ("The Afghan government won't release the detained aid workers.", "REJECT"),
        ("Hanoi didn't accept the mediation offer.", "REJECT"),
        ("The Uzbek president wouldn’t meet the American envoy.", "REJECT"),
        # staying away from talks refuses them
        ("The Congolese president stayed away from the peace talks in Luanda.", "REJECT"),
    ],
)
def test_contracted_negation_and_staying_away(sentence: str, label: str) -> None:
    assert main(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # an event noun heading the clause is the event the sentence reports
        ("An attack on an army convoy in Waziristan left nine soldiers dead.", "ASSAULT"),
        ("A truce between the Yemeni government and the Houthis took effect at dawn.", "RETREAT"),
        ("New European sanctions against Syria took effect on Friday.", "SANCTION"),
    ],
)
def test_event_nouns_heading_the_clause(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_an_event_noun_a_past_verb_takes_is_no_event_of_its_own() -> None:
    events = code_sentence("Minsk condemned the new Polish sanctions on Tuesday.", "2024-02-20")
    assert [(e.type, e.date and e.date.value) for e in events] == [("DISAPPROVE", "2024-02-20")]


def test_retaliation_hinted_at_is_a_threat() -> None:
    assert main("Moscow hinted at retaliation against the Baltic states.").type == "THREATEN"


@pytest.mark.parametrize(
    "sentence",
    [
        "Citing security concerns, the Egyptian authorities closed the Rafah crossing.",
        "The Algerian government sealed its border with Morocco.",
    ],
)
def test_a_closed_border_restricts_movement(sentence: str) -> None:
    assert main(sentence).type == "COERCE"


def test_an_arms_sale_is_trade_not_fighting() -> None:
    assert main("France sold 24 fighter jets to Egypt in 2015.").type == "COOPERATE"


def test_killing_with_machetes_is_assault_whoever_does_it() -> None:
    sentence = "Rwandan militiamen armed with machetes killed 40 villagers near Goma."
    assert main(sentence).type == "ASSAULT"
    assert main("Rwandan troops killed 40 rebel fighters near Goma.").type == "FIGHT"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The World Bank withheld a loan tranche from Zambia.", "SANCTION"),
        ("The EU blacklisted 15 Iranian officials on Monday.", "SANCTION"),
        ("Washington put the Chinese firm on its trade blacklist.", "SANCTION"),
        ("The Turkish government dismissed 4,000 judges after the coup attempt.", "COERCE"),
        ("The Iranian government stripped the cleric of his title.", "COERCE"),
        ("The Kenyan court dismissed the opposition's petition.", "REJECT"),
        # shows of force: missiles fired at no one, warships sent
        ("North Korea fired three ballistic missiles into the sea on Thursday.", "MOBILIZE"),
        ("The Chinese navy sent an aircraft carrier through the Taiwan Strait.", "MOBILIZE"),
    ],
)
def test_sanctions_purges_and_shows_of_force(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_missiles_fired_at_a_target_are_fighting() -> None:
    assert main("Syrian forces fired missiles at rebel positions near Idlib.").type == "FIGHT"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a state or government that protests complains officially; people demonstrate
        ("Japan protested the Chinese naval incursion.", "DISAPPROVE"),
        ("The Danish government protested to Moscow over the detention.", "DISAPPROVE"),
        ("Japanese students protested the Chinese naval incursion.", "PROTEST"),
        # a state that blockades or occupies restricts; people blocking roads obstruct
        ("Israel blockaded the Gaza Strip.", "COERCE"),
        ("Turkey occupied northern Cyprus in 1974.", "COERCE"),
        ("Farmers in France blocked roads into Lyon.", "PROTEST"),
        ("A strike by Israel destroyed a building in Beirut.", "FIGHT"),
        ("A strike by dockers closed the port of Lagos.", "PROTEST"),
        # an attack a manner of speaking qualifies is criticism
        ("The Soviet newspaper sharply attacked the Albanian leadership.", "DISAPPROVE"),
    ],
)
def test_who_protests_and_verbal_attacks(sentence: str, label: str) -> None:
    assert main(sentence).type == label
