"""The time vocabulary (`lexicons/time_words.tsv`) as lookups and regex macros."""

from __future__ import annotations

import re
from functools import cache

from dateline.lexicons import load_table

# Kinds whose words must be written with a capital (month and weekday names):
# keeps "may" (modal), "march" (verb), "sun" and "we" out.
_CASED_KINDS = frozenset({"month", "weekday", "holiday"})
# not inside a number, an amount or a range ("2023-2024"), but "mid-2024" is a year
_YEAR = r"(?<![\d$£€.,:/])(?<!(?<!mid)-)(?:1[6-9]\d\d|20\d\d)(?![\d])"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


@cache
def words(kind: str) -> dict[str, str]:
    """Word (lower-cased, dots kept) -> value for one kind of `time_words.tsv`."""
    return {
        row["word"].lower(): row["value"]
        for row in load_table("time_words.tsv")
        if row["kind"] == kind
    }


@cache
def _words_with_note(kind: str, note: str) -> tuple[str, ...]:
    return tuple(
        row["word"]
        for row in load_table("time_words.tsv")
        if row["kind"] == kind and row["note"] == note
    )


def _alternation(items: list[str], cased: bool) -> str:
    ordered = sorted(set(items), key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    if cased:
        return f"(?-i:{body})"
    return f"(?:{body})"


def _kind_words(kind: str) -> list[str]:
    return [row["word"] for row in load_table("time_words.tsv") if row["kind"] == kind]


def _with_capitals(items: list[str], kind: str, *, beside_numbers: bool = False) -> list[str]:
    """`items` plus the all-capitals form of its plain full names ('MONDAY', 'JANUARY'), as
    headlines write them; abbreviations and ambiguous names ('MAY', 'MARCH') stay out unless
    the macro is only used beside a day or a year (`beside_numbers`: 'MAY 5', '14 JUL 2021',
    'SEPT. 3'), where they cannot be the modal verb or an acronym."""
    if beside_numbers:
        return items + [w.upper() for w in items]
    plain = {row["word"] for row in load_table("time_words.tsv") if row["kind"] == kind}
    plain -= set(_words_with_note(kind, "abbreviation")) | set(_words_with_note(kind, "ambiguous"))
    return items + [w.upper() for w in items if w in plain]


@cache
def macros() -> dict[str, str]:
    """`{NAME}` -> regex fragment, built once from the time words."""
    months = _kind_words("month")
    full_months = [w for w in months if w.lower() in _full_month_names()]
    ambiguous = set(_words_with_note("month", "ambiguous"))
    numbers = _kind_words("number")
    number_word = _alternation([w for w in numbers if " " not in w and len(w) > 2], cased=False)
    number = (
        r"(?:\d+(?:\s+1/2|½)?(?:\.\d+)?(?![\d./])"
        rf"|{number_word}(?:[-\s]{number_word})?"
        rf"|{_alternation([w for w in numbers if ' ' in w or len(w) <= 2], cased=False)})"
    )
    return {
        # MONTH appears in patterns only next to a day or a year.
        "MONTH": _alternation(_with_capitals(months, "month", beside_numbers=True), cased=True),
        "MONTHNAME": _alternation(_with_capitals(full_months, "month"), cased=True),
        "MONTHCLEAR": _alternation(
            _with_capitals([w for w in full_months if w not in ambiguous], "month"), cased=True
        ),
        "WEEKDAY": _alternation(_with_capitals(_kind_words("weekday"), "weekday"), cased=True),
        "HOLIDAY": _alternation(_kind_words("holiday"), cased=True),
        "NUM": number,
        "ORDINAL": _alternation(_kind_words("ordinal"), cased=False),
        "UNIT": _alternation(_kind_words("unit"), cased=False),
        "SEASON": _alternation(_kind_words("season"), cased=False),
        "POD": _alternation(_kind_words("part_of_day"), cased=False),
        "REFERENCE": _alternation(_kind_words("reference"), cased=False),
        "MODALREFERENCE": _alternation(_kind_words("reference_modal"), cased=False),
        "SETADVERB": _alternation(_kind_words("set_adverb"), cased=False),
        "VAGUEDURATION": _alternation(_kind_words("vague_duration"), cased=False),
        "CLOCKWORD": _alternation(_kind_words("clock_word"), cased=False),
        "YEAR": _YEAR,
        "DAY": _DAY,
    }


def _full_month_names() -> frozenset[str]:
    return frozenset(
        row["word"].lower()
        for row in load_table("time_words.tsv")
        if row["kind"] == "month" and row["note"] != "abbreviation"
    )


def expand(pattern: str) -> str:
    """Fill the `{NAME}` macros of a lexicon pattern."""
    table = macros()
    return re.sub(r"\{([A-Z]+)\}", lambda m: table[m.group(1)], pattern)


def number_value(text: str) -> float | None:
    """'three' -> 3, 'twenty-four' -> 24, 'two hundred' -> 200, '48' -> 48, 'several' -> None."""
    cleaned = re.sub(r"\s+", " ", text.strip().lower())
    table = words("number")
    if cleaned in table:
        value = table[cleaned]
        return None if value == "X" else float(value)
    half = re.match(r"^(\d+)(?:\s+1/2|½)$", cleaned)
    if half:
        return int(half.group(1)) + 0.5
    try:
        return float(cleaned)
    except ValueError:
        pass
    total = 0.0
    for part in re.split(r"[-\s]", cleaned):
        if part not in table or table[part] == "X":
            return None
        amount = float(table[part])
        total = (total or 1.0) * amount if amount >= 100 else total + amount
    return total


def is_narrative_reference(text: str) -> bool:
    """A reference word that looks ahead from the narrated time ('soon'), not from the
    publication time: note 'narrative' in time_words.tsv."""
    return re.sub(r"\s+", " ", text.strip().lower()) in _narrative_references()


@cache
def _narrative_references() -> frozenset[str]:
    return frozenset(w.lower() for w in _words_with_note("reference", "narrative"))


def lookup(kind: str, text: str) -> str | None:
    """The value of a word of `kind`, matched case-insensitively with spaces collapsed."""
    return words(kind).get(re.sub(r"\s+", " ", text.strip().lower()))
