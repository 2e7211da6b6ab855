"""The tense of the clause around a time expression: past, future, or unknown.

Rule (documented for users): look inside the clause that holds the expression (from
the last `.;!?` or line break before it to the next one after it). Every cue word of
`lexicons/tense_cues.tsv` and every other word ending in -ed is a cue; the cue nearest
to the expression wins. With no cue, a governing preposition decides: "until", "till",
"through", "by" point forward (future), anything else gives `None` (unknown).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from dateline.lexicons import load_table

Tense = Literal["past", "future"]

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_CLAUSE_END = re.compile(r"[.;!?\n]\s")
_FORWARD_PREPOSITIONS = frozenset({"until", "till", "through", "by", "before"})
_WINDOW = 160


@cache
def tense_cues() -> dict[str, Tense]:
    """Cue word (lower case) -> the tense it signals."""
    cues: dict[str, Tense] = {}
    for row in load_table("tense_cues.tsv"):
        tense = row["tense"]
        if tense not in ("past", "future"):
            continue
        cues[row["word"].lower()] = "past" if tense == "past" else "future"
    return cues


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around `text[start:end]`: offsets of its first and last character."""
    left = max(0, start - _WINDOW)
    before = text[left:start]
    cut = None
    for m in _CLAUSE_END.finditer(before):
        cut = m.end()
    clause_start = left + cut if cut is not None else left
    after = text[end : end + _WINDOW]
    m = _CLAUSE_END.search(after)
    clause_end = end + m.start() + 1 if m else end + len(after)
    return clause_start, clause_end


def preceding_word(text: str, start: int) -> str:
    """The word just before offset `start`, lower-cased ('' when none)."""
    m = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, start - 20) : start])
    return m.group(1).lower() if m else ""


def _cue_tense(word: str, cues: dict[str, Tense]) -> Tense | None:
    lower = word.lower()
    if lower in cues:
        return cues[lower]
    if len(lower) > 4 and lower.endswith("ed"):
        return "past"
    return None


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense that decides the direction of the expression at `text[start:end]`."""
    cues = tense_cues()
    clause_start, clause_end = clause_bounds(text, start, end)
    best: tuple[int, Tense] | None = None
    for m in _WORD.finditer(text, clause_start, clause_end):
        if start <= m.start() < end:
            continue
        tense = _cue_tense(m.group(), cues)
        if tense is None:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best is None or distance < best[0]:
            best = (distance, tense)
    if best is not None:
        return best[1]
    if preceding_word(text, start) in _FORWARD_PREPOSITIONS:
        return "future"
    return None
