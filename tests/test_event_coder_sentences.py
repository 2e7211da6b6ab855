"""The sentence coder on sentences written for these tests: types, actors, status, dates."""

from __future__ import annotations

import pytest

from dateline.analyze.actors import find_actors
from dateline.analyze.event_coder import EventMention, code_sentence, main_event
from dateline.analyze.event_tokens import tokenize

DCT = "2024-03-13"  # a Wednesday


def first(sentence: str, dct: str | None = DCT) -> EventMention:
    events = code_sentence(sentence, dct)
    assert events, f"no event in {sentence!r}"
    return events[0]


def codes(actors: tuple[object, ...]) -> list[tuple[str, str | None, str | None]]:
    return [(a.text, a.country, a.sector) for a in actors]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "label", "mode"),
    [
        (
            "The Chilean foreign minister met his Peruvian counterpart in Lima on Monday.",
            "CONSULT",
            "meet",
        ),
        ("Kenya's president visited Uganda last week.", "CONSULT", "visit"),
        ("The Austrian chancellor hosted the Czech prime minister in Vienna.", "CONSULT", "host"),
        ("The Egyptian president telephoned the Jordanian king on Sunday.", "CONSULT", "phone"),
        ("Ghana and Togo agreed to reopen their shared border.", "AGREE", None),
        ("The Dutch government praised Belgium for its handling of the floods.", "SUPPORT", None),
        ("Estonia and Latvia signed a treaty on fishing rights.", "SUPPORT", None),
        ("The Finnish navy shared intelligence with Sweden.", "COOPERATE", None),
        ("Norway sent humanitarian aid to Sudan.", "AID", None),
        ("The Thai government lifted the curfew in Bangkok.", "CONCEDE", None),
        ("The Malian army released 20 prisoners.", "RETREAT", "release"),
        ("The Irish police opened an investigation into the fire.", "INVESTIGATE", None),
        ("Portugal demanded that Spain return the stolen paintings.", "DEMAND", None),
        ("The Polish foreign minister criticized Hungary.", "DISAPPROVE", None),
        ("Iceland rejected a Danish proposal on whaling.", "REJECT", None),
        ("Bolivia threatened to expel the Chilean ambassador.", "THREATEN", None),
        ("Thousands of Greek students demonstrated in Athens.", "PROTEST", "demo"),
        ("Serbia mobilized troops along the Kosovo border.", "MOBILIZE", "troops"),
        ("Japan imposed sanctions on North Korea.", "SANCTION", "restrict"),
        ("Turkish police arrested 40 Kurdish activists in Ankara.", "COERCE", "arrest"),
        ("Gunmen kidnapped two Italian engineers in Nigeria.", "ASSAULT", "abduct"),
        ("Indian troops shelled Pakistani positions in Kashmir.", "FIGHT", "heavy-weapons"),
    ],
)
def test_each_trigger_family(sentence: str, label: str, mode: str | None) -> None:
    event = first(sentence)
    assert (event.type, event.mode) == (label, mode)


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi "
            "in Moscow.",
            [("Russian Foreign Minister Sergey Lavrov", "RUS", "GOV")],
            [("Chinese Foreign Minister Wang Yi", "CHN", "GOV")],
        ),
        (
            "Senior Czech and Slovak officials agreed to cooperate on river pollution.",
            [("Czech", "CZE", "GOV"), ("Slovak officials", "SVK", "GOV")],
            [],
        ),
        (
            "Kenya and Tanzania agreed to build a new railway.",
            [("Kenya", "KEN", None), ("Tanzania", "TZA", None)],
            [],
        ),
        (
            "The Israeli army demolished a Palestinian school.",
            [("Israeli army", "ISR", "MIL")],
            [("Palestinian school", "PSE", "EDU")],
        ),
        (
            "Poland's parliament condemned the Belarusian government.",
            [("Poland's parliament", "POL", "LEG")],
            [("Belarusian government", "BLR", "GOV")],
        ),
        (
            "A refugee camp was attacked by Sudanese militiamen.",
            [("Sudanese militiamen", "SDN", "MIL")],
            [],
        ),
        (
            "The White House criticized the Kremlin.",
            [("White House", "USA", "GOV")],
            [("Kremlin", "RUS", "GOV")],
        ),
    ],
)
def test_actors_roles_demonyms_organisations(
    sentence: str,
    source: list[tuple[str, str, str | None]],
    target: list[tuple[str, str, str | None]],
) -> None:
    event = first(sentence)
    assert codes(event.source) == source
    assert codes(event.target) == target


