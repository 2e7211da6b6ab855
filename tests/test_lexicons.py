"""Every lexicon file: a header saying what it holds, and (for .jsonl) unique stable ids."""

from __future__ import annotations

from collections import Counter
from importlib.resources import files

import pytest

from dateline.lexicons import load_jsonl

NAMES = sorted(
    p.name for p in files("dateline.lexicons").iterdir() if p.name.endswith((".tsv", ".jsonl"))
)


def test_the_lexicon_folder_is_found() -> None:
    assert "speech_cues.jsonl" in NAMES and "sectors.tsv" in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_lexicon_starts_with_a_header(name: str) -> None:
    text = files("dateline.lexicons").joinpath(name).read_text(encoding="utf-8")
    assert text.startswith("# "), name


@pytest.mark.parametrize("name", [n for n in NAMES if n.endswith(".jsonl")])
def test_every_jsonl_lexicon_entry_has_its_own_id(name: str) -> None:
    counts = Counter(entry.id for entry in load_jsonl(name))
    assert [entry_id for entry_id, n in counts.items() if n > 1] == []
