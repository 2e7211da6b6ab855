"""PLOVER readings on sentences written for these tests: the common ways news words each type
(light verbs, phrasal verbs, nominalisations), modality and the decision between triggers."""

from __future__ import annotations

import pytest

from dateline.analyze.event_coder import code_sentence, main_event

from .events_helpers import event_actors as actors
from .events_helpers import sentence_event as main


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # light verbs and phrasal verbs
        ("Britain wants Iran to free the detained sailors at once, the minister said.", "DEMAND"),
        ("Hundreds of Afghan families have applied for asylum in Germany.", "DEMAND"),
        ("The European Union put pressure on Belgrade to arrest the general.", "DEMAND"),
        ("Serbian officials reacted with fury to the ruling by the court.", "DISAPPROVE"),
        ("Dock workers in Greece walked off the job on Tuesday.", "PROTEST"),
        ("Syria pulled its remaining troops out of Lebanon on Tuesday.", "RETREAT"),
        ("Hundreds of Liberian fighters handed in their weapons to the peacekeepers.", "RETREAT"),
        ("Nepal put its security forces on high alert before the general strike.", "MOBILIZE"),
        ("Turkish warplanes struck Kurdish rebel positions in the mountains.", "FIGHT"),
        ("U.S. helicopters fired missiles at insurgent positions near the city.", "FIGHT"),
        ("The World Bank approved a 300 million dollar loan to Kenya on Thursday.", "AID"),
        # negation: a refused or failed cooperation is REJECT
        ("The Israeli cabinet said there would be no negotiations with Hamas.", "REJECT"),
        ("Sri Lanka's Tamil Tiger rebels said they would not attend the peace talks.", "REJECT"),
        # killing: who does it and how
        ("Hundreds of civilians were massacred by militiamen in the Ituri region.", "ASSAULT"),
        ("Gunmen opened fire on a bus carrying Iraqi pilgrims near Karbala.", "ASSAULT"),
        ("Sudanese government troops opened fire on the rebels near the border.", "FIGHT"),
        ("Israeli soldiers killed two Palestinian gunmen in the West Bank.", "FIGHT"),
    ],
)
def test_type_of_main_event(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_an_event_after_until_is_no_main_event_and_gives_no_target() -> None:
    event = main(
        "The Israeli prime minister said there would be no talks with Hamas "
        "until it recognised Israel."
    )
    assert event.type == "REJECT"
    assert ("Israel", "ISR", None) not in actors(event)


def test_the_support_verb_of_a_talks_noun_takes_its_subject() -> None:
    event = main("Greek and Turkish officials sat down for talks in Athens on Monday.")
    assert event.type == "CONSULT"
    assert actors(event) == [("Greek", "GRC", "GOV"), ("Turkish officials", "TUR", "GOV")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Colombia's largest rebel group said it would free six hostages.",
            ("Colombia's largest rebel group", "COL", "REB"),
        ),
        (
            "Russian artillery pounded rebel positions in the south.",
            ("Russian artillery", "RUS", "MIL"),
        ),
        (
            "Irish nationalist guerrillas wounded two soldiers.",
            ("Irish nationalist guerrillas", "IRL", "REB"),
        ),
    ],
)
def test_source_phrase_and_codes(sentence: str, expected: tuple[str, str, str]) -> None:
    source = main(sentence).source
    assert [(a.text, a.country, a.sector) for a in source] == [expected]


def test_a_possessor_is_not_the_subject() -> None:
    events = code_sentence("Iraq's neighbours agreed to tighten controls on their borders.")
    assert all(not e.source for e in events)


def test_where_aid_workers_are_is_not_their_country() -> None:
    event = main_event(
        code_sentence("Aid workers in Darfur distributed food to the refugees.", coded_only=False)
    )
    assert event is not None and event.type == "AID"
    assert [(a.text, a.country) for a in event.source] == [("Aid workers", None)]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The Kenyan government and the rebels signed a final peace deal in Arusha.", "SUPPORT"),
        ("The Arab League backed the plan to send monitors to the region.", "SUPPORT"),
        ("The Polish president paid tribute to the victims at a ceremony in Warsaw.", "SUPPORT"),
        (
            "Peruvian troops and police carried out a joint operation against smugglers.",
            "COOPERATE",
        ),
        ("North Korea deployed new short-range missiles near the border.", "MOBILIZE"),
        ("Hezbollah's leader vowed to retaliate for the killing of the commander.", "THREATEN"),
        ("Iran will not suspend uranium enrichment, its chief negotiator said.", "REJECT"),
        ("Greek Cypriot leaders decided on Monday to join the talks on reunification.", "AGREE"),
        ("Bus drivers in Lagos went on strike to demand better pay.", "PROTEST"),
        ("Sweden gave Mozambique a grant of 40 million kronor for schools.", "AID"),
        ("Denmark will give Ghana a grant of 20 million dollars next year.", "AGREE"),
    ],
)
def test_type_of_main_event_more(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_a_meeting_someone_would_attend_stays_a_meeting() -> None:
    event = main("Chile said it would send a delegation to a regional conference in Lima.")
    assert event.type == "CONSULT"


def test_the_niger_delta_is_in_nigeria() -> None:
    event = main("Nigerian soldiers battled militants in the Niger Delta on Monday.")
    assert all(a.country != "NER" for a in (*event.source, *event.target))


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The two sides declared a ceasefire on Friday.", "RETREAT"),
        ("Village elders have demanded that the road be rebuilt before the rains.", "DEMAND"),
    ],
)
def test_a_main_verb_with_no_known_actor_is_still_the_event(sentence: str, label: str) -> None:
    event = main(sentence)
    assert (event.type, event.actorless, event.source, event.target) == (label, True, (), ())