def test_office_dictionary_codes_a_bare_name_on_the_date() -> None:
    in_office = first("Merkel praised Greece on Monday.", "2015-06-03")
    assert codes(in_office.source) == [("Merkel", "DEU", "GOV")]
    out_of_office = first("Merkel praised Greece on Monday.", "2023-06-07")
    assert out_of_office.source == ()


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The Chilean president met the Argentine president in Santiago on Monday.", "occurred"),
        ("The Chilean president will meet the Argentine president in Santiago.", "scheduled"),
        ("The Chilean president is scheduled to visit Argentina.", "scheduled"),
        ("The Chilean president is due to meet the Argentine president next week.", "scheduled"),
        ("The Chilean president cancelled a visit to Argentina.", "occurred"),
        ("The Chilean president met the Argentine president on Friday.", "occurred"),
    ],
)
def test_status_from_tense_cues_and_dates(sentence: str, status: str) -> None:
    assert first(sentence).status == status


def test_until_gives_an_ongoing_visit() -> None:
    sentence = (
        "The Chilean president, who is in Argentina until Friday, will meet Peru's president."
    )
    events = code_sentence(sentence, DCT)
    visit = [e for e in events if e.mode == "visit"]
    assert len(visit) == 1
    assert visit[0].status == "ongoing"
    assert visit[0].place is not None and visit[0].place.name == "Argentina"
    assert visit[0].date is not None and visit[0].date.value == "2024-03-15"


def test_cancelling_a_visit_is_a_sanction_and_a_cancelled_visit() -> None:
    events = code_sentence("The French minister called off her planned trip to Benin.", DCT)
    assert [(e.type, e.mode, e.status) for e in events] == [
        ("SANCTION", "withdraw", "occurred"),
        ("CONSULT", "visit", "cancelled"),
    ]
    assert codes(events[1].source) == [("French minister", "FRA", "GOV")]


def test_postponed_meeting_is_cancelled_status() -> None:
    events = code_sentence("The summit between Ghana and Togo was postponed.", DCT)
    assert [(e.type, e.status) for e in events] == [("CONSULT", "cancelled")]


def test_background_dates_stay_with_their_event() -> None:
    sentence = (
        "The Chilean president praised a summit between Argentina and Brazil in Geneva "
        "last month and a meeting with Peru in January."
    )
    events = {(e.type, e.mode): e for e in code_sentence(sentence, DCT)}
    summit = events[("CONSULT", "multilateral")]
    assert summit.date is not None and summit.date.value == "2024-02"
    assert summit.place is not None and summit.place.name == "Geneva"
    assert codes(summit.source) == [("Argentina", "ARG", None), ("Brazil", "BRA", None)]
    meeting = events[("CONSULT", "meet")]
    assert meeting.date is not None and meeting.date.value == "2024-01"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Lebanon will not take in new refugees.", "REJECT"),
        ("Palestinians and Israelis failed to reach an agreement.", "REJECT"),
        ("Canada will send aid to Haiti.", "AGREE"),
        ("Norway promised to release the detained fishermen.", "AGREE"),
        ("Rebels vowed to kill Nigerian soldiers.", "THREATEN"),
        ("Russian troops killed 12 Ukrainian soldiers.", "FIGHT"),
        ("Gunmen killed 12 Kenyan villagers.", "ASSAULT"),
    ],
)
def test_plover_modality_and_agents(sentence: str, label: str) -> None:
    assert first(sentence).type == label


def test_place_in_a_described_city() -> None:
    event = first("Delegates held talks in the Scottish city of Aberdeen on Tuesday.")
    assert event.place is not None and event.place.name == "Aberdeen"


def test_no_event_without_actors() -> None:
    assert code_sentence("The weather was fine and the meeting room was warm.", DCT) == []


def test_evidence_covers_trigger_and_arguments() -> None:
    sentence = "Norway sent humanitarian aid to Sudan on Tuesday."
    event = first(sentence)
    start, end = event.evidence
    assert sentence[start:end] == "Norway sent humanitarian aid to Sudan on Tuesday"


