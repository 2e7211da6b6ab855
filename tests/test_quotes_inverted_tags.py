"""quotes: when a cue after a comma is an inverted tag ('"...," said Moss') and when the
comma closes an apposition on the subject instead, on sentences written for these tests."""

from __future__ import annotations

import pytest

from .quote_records import FoundRecord
from .quote_records import found_records as _records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a subject with an apposition before the cue: no inverted tag
            "Moss, a harbour engineer from Leeds, recalled several calls with Berg.",
            [("recalled", "Moss", ["several calls with Berg"])],
        ),
        (  # the same after an opening coordinator
            "But local crews, like their rivals in the port, say higher tolls slow trade.",
            [("say", "local crews", ["higher tolls slow trade"])],
        ),
        (  # a parenthetical tag still reads both sides
            "The pier, said Moss, is unsafe.",
            [("said", "Moss", ["The pier", "is unsafe"])],
        ),
    ],
)
def test_an_apposed_subject_is_no_content_before_an_inverted_cue(
    page: str, records: list[FoundRecord]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # an adverb of manner after the cue is no speaker: the name before the apposition is
            '"The ferry will run," Ina Moss, a harbour engineer, said calmly.',
            [("said", "Ina Moss", ['"The ferry will run,"'])],
        ),
        (  # a name after the cue still speaks
            '"The ferry will run," said Moss.',
            [("said", "Moss", ['"The ferry will run,"'])],
        ),
    ],
)
def test_an_adverb_after_the_cue_is_no_inverted_speaker(
    page: str, records: list[FoundRecord]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a described speaker and the name set off after it: one speaker
            '"Buses need their own lanes," said the city\'s transport chief, Ina Moss.',
            [("said", "the city's transport chief, Ina Moss", ['"Buses need their own lanes,"'])],
        ),
        (  # with a title before the name, and a relative clause after it
            '"Buses need their own lanes," said the transport chief, Councillor Ina Moss, '
            "who took office in May.",
            [
                (
                    "said",
                    "the transport chief, Councillor Ina Moss",
                    ['"Buses need their own lanes,"'],
                )
            ],
        ),
        (  # a time after the comma is no name
            '"Buses need their own lanes," said the transport chief, Monday.',
            [("said", "the transport chief", ['"Buses need their own lanes,"'])],
        ),
    ],
)
def test_a_name_set_off_after_an_inverted_speaker_joins_it(
    page: str, records: list[FoundRecord]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a time after the inverted speaker
            '"The ferry will run," said Moss on Friday.',
            [("said", "Moss", ['"The ferry will run,"'])],
        ),
        (  # a bare weekday
            '"The ferry will run," said Ina Moss Friday.',
            [("said", "Ina Moss", ['"The ferry will run,"'])],
        ),
        (  # a clause on the moment of speaking
            '"The ferry will run," said Ina Moss as she left the quay.',
            [("said", "Ina Moss", ['"The ferry will run,"'])],
        ),
        (  # "when asked": the asking is a record of its own, with no asker named
            '"The ferry will run," wrote Ina Moss when asked about the storm.',
            [
                ("wrote", "Ina Moss", ['"The ferry will run,"']),
                ("asked about", None, ["the storm"]),
            ],
        ),
    ],
)
def test_a_time_or_setting_after_the_inverted_speaker_ends_it(
    page: str, records: list[FoundRecord]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        ('"The ferry will run," K. Ina Moss said.', "K. Ina Moss"),
        ('"The ferry will run," said K. Ina Moss.', "K. Ina Moss"),
        (
            "The harbour chief, K. Ina Moss, said the ferry will run.",
            "The harbour chief, K. Ina Moss",
        ),
    ],
)
def test_a_leading_initial_is_part_of_the_speaker_name(page: str, speaker: str) -> None:
    (record,) = _records(page)
    assert record[1] == speaker


def test_a_long_phrase_on_the_tag_still_joins_the_split_quote() -> None:
    page = (
        '"We lost the vote," Moss said of the harbour crews whose boats were stranded '
        'by the storm, "but we will win the next one."'
    )
    assert _records(page) == [
        ("said", "Moss", ['"We lost the vote,"', '"but we will win the next one."'])
    ]