def test_an_event_with_actors_wins_over_an_actorless_one() -> None:
    event = main("The two sides declared a ceasefire as Greece offered to mediate.")
    assert (event.type, event.actorless) == ("AGREE", False)


def test_a_bare_noun_with_no_actor_is_no_event() -> None:
    assert code_sentence("The weather was fine and the meeting room was warm.") == []


def test_a_phrasal_support_verb_makes_its_subject_take_part() -> None:
    event = main("Palestinian prisoners went on a hunger strike in Israeli jails.")
    assert event.type == "PROTEST"
    assert actors(event)[0] == ("Palestinian prisoners", "PSE", "CVL")


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # wordings of the ontology's own definitions (CAMEO code in the comment)
        ("The Pakistani government plans to invite Indian officials for talks.", "AGREE"),  # 036
        ("Albright began a tour of the Middle East on Monday.", "CONSULT"),  # 042
        ("The Chinese government extended diplomatic recognition to Kosovo.", "SUPPORT"),  # 054
        ("The United Nations airlifted tents and blankets to survivors in Iran.", "AID"),  # 073
        ("Britain sent medical teams to help earthquake victims in Turkey.", "AID"),  # 073
        ("Iraqi troops retreated from the town on Sunday.", "RETREAT"),  # 0874
        ("Iran returned the seized British sailors.", "RETREAT"),  # 0841
        ("The U.N. sent a fact-finding mission to Jenin.", "INVESTIGATE"),  # 09
        ("A Paris court found the former minister guilty of corruption.", "DISAPPROVE"),  # 116
        ("Australia cancelled military cooperation with Indonesia.", "SANCTION"),  # 16
        ("The World Bank froze loans to Kenya.", "SANCTION"),  # 1621
        ("Malaysia expelled thousands of illegal immigrants.", "COERCE"),  # 174
        ("A bomb blast killed 12 people in a market in Algiers.", "ASSAULT"),  # 183
        ("A suicide bomber blew himself up in a crowded market in Baghdad.", "ASSAULT"),  # 1831
        ("Spanish police worked with French authorities to dismantle the cell.", "COOPERATE"),
        ("The Chinese military staged war games off the coast of Taiwan.", "MOBILIZE"),  # 154
        ("French and Greek warships began war games in the Aegean.", "COOPERATE"),  # 062
    ],
)
def test_ontology_wordings(sentence: str, label: str) -> None:
    assert main(sentence).type == label


def test_a_participle_after_a_noun_is_the_main_verb_when_no_other_verb_is_there() -> None:
    assert main("The two armies clashed near the border.").type == "FIGHT"
    assert [e.type for e in code_sentence("The rebels seen near the border were unarmed.")] == []


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # who acts decides the type
        ("Troops occupied the town on Friday.", "COERCE"),  # 192 occupy territory
        ("Students occupied the university library.", "PROTEST"),  # 144 obstruct
        ("Protesters clashed with police in the capital on Sunday.", "PROTEST"),  # 145 riot
        ("Government troops clashed with rebels near the border.", "FIGHT"),
        # an intent to release is AGREE (0353), a release RETREAT
        ("The rebels agreed to release the hostages in exchange for safe passage.", "AGREE"),
        ("Guerrillas released 12 hostages on Tuesday.", "RETREAT"),
        # more of the ontology's wordings
        ("Britain rallied behind the American position.", "SUPPORT"),  # 053
        ("The junta dissolved parliament and suspended the constitution.", "COERCE"),  # 172
        ("Pakistan called up reservists after the border clash.", "MOBILIZE"),  # 154
        ("U.S. helicopters ferried food and medicine to flood victims.", "AID"),  # 073
        ("Truck drivers blockaded fuel depots across Britain.", "PROTEST"),  # 144
    ],
)
def test_agents_and_ontology_wordings(sentence: str, label: str) -> None:
    assert main(sentence).type == label