@pytest.mark.parametrize(
    "sentence",
    [
        "Spain beat Croatia 2-1 in the final on Sunday.",
        "The French striker attacked the Italian defence in the second game.",
        # "games without defeat": a sport noun before a preposition, and a header
        "Spain beat Croatia on Sunday, ending a run of 14 games without defeat.",
        "Spain beat Croatia on Sunday thanks to a late header from their captain.",
    ],
)
def test_sport_is_not_violence(sentence: str) -> None:
    assert [e.type for e in code_sentence(sentence, DCT) if e.type in ("ASSAULT", "FIGHT")] == []


def test_violence_is_still_violence() -> None:
    assert first("Gunmen attacked a Kenyan police station on Sunday.").type == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a capital is its government as a subject, its people as the object of a hostile act
        ("Rebel gunners shelled Kabul overnight.", [("Kabul", "AFG", "CVL")]),
        # and a mere place as the object of anything else
        ("The Dutch king praised Vienna.", []),
    ],
)
def test_capital_as_object_is_not_its_government(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert codes(first(sentence).target) == expected


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # trigger families written from the PLOVER/CAMEO type definitions
        ("Estonia and Latvia settled their border dispute on Monday.", "AGREE"),
        ("The Moldovan cabinet convened with union leaders on Friday.", "CONSULT"),
        ("Portugal reaffirmed its support for Cape Verde.", "SUPPORT"),
        ("Slovenia signed a trade treaty with Croatia.", "SUPPORT"),
        ("Ghana and Togo joined forces against smugglers.", "COOPERATE"),
        ("Jordan sheltered thousands of refugees from the fighting.", "AID"),
        ("The Bolivian government granted autonomy to the eastern provinces.", "CONCEDE"),
        ("The rebels handed over 40 prisoners to the Red Cross.", "RETREAT"),
        ("The Sudanese army halted its offensive in the south.", "RETREAT"),
        ("The Kenyan government ordered an inquiry into the shooting.", "INVESTIGATE"),
        ("Nepalese students pressed for new elections.", "DEMAND"),
        ("The Zambian president berated the opposition.", "DISAPPROVE"),
        ("Malawi repudiated the border treaty.", "REJECT"),
        ("The militia vowed revenge against the Nigerien army.", "THREATEN"),
        ("Dock workers in Chile staged a strike on Monday.", "PROTEST"),
        ("North Korea test-fired two missiles on Sunday.", "MOBILIZE"),
        ("Armenia froze relations with Azerbaijan.", "SANCTION"),
        ("Uzbek police dispersed the crowd.", "COERCE"),
        ("Gunmen slaughtered 12 villagers in northern Nigeria.", "ASSAULT"),
        ("Indian and Pakistani troops exchanged fire across the border.", "FIGHT"),
        ("Ethiopian forces violated the ceasefire on Tuesday.", "FIGHT"),
    ],
)
def test_trigger_families_from_the_ontology(sentence: str, label: str) -> None:
    assert first(sentence).type == label


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "The Peruvian foreign minister said on Monday that Ecuador must withdraw its troops.",
            [("Peruvian foreign minister", "PER", "GOV")],
            [("Ecuador", "ECU", None)],
        ),
        (
            "Bolivia should open its markets, the Chilean president said.",
            [("Chilean president", "CHL", "GOV")],
            [("Bolivia", "BOL", None)],
        ),
    ],
)
def test_reported_must_is_a_demand_of_the_speaker(
    sentence: str,
    source: list[tuple[str, str | None, str | None]],
    target: list[tuple[str, str | None, str | None]],
) -> None:
    event = main_event(code_sentence(sentence, DCT))
    assert event is not None and event.type == "DEMAND"
    assert (codes(event.source), codes(event.target)) == (source, target)


@pytest.mark.parametrize(
    "sentence",
    [
        "We must act now, the Latvian prime minister said.",  # the speaker's own duty
        "Exports must grow next year.",  # no speaker, no actor
    ],
)
def test_must_without_a_speaker_and_another_actor_is_no_demand(sentence: str) -> None:
    assert all(e.type != "DEMAND" for e in code_sentence(sentence, DCT))


