"""Word patterns of the event lexicons, compiled once and matched over tokens.

A pattern is a line of slots separated by spaces (see the header of
`lexicons/event_triggers.jsonl`): each slot is one or more alternatives ("a|b"), an
alternative is one lemma or several joined by "_" ("call_off"), a trailing "?" makes a slot
optional and "*" skips up to `GAP` words (numbers, amount words such as "million",
quantities such as "thousands of", group nouns such as "a team of", articles and possessive
marks not counted). Lemmas match every
inflected form: regular English endings plus the irregular forms in
`lexicons/verb_forms.tsv`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_tokens import Token
from dateline.errors import LexiconError
from dateline.lexicons import LexiconEntry, load_jsonl, load_table

GAP = 3
_VOWELS = frozenset("aeiou")
_CLAUSE_STOPS = frozenset({".", ";", ":", "!", "?", '"', "“", "”"})
_PREPOSITIONS = grammar_words("preposition")
_NOMINAL_AFTER = grammar_words("nominal-after")
_MODALS = grammar_words("modal")
_GAP_ARTICLES = grammar_words("gap-article")
_PARTITIVES = grammar_words("partitive")


@dataclass(frozen=True)
class Slot:
    """One position of a pattern: alternatives (each a tuple of word-form sets)."""

    options: tuple[tuple[frozenset[str], ...], ...]
    optional: bool = False
    gap: bool = False


@dataclass(frozen=True)
class Pattern:
    """A compiled lexicon line: its entry and its slots."""

    entry: LexiconEntry
    slots: tuple[Slot, ...]
    extra: dict[str, object] = field(default_factory=dict, hash=False, compare=False)

    def get(self, key: str, default: object = None) -> object:
        """An extra field of the lexicon line ("mode", "pos", "target", ...)."""
        return self.extra.get(key, default)

    @cached_property
    def object_slot(self) -> int | None:
        """`_object_slot` of this pattern, worked out once: the passive matcher asks it for
        every object word of every sentence."""
        return _object_slot(self)

    @cached_property
    def needed_words(self) -> tuple[frozenset[str], ...]:
        """For each required slot, the words its alternatives start with: a sentence
        without one of them cannot hold the pattern, active or passive."""
        return tuple(
            frozenset().union(*(option[0] for option in slot.options))
            for slot in self.slots
            if not slot.gap and not slot.optional and all(slot.options)
        )


@dataclass(frozen=True)
class Match:
    """Where a pattern matched: token indexes `[start, end)` and the matched words."""

    pattern: Pattern
    start: int
    end: int
    words: tuple[int, ...]
    passive: bool = False  # "an inquiry was opened": the object comes first, then be + verb

    @property
    def prio(self) -> int:
        """The lexicon line's priority (default 0)."""
        value = self.pattern.extra.get("prio", 0)
        return value if isinstance(value, int) else 0


@cache
def _irregular() -> dict[str, frozenset[str]]:
    """Lemma -> irregular forms, from `verb_forms.tsv`."""
    return {
        row["lemma"]: frozenset(f.strip() for f in row["forms"].split(",") if f.strip())
        for row in load_table("verb_forms.tsv")
    }


@cache
def word_forms(lemma: str) -> frozenset[str]:
    """Every form a lemma may take in text: "meet" -> meet, meets, met, meeting, ...

    Regular endings are over-generated (a form that is not English never matches); British
    and American spellings of -ize/-ise and -yze/-yse verbs are both produced.
    """
    base = lemma.lower()
    forms = set(_regular_forms(base))
    for ending, other in _SPELLINGS:
        if base.endswith(ending) and len(base) > len(ending) + 2:
            forms |= _regular_forms(base[: -len(ending)] + other)  # criticize / criticise
    return frozenset(forms | _irregular().get(base, frozenset()))


_SPELLINGS = (("ize", "ise"), ("ise", "ize"), ("yze", "yse"), ("yse", "yze"))


def _regular_forms(base: str) -> set[str]:
    """A lemma and its regular inflections (-s, -es, -ed, -d, -ing, doubled consonant, y->ie)."""
    forms = {base, base + "s", base + "es", base + "ed", base + "ing"}
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")  # die -> dying
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if len(base) > 2 and base[-1] not in _VOWELS | {"w", "x", "y"} and base[-2] in _VOWELS:
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


