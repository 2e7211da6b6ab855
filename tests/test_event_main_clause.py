"""Which event a sentence is about when it holds several candidate triggers: the main
clause's verb over a noun inside a phrase or a relative "that" clause, a nominalisation that
heads the subject with its "by" agent, and no event when a hostile verb's adversary is a
natural hazard. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze.event_coder import EventMention, code_sentence, main_event


def main(sentence: str) -> EventMention | None:
    return main_event(code_sentence(sentence))


def test_a_verb_trigger_used_as_a_noun_is_no_predicate() -> None:
    # "of fuel support" is a noun phrase: the subject's suspension is what happened
    event = main(
        "The suspension of fuel support to Malawi by the World Bank was announced on Monday."
    )
    assert event is not None
    assert event.type == "SANCTION"
    assert [(a.text, a.country) for a in event.source] == [("World Bank", "WB")]


def test_a_relative_that_clause_only_describes() -> None:
    mentions = code_sentence(
        "The Chilean president shelved the pension reform that had set off mass protests."
    )
    protest = next(m for m in mentions if m.type == "PROTEST")
    assert protest.subordinate
    event = main_event(mentions)
    assert event is not None and event.type == "CONCEDE"


def test_a_complement_that_clause_is_not_relative() -> None:
    mentions = code_sentence("Kenyan officials warned that the rebels attacked a bus.")
    attack = next(m for m in mentions if m.type in ("ASSAULT", "FIGHT"))
    assert not attack.subordinate


def test_a_relative_that_before_a_comma_does_not_bound_the_main_clause() -> None:
    event = main(
        "Facing strikes that had shut the mines, the Peruvian government scrapped the tax."
    )
    assert event is not None and event.type == "CONCEDE" and not event.subordinate


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The assassination of a Libyan minister by gunmen shocked Tripoli.", "ASSAULT"),
        ("Moscow ignored repeated offers from Kyiv to swap prisoners.", "REJECT"),
        ("Russian missiles hit a power plant in Kharkiv overnight.", "FIGHT"),
        ("A phone conversation between the Greek and Turkish leaders eased tension.", "CONSULT"),
        # a comma closes an adverbial clause or phrase that opens the sentence: the clause
        # after it is the main one
        ("After Moroccan jets bombed the camp, Algeria condemned the raid.", "DISAPPROVE"),
        ("When the talks collapsed, Ecuador recalled its ambassador from Lima.", "SANCTION"),
        ("In a deal reached after talks in Oslo, the rebels agreed to free 50 soldiers.", "AGREE"),
        # and so does one closing an opening participle or prepositional phrase
        (
            "Meeting in Vienna, the foreign ministers of Peru and Chile agreed to meet again.",
            "AGREE",
        ),
        ("Following talks in Amman, Hamas and Fatah agreed to form a unity government.", "AGREE"),
        # an event noun heading the subject is the sentence's event, even when no actor of it
        # is coded ("a strike by X" names its agent)
        ("A general strike paralysed Nepal on Tuesday.", "PROTEST"),
        ("Anti-government demonstrations spread to the Libyan city of Misrata.", "PROTEST"),
        ("A strike by Ghanaian cocoa farmers halted exports on Monday.", "PROTEST"),
        ("A strike by Israeli jets destroyed a house in Gaza.", "FIGHT"),
    ],
)
def test_event_nouns_weapon_subjects_and_opening_clauses(sentence: str, label: str) -> None:
    event = main(sentence)
    assert event is not None and event.type == label and not event.subordinate


@pytest.mark.parametrize(
    "sentence",
    [
        "Firefighters in Greece battled a huge blaze near Athens.",
        "Floods killed twelve people in northern Kenya.",
    ],
)
def test_a_hazard_is_no_adversary(sentence: str) -> None:
    assert main(sentence) is None


def test_what_a_country_could_do_to_harm_is_a_threat() -> None:
    event = main("Ankara said its army could launch a new offensive against Kurdish militias.")
    assert event is not None and event.type == "THREATEN"


def test_a_toll_verb_after_a_hostile_event_noun_takes_its_type() -> None:
    # the fighting killed them: its victims, of the fighting's type (not an ASSAULT)
    event = main("Heavy fighting between the army and Karen rebels killed 14 Burmese villagers.")
    assert event is not None and event.type == "FIGHT"


def test_the_subject_after_an_opening_phrase_is_not_in_its_list() -> None:
    # "in Amman, Hamas and Fatah": the comma closes the opening phrase; Hamas acts
    event = main("Following talks in Amman, Hamas and Fatah agreed to form a unity government.")
    assert event is not None and [a.text for a in event.source][:1] == ["Hamas"]


@pytest.mark.parametrize(
    ("sentence", "label", "source"),
    [
        (
            "Chilean miners who marched through Santiago on Friday demanded a pay rise.",
            "DEMAND",
            "Chilean miners",
        ),
        (
            "Chadian troops who stormed a rebel camp at dawn killed four fighters.",
            "FIGHT",
            "Chadian troops",
        ),
        (
            "Bolivian farmers who had blocked roads for a week rejected the Peruvian offer.",
            "REJECT",
            "Bolivian farmers",
        ),
    ],
)
def test_the_verb_after_a_restrictive_relative_clause_is_the_main_one(
    sentence: str, label: str, source: str
) -> None:
    # "X who V1 ... V2": V1 only says which X; X does V2, the sentence's event
    event = main(sentence)
    assert event is not None and event.type == label and not event.subordinate
    assert [a.text for a in event.source] == [source]


def test_a_verb_inside_a_restrictive_relative_clause_stays_subordinate() -> None:
    mentions = code_sentence("Ghanaian students who vowed to boycott classes met the minister.")
    boycott = next(m for m in mentions if m.type in ("PROTEST", "THREATEN"))
    assert boycott.subordinate


def test_a_participle_with_a_by_agent_after_an_actor_only_describes_it() -> None:
    # "troops backed by gunships" is a reduced passive relative: the troops attack
    event = main("Ethiopian troops backed by tanks attacked Eritrean positions near the border.")
    assert event is not None and event.type == "FIGHT"
    assert [a.text for a in event.source] == ["Ethiopian troops"]


def test_a_coordinated_act_shares_the_subject_of_the_reported_clause() -> None:
    # "Police said [X had crossed ... and kidnapped]": X kidnapped, not the police
    event = main(
        "Egyptian police said Libyan smugglers had crossed the border and kidnapped two farmers."
    )
    assert event is not None and event.type == "ASSAULT"
    assert [a.text for a in event.source] == ["Libyan smugglers"]


def test_a_coordinated_verb_of_saying_shares_the_speaker() -> None:
    event = main("Kenya said the deal would be reviewed and warned Uganda against delays.")
    assert event is not None and event.type == "THREATEN"
    assert [a.text for a in event.source] == ["Kenya"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # the trip is only how the act was done: "flew to X to investigate" investigates
        ("An OSCE team flew to Tbilisi to investigate the shooting.", "INVESTIGATE"),
        ("Norwegian medics travelled to Malawi to deliver medicines.", "AID"),
        # a readiness or plan to use force is a threat of force (CAMEO 138)
        ("Armenia said it was ready to use force to defend the enclave.", "THREATEN"),
        ("The Georgian army used force to retake the village.", "FIGHT"),
    ],
)
def test_trip_purposes_and_the_use_of_force(sentence: str, label: str) -> None:
    event = main(sentence)
    assert event is not None and event.type == label


def test_an_apposition_then_a_relative_clause_are_both_asides() -> None:
    # ", General X, who seized power in 1993," are two asides: the verb after them is main
    event = main(
        "Gabon's military ruler, General Paul Mba, who seized power in 2019, has called on"
        " France to release the frozen funds."
    )
    assert event is not None and event.type == "DEMAND" and not event.subordinate


def test_a_participle_phrase_after_the_subject_only_describes_it() -> None:
    # ", holding 40 hostages," says who the guerrillas are; they freed someone
    event = main(
        "Colombian guerrillas, holding 40 hostages in the jungle, freed a Swiss engineer on Monday."
    )
    assert event is not None and event.type == "RETREAT"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a decision to act is the act, not a threat of it
        ("Norway decided to suspend aid to Tanzania over the corruption scandal.", "SANCTION"),
        # a decision to cooperate is still an intent to cooperate
        ("Japan decided to send food aid to North Korea.", "AGREE"),
    ],
)
def test_a_decision_to_act(sentence: str, label: str) -> None:
    event = main(sentence)
    assert event is not None and event.type == label


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # violence done by people who are no armed group in a protest is a riot
        ("Chilean students hurled firebombs at police in a protest against the reform.", "PROTEST"),
        # police doing it repress the protest
        ("Chilean police fired tear gas at students during a protest in Santiago.", "COERCE"),
    ],
)
def test_violence_in_a_protest(sentence: str, label: str) -> None:
    event = main(sentence)
    assert event is not None and event.type == label


@pytest.mark.parametrize(
    ("sentence", "label", "source"),
    [
        # a verb's noun heading the subject, with its "by" agent, is the sentence's event
        (
            "The release of 40 prisoners by the Eritrean government was confirmed on Monday.",
            "RETREAT",
            "Eritrean government",
        ),
        (
            "An offensive by Nigerian troops near Maiduguri left 30 dead.",
            "FIGHT",
            "Nigerian troops",
        ),
        (
            "The expulsion of four diplomats by Poland was announced on Friday.",
            "SANCTION",
            "Poland",
        ),
    ],
)
def test_a_nominal_subject_with_its_agent(sentence: str, label: str, source: str) -> None:
    event = main(sentence)
    assert event is not None and event.type == label
    assert [a.text for a in event.source] == [source]


def test_a_past_form_after_a_reported_clause_with_a_modal_goes_with_the_speaker() -> None:
    """The reported verb goes on in its plain form ("would consider ... and call"), so a
    past form after "and" is the speaker's second act: the federation called on them."""
    sentence = (
        "The Chile Fishing Federation said it would consider a legal challenge and called "
        "on the government to pause the quota."
    )
    (demand,) = [m for m in code_sentence(sentence, coded_only=False) if m.type == "DEMAND"]
    assert [a.text for a in demand.source] == ["Chile Fishing Federation"]
