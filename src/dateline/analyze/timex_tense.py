"""The tense of the clause around a time expression: past, future, or unknown.

Rule (documented for users): look inside the clause that holds the expression (from
the last `.;!?` or line break before it to the next one after it). Every cue word of
`lexicons/tense_cues.tsv` and every other word ending in -ed is a cue, except an -ed word
right after a determiner ("an undisclosed sum": an adjective); the cue nearest
to the expression wins. "until"/"till" right before the expression point forward whatever
the verb ("postponed until Tuesday", "is in Russia until Thursday"), except in a clause with
a denied past perfect ("Until Thursday, they had not named him"), which points back.
"since" right before it always points back ("on patrol since March and due home soon").
With no cue, "by", "through", "before" also point forward; anything else gives `None` (unknown). A
possessive ("Wednesday's ruling") is past unless "ahead of", "before" or "for" precede it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, cast

from dateline.lexicons import load_table

Tense = Literal["past", "future"]

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# A clause ends at ; ! ? a line break, or a full stop that does not close an initial or a
# short title ("U.S.", "a.m.", "Mr.", "Dr.").
_CLAUSE_END = re.compile(r"(?:(?<!\b[A-Za-z])(?<!\bM[rs])(?<!\bMrs)(?<!\b[DS][rt])\.|[;!?\n])\s")
# After the expression, a closing quotation mark also ends it: the attribution that follows
# ('"... on Thursday," Castro said') reports the quote and does not date what it says.
_QUOTE_CLOSE = re.compile(r"(?:''|\u201d|(?<=[,.!?])\")")
# "Until Thursday, they had not named him": a past perfect denied up to the day says the
# day has come, so "until" then points back.
_PAST_PERFECT_DENIED = re.compile(r"\bhad(?:\s+not|n't|\s+never|\s+yet\s+to)\b", re.I)
_FORWARD_PREPOSITIONS = frozenset({"until", "till", "through", "by", "before"})
_ALWAYS_FORWARD = frozenset({"until", "till"})
# "since March", "since Monday": the start of a span that reaches the present, so the last
# such day or month whatever the verb ("has been on patrol since March and is due back").
_ALWAYS_BACK = frozenset({"since"})
# Words that open a verb group ("were planning", "will be held", "had been scheduled").
_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "be", "been", "had", "has", "have", "did", "will", "would"}
    | {"could", "might", "may", "shall", "should", "must", "'ll"}
)
_GROUP_GLUE = frozenset({"be", "been", "being", "to", "have", "has", "not", "also", "then", "now"})
_CLOCK_BEFORE = re.compile(
    r"(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{3})?|noon|midnight)\s*$"
)
_WINDOW = 160
# After the expression, a comma and a coordinator open the next clause, whose verb does not
# date it ("spoke with Brandt on Monday, and the two will meet next week").
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s")
_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
)


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


@cache
def _phrase_cues() -> list[tuple[re.Pattern[str], Tense]]:
    """Phrases (several words, tense past or future) that are a cue as a whole: 'is due to'
    looks ahead though 'due to' alone gives a cause."""
    found: list[tuple[re.Pattern[str], Tense]] = []
    for row in load_table("tense_cues.tsv"):
        words, tense = row["word"].lower(), row["tense"]
        if " " in words and tense in ("past", "future"):
            body = re.escape(words).replace(r"\ ", r"\s+")
            edge = r"\b" if words[0].isalpha() else ""
            found.append((re.compile(rf"{edge}(?:{body})\b", re.I), cast(Tense, tense)))
    return found


@cache
def _not_cue_phrases() -> re.Pattern[str]:
    """Phrases (tense 'none') whose first word is not a cue there: 'next to', 'due to'."""
    rows = load_table("tense_cues.tsv")
    phrases = [row["word"].lower() for row in rows if row["tense"] == "none"]
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases)) or "(?!)"
    return re.compile(rf"(?:{body})\b", re.I)


@cache
def _attribution() -> re.Pattern[str]:
    """', her office said' / ', officials told reporters': a reporting clause after a comma,
    from the tense cues marked 'report'."""
    rows = load_table("tense_cues.tsv")
    verbs = sorted(row["word"].lower() for row in rows if row["tense"] == "report")
    body = "|".join(re.escape(v) for v in verbs) or "(?!)"
    closing = r"(?=\W*$|\s+(?:on|in|last|this)\b)"
    return re.compile(rf",\s+(?:[\w'’.-]+\s+){{0,4}}(?:{body})\b{closing}", re.I)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around `text[start:end]`: offsets of its first and last character."""
    left = max(0, start - _WINDOW)
    before = text[left:start]
    cut = None
    for m in _CLAUSE_END.finditer(before):
        cut = m.end()
    clause_start = left + cut if cut is not None else left
    after = text[end : end + _WINDOW]
    stop = _CLAUSE_END.search(after)
    joined = _NEXT_CLAUSE.search(after)  # "on Monday, and the two will meet": a new clause
    if joined and (stop is None or joined.start() < stop.start()):
        stop = joined
    quote = _QUOTE_CLOSE.search(after)
    if quote and (stop is None or quote.start() < stop.start()):
        stop = quote
    # The attribution that closes a sentence ("..., her office said.") reports it: its
    # tense does not date what it reports.
    sentence = after[: stop.start() + 1] if stop else after
    attribution = _attribution().search(sentence)
    if attribution and (stop is None or attribution.start() < stop.start()):
        return clause_start, end + attribution.start()
    clause_end = end + stop.start() + 1 if stop else end + len(after)
    return clause_start, clause_end


