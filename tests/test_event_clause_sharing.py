"""Who acts in a clause that borrows or only names its actors: a second verb sharing the
first one's subject, a pronoun inside "what they called", membership words, and phrases
whose type is not their verb's usual one ("accepted that", "called it a farce", troops sent
to help). Sentences written for these tests."""

from __future__ import annotations

from dateline.analyze.event_coder import code_sentence
from dateline.model import Event
from tests.events_helpers import make_article


def _events(first: str, second: str, kind: str) -> list[Event]:
    """The events of type `kind` in a two-paragraph article published 2024-03-13."""
    article = make_article([first, second], published="2024-03-13")
    return [e for e in article.events if e.type == kind]


def test_a_second_verb_after_and_shares_the_subject_not_the_first_clause_date() -> None:
    warnings = _events(
        "Chile's mining minister, Rosa Aguirre, met investors in Santiago on Monday.",
        "Aguirre said the royalty law would be revised next year and warned that "
        "Santiago will not tolerate illegal mining.",
        "THREATEN",
    )
    assert len(warnings) == 1
    assert [a.text for a in warnings[0].source] == ["Rosa Aguirre"]
    assert warnings[0].date is None  # "next year" is the revision's, not the warning's


def test_a_pronoun_in_what_they_called_is_no_target() -> None:
    protests = _events(
        "Trade ministers of Chile and Peru met in Lima on Monday.",
        "Fishing villages in southern Chile protested last week against what they "
        "called unfair quotas.",
        "PROTEST",
    )
    assert len(protests) == 1
    assert protests[0].target == []  # not the ministers "they" would reach back to


def test_communities_are_civilians_of_their_place() -> None:
    mention = code_sentence("Fishing communities in Chile protested on Monday.", "2024-03-13")[0]
    assert [(a.country, a.sector) for a in mention.source] == [("CHL", "CVL")]


def test_members_and_staff_take_the_sector_of_their_body() -> None:
    cases = {
        "Union members in Chile went on strike on Monday.": "LAB",
        "Party members in Chile protested on Monday.": "PTY",
        "Hospital staff in Chile went on strike on Monday.": "MED",
    }
    for sentence, sector in cases.items():
        mention = code_sentence(sentence, "2024-03-13")[0]
        assert [a.sector for a in mention.source] == [sector], sentence


def test_a_member_of_a_body_is_still_coded_as_the_body() -> None:
    mention = code_sentence(
        "A member of the Chilean senate started a hunger strike on Monday.", "2024-03-13"
    )[0]
    assert [(a.country, a.sector) for a in mention.source] == [("CHL", "LEG")]


def test_accepting_that_something_happened_or_the_blame_is_no_agreement() -> None:
    for sentence in (
        "The Chilean minister said she had acted lawfully but accepted that the tender "
        "was badly run.",
        "The Chilean minister accepted full responsibility for the failed tender.",
    ):
        types = [e.type for e in code_sentence(sentence, "2024-03-13", coded_only=False)]
        assert "AGREE" not in types, sentence
    agreed = code_sentence("Chile accepted the Peruvian offer on Monday.", "2024-03-13")
    assert [e.type for e in agreed] == ["AGREE"]


def test_calling_something_a_farce_is_disapproval() -> None:
    for sentence in (
        "Chile's opposition leader called the inquiry 'a farce' on Monday.",
        'Chile\'s opposition leader called the inquiry "a farce" on Monday.',
        "Chile's opposition leader called the inquiry “a whitewash” on Monday.",
        "Chile's opposition leader described the ruling as a travesty.",
        "Chile's opposition leader called the decision unacceptable.",
    ):
        types = [e.type for e in code_sentence(sentence, "2024-03-13", coded_only=False)]
        assert types == ["DISAPPROVE"], sentence


def test_troops_sent_to_help_against_a_disaster_are_aid() -> None:
    mentions = code_sentence(
        "Chile sent 300 soldiers to help Argentina fight the wildfires.", "2024-03-13"
    )
    assert [e.type for e in mentions] == ["AID"]
    assert [a.country for a in mentions[0].target] == ["ARG"]