def _compile_slot(text: str, where: str) -> Slot:
    if text == "*":
        return Slot(options=(), gap=True)
    optional = text.endswith("?")
    body = text.rstrip("?")
    if not body:
        raise LexiconError(f"empty slot in pattern {where!r}")
    options = tuple(
        tuple(word_forms(word) for word in alternative.split("_") if word)
        for alternative in body.split("|")
    )
    return Slot(options=options, optional=optional)


def compile_pattern(entry: LexiconEntry) -> Pattern:
    """Compile one lexicon line's string pattern into slots."""
    if not isinstance(entry.pattern, str):
        raise LexiconError(f"{entry.id}: event patterns are strings of lemmas")
    slots = tuple(_compile_slot(part, entry.id) for part in entry.pattern.split())
    if not slots or slots[0].gap or slots[0].optional:
        raise LexiconError(f"{entry.id}: a pattern must start with a required word")
    return Pattern(entry, slots, dict(entry.model_extra or {}))


@dataclass(frozen=True)
class CompiledLexicon:
    """Patterns of one lexicon file, indexed by the forms their first word may take."""

    patterns: tuple[Pattern, ...]
    by_first: dict[str, tuple[Pattern, ...]]
    by_object: dict[str, tuple[Pattern, ...]]  # verb + object patterns, by the object's forms


@cache
def compiled(name: str) -> CompiledLexicon:
    """Load and compile a pattern lexicon (`event_triggers.jsonl`, `event_status.jsonl`)."""
    patterns = tuple(compile_pattern(entry) for entry in load_jsonl(name))
    index: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        for option in pattern.slots[0].options:
            for form in option[0]:
                index.setdefault(form, []).append(pattern)
    objects: dict[str, list[Pattern]] = {}
    for pattern in patterns:
        slot = _object_slot(pattern)
        if slot is not None:
            for option in pattern.slots[slot].options:
                for form in option[0]:
                    objects.setdefault(form, []).append(pattern)
    return CompiledLexicon(
        patterns,
        {k: tuple(v) for k, v in index.items()},
        {k: tuple(v) for k, v in objects.items()},
    )


def _object_slot(pattern: Pattern) -> int | None:
    """Where a verb pattern's object is ("open * inquiry": 2, "hold talks": 1), or None.

    Only a verb pattern whose object is a required word can be turned into a passive.
    """
    if pattern.get("pos", "verb") != "verb" or len(pattern.slots) < 2:
        return None
    k = 2 if pattern.slots[1].gap else 1
    if k >= len(pattern.slots):
        return None
    slot = pattern.slots[k]
    if slot.gap or slot.optional or _only_prepositions(slot):
        return None  # "attack * for": a preposition is no object a passive could front
    return k


def _only_prepositions(slot: Slot) -> bool:
    """Whether every alternative of a slot is one preposition ("for", "with"; its word
    forms hold the preposition itself)."""
    return all(len(option) == 1 and option[0] & _PREPOSITIONS for option in slot.options)


def _match_slots(
    slots: tuple[Slot, ...], tokens: Sequence[Token], i: int, words: tuple[int, ...]
) -> tuple[int, tuple[int, ...]] | None:
    """Match `slots` from token `i`: (end index, matched word indexes), or None."""
    return _match_from(slots, 0, tokens, i, words)


