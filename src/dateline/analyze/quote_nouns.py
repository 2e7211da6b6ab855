"""Nouns as attribution cues: "Berg's claim that the pier is safe", "his attacks on the
mayor", "her decision to close the pier", "the union's opposition to the strike".

A noun of `lexicons/speech_nouns.jsonl` is a cue when a holder stands right before it (a
possessive determiner or a name with "'s", a few modifiers between: "his repeated claims")
and one of its complements follows: a that-clause, a to-infinitive, or a prepositional
object. The holder is the speaker, the complement the content. The noun phrase must open a
clause or follow a preposition (see `_opens_clause`). With no holder, only the complements
a noun lists as "bare" are read ("faced questions about the pier", "Opposition to the toll
grew"): the content is held by no one named, or by the subject of a verb that voices the
noun ("Berg raised questions about ..."); "the claim that ..." names no one who holds it
and is no record.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from dateline.analyze.quote_marks import ALL_MARKS, QuoteRegion
from dateline.analyze.quote_phrases import (
    Token,
    abbreviation_stop,
    clause_subject,
    in_class,
    past_form,
    speaker_before,
)
from dateline.lexicons import load_jsonl

__all__ = [
    "NOUN_ID_SUFFIX",
    "NounCue",
    "NounReading",
    "has_noun_cue",
    "noun_cues",
    "read_noun_cues",
]

LEXICON = "speech_nouns.jsonl"
NOUN_ID_SUFFIX = "_noun"  # ends the id of every noun cue: "speech.claim_noun"
_CLAUSE = "that"
_INFINITIVE = "to"
_TO_OBJECT = "to_object"  # "to" as a preposition: "opposition to the plan"
_MODIFIERS = 2  # words between the holder and the noun: "his stern public warning"
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# Words that cannot modify the noun between a holder and it.
_NOT_MODIFIERS = (
    "determiner",
    "preposition",
    "auxiliary",
    "np_link",
    "coordinator",
    "relative",
    "complementizer",
    "subject_pronoun",
    "negation",
)
_ENDS = frozenset({".", "!", "?", ";", ":", "—", "–", ",", "(", ")"})


@dataclass(frozen=True)
class NounCue:
    """One noun of the lexicon and the complements that make it a cue."""

    id: str
    label: str
    pattern: str
    complements: frozenset[str]
    # complements read with no holder before the noun ("questions about the pier"):
    # the content is then attributed to no one named
    bare: frozenset[str] = frozenset()
    # prepositions that bring in the holder after the noun, read with no holder before it:
    # "drew criticism from the union", "won the endorsement of the union"
    holder_after: frozenset[str] = frozenset()


@dataclass(frozen=True)
class NounReading:
    """A noun cue read in a sentence (token indexes): the cue runs from `first` to `last`
    (the preposition included), the holder is `holder` (None: no one named), the content
    `content`."""

    cue: NounCue
    first: int
    last: int
    holder: tuple[int, int] | None
    content: tuple[int, int]


@cache
def noun_cues() -> dict[str, NounCue]:
    """Noun (lower case) -> its cue."""
    out: dict[str, NounCue] = {}
    for entry in load_jsonl(LEXICON):
        extra = entry.model_extra or {}
        form = str(entry.pattern).lower()
        out.setdefault(
            form,
            NounCue(
                entry.id,
                entry.label,
                form,
                frozenset(extra.get("complements", ())),
                frozenset(extra.get("bare", ())),
                frozenset(extra.get("holder_after", ())),
            ),
        )
    return out


@cache
def _noun_pattern() -> re.Pattern[str]:
    """A holder-like word ("his", "...'s"), up to two words, then a lexicon noun."""
    forms = "|".join(re.escape(f) for f in sorted(noun_cues(), key=len, reverse=True))
    holders = "|".join(sorted(_POSSESSIVE_DETERMINERS))
    return re.compile(
        rf"(?:['’]s|s['’]|\b(?:{holders}))\s+(?:\S+\s+){{0,{_MODIFIERS}}}(?:{forms})\b",
        re.IGNORECASE,
    )


@cache
def _bare_pattern() -> re.Pattern[str] | None:
    """A lexicon noun and a complement it is read with when no holder stands before it."""
    forms = sorted(
        {
            rf"{re.escape(form)}\s+{_INFINITIVE if word == _TO_OBJECT else word}"
            for form, cue in noun_cues().items()
            for word in cue.bare | cue.holder_after
        },
        key=len,
        reverse=True,
    )
    return re.compile(rf"\b(?:{'|'.join(forms)})\b", re.IGNORECASE) if forms else None


def has_noun_cue(text: str, start: int, end: int) -> bool:
    """Whether a lexicon noun after a possessive, or one read with no holder, may stand in
    `text[start:end]`: a cheap test before the sentence is tokenized."""
    bare = _bare_pattern()
    return _noun_pattern().search(text, start, end) is not None or (
        bare is not None and bare.search(text, start, end) is not None
    )


def read_noun_cues(tokens: list[Token], regions: list[QuoteRegion]) -> list[NounReading]:
    """Every noun cue of a sentence that has a holder before it and a complement after, or
    no holder and a complement it is read with alone ("questions about the pier")."""
    index = noun_cues()
    out = []
    for k, token in enumerate(tokens):
        cue = index.get(token.low)
        if cue is None or not _lower_or_opening(tokens, k) or _inside(regions, token.start):
            continue
        holder = _holder(tokens, k)
        if holder is None:
            after = _holder_after(tokens, k, cue, regions)
            if after is not None:
                out.append(after)
                continue
            complement = _complement(tokens, k, cue.bare, regions) if cue.bare else None
            if complement is not None:
                voiced = _voicing_subject(tokens, k)
                out.append(NounReading(cue, k, complement[0], voiced, complement[1]))
            continue
        if not token.text.islower() or not _opens_clause(tokens, holder[0]):
            continue
        complement = _complement(tokens, k, cue.complements, regions)
        if complement is None:
            continue
        last, content = complement
        out.append(NounReading(cue, k, last, holder, content))
    return out


def _lower_or_opening(tokens: list[Token], k: int) -> bool:
    """A lower-case word, or a capitalised one that opens its sentence ("Opposition to
    the plan grew"), not a name or title ("Support Act")."""
    token = tokens[k]
    return token.text.islower() or (
        token.text[:1].isupper()
        and token.text[1:].islower()
        and (k == 0 or not tokens[k - 1].is_word)
    )


_FROM_ENDS = frozenset({"for", "over", "that", "about", "to", "after", "on", "in", "as"})


def _holder_after(
    tokens: list[Token], k: int, cue: NounCue, regions: list[QuoteRegion]
) -> NounReading | None:
    """The noun at `k` with its holder after one of its `holder_after` prepositions: "Berg
    drew criticism from the union (for the delay)", "Berg won the endorsement of the
    union". The content is the complement after the holder or, with none, the subject of
    the verb that receives the noun (what the holder criticised or endorsed: "Berg")."""
    if k + 2 >= len(tokens) or tokens[k + 1].low not in cue.holder_after:
        return None
    start = k + 2
    end = _clause_end(tokens, start, regions, clausal=False)
    cut = next((j for j in range(start + 1, end + 1) if tokens[j].low in _FROM_ENDS), None)
    if cut is not None:
        complement = _complement(tokens, cut - 1, cue.bare | cue.complements, regions)
        if complement is None:
            return None
        return NounReading(cue, k, k + 1, (start, cut - 1), complement[1])
    target = _verb_subject(tokens, k, "receiving_verb")
    return NounReading(cue, k, k + 1, (start, end), target) if target is not None else None


def _verb_subject(tokens: list[Token], k: int, verbs: str) -> tuple[int, int] | None:
    """The subject of a verb of the quote_words class `verbs` that takes the noun at `k` as
    its object, a few modifiers between ("Berg raised new questions", "the plan has drawn
    sharp criticism", "while renewing calls"), or None when no such verb stands before it.
    voicing_verb: the subject holds the noun; receiving_verb: the subject is its target."""
    for v in range(k - 1, max(-1, k - 2 - _MODIFIERS), -1):
        token = tokens[v]
        if in_class(token, verbs):
            if token.low.endswith("ing"):
                shared = clause_subject(tokens, v, 0)
                return shared[0] if shared is not None else None
            return speaker_before(tokens, v, 0)
        if not (in_class(token, "determiner") or _modifier(token)):
            return None
    return None


def _voicing_subject(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """Who holds the noun at `k` with no holder before it: the subject of a verb that
    voices it ("Berg raised questions about ..."), or a subject pronoun right before it,
    where the noun's form is a verb ("she calls for ...")."""
    if k > 0 and in_class(tokens[k - 1], "subject_pronoun") and tokens[k].low.endswith("s"):
        return k - 1, k - 1
    return _verb_subject(tokens, k, "voicing_verb")


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """Whether the noun phrase starting at token `k` opens its sentence or a clause or list
    item (after a coordinator or punctuation): a subject ("His attacks on X have ...", "...,
    and her plan to ..."), or is the object of a preposition ("direct in his attacks on X",
    "drew fire for her plan to ..."), which no verb reports. The object of a verb
    ("cheered Berg's attacks on X") is mostly what another cue reports, and counts no more;
    a phrase inside another record's content is dropped there (quotes: nested records)."""
    if k == 0:
        return True
    before = tokens[k - 1]
    return (
        (not before.is_word and before.text not in ALL_MARKS)
        or in_class(before, "coordinator")
        or in_class(before, "preposition")
    )


def _holder(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The possessive before the noun at `k` ("his", "Berg's", "the board's"), past up to
    two modifiers ("his stern warning", "Berg's March remark")."""
    for h in range(k - 1, max(-1, k - 2 - _MODIFIERS), -1):
        token = tokens[h]
        if token.low in _POSSESSIVE_DETERMINERS and not token.text.isupper():
            return h, h
        if _possessive_name(token):
            return _possessor(tokens, h), h
        if not _modifier(token):
            return None
    return None


def _possessor(tokens: list[Token], h: int) -> int:
    """Where the possessor ending with the "'s" word at `h` starts: its name ("Sen. Jo
    Berg's") or its noun with a determiner ("the board's", "his campaign's"), not the words
    before it ("a reminder of Berg's")."""
    k = h
    while k - 1 >= 0 and (
        (tokens[k - 1].is_word and tokens[k - 1].capital and not tokens[k - 1].text.isdigit())
        or abbreviation_stop(tokens, k - 1)
    ):
        k -= 1
    if k - 1 >= 0 and in_class(tokens[k - 1], "determiner"):
        k -= 1  # "the board's", "the DNC's", "his campaign's"
    return k


def _modifier(token: Token) -> bool:
    """A word that may stand between a holder and its noun: an adjective or a noun used as
    one ("public", "immigration"), a month or day ("March")."""
    if not token.is_word or token.text.isdigit():
        return False
    if in_class(token, "time_word"):
        return True
    return token.text.islower() and not any(in_class(token, name) for name in _NOT_MODIFIERS)


def _possessive_name(token: Token) -> bool:
    """ "Berg's", "the board's" (its last word); not "he's", "it's", "that's"."""
    low = token.low
    if not (low.endswith("'s") or low.endswith("s'")) or len(low) < 3:
        return False
    base = Token(token.start, token.end - 2, token.text[:-2])
    return not any(
        in_class(base, name)
        for name in ("subject_pronoun", "relative", "question_word", "determiner")
    )


def _complement(
    tokens: list[Token], k: int, complements: frozenset[str], regions: list[QuoteRegion]
) -> tuple[int, tuple[int, int]] | None:
    """The cue's last token and the content's tokens after the noun at `k`, read with one
    of `complements`, or None."""
    n = len(tokens)
    if k + 2 >= n:
        return None
    nxt, after = tokens[k + 1], tokens[k + 2]
    if nxt.low == _CLAUSE and _CLAUSE in complements:
        if not (after.is_word or after.text in ALL_MARKS) or in_class(after, "auxiliary"):
            return None  # "the remarks that were made": a relative clause
        return k, (k + 1, _clause_end(tokens, k + 2, regions, clausal=True))
    if nxt.low == _INFINITIVE and _TO_OBJECT in complements and _object_opens(after):
        return k + 1, (k + 2, _clause_end(tokens, k + 2, regions, clausal=False))
    if nxt.low == _INFINITIVE and _INFINITIVE in complements:
        if not after.text.islower() or not after.is_word or in_class(after, "determiner"):
            return None  # "her support to the union": no verb follows
        return k, (k + 1, _clause_end(tokens, k + 2, regions, clausal=False))
    if nxt.low in complements and nxt.low not in {_CLAUSE, _INFINITIVE}:
        if not (after.is_word or after.text in ALL_MARKS or after.text == "$"):
            return None
        # "questions about whether the pier is safe": a question clause has its own verb
        clausal = in_class(after, "question_word")
        return k + 1, (k + 2, _clause_end(tokens, k + 2, regions, clausal=clausal))
    return None


def _object_opens(token: Token) -> bool:
    """A word that opens a noun phrase after "to": a determiner, a name, a quotation or
    a lower-case noun or gerund ("to the plan", "to Berg", "to raising taxes"), not a
    verb of an infinitive."""
    if token.text in ALL_MARKS or token.text == "$":
        return True
    if not token.is_word:
        return False
    return token.capital or in_class(token, "determiner") or token.low.endswith("ing")


def _clause_end(tokens: list[Token], start: int, regions: list[QuoteRegion], clausal: bool) -> int:
    """The last content token from `start`: before a comma or stop outside quotation marks
    and, for an object or infinitive, before the sentence's own verb ("his plan to cut
    taxes | would fail"), unless a relative clause has opened ("a man who many believe"),
    or a participle clause ("questions about the pier | before saying")."""
    end = start
    relative = False
    for j in range(start, len(tokens)):
        token = tokens[j]
        quoted = _inside(regions, token.start)
        if token.text in _ENDS and not quoted and not abbreviation_stop(tokens, j):
            break
        relative = relative or in_class(token, "relative")
        if j > start and not (clausal or relative or quoted) and _verb_of_sentence(token):
            break
        if j > start and not (clausal or quoted) and _participle_clause(tokens, j):
            break  # "questions about the pier | before saying ...": the clause's own adjunct
        end = j
    return end


def _participle_clause(tokens: list[Token], j: int) -> bool:
    """A participle clause opens at token `j`: "before", "after", "while" ... and an "-ing"
    form ("before saying", "after meeting"), an adjunct of the sentence, not of the noun."""
    return (
        j + 1 < len(tokens)
        and in_class(tokens[j], "participle_lead")
        and tokens[j + 1].low.endswith("ing")
        and tokens[j + 1].text.islower()
    )


def _verb_of_sentence(token: Token) -> bool:
    return in_class(token, "finite_auxiliary") or past_form(token)


def _inside(regions: list[QuoteRegion], pos: int) -> bool:
    """Whether `pos` is inside one of `regions` (in order, not overlapping)."""
    k = bisect.bisect_right(regions, pos, key=lambda r: r.start) - 1
    return k >= 0 and pos < regions[k].end
