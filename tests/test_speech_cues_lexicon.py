"""speech_cues: the lexicon loads, its ids are unique, and cues are found by form."""

from __future__ import annotations

import pytest

from dateline.analyze.speech_cues import cue_index, find_cues
from dateline.lexicons import load_jsonl


def test_speech_cues_lexicon_ids_and_forms_are_unique() -> None:
    entries = load_jsonl("speech_cues.jsonl")
    assert len(entries) >= 300
    assert len({e.id for e in entries}) == len(entries)
    assert len({str(e.pattern) for e in entries}) == len(entries)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("She said it.", [("said", "speech.said")]),
        ("He CALLED FOR calm.", [("CALLED FOR", "speech.called_for")]),
        ("According  to the mayor", [("According  to", "source.according_to")]),
        ("He was quoted as saying so.", [("was quoted as saying", "speech.was_quoted_as_saying")]),
        ("The unsaid words and re-said lines", []),
        ("They told us and added more.", [("told", "speech.told"), ("added", "speech.added")]),
    ],
)
def test_speech_cues_find_cues_longest_form(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[m.start : m.end], m.cue.id) for m in find_cues(text)] == found


def test_speech_cues_entries_carry_their_frames() -> None:
    index = cue_index()
    told = next(cue for _, cue in index["told"])
    insisted = next(cue for _, cue in index["insisted"])
    according = next(cue for _, cue in index["according"])
    assert told.addressee and not told.clause_only
    assert insisted.clause_only and not insisted.addressee
    assert according.noun and according.speaker_after