def _match_from(
    slots: tuple[Slot, ...], k: int, tokens: Sequence[Token], i: int, words: tuple[int, ...]
) -> tuple[int, tuple[int, ...]] | None:
    """`_match_slots` of `slots[k:]`, by index: the matcher runs for every candidate word of
    every sentence, and slicing the slots at each step cost more than the matching."""
    if k == len(slots):
        return i, words
    slot = slots[k]
    if slot.gap:
        j, skipped = i, 0
        while j <= len(tokens) and skipped <= GAP:
            found = _match_from(slots, k + 1, tokens, j, words)
            if found is not None:
                return found
            if j == len(tokens):
                break
            if tokens[j].lower in _CLAUSE_STOPS:
                if not _opening_quote(tokens, j):
                    break
                j += 1  # "called the affair "a scandal"": a quote opening inside the gap
                continue
            if tokens[j].lower in _MODALS:
                break  # another verb phrase: "announced that it would release" orders nothing

            skipped += not (
                _free_in_gap(tokens, j) or (j == i and tokens[j].lower in _GAP_ARTICLES)
            )
            j += 1
        return None
    for option in slot.options:
        after = i  # `_match_option`, inlined: this loop is the matcher's hottest
        for forms in option:
            if after >= len(tokens) or tokens[after].lower not in forms:
                break
            after += 1
        else:
            found = _match_from(slots, k + 1, tokens, after, (*words, *range(i, after)))
            if found is not None:
                return found
    if slot.optional:
        return _match_from(slots, k + 1, tokens, i, words)
    return None


_QUOTE_MARKS = frozenset({'"', "“"})


def _opening_quote(tokens: Sequence[Token], j: int) -> bool:
    """Whether token `j` opens a quotation: a quote mark after a space and right before
    a word (not one that closes it, nor a sentence's end)."""
    if tokens[j].lower not in _QUOTE_MARKS or j == 0 or j + 1 >= len(tokens):
        return False
    return tokens[j - 1].end < tokens[j].start and tokens[j].end == tokens[j + 1].start


