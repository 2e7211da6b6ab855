"""timex_tense: the clause tense that picks the direction of a weekday or month."""

from __future__ import annotations

import pytest

from dateline.analyze.timex_tense import clause_bounds, clause_tense


def tense_at(text: str, word: str) -> str | None:
    start = text.index(word)
    return clause_tense(text, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("The envoy met officials on Monday.", "Monday", "past"),
        # the next clause's verb, after a comma and "and", does not date it
        (
            "The envoy spoke by phone with the Finnish foreign minister on Monday, and the"
            " two will meet in Oslo soon.",
            "Monday",
            "past",
        ),
        ("The envoy will meet officials on Monday.", "Monday", "future"),
        ("The envoy is expected to arrive on Monday.", "Monday", "future"),
        ("The envoy is in Rome until Monday.", "Monday", "future"),
        ("The envoy stayed in Rome until Monday.", "Monday", "future"),
        ("Until Monday, the envoy had not met the king.", "Monday", "past"),
        ("The envoy had never seen Rome until Monday.", "Monday", "past"),
        ("The envoy could not be reached on Monday.", "Monday", "past"),
        ("The vote could be held on Monday.", "Monday", "future"),
        ("On Monday the envoy set aside the report and left.", "Monday", "past"),
        ("The envoy is set to arrive on Monday.", "Monday", "future"),
        ("The envoy is in Rome on Monday.", "Monday", None),
        ("Talks were planned for Monday.", "Monday", "future"),
        ("She said the talks collapsed. Rome is calm on Monday.", "Monday", None),
        ("She said the talks collapsed. Rome hosts them on Monday.", "Monday", "future"),
        ("The team might fly to the U.S. on Monday, sources said.", "Monday", "future"),
        ("The envoy would be flying to the United Kingdom on Monday.", "Monday", "future"),
        ("Lawyers will appeal against Monday's ruling.", "Monday", "past"),
        ("Markets were calm ahead of Monday's vote.", "Monday", "future"),
        ("On Monday the firm announced plans to expand.", "Monday", "past"),
        ("The talks are supposed to end by Monday.", "Monday", "future"),
        ("A fire broke out in the shed next to the mill on Monday.", "Monday", "past"),
        ("The ferry was cancelled due to fog on Monday.", "Monday", "past"),
        ('"The envoy will arrive on Monday," the ministry said.', "Monday", "future"),
        ("\u201cWe will vote on Monday\u201d, the mayor said.", "Monday", "future"),
        ("``The fleet will sail on Monday,'' the admiral said.", "Monday", "future"),
        ("The envoy is due to meet the king on Friday before flying home.", "Friday", "future"),
        ("The envoy had been due to fly to Rome on Friday.", "Friday", "future"),
        ("The minister will meet farmers in Arles on Friday, her office said.", "Friday", "future"),
        ("The leaders will gather again in Quito in May, the host said.", "May", "future"),
        ("The ship, at sea since March, is scheduled to dock in Rome.", "March", "past"),
        ("The court ruled on appeals and set Monday as the deadline for claims.", "Monday", "past"),
        ("The envoy is set for talks on Monday.", "Monday", "future"),
        ("The bonus would be paid on a still unspecified date in May.", "May", "future"),
    ],
)
def test_tense_of_clause(text: str, word: str, tense: str | None) -> None:
    assert tense_at(text, word) == tense


def test_tense_clause_stops_at_sentence_end() -> None:
    text = "He resigned. Elections follow in May."
    start = text.index("May")
    assert text[slice(*clause_bounds(text, start, start + 3))].startswith("Elections")
