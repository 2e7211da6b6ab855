"""quotes: the speaker phrase a record reports at its own cue (the subject a participle or
a second verb shares, adverbials between a subject and its verb) and coordinated
attitudes with subjects of their own, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_text

from .quote_records import FoundRecord, found_records
from .quote_records import records as _records


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (  # a participle shares the subject of the clause it follows, not an opening adverb
            "Then she toured the new pier, praising the engineers.",
            ("praising", "she", "the engineers"),
        ),
        (  # a verb coordinated inside a relative clause: the relative pronoun speaks
            "The dockers back Tove Lind, who toured the harbour and endorsed the new rota.",
            ("endorsed", "who", "the new rota"),
        ),
        (  # a sentence adverb before a name and its appositive
            "However, Jo Berg, a nurse at the clinic, said the ward was unsafe.",
            ("said", "Jo Berg", "the ward was unsafe"),
        ),
        (  # a floating quantifier between the subject and the verb
            "The two mayors have both said the tram is late.",
            ("said", "The two mayors", "the tram is late"),
        ),
        (  # "in fact" between the subject and the verb
            "The port authority in fact said the pier was safe.",
            ("said", "The port authority", "the pier was safe"),
        ),
        (  # a time "two weeks ago" between the subject and the verb
            "The board two weeks ago said the pier was safe.",
            ("said", "The board", "the pier was safe"),
        ),
        (  # adverbs of contrast or frequency between the subject and the verb
            "The mayor has nevertheless called the plan a farce.",
            ("called", "The mayor", "the plan a farce"),
        ),
        (
            "Ola Lind seldom speaks of her years at sea.",
            ("speaks of", "Ola Lind", "her years at sea"),
        ),
        (  # and before a participle that shares the clause's subject
            "The union quit the talks, instead urging members to strike.",
            ("urging", "The union", "members to strike"),
        ),
    ],
)
def test_quotes_structure_speaker_at_the_cue(page: str, record: tuple[str, str, str]) -> None:
    assert record in _records(page)


def test_quotes_structure_relative_speaker_links_its_antecedent() -> None:
    page = "The dockers back Tove Lind, who toured the harbour and endorsed the new rota."
    quote = next(q for q in analyze_text(page).quotes if q.cue and q.cue.text == "endorsed")
    assert quote.speaker is not None and quote.speaker.entity == "person:tove-lind"


def test_quotes_structure_coordinated_attitudes_are_two_records() -> None:
    page = "The council wants to build a bridge, and the harbour board wants to dig a tunnel."
    assert _records(page) == [
        ("wants", "The council", "to build a bridge"),
        ("wants", "the harbour board", "to dig a tunnel"),
    ]


def test_quotes_structure_participle_after_a_relative_aside_takes_the_main_subject() -> None:
    page = "The fishermen, who met on Friday, left the hall, saying it would ruin them."
    assert ("saying", "The fishermen", "it would ruin them") in _records(page)


def test_quotes_structure_a_past_form_that_is_also_a_noun_is_the_verb_after_a_pronoun() -> None:
    # "cut" is often a noun, but after "he" it is the clause's verb, whose subject speaks
    assert ("calling", "he", "him a failure") in _records(
        "Then he cut into Berg, calling him a failure."
    )


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # an attitude after "and", in the reported clause's tense, shares its subject
            "Ada Holm said she was tired of the delays and wanted a new ferry.",
            [("said", "Ada Holm", "she was tired of the delays and wanted a new ferry")],
        ),
        (
            "Per Dahl says the crews are angry but hope to stay on.",
            [("says", "Per Dahl", "the crews are angry but hope to stay on")],
        ),
        (  # a speech verb there is the speaker's own next act
            "Ada Holm said the pier was safe and urged calm.",
            [("said", "Ada Holm", "the pier was safe"), ("urged", "Ada Holm", "calm")],
        ),
        (  # so is an attitude in another tense than the reported clause's
            "Ada Holm said the plan was sound and wants a vote soon.",
            [("said", "Ada Holm", "the plan was sound"), ("wants", "Ada Holm", "a vote soon")],
        ),
    ],
)
def test_quotes_structure_attitude_joined_to_a_reported_clause(
    page: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _records(page) == expected


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a participle in an apposition on the subject reports its object, not the clause
            "Ina Moss, a skipper backing the levy, said the pier is safe.",
            [
                ("backing", "a skipper", ["the levy"]),
                ("said", "Ina Moss", ["the pier is safe"]),
            ],
        ),
        (  # a relative clause on the subject ends before the subject's verb
            "Crews who favor a toll argue that the pier is unsafe.",
            [
                ("favor", "who", ["a toll"]),
                ("argue", "Crews", ["the pier is unsafe"]),
            ],
        ),
    ],
)
def test_a_cue_inside_the_subject_ends_before_the_subjects_verb(
    page: str, records: list[FoundRecord]
) -> None:
    assert found_records(page) == records
