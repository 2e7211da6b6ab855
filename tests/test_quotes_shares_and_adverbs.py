"""quotes: speakers before a cue that a share in "%" names, and adverbs between a speaker
and the cue that are no part of the speaker, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze.quotes import find_quotes


def _speakers(page: str) -> list[tuple[str, str | None]]:
    return [
        (page[slice(*f.cue)] if f.cue else "", page[slice(*f.speaker)] if f.speaker else None)
        for f in find_quotes(page, [(0, len(page))])
    ]


@pytest.mark.parametrize(
    ("page", "speakers"),
    [
        ("Only 42% say the ferry is reliable.", [("say", "42%")]),
        ("Among the crews, 61% believe the pier will close.", [("believe", "61%")]),
    ],
)
def test_a_share_in_percent_speaks(page: str, speakers: list[tuple[str, str | None]]) -> None:
    assert _speakers(page) == speakers


@pytest.mark.parametrize(
    ("page", "speakers"),
    [
        ("Berg nevertheless called the plan a disgrace.", [("called", "Berg")]),
        ("The harbour master seldom speaks of the flood.", [("speaks of", "The harbour master")]),
        ("Lee instead urged the crews to wait.", [("urged", "Lee")]),
    ],
)
def test_an_adverb_before_the_cue_is_no_part_of_the_speaker(
    page: str, speakers: list[tuple[str, str | None]]
) -> None:
    assert _speakers(page) == speakers