def test_main_event_is_a_verb_over_an_earlier_bare_noun() -> None:
    sentence = (
        "Talks between Chad and Sudan stalled on Monday, and Sudanese troops shelled "
        "Chadian border posts."
    )
    mentions = code_sentence(sentence, DCT)
    assert [m.type for m in mentions] == ["CONSULT", "FIGHT"]
    main = main_event(mentions)
    assert main is not None and main.type == "FIGHT"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Serbian premier left for Vienna on Sunday.", "CONSULT"),
        ("Albania handed over two suspects to Italy.", "COOPERATE"),
        ("Coast guards rescued 80 migrants off Malta.", "AID"),
        ("The Polish opposition attacked the government's budget.", "DISAPPROVE"),
        ("Russia blocked a resolution on Syria.", "REJECT"),
        ("The junta ignored calls for elections.", "REJECT"),
        ("Turkey rushed troops to the Iraqi border.", "MOBILIZE"),
        ("Ukraine halted gas imports from Russia.", "SANCTION"),
        ("Burmese police placed the opposition leader under house arrest.", "COERCE"),
        ("Pirates held 20 Filipino sailors hostage for a month.", "ASSAULT"),
    ],
)
def test_more_trigger_families(sentence: str, label: str) -> None:
    assert first(sentence).type == label


@pytest.mark.parametrize(
    "sentence",
    [
        "Latvian police arrested 12 people amid Russian protests.",
        "Latvian police arrested 12 people despite Russian objections.",
        "Latvian police arrested 12 people following Russian complaints.",
    ],
)
def test_actor_after_a_framing_preposition_is_no_target(sentence: str) -> None:
    assert codes(first(sentence).target) == []


def test_plan_after_a_past_event_does_not_make_it_an_intent() -> None:
    sentence = "Greek and Cypriot warships launched joint exercises, expected to last a week."
    assert first(sentence).type == "COOPERATE"
    assert first("Greece is expected to hold joint exercises with Cyprus.").type == "AGREE"


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Ugandan army prepared to attack rebel bases in the north.", "MOBILIZE"),
        ("Ugandan rebels prepared to attack an army base in the north.", "ASSAULT"),
    ],
)
def test_armed_forces_preparing_to_strike_mobilize(sentence: str, label: str) -> None:
    assert first(sentence).type == label


def test_it_is_the_state_that_speaks_before_it() -> None:
    event = first("Norway announced on Friday that it would expel two Russian diplomats.")
    assert event.type == "THREATEN"  # a stated intent to sanction
    assert codes(event.source) == [("Norway", "NOR", None)]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Russian warplanes bombed rebel positions near Aleppo.", "FIGHT"),  # aerial weapons
        ("Militants bombed a bus station in Kano.", "ASSAULT"),
        ("Egypt allowed aid convoys into Gaza.", "RETREAT"),
        ("UN workers distributed food to flood victims in Sindh.", "AID"),
        ("Turkish authorities blocked dozens of opposition websites.", "COERCE"),
        ("Malian government forces recaptured the town of Gao from rebels.", "FIGHT"),
        ("The IMF approved a loan of 300 million dollars to Ghana.", "AID"),
        ("Hundreds of Kosovars threw stones at Serbian police in Mitrovica.", "PROTEST"),
        ("A Korean court fined the Japanese trading firm two million dollars.", "COERCE"),
    ],
)
def test_third_trigger_batch(sentence: str, label: str) -> None:
    assert first(sentence).type == label


def test_trailing_speaker_is_not_a_target() -> None:
    event = first("Chinese and Indian troops exchanged fire at the border, Indian officials said.")
    assert event.type == "FIGHT"
    assert codes(event.target) == []


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Japan granted Vietnam a loan of 50 million dollars.", [("Vietnam", "VNM", None)]),
        ("Moscow sent Russian troops to the border.", []),  # a modifier of the object
    ],
)
def test_indirect_object_of_a_gapped_pattern(
    sentence: str, target: list[tuple[str, str | None, str | None]]
) -> None:
    assert codes(first(sentence).target) == target


def test_supporters_take_the_sector_of_whom_they_support() -> None:
    event = first("Kenyan opposition supporters marched through Nairobi.")
    assert event.type == "PROTEST"
    assert codes(event.source) == [("Kenyan opposition supporters", "KEN", "OPP")]


def test_they_after_a_collective_body_is_that_body() -> None:
    event = first("Indonesian police said they had arrested three men.")
    assert codes(event.source) == [("Indonesian police", "IDN", "COP")]


