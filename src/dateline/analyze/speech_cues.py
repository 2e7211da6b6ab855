"""Speech cues: the `speech_cues.jsonl` lexicon compiled once, and its matches in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.lexicons import LexiconEntry, load_jsonl

LEXICON = "speech_cues.jsonl"


@dataclass(frozen=True)
class Cue:
    """One lexicon entry, as the quote finder reads it."""

    id: str
    label: str
    pattern: str
    lemma: str
    addressee: bool = False
    clause_only: bool = False
    homograph: bool = False
    noun: bool = False
    speaker_after: bool = False
    setting: bool = False

    @property
    def gerund(self) -> bool:
        """True for "-ing" forms ("adding"), which borrow the speaker of their clause."""
        return not self.noun and self.pattern.split()[0].endswith("ing")


@dataclass(frozen=True)
class CueMatch:
    """A cue found at `[start, end)` of the text it was searched in."""

    start: int
    end: int
    cue: Cue


def _cue(entry: LexiconEntry) -> Cue:
    extra = entry.model_extra or {}
    return Cue(
        id=entry.id,
        label=entry.label,
        pattern=str(entry.pattern),
        lemma=str(extra.get("lemma", entry.pattern)),
        addressee=bool(extra.get("addressee", False)),
        clause_only=extra.get("complement", "any") == "clause",
        homograph=bool(extra.get("homograph", False)),
        noun=bool(extra.get("noun", False)),
        speaker_after=bool(extra.get("speaker_after", False)),
        setting=bool(extra.get("setting", False)),
    )


@cache
def cue_table() -> tuple[dict[str, Cue], re.Pattern[str]]:
    """Surface form -> cue, and one regex matching any form (longest first)."""
    table: dict[str, Cue] = {}
    for entry in load_jsonl(LEXICON):
        cue = _cue(entry)
        table.setdefault(cue.pattern, cue)
    forms = sorted(table, key=lambda f: (-len(f), f))
    alternation = "|".join(r"\s+".join(re.escape(w) for w in f.split()) for f in forms)
    regex = re.compile(rf"(?<![\w’'\-])(?:{alternation})(?![\w’'\-])", re.IGNORECASE)
    return table, regex


def find_cues(text: str) -> list[CueMatch]:
    """Every cue form in `text`, left to right, not overlapping."""
    table, regex = cue_table()
    found = []
    for match in regex.finditer(text):
        form = " ".join(match.group(0).lower().split())
        cue = table.get(form)
        if cue is not None:
            found.append(CueMatch(match.start(), match.end(), cue))
    return found