_AMOUNT_WORDS = frozenset({"million", "billion", "thousand", "hundred", "trillion"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
_QUANTITY_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions", "tens"})


def _free_in_gap(tokens: Sequence[Token], j: int) -> bool:
    """Whether a gap skips token `j` without counting it: an amount, a quantity ("holding
    thousands of refugees as shields": "thousands of" counts as a number does), a group noun
    before "of" ("allowed a team of observers in"), or a possessive mark: each only opens or
    joins the phrase of the object ("the country's newspapers"). An article is free only where
    the gap starts (`_match_from`): it opens the object's phrase ("found a former county
    governor guilty"), where one further on opens a phrase after it ("evacuated civilians
    from the town")."""
    word = tokens[j].lower
    if _is_amount(word) or word in _POSSESSIVE_MARKS or word in _QUANTITY_NOUNS:
        return True
    if word in _PARTITIVES:
        return j + 1 < len(tokens) and tokens[j + 1].lower == "of"
    return word == "of" and j > 0 and tokens[j - 1].lower in _QUANTITY_NOUNS | _PARTITIVES


def _is_amount(word: str) -> bool:
    """A number inside a gap, which does not count against it: "a 300 million dollar loan"."""
    return word[:1].isdigit() or word in _AMOUNT_WORDS or word in ("$", "€", "£")


def counts_unit(before: str, word: str) -> bool:
    """Whether `word` is a unit counted by the number before it, not a verb: "10 million
    pounds", "40 million euros", "300 shells" ("12 killed" stays a verb)."""
    return before in _AMOUNT_WORDS or (before[:1].isdigit() and word.endswith("s"))


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re"})
_PASSIVE_REACH = 3  # words between the object and "be": "sanctions against Iran were imposed"
# an object a prepositional phrase modifies may stand further: "talks on a free trade deal
# were broken off"
_PASSIVE_REACH_PHRASE = 6


def _passive_matches(pattern: Pattern, tokens: Sequence[Token], i: int) -> Match | None:
    """The passive of a verb + object pattern with its object at token `i`: "an inquiry
    was opened into", "talks were held", "troops were pulled out" (the verb a participle)."""
    k = pattern.object_slot
    if k is None:
        return None
    found = _match_slots(pattern.slots[k : k + 1], tokens, i, ())
    if found is None:
        return None
    after_object, object_words = found
    if after_object < len(tokens) and tokens[after_object].lower in _NOMINAL_AFTER:
        # a modifier, not the object ("aid workers were released" frees people), unless a
        # longer alternative of the slot holds the noun it modifies ("aid package")
        after_object = _longest_option(pattern.slots[k], tokens, i)
        if after_object < len(tokens) and tokens[after_object].lower in _NOMINAL_AFTER:
            return None
        object_words = tuple(range(i, after_object))
    # not "between" or "by": "the summit between X and Y was postponed", "a visit by X was
    # postponed" are read from the noun, whose parties or agent those are
    modified = after_object < len(tokens) and tokens[after_object].lower in _PREPOSITIONS - {
        "between",
        "by",
    }
    reach = _PASSIVE_REACH_PHRASE if modified else _PASSIVE_REACH
    stop = min(len(tokens), after_object + reach + 1)
    j = after_object - 1
    while j + 1 < stop:
        j += 1
        word = tokens[j].lower
        if word == "," and j + 1 < len(tokens) and tokens[j + 1].lower in _RELATIVES:
            closing = _relative_end(tokens, j + 1)  # "an inquiry ..., which X, was opened"
            if closing is None:
                return None
            stop = min(len(tokens), closing + 1 + (stop - j))
            j = closing
            continue
        if word in _CLAUSE_STOPS or word == ",":
            return None
        if word not in _BE_FORMS:
            continue
        verb = j + 1
        if verb < len(tokens) and tokens[verb].lower.endswith("ly"):
            verb += 1  # "was formally opened"
        if verb >= len(tokens) or tokens[verb].lower.endswith(("ing", "s")):
            return None
        head = _match_slots(pattern.slots[:1], tokens, verb, ())
        if head is None:
            return None
        rest = _match_slots(pattern.slots[k + 1 :], tokens, head[0], head[1])
        if rest is None:
            return None
        words = (*object_words, *rest[1])
        return Match(pattern, i, max(words) + 1, words, passive=True)
    return None


_RELATIVES = grammar_words("relative")
_RELATIVE_REACH = 16  # words of a relative clause set off by commas


def _relative_end(tokens: Sequence[Token], start: int) -> int | None:
    """The comma that closes a relative clause opened at `start`, or None."""
    for k in range(start, min(len(tokens), start + _RELATIVE_REACH)):
        if tokens[k].lower == ",":
            return k
        if tokens[k].lower in _CLAUSE_STOPS:
            return None
    return None


def _longest_option(slot: Slot, tokens: Sequence[Token], i: int) -> int:
    """Where the longest alternative of `slot` that matches at token `i` ends."""
    best = i
    for option in slot.options:
        end = i + len(option)
        if end <= len(tokens) and all(
            tokens[i + n].lower in forms for n, forms in enumerate(option)
        ):
            best = max(best, end)
    return best


def _last_be(tokens: Sequence[Token]) -> int:
    """The index of the last form of "be" among `tokens`, or -1."""
    for j in range(len(tokens) - 1, -1, -1):
        if tokens[j].lower in _BE_FORMS:
            return j
    return -1


def _may_hold(pattern: Pattern, present: set[str]) -> bool:
    """Whether the sentence's words (`present`) hold a word of each required slot: the
    cheap test that rules out most candidates before the matcher walks the slots."""
    return not any(map(present.isdisjoint, pattern.needed_words))


def find_matches(name: str, tokens: Sequence[Token], *, passives: bool = False) -> list[Match]:
    """Every match of the lexicon's patterns over `tokens` (overlaps included).

    Args:
        name: the lexicon file.
        tokens: the tokens of one sentence.
        passives: also match verb + object patterns in the passive ("talks were held").

    Returns:
        Matches in token order, longest first at the same start.
    """
    lexicon = compiled(name)
    matches: list[Match] = []
    present = {token.lower for token in tokens}
    # a passive needs a form of "be" after its object: past the last one none can start
    last_be = _last_be(tokens) if passives and not _BE_FORMS.isdisjoint(present) else -1
    for i, token in enumerate(tokens):
        for pattern in lexicon.by_first.get(token.lower, ()):
            if not _may_hold(pattern, present):
                continue
            found = _match_slots(pattern.slots, tokens, i, ())
            if found is not None:
                _, words = found
                matches.append(Match(pattern, i, max(words) + 1, words))
        if i >= last_be:
            continue
        for pattern in lexicon.by_object.get(token.lower, ()):
            if not _may_hold(pattern, present):
                continue
            passive = _passive_matches(pattern, tokens, i)
            if passive is not None:
                matches.append(passive)
    matches.sort(key=lambda m: (m.start, -(m.end - m.start), -m.prio, m.pattern.entry.id))
    return matches
