"""What a story's earlier sentences set for the later ones: police acting right after a
protest act there and then, a bare "officers" is of the force last named, and a body's act
on the day its members meet is at their meeting. Sentences written for these tests."""

from __future__ import annotations

from dateline.analyze.event_coder import code_sentence
from dateline.model import Event
from tests.events_helpers import make_article


def _of_type(paragraphs: list[str], kind: str) -> list[Event]:
    article = make_article(paragraphs, published="2024-05-13")
    return [e for e in article.events if e.type == kind]


PROTEST_STORY = [
    "Hundreds of fishermen marched through the centre of Bergen on Saturday against new "
    "quota rules.",
    "Police fired water cannon at protesters who tried to climb the town hall gates.",
    "Officers detained nine people, the police said on Sunday.",
]


def test_police_acting_right_after_a_protest_act_where_and_when_it_was() -> None:
    actions = _of_type(PROTEST_STORY, "COERCE")
    assert len(actions) == 2
    for action in actions:
        assert action.place is not None and action.place.name == "Bergen"
        assert action.date == "2024-05-11"
        assert {a.country for a in action.source} == {"NOR"}


def test_bare_officers_are_of_the_force_last_named() -> None:
    arrests = [e for e in _of_type(PROTEST_STORY, "COERCE") if e.mode == "arrest"]
    assert [(a.text, a.sector) for a in arrests[0].source] == [("Officers", "COP")]


def test_a_meeting_of_a_blocs_ministers_is_multilateral_among_them() -> None:
    mention = code_sentence(
        "The plan was agreed at a meeting of NATO defence ministers in Oslo on Monday.",
        "2024-05-13",
    )[-1]
    assert (mention.type, mention.mode) == ("CONSULT", "multilateral")
    assert [a.country for a in mention.source] == ["NATO"]


def test_a_bodys_act_on_the_day_its_members_met_is_at_their_meeting() -> None:
    sanctions = _of_type(
        [
            "NATO suspended its cooperation with Belarus on Monday.",
            "The step was taken at a meeting of NATO defence ministers in Oslo on Monday.",
        ],
        "SANCTION",
    )
    assert len(sanctions) == 1
    assert sanctions[0].place is not None and sanctions[0].place.name == "Oslo"


def test_talks_an_act_followed_are_its_parties_there_and_then() -> None:
    meetings = _of_type(
        [
            "Chile and Peru signed a fisheries accord in Lima on Friday.",
            "Chile's fisheries minister, Rosa Aguirre, signed the accord with her Peruvian "
            "counterpart, Luis Mamani, after talks that ran late into the night.",
            "The two ministers first met in Santiago last year.",
        ],
        "CONSULT",
    )
    lima = [e for e in meetings if e.place is not None and e.place.name == "Lima"]
    assert len(lima) == 1 and lima[0].date == "2024-05-10"
    assert {a.text for a in lima[0].source} == {"Rosa Aguirre", "Luis Mamani"}


# two paragraphs: the summit and who took part; what they did there and the day before
SUMMIT_STORY = [
    "The presidents of Peru, Chile and Bolivia met in Lima on Friday for a summit on lithium "
    "mining. Peru's president, Ana Quispe, Chile's president, Pablo Reyes, and Bolivia's "
    "president, Luis Mamani, took part.",
    "At the end of the meeting the three leaders signed a declaration on mining standards. "
    "Quispe and Reyes also held a separate meeting on Thursday evening.",
]


def test_an_act_at_the_close_of_a_meeting_is_where_and_when_the_meeting_was() -> None:
    signings = _of_type(SUMMIT_STORY, "SUPPORT")
    assert len(signings) == 1
    assert signings[0].place is not None and signings[0].place.name == "Lima"
    assert signings[0].date == "2024-05-10"


def test_a_side_meeting_of_summit_leaders_a_day_apart_is_at_the_summit() -> None:
    side = [e for e in _of_type(SUMMIT_STORY, "CONSULT") if e.date == "2024-05-09"]
    assert len(side) == 1
    assert side[0].place is not None and side[0].place.name == "Lima"


HERE_STORY = [
    "The Danish and Swedish fisheries ministers met for two days in this small harbour town "
    "before agreeing on new cod quotas.",
]


def test_this_town_is_where_the_story_was_filed() -> None:
    """ "in this harbour town" points at the dateline's place; with no dateline the words name
    no place an analyst could use."""
    filed = make_article(HERE_STORY, published="2024-05-13", dateline="Skagen, Denmark")
    meeting = next(e for e in filed.events if e.type == "CONSULT")
    assert meeting.place is not None
    assert (meeting.place.name, meeting.place.evidence.text) == (
        "Skagen",
        "this small harbour town",
    )
    undated = make_article(HERE_STORY, published="2024-05-13")
    assert next(e for e in undated.events if e.type == "CONSULT").place is None


