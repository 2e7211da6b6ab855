"""Attribution cues: the `speech_cues.jsonl` lexicon compiled once, and its matches in a text.

Each entry's label is its attribution class (speech, belief, intention, evaluation,
evidence, source, act, refusal, setting) and its id is "<class>.<form>" ("belief.believes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.lexicons import LexiconEntry, load_jsonl

# The attribution classes of the cue lexicon's labels, in the order a user reads them; a
# quote's `cue_lexicon_id` starts with one ("speech.said"). "setting" cues make no record.
CUE_CLASSES = (
    "speech",
    "belief",
    "intention",
    "evaluation",
    "evidence",
    "source",
    "act",
    "refusal",
)
# A refusal to speak ("declined to comment") is read through the refusal cue's own entry
# ("intention.declined"), so the "refusal" entries ("declined to") are never matched alone.
_READ_THROUGH_OTHERS = frozenset({"refusal"})

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
    infinitive: bool = False
    question: bool = False
    inverts: bool = False
    noun: bool = False
    speaker_after: bool = False
    setting: bool = False
    colon_label: bool = False
    post_signature: bool = False
    quote_signature: bool = False
    quoted_object: bool = False
    deprives: bool = False  # "denied them a majority": two objects are the other sense
    agentless: bool = False
    passive_agentless: bool = False
    passive_judgment: bool = False  # "was widely criticized": a judgment no one named passes
    predicative: bool = False
    refusal: bool = False
    negated_ok: bool = False  # "did not mention X", "is not expected to": still attributes
    negated_refusal: bool = False  # "did not respond to X": negated, a refusal to speak
    record_source: bool = False
    viewpoint: bool = False  # "To Berg, the plan was a risk": opening the sentence only
    as_object: bool = False
    as_only: bool = False
    clause_adverb: bool = False
    passive_view: str = ""  # "as" or "predicate": "is seen as X", "is considered X"
    prepositions: frozenset[str] = frozenset()

    @property
    def cue_class(self) -> str:
        """The attribution class: speech, belief, intention, evaluation, evidence, source,
        act, refusal or setting (the entry's label)."""
        return self.label

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
        infinitive=bool(extra.get("infinitive", False)),
        question=bool(extra.get("question", False)),
        inverts=bool(extra.get("inverts", False)),
        noun=bool(extra.get("noun", False)),
        speaker_after=bool(extra.get("speaker_after", False)),
        setting=bool(extra.get("setting", False)),
        colon_label=bool(extra.get("colon_label", False)),
        post_signature=bool(extra.get("post_signature", False)),
        quote_signature=bool(extra.get("quote_signature", False)),
        quoted_object=bool(extra.get("quoted_object", False)),
        deprives=bool(extra.get("deprives", False)),
        agentless=bool(extra.get("agentless", False)),
        passive_agentless=bool(extra.get("passive_agentless", False)),
        passive_judgment=bool(extra.get("passive_judgment", False)),
        predicative=bool(extra.get("predicative", False)),
        refusal=bool(extra.get("refusal", False)),
        negated_ok=bool(extra.get("negated", False)),
        negated_refusal=extra.get("negated") == "refusal",
        record_source=bool(extra.get("record_source", False)),
        viewpoint=bool(extra.get("viewpoint", False)),
        as_object=bool(extra.get("as_object", False)),
        as_only=extra.get("as_object") == "only",
        clause_adverb=bool(extra.get("clause_adverb", False)),
        passive_view=str(extra.get("passive_view", "")),
        prepositions=frozenset(str(p) for p in extra.get("prepositions", ())),
    )


_WORD = re.compile(r"[A-Za-z]+")
Index = dict[str, tuple[tuple[str, Cue], ...]]


@cache
def cue_index() -> Index:
    """First word of a form -> (the whole form, cue), longest first."""
    by_first: dict[str, list[tuple[str, Cue]]] = {}
    seen: set[str] = set()
    for entry in load_jsonl(LEXICON):
        cue = _cue(entry)
        form = " ".join(cue.pattern.lower().split())
        if form in seen or cue.cue_class in _READ_THROUGH_OTHERS:
            continue
        seen.add(form)
        by_first.setdefault(form.split()[0], []).append((form, cue))
    return {
        first: tuple(sorted(items, key=lambda item: -len(item[0])))
        for first, items in by_first.items()
    }


_SPACE = re.compile(r"\s+")


@cache
def _second_word(form: str) -> str:
    return form.split()[1]


@cache
def _form_regex(form: str) -> re.Pattern[str]:
    """The anchored regex of a cue form, compiled when a text first shows its first word
    (compiling all two thousand up front would cost a second at start-up)."""
    return re.compile(
        r"\s+".join(re.escape(w) for w in form.split()) + r"(?![\w’'\-])", re.IGNORECASE
    )


def find_cues(text: str) -> list[CueMatch]:
    """Every cue form in `text`, left to right, not overlapping (the longest form wins)."""
    index = cue_index()
    found: list[CueMatch] = []
    taken = 0
    for word in _WORD.finditer(text):
        start = word.start()
        if start < taken or (start > 0 and text[start - 1] in "’'-"):
            continue
        candidates = index.get(word.group(0).lower())
        if not candidates:
            continue
        for form, cue in candidates:
            end = _form_end(text, word, form)
            if end is not None:
                found.append(CueMatch(start, end, cue))
                taken = end
                break
    return found


def _form_end(text: str, word: re.Match[str], form: str) -> int | None:
    """Where `form` ends if it starts at `word`, or None. A one-word form is the word itself
    (the index holds it under that word), not followed by more of a word; a longer one is
    matched by its regex, once the text's next word starts as the form's second word does
    (dozens of forms open with "was" or "is": most are ruled out without a regex)."""
    if " " in form:
        second = _second_word(form)
        gap = _SPACE.match(text, word.end())
        if gap is None or text[gap.end() : gap.end() + len(second)].lower() != second:
            return None
        match = _form_regex(form).match(text, word.start())
        return match.end() if match is not None else None
    end = word.end()
    follows = text[end : end + 1]
    return None if follows and (follows.isalnum() or follows in "_’'-") else end


@cache
def colon_label_cue() -> Cue | None:
    """The lexicon's entry for "Name: what they said", if it has one."""
    return next((cue for cue in _all_cues() if cue.colon_label), None)


@cache
def post_signature_cue() -> Cue | None:
    """The lexicon's entry for the signature under an embedded post, if it has one."""
    return next((cue for cue in _all_cues() if cue.post_signature), None)


@cache
def quote_signature_cue() -> Cue | None:
    """The lexicon's entry for the dash and name signing a quotation above them, if any."""
    return next((cue for cue in _all_cues() if cue.quote_signature), None)


@cache
def refusal_cue(pattern: str) -> Cue | None:
    """The "refusal" class entry of a pattern: a refusal cue's form and its "to" ("declined
    to"), or "not" and a reply verb ("not respond"). A refusal to speak ("declined to
    comment", "did not respond to a request for comment") is recorded in that class."""
    return next(
        (cue for cue in _all_cues() if cue.cue_class == "refusal" and cue.pattern == pattern),
        None,
    )


@cache
def _all_cues() -> tuple[Cue, ...]:
    return tuple(_cue(entry) for entry in load_jsonl(LEXICON))