def test_a_time_that_opens_the_sentence_dates_it_even_before_a_country() -> None:
    mention = code_sentence("Last month Chile signed a loan deal with Peru.", "2024-03-13")[0]
    assert mention.date is not None and mention.date.value == "2024-02"


def test_the_mayor_of_a_town_the_gazetteer_does_not_know_is_government() -> None:
    article = make_article(
        ["Police questioned Rosa Vidal, the former mayor of Villanueva del Monte, on Friday."],
        published="2024-03-13",
    )
    people = {e.name: e.sector for e in article.entities if e.type == "person"}
    assert people == {"Rosa Vidal": "GOV"}


def test_an_unknown_name_before_region_or_province_is_the_place() -> None:
    mention = code_sentence(
        "Rebels and soldiers clashed on Sunday near a bridge in the Orvana region.", "2024-03-13"
    )[0]
    assert mention.place is not None and mention.place.name == "Orvana region"


def test_what_it_called_a_crime_is_a_naming_not_a_second_criticism() -> None:
    mentions = code_sentence(
        "Chile condemned what it called a disgrace at the border.", "2024-03-13"
    )
    assert [e.type for e in mentions] == ["DISAPPROVE"]


def test_a_clause_after_comma_and_with_its_own_subject_does_not_borrow_the_first() -> None:
    article = make_article(
        [
            "Chilean President Rosa Aguirre met Peruvian President Luis Quispe in Lima on "
            "Monday, and the two leaders agreed to share fishing data."
        ],
        published="2024-03-13",
    )
    (meeting,) = [e for e in article.events if e.type == "CONSULT"]
    assert [a.text for a in meeting.target] == ["Luis Quispe"]  # "the two leaders" is no guest
    (deal,) = [e for e in article.events if e.type == "AGREE"]
    assert {a.text for a in deal.source} == {"Rosa Aguirre", "Luis Quispe"}


def test_a_second_verb_right_after_comma_and_still_shares_the_subject() -> None:
    (mention,) = [
        m
        for m in code_sentence("Chile met Peru in Lima, and agreed to share fishing data.")
        if m.type == "AGREE"
    ]
    assert [a.text for a in mention.source] == ["Chile"]


def test_countries_joined_by_a_comma_before_the_verb_are_all_the_subject() -> None:
    (mention,) = code_sentence("Chile, Peru agree to share fishing data")  # a headline
    assert [a.country for a in mention.source] == ["CHL", "PER"]


def test_a_country_before_an_apposition_is_the_subject_alone() -> None:
    (mention,) = code_sentence("Chile, Peru's biggest trading partner, agreed to share data.")
    assert [a.country for a in mention.source] == ["CHL"]


def test_arriving_for_a_visit_is_the_visit_of_who_arrived_dated_by_the_arrival() -> None:
    mentions = code_sentence(
        "Peru's foreign minister arrived on Monday for a three-day visit.", "2024-03-13"
    )
    (visit,) = [m for m in mentions if m.type == "CONSULT"]
    assert visit.mode == "visit"
    assert [(a.country, a.sector) for a in visit.source] == [("PER", "GOV")]
    assert visit.date is not None and visit.date.value == "2024-03-11"


def test_the_subject_of_a_clause_after_after_or_before_is_its_actor() -> None:
    """After and before are prepositions too, but before a clause the phrase after
    them is that clause's subject, not an object they govern."""
    for sentence in (
        "Fishing resumed on Monday after Chile and Peru agreed to share quota data.",
        "Fishing resumed on Monday after the Chilean government agreed to share quota data.",
    ):
        (deal,) = [m for m in code_sentence(sentence, "2024-03-13") if m.type == "AGREE"]
        assert deal.source and deal.source[0].country == "CHL", sentence
    article = make_article(
        [
            "Dock workers in Valparaiso ended a week-long strike on Tuesday after the "
            "Chilean government agreed to review port fees, the union said."
        ],
        published="2024-03-13",
    )
    (deal,) = [e for e in article.events if e.type == "AGREE"]
    assert [(a.country, a.sector) for a in deal.source] == [("CHL", "GOV")]