@pytest.mark.parametrize(
    ("sentence", "source", "target"),
    [
        (
            "Three Malian soldiers were killed near Gao on Monday.",
            [],
            [("Malian soldiers", "MLI", "MIL")],
        ),
        (
            "Malian soldiers were ambushed by Tuareg rebels near Gao.",
            [],  # the rebels have no country code
            [("Malian soldiers", "MLI", "MIL")],
        ),
    ],
)
def test_passive_subject_is_the_target(
    sentence: str,
    source: list[tuple[str, str | None, str | None]],
    target: list[tuple[str, str | None, str | None]],
) -> None:
    event = first(sentence)
    assert (codes(event.source), codes(event.target)) == (source, target)


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        # A trigger verb in its plain form before a noun is a modifier, not an event.
        (
            "Shipping along the Kara Strait rose by a third last year, and insurers said search "
            "and rescue capacity has not kept pace.",
            set(),
        ),
        # The verb itself still is one.
        ("The Norwegian coast guard rescued the stranded crew.", {"AID"}),
        ("The Danish navy rescued 40 migrants off Lampedusa.", {"AID"}),
    ],
)
def test_trigger_words_as_noun_modifiers_are_no_events(sentence: str, types: set[str]) -> None:
    assert {e.type for e in code_sentence(sentence, DCT)} == types


def test_the_hearer_of_told_is_no_subject_of_the_reported_clause() -> None:
    sentence = (
        "Transport Secretary Alan Moore told the BBC the government had offered to delay "
        "the new rules until January."
    )
    (event,) = code_sentence(sentence, DCT, coded_only=False)
    assert event.type == "AGREE"
    assert [(a.text, a.sector) for a in event.source] == [("government", "GOV")]


def test_an_infinitive_after_the_trigger_is_a_new_action_not_its_status() -> None:
    (event,) = code_sentence("The government offered to delay the new rules.", DCT)
    assert (event.type, event.status) != ("AGREE", "cancelled")
    postponed = code_sentence("Italy and Spain postponed the summit.", DCT)
    assert ("CONSULT", "cancelled") in {(e.type, e.status) for e in postponed}


def test_a_list_a_preposition_opens_is_no_subject() -> None:
    sentence = "Ferry crews at Dover, Holyhead and Portsmouth walked off the job on Monday."
    (event,) = code_sentence(sentence, DCT, coded_only=False)
    assert [(a.text, a.sector) for a in event.source] == [("crews", "LAB")]


def test_talks_between_their_union_and_a_department_are_coded_in_the_after_clause() -> None:
    sentence = (
        "Ferry crews walked off the job on Wednesday after talks between their union and the "
        "Department for Transport broke down late on Tuesday."
    )
    walkout, talks = code_sentence(sentence, DCT, coded_only=False)
    assert (walkout.type, walkout.subordinate) == ("PROTEST", False)
    assert (talks.type, talks.subordinate) == ("CONSULT", True)
    assert talks.date is not None and talks.date.value == "2024-03-12"
    assert [(a.text, a.sector) for a in talks.source] == [
        ("union", "LAB"),
        ("Department for Transport", "GOV"),
    ]


def test_a_trigger_after_a_preposition_like_after_is_a_noun_not_the_subjects_verb() -> None:
    sentence = "Crews walked out at three ports after talks with the transport ministry collapsed."
    talks = [m for m in code_sentence(sentence, DCT, coded_only=False) if m.type == "CONSULT"]
    assert all("Crews" not in {a.text for a in m.source} for m in talks)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The mayors met Gov. Helen Ortiz in Albany.", ("Helen Ortiz", "GOV")),
        ("Gen. Mark Jones met the Kenyan defence minister.", ("Mark Jones", "MIL")),
    ],
)
def test_an_abbreviated_title_belongs_to_the_name_and_gives_its_sector(
    sentence: str, actor: tuple[str, str]
) -> None:
    found = {
        (a.name, a.sector)
        for m in code_sentence(sentence, DCT, coded_only=False)
        for a in (*m.source, *m.target)
    }
    assert actor in found


@pytest.mark.parametrize(
    ("sentence", "types"),
    [
        # An -ing word after a modifier, before nothing or a preposition, is a noun.
        ("Mayors press governor on transit funding", ["DEMAND"]),
        # After a verb and before its object, it is a verb.
        ("Russia began funding the rebels.", ["AID"]),
        ("Israel continued shelling Gaza.", ["FIGHT"]),
    ],
)
def test_an_ing_word_after_a_modifier_is_a_noun(sentence: str, types: list[str]) -> None:
    assert [m.type for m in code_sentence(sentence, DCT, coded_only=False)] == types


