"""quotes: cue words used in a sense that attributes nothing make no record (a false quote
is worse than a missed one), and the attributing sense still does, on sentences written
for these tests."""

from __future__ import annotations

import pytest

from .quote_records import records as _records


@pytest.mark.parametrize(
    "page",
    [
        # "deny" with a person and a noun phrase is keeping it from them
        "In the spring vote, the Farmers' League denied them a majority in the upper house.",
        "The harbour board denied Ilves the berth she had asked for.",
        # a "how" question about holding a view: its plain object is a topic
        "A new exhibition at the Harbour Museum shows how geologists understand coastal erosion.",
        # forms left out of the cue lexicon: they attributed less often than not
        "Four in five of the thefts were committed by people from outside the town.",
        "Berg has struggled at appealing to rural voters.",
        "The council was welcoming the new ferry.",
        # "mention" as a noun ("the mere mention of"), not the verb
        "The mere mention of the toll bridge angered the ferry crews.",
        # "this" + a base form that is also a noun: a determiner, not a subject
        "This post has been updated with figures from the ferry office.",
        # "responding to" + a noun phrase: what was answered, seldom an attribution
        "Responding to questions from the crews, Berg left the hall.",
        # "you know," is a spoken filler, not a belief
        "We went down to the pier and, you know, the ferry was gone.",
        # a stance asked of the reader holds no one's view
        "Do you back the toll on the harbour bridge?",
        # an adverbial opening the sentence says where or when, not what
        "On Thursday, the mayor will testify before the harbour board.",
        "At the pier on Monday, the mayor spoke out in favour of the new ferry.",
        # a past form right after a preposition is an adjective, no verb
        "The board has seen a flood of reported thefts at the pier.",
        "Her lead in pledged delegates will be hard to overcome.",
        # "order" with a thing as its object is buying it, not a command
        "The ferry operator ordered two electric ships from a yard in Gdansk.",
        # a cue form heading a compound noun ("reality show", "TV show") is no verb
        "Ola Brun, the star of the reality show “Dock Life,” moved to Hull.",
        "Ola Brun starred in the TV show “Dock Life” for years.",
    ],
)
def test_no_record(page: str) -> None:
    assert _records(page) == []


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            "The harbour board denied the claims about the berth.",
            [("denied", "The harbour board", "the claims about the berth")],
        ),
        (
            "The harbour board denied her claims about the berth.",
            [("denied", "The harbour board", "her claims about the berth")],
        ),
        (  # the last word of an outlet's name is no compound modifier: the outlet speaks
            "The ferry is late, Harbour TV reported.",
            [("reported", "Harbour TV", "The ferry is late")],
        ),
        (  # a capitalised cue word inside a name is no verb: the paper is the hearer
            "Anna Berg told the Eastport Post she would stay.",
            [("told", "Anna Berg", "she would stay")],
        ),
        (  # and a given name is no cue
            '"The pier is safe," harbour spokeswoman Hope Lind said in a statement.',
            [("said", "spokeswoman Hope Lind", '"The pier is safe,"')],
        ),
        (  # a headline's title case keeps its capitalised verb
            "Harbour Chief Says Pier Is Safe",
            [("Says", "Harbour Chief", "Pier Is Safe")],
        ),
        (  # a clause after the cue is still reported
            "The exhibition shows how geologists say the cliffs will fall.",
            [
                ("shows", "The exhibition", "how geologists say the cliffs will fall"),
                ("say", "geologists", "the cliffs will fall"),
            ],
        ),
    ],
)
def test_the_attributing_sense_stays(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a coordinated clause with a cue of its own that reports nothing
            "Norway said it would send two frigates, and Canada pledged a field hospital.",
            [("said", "Norway", "it would send two frigates")],
        ),
        (
            "The mayor said the pier would reopen, but the harbour board flagged the cost.",
            [("said", "The mayor", "the pier would reopen")],
        ),
    ],
)
def test_content_ends_before_a_coordinated_cue_clause(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


def test_a_participle_after_a_comma_owns_its_that_clause() -> None:
    # the "that" of "ruling" is the court's, not the relative clause's "charged"
    page = (
        "The High Court struck down a toll that the town of Brenholt had charged on "
        "lorries since 2019, ruling that only parliament can levy such charges."
    )
    assert [r for r in _records(page) if r[1] == "the town of Brenholt"] == []


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # an object and a judging adjective, with or without quotation marks
            "The coach called the result historic.",
            [("called", "The coach", "the result historic")],
        ),
        (
            "The ombudsman called the new parking rules unworkable.",
            [("called", "The ombudsman", "the new parking rules unworkable")],
        ),
        (
            "The coach called the result “historic”.",
            [("called", "The coach", "the result “historic”")],
        ),
    ],
)
def test_called_with_a_judgment(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    "page",
    ["The caretaker called the police department.", "The caretaker called the local clinic."],
)
def test_called_without_a_judgment(page: str) -> None:
    assert _records(page) == []