def preceding_word(text: str, start: int) -> str:
    """The word just before offset `start`, lower-cased ('' when none)."""
    before = text[max(0, start - 40) : start]
    clock = _CLOCK_BEFORE.search(before)
    if clock and clock.start() > 0:
        before = before[: clock.start()]
    hedge = _hedge_at_end().search(before)
    if hedge and hedge.start() > 0:
        before = before[: hedge.start()]  # "until at least April" is governed by "until"
    m = re.search(r"([A-Za-z]+)\W{0,2}$", before)
    return m.group(1).lower() if m else ""


@cache
def _hedge_at_end() -> re.Pattern[str]:
    """The 'hedge' phrases of `tense_cues.tsv` ending a stretch of text ('at least ')."""
    rows = load_table("tense_cues.tsv")
    phrases = sorted((row["word"].lower() for row in rows if row["tense"] == "hedge"), key=len)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases[::-1]) or "(?!)"
    return re.compile(rf"\b(?:{body})\s*$", re.I)


def _cue_tense(word: str, cues: dict[str, Tense]) -> Tense | None:
    lower = word.lower()
    if lower in cues:
        return cues[lower]
    if word.islower() and len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return "past"
    return None


def _adjective_participle(words: list[re.Match[str]], i: int, cues: dict[str, Tense]) -> bool:
    """An unlisted -ed word right after a determiner (with at most one adverb between) is
    an adjective, not a verb: "on a still unspecified date", "an undisclosed sum", "the
    newly elected mayor" date nothing."""
    word = words[i].group().lower()
    if word in cues or i == 0:
        return False
    before = [w.group().lower() for w in words[max(0, i - 2) : i]]
    if before[-1] in _DETERMINERS:
        return True
    adverb = before[-1].endswith("ly") or before[-1] in ("still", "yet", "not")
    return len(before) == 2 and adverb and before[0] in _DETERMINERS


def _future_wins_in_verb_groups(
    text: str, words: list[re.Match[str]], tenses: list[Tense | None]
) -> None:
    """In one verb group ("will be held", "were planning", "had been scheduled") a future
    cue decides for every cue of the group."""
    groups: list[list[int]] = []
    for i, word in enumerate(words):
        if tenses[i] is None:
            continue
        previous = groups[-1][-1] if groups else -1
        if (
            groups
            and words[previous].group().lower() in _AUXILIARIES
            and all(w.group().lower() in _GROUP_GLUE for w in words[previous + 1 : i])
        ):
            gap = text[words[previous].end() : word.start()]
            if re.fullmatch(r"[\s\w']*", gap):
                groups[-1].append(i)
                continue
        groups.append([i])
    for group in groups:
        if any(tenses[i] == "future" for i in group):
            for i in group:
                tenses[i] = "future"


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense that decides the direction of the expression at `text[start:end]`."""
    cues = tense_cues()
    governing = preceding_word(text, start)
    if governing in _ALWAYS_FORWARD:
        clause_start, clause_end = clause_bounds(text, start, end)
        if _PAST_PERFECT_DENIED.search(text, clause_start, clause_end):
            return "past"
        return "future"
    if governing in _ALWAYS_BACK:
        return "past"
    if text.startswith("'s", end) or text.startswith("’s", end):
        # "Wednesday's ruling" names an event as known: past, unless awaited.
        ahead = re.search(r"\b(?:ahead\s+of|before|for)\s+$", text[max(0, start - 20) : start])
        return "future" if ahead else "past"
    clause_start, clause_end = clause_bounds(text, start, end)
    words = [
        m for m in _WORD.finditer(text, clause_start, clause_end) if not start <= m.start() < end
    ]
    not_cue = _not_cue_phrases()
    tenses = [
        None
        if not_cue.match(text, m.start()) or _adjective_participle(words, i, cues)
        else _cue_tense(m.group(), cues)
        for i, m in enumerate(words)
    ]
    for phrase, phrase_tense in _phrase_cues():
        for hit in phrase.finditer(text, clause_start, clause_end):
            for i, m in enumerate(words):
                if hit.start() <= m.start() < hit.end():
                    tenses[i] = phrase_tense
    _future_wins_in_verb_groups(text, words, tenses)
    best: tuple[int, Tense] | None = None
    for m, tense in zip(words, tenses, strict=True):
        if tense is None:
            continue
        # A verb after the expression more often belongs to the next clause: count it double.
        distance = start - m.end() if m.end() <= start else 2 * (m.start() - end)
        if best is None or distance < best[0]:
            best = (distance, tense)
    if best is not None:
        return best[1]
    if governing in _FORWARD_PREPOSITIONS:
        return "future"
    return None
