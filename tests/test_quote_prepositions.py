"""quote_frames: a cue whose content is the object of a preposition it takes ("warned
against X", "joked about X"; the `prepositions` field of speech_cues.jsonl), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from .quote_records import records as _records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # the preposition is part of the cue, its object the content
            "The harbour master warned against reopening the quay.",
            [("warned against", "The harbour master", "reopening the quay")],
        ),
        (
            "Volk complained about the ferry fares.",
            [("complained about", "Volk", "the ferry fares")],
        ),
        (  # a hearer between the verb and the preposition stays out of the cue
            "The crews asked Volk about the new rota.",
            [("asked", "The crews", "the new rota")],
        ),
        (  # the question put to someone, with no asker named
            "Asked about the pier, Berg smiled.",
            [("Asked about", None, "the pier")],
        ),
        (  # a that-clause after an adjunct is still the content
            "Volk complained on Monday that the fares were high.",
            [("complained", "Volk", "the fares were high")],
        ),
        ("Volk complained on Monday.", []),  # a time is no object of what was said
        (  # a preposition the cue does not take opens no content
            "Volk complained to the board.",
            [],
        ),
    ],
)
def test_prepositional_content(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


def test_a_stranded_preposition_opens_no_content() -> None:
    # the relative clause has no object after "about": "in its report" is an adjunct
    records = _records("This was the risk the board warned about in its report.")
    assert all(content != "its report" for _, _, content in records)
    assert all(not (cue or "").endswith("about") for cue, _, _ in records)


@pytest.mark.parametrize(
    ("page", "records"),
    [  # verbs whose plain object is what was written, promised or stated
        ("Volk wrote a letter to the board.", [("wrote", "Volk", "a letter to the board")]),
        ("The union stated its position.", [("stated", "The union", "its position")]),
        ("Moss vowed revenge.", [("vowed", "Moss", "revenge")]),
    ],
)
def test_plain_objects(page: str, records: list[tuple[str | None, str | None, str]]) -> None:
    assert _records(page) == records