def test_a_time_that_owns_a_noun_is_not_when_the_event_happens() -> None:
    sentence = (
        "The mayors met the governor on Tuesday and urged her to restore aid cut from this "
        "year's budget."
    )
    dates = {m.type: m.date.value if m.date else None for m in code_sentence(sentence, DCT)}
    assert dates.get("DEMAND") == "2024-03-12"


@pytest.mark.parametrize(
    ("sentence", "actors"),
    [
        (
            "The presidents of Brazil, Argentina and Chile met in Santiago on Monday.",
            [("BRA", "GOV"), ("ARG", "GOV"), ("CHL", "GOV")],
        ),
        (
            "The foreign ministers of France and Germany held talks in Paris.",
            [("FRA", "GOV"), ("DEU", "GOV")],
        ),
        # one president of one country, and a country: nothing to share
        ("The president of Brazil and Argentina met.", [("BRA", "GOV"), ("ARG", None)]),
    ],
)
def test_a_plural_role_of_several_countries_holds_for_each(
    sentence: str, actors: list[tuple[str, str | None]]
) -> None:
    (event,) = code_sentence(sentence, DCT)
    assert [(a.country, a.sector) for a in event.source] == actors


@pytest.mark.parametrize(
    "sentence",
    [
        "Border police made no arrests after the clashes.",
        "Police in Kestrel did not arrest anyone on Monday.",
    ],
)
def test_a_denied_event_that_is_no_refusal_is_no_event(sentence: str) -> None:
    assert [e.type for e in code_sentence(sentence, DCT)] == []


def test_a_denial_inside_a_pattern_counts_as_one() -> None:
    # "held no talks": a failure to meet, which PLOVER codes as REJECT
    assert first("The two presidents held no talks in Geneva.").type == "REJECT"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The Norwegian regulator fined the bank on Monday.",
            ("Norwegian regulator", "NOR", "GOV"),
        ),
        (
            "Kenya's media watchdog banned the broadcaster.",
            ("Kenya's media watchdog", "KEN", "GOV"),
        ),
    ],
)
def test_regulators_and_watchdogs_are_government(
    sentence: str, source: tuple[str, str, str]
) -> None:
    assert codes(first(sentence).source) == [source]


def test_appealing_a_ruling_is_no_demand_but_appealing_for_help_is() -> None:
    assert [e.type for e in code_sentence("The club said it would appeal the ban.", DCT)] == []
    assert first("Malawi appealed for international aid on Monday.").type == "DEMAND"


def test_a_time_in_a_relative_clause_after_the_trigger_dates_that_clause() -> None:
    event = first("The regulator on Monday fined the bank for a leak that began last spring.")
    assert event.date is not None and event.date.value == "2024-03-11"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Dock workers in Valparaiso will stay on strike until Friday.", "ongoing"),
        ("Dock workers in Valparaiso remained on strike on Monday.", "occurred"),
        ("Dock workers in Valparaiso went on strike on Monday.", "occurred"),
    ],
)
def test_a_strike_that_goes_on_is_ongoing_not_a_threat(sentence: str, status: str) -> None:
    event = first(sentence)
    assert (event.type, event.mode, event.status) == ("PROTEST", "boycott", status)


def test_a_second_predicate_holds_its_own_object() -> None:
    sentence = "Belarus rejected the accusations and summoned the Latvian ambassador in Minsk."
    by_verb = {sentence[e.trigger[0] : e.trigger[1]]: e for e in code_sentence(sentence, DCT)}
    assert by_verb["rejected"].target == ()
    assert codes(by_verb["summoned"].target) == [("Latvian ambassador", "LVA", "GOV")]
    shared = "Police arrested and charged two Latvian activists."  # one object for both
    by_verb = {shared[e.trigger[0] : e.trigger[1]]: e for e in code_sentence(shared, DCT)}
    assert [a.text for a in by_verb["arrested"].target] == ["Latvian activists"]


def test_a_hearer_organisation_does_not_swallow_the_next_phrase() -> None:
    # "Reuters" then "its army": a determiner or possessive opens a new phrase
    sentence = "The Thai defence minister told Reuters its army had withdrawn from the border."
    found = find_actors(tokenize(sentence), sentence)
    assert "Reuters its army" not in [a.text for a in found]
