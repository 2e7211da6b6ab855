"""The timex lexicons: headers, well-formed rows, every pattern compiles and has a normaliser."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest

from dateline.analyze.timex_normalise import NORMALISERS
from dateline.analyze.timex_words import expand, number_value
from dateline.lexicons import load_jsonl, load_table

FILES = ["time_words.tsv", "tense_cues.tsv", "date_order.tsv", "timex_patterns.jsonl"]


@pytest.mark.parametrize("name", FILES)
def test_lexicons_start_with_a_header(name: str) -> None:
    text = files("dateline.lexicons").joinpath(name).read_text(encoding="utf-8")
    assert text.startswith("# ")


def test_lexicons_patterns_compile_and_name_a_normaliser() -> None:
    entries = load_jsonl("timex_patterns.jsonl")
    assert len({e.id for e in entries}) == len(entries)
    for entry in entries:
        assert entry.label in {"DATE", "TIME", "DURATION", "SET", "REJECT"}
        assert entry.label == "REJECT" or getattr(entry, "norm", None) in NORMALISERS
        re.compile(expand(str(entry.pattern)), re.I)


@pytest.mark.parametrize(("name", "columns"), [("time_words.tsv", 4), ("tense_cues.tsv", 2)])
def test_lexicons_rows_are_complete(name: str, columns: int) -> None:
    for row in load_table(name):
        assert len([v for v in row.values() if v]) >= columns - 1, row


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three", 3),
        ("twenty-four", 24),
        ("twenty four", 24),
        ("48", 48),
        ("5 1/2", 5.5),
        ("one hundred", 100),
        ("a hundred", 100),
    ],
)
def test_lexicons_number_words(text: str, value: float) -> None:
    assert number_value(text) == value


def test_lexicons_vague_number_has_no_value() -> None:
    assert number_value("several") is None