def test_a_states_own_name_is_no_target_of_its_minister() -> None:
    """ "Peru" stands for its government: the minister who warns that Peru will not accept
    quotas is on Peru's side, and the warning has no target."""
    article = make_article(
        [
            "Peruvian Foreign Minister Elsa Quiroz warned on Monday that Peru would not accept "
            "quotas set by Chile."
        ],
        published="2024-05-13",
    )
    warning = next(e for e in article.events if e.type == "THREATEN")
    assert [a.country for a in warning.source] == ["PER"]
    assert "PER" not in [a.country for a in warning.target]


def test_a_pronoun_is_the_person_coreference_gives_it() -> None:
    """ "He" is Dalgaard, the subject of the sentence before, though the last event with a
    person in it was Varga's appeal."""
    article = make_article(
        [
            "Hungarian President Ilona Varga appealed to Danish leaders to release the funds.",
            "Danish Finance Minister Jens Dalgaard said on Monday that Denmark would not pay "
            "until the audit was done.",
            "He accused the European Commission of hiding the figures.",
        ],
        published="2024-05-13",
    )
    accusation = next(e for e in article.events if e.type == "DISAPPROVE")
    assert [a.entity for a in accusation.source] == ["person:jens-dalgaard"]


def test_people_harmed_in_a_town_of_another_country_are_of_that_country() -> None:
    """Filed from Geneva, waves of drone strikes on Mosul harm people of Iraq, not of
    Switzerland, though "Mosul" is no place the strike is "in"."""
    article = make_article(
        ["Turkish forces launched a new wave of drone strikes on Mosul, killing 12 people."],
        published="2024-05-13",
        dateline="GENEVA",
    )
    harmed = [a for e in article.events for a in e.target if a.sector == "CVL"]
    assert harmed and {a.country for a in harmed} == {"IRQ"}


def test_the_two_presidents_are_not_the_two_foreign_ministers_last_named() -> None:
    article = make_article(
        [
            "Chilean Foreign Minister Rosa Vidal met Peruvian Foreign Minister Hugo Quispe in "
            "Lima on Monday.",
            "The two presidents last spoke by phone in January.",
        ],
        published="2024-05-13",
    )
    call = next(e for e in article.events if e.mode == "phone")
    assert not {a.entity for a in call.source} & {"person:rosa-vidal", "person:hugo-quispe"}


def test_a_meeting_that_names_a_town_says_nothing_of_whose_its_people_are() -> None:
    """ "agreed to hold a dialogue in Tokyo" after a call: the town is the next venue; a
    minister of no stated country is not made Japanese by it."""
    article = make_article(
        [
            "Foreign Minister Ana Kovac spoke by phone with Japanese Foreign Minister Ken Iwa.",
            "The ministers discussed the security situation in the Baltic and agreed to hold a "
            "strategic dialogue in Tokyo in June.",
        ],
        published="2024-05-13",
    )
    talks = [e for e in article.events if e.mode == "meet" and e.place is None]
    assert talks
    kovac = [a for e in talks for a in e.source + e.target if a.entity == "person:ana-kovac"]
    assert kovac and all(a.country is None for a in kovac)


LEAD_AND_MEETING = [
    "Estonian Prime Minister Kaja Tamm and Finnish Prime Minister Petri Lahti agreed on "
    "Tuesday to build a second power cable under the Gulf of Finland.",
    "The two leaders met for two hours at the government house in Tallinn.",
]


def test_a_meeting_told_with_no_date_is_on_the_day_the_lead_gives() -> None:
    """The lead dates the two leaders' agreement; their meeting, told after it with no date
    of its own, was that day."""
    events = make_article(LEAD_AND_MEETING, published="2024-05-16").events
    assert next(e for e in events if e.type == "CONSULT").date == "2024-05-14"


STATES_LEAD_AND_MEETING = [
    "Portugal and Morocco agreed on Monday to open a ferry line between Faro and Tangier.",
    "Portuguese Transport Minister Rui Matos met his Moroccan counterpart, Amina Idrissi, "
    "in Faro for four hours of talks.",
    "Matos said the first ferry would sail in June.",
]


def test_a_meeting_of_the_ministers_of_the_states_the_lead_dates_is_on_that_day() -> None:
    """The lead dates the two states' agreement; the meeting of their ministers, told next
    with no date of its own, was that day."""
    events = make_article(STATES_LEAD_AND_MEETING, published="2024-05-16").events
    meeting = next(e for e in events if e.type == "CONSULT")
    assert [a.country for a in (*meeting.source, *meeting.target)] == ["PRT", "MAR"]
    assert meeting.date == "2024-05-13"
