"""TIMEX3 time expressions: find them in text and normalise them against the publication date.

`find_timexes(text, dct)` is the pure API (used by the benchmark and the events step);
the `timexes` analysis step runs it over the headline, standfirst, body and captions of
an `Article`. Patterns live in `lexicons/timex_patterns.jsonl`, words in
`lexicons/time_words.tsv`, tense cues in `lexicons/tense_cues.tsv`, and the day/month
order of numeric dates in `lexicons/date_order.tsv`.

Extents follow TimeML: a governing preposition ("on Monday", "until Thursday") is left
out, modifiers that change the value ("last", "early", "later this") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from dateline.analyze import timex_scan
from dateline.analyze.registry import step
from dateline.analyze.timex_normalise import NORMALISERS, DateOrder, Norm, NormContext
from dateline.analyze.timex_scan import Scanner, finditer_all, make_scanner, read_regexes
from dateline.analyze.timex_tense import Tense, clause_tense
from dateline.analyze.timex_words import expand
from dateline.disk_cache import cached
from dateline.errors import LexiconError
from dateline.extract.timestamps import date_order_for
from dateline.lexicons import load_jsonl
from dateline.model import Article, SpanField, Timex, TimexType, make_span

__all__ = [
    "TimexMatch",
    "date_order_for",
    "find_timexes",
    "parse_dct",
    "parse_dct_clock",
    "timexes_step",
]

_TIMEX_TYPES: dict[str, TimexType] = {
    "DATE": "DATE",
    "TIME": "TIME",
    "DURATION": "DURATION",
    "SET": "SET",
}
_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$")
# "3 p.m. on Monday", "11:37, July 14", "3 p.m. local time on March 10", "09:00 GMT on Friday"
_JOIN_TIME_DATE = re.compile(
    r"^\s*(?:local\s+time|[A-Z]{2,4}|\([A-Z]{2,4}\))?\s*(?:,|\bon\b|,\s*on\b)?\s*$"
)
_JOIN_DATE_TIME = re.compile(r"^\s*(?:,|\bat\b|,\s*at\b)?\s*$")
# Whole words only; a possessive ("Friday's ruling") still counts.
_BOUNDED = r"(?<![\w'])(?:{})(?!\w|'[a-rt-z])"
_DCT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_DCT_CLOCK = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})")


@dataclass(frozen=True)
class TimexMatch:
    """One time expression found in a text: `text[start:end]` and its TIMEX3 reading."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    rule: str = ""
    interval: tuple[str, str] | None = None


@dataclass(frozen=True)
class _Pattern:
    id: str
    label: str
    norm: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    pattern: _Pattern
    groups: dict[str, str | None]


@cache
def _patterns() -> tuple[_Pattern, ...]:
    name = "timex_patterns.jsonl"
    compiled = []
    for entry in load_jsonl("timex_patterns.jsonl"):
        norm = str(getattr(entry, "norm", ""))
        if entry.label != "REJECT" and norm not in NORMALISERS:
            raise LexiconError(f"unknown norm {norm!r} in {entry.id}", path=name)
        if not isinstance(entry.pattern, str):
            raise LexiconError(f"pattern of {entry.id} must be a string", path=name)
        try:
            regex = re.compile(_BOUNDED.format(expand(entry.pattern)), re.I)
        except re.error as exc:
            raise LexiconError(f"bad regex in {entry.id}: {exc}", path=name) from exc
        compiled.append(_Pattern(entry.id, entry.label, norm, regex))
    return tuple(compiled)


@cache
def _scanner() -> Scanner:
    regexes = tuple(p.regex for p in _patterns())
    key = "\n".join(f"{r.flags} {r.pattern}" for r in regexes)
    readings = cached("timex-prefixes", key, timex_scan.__file__, lambda: read_regexes(regexes))
    return make_scanner(regexes, _BOUNDED.split("(?:")[0], readings)


def _candidates(text: str) -> list[_Candidate]:
    found = []
    patterns = _patterns()
    for order, matches in enumerate(finditer_all(_scanner(), text)):
        pattern = patterns[order]
        for m in matches:
            groups = m.groupdict()
            start, end = m.span("t") if groups.get("t") is not None else m.span()
            while end > start and text[end - 1] in " \t,":
                end -= 1
            if end > start:
                found.append(_Candidate(start, end, order, pattern, groups))
    return found


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then earlier pattern; drop overlaps; REJECT spans block and vanish."""
    chosen: list[_Candidate] = []
    taken = bytearray(max((c.end for c in candidates), default=0))  # 1 = character taken
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.order, c.start)):
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    return sorted((c for c in chosen if c.pattern.label != "REJECT"), key=lambda c: c.start)


def parse_dct(value: str | None) -> date | None:
    """The calendar date of a publication time ('2021-07-14T11:37:00+08:00' -> 2021-07-14)."""
    m = _DCT.match(value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def parse_dct_clock(value: str | None) -> datetime | None:
    """The publication time to the minute ('2021-07-14T11:37:00+08:00' -> 11:37 that day,
    local to the outlet), or None when the DCT gives no time of day."""
    m = _DCT_CLOCK.match(value or "")
    day = parse_dct(value)
    if m is None or day is None or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return datetime(day.year, day.month, day.day, int(m.group(1)), int(m.group(2)))


def find_timexes(text: str, dct: str | None, *, date_order: DateOrder = "MDY") -> list[TimexMatch]:
    """Find and normalise the TIMEX3 expressions of `text`.

    Args:
        text: any text (a sentence, a paragraph, a whole body).
        dct: the document creation (publication) time as ISO 8601, or None: relative
            expressions then keep X placeholders ("XXXX-XX-XX") instead of a guess.
        date_order: "MDY", "DMY" or "YMD" for all-numeric dates such as 04/07/2021.

    Returns:
        The expressions in text order, without overlaps.

    Example:
        >>> [(t.text, t.value) for t in find_timexes("He left on Monday.", "2021-07-14")]
        [('Monday', '2021-07-12')]
    """
    anchor_day = parse_dct(dct)
    anchor_clock = parse_dct_clock(dct)
    anchor = f"dct {anchor_day.isoformat()}" if anchor_day else "none: no publication time"
    results: list[tuple[_Candidate, Norm]] = []
    reference: str | None = None
    tenses: dict[tuple[int, int], Tense | None] = {}
    readable = _readable(text, _candidates(text), anchor_day, date_order, tenses)
    for cand in _select(readable):
        if _stands_alone(text, cand.start, cand.end):
            reference = None  # a live blog's entry stamp ("12:15") is of the page's own day
        ctx = NormContext(
            dct=anchor_day,
            tense=_tense_of(text, cand.start, cand.end, tenses),
            date_order=date_order,
            reference=reference,
            clock=anchor_clock,
        )
        norm = _normalise(cand, ctx)
        if norm is None:
            continue
        results.append((cand, norm))
        if _sets_reference(cand, norm):
            reference = norm.value
    return _merge_times(text, [_to_match(text, c, n, anchor) for c, n in results], results)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the expression is the whole of its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _sets_reference(cand: _Candidate, norm: Norm) -> bool:
    """A date named outright becomes the reference time for "a year earlier" or "the
    following day" after it; a date that was itself shifted from a reference does not
    (no chains)."""
    if cand.pattern.norm in ("shift", "anaphoric") or (norm.type or cand.pattern.label) != "DATE":
        return False
    return not norm.value.endswith("_REF")


def _normalise(cand: _Candidate, ctx: NormContext) -> Norm | None:
    """The candidate's value, or None when its calendar arithmetic leaves the calendar
    ("90000 years ago", a publication date in year 1)."""
    try:
        return NORMALISERS[cand.pattern.norm](cand.groups, ctx)
    except (ValueError, OverflowError):
        return None


def _readable(
    text: str,
    candidates: list[_Candidate],
    dct: date | None,
    order: DateOrder,
    tenses: dict[tuple[int, int], Tense | None],
) -> list[_Candidate]:
    """The candidates a normaliser accepts (REJECT spans always stay, to block)."""
    kept = []
    for cand in candidates:
        if cand.pattern.label == "REJECT":
            kept.append(cand)
            continue
        ctx = NormContext(dct, _tense_of(text, cand.start, cand.end, tenses), order)
        if _normalise(cand, ctx) is not None:
            kept.append(cand)
    return kept


def _tense_of(
    text: str, start: int, end: int, memo: dict[tuple[int, int], Tense | None]
) -> Callable[[], Tense | None]:
    """The clause tense at `text[start:end]`, computed on first use only (`memo` keeps
    it for the other uses in the same text)."""

    def tense() -> Tense | None:
        if (start, end) not in memo:
            memo[(start, end)] = clause_tense(text, start, end)
        return memo[(start, end)]

    return tense


def _to_match(text: str, cand: _Candidate, norm: Norm, anchor: str) -> TimexMatch:
    note = anchor if norm.relative else None
    if note and norm.interval:
        note += f"; interval {norm.interval[0]}/{norm.interval[1]}"
    return TimexMatch(
        start=cand.start,
        end=cand.end,
        text=text[cand.start : cand.end],
        type=norm.type or cand.pattern.label,
        value=norm.value,
        mod=norm.mod,
        anchor=note,
        rule=cand.pattern.id,
        interval=norm.interval,
    )


def _merge_times(
    text: str, matches: list[TimexMatch], results: list[tuple[_Candidate, Norm]]
) -> list[TimexMatch]:
    """Join a clock time with the day beside it: '11:37, July 14, 2021', 'Monday at 3 p.m.'."""
    time_only = [n.time_only for _, n in results]
    merged: list[TimexMatch] = []
    i = 0
    while i < len(matches):
        cur = matches[i]
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if nxt is not None:
            gap = text[cur.end : nxt.start]
            if time_only[i] and _DAY_VALUE.match(nxt.value) and _JOIN_TIME_DATE.match(gap):
                clock = cur.value[cur.value.index("T") :]
                merged.append(_joined(text, cur, nxt, nxt.value + clock))
                i += 2
                continue
            if time_only[i + 1] and _DAY_VALUE.match(cur.value) and _JOIN_DATE_TIME.match(gap):
                clock = nxt.value[nxt.value.index("T") :]
                merged.append(_joined(text, cur, nxt, cur.value + clock))
                i += 2
                continue
        merged.append(cur)
        i += 1
    return merged


def _joined(text: str, first: TimexMatch, second: TimexMatch, value: str) -> TimexMatch:
    relative = "X" in value or (first.anchor is not None and second.anchor is not None)
    anchor = (first.anchor or second.anchor) if relative else None
    return TimexMatch(
        start=first.start,
        end=second.end,
        text=text[first.start : second.end],
        type="TIME",
        value=value,
        anchor=anchor,
        rule=f"{first.rule}+{second.rule}",
    )


def _article_fields(article: Article) -> list[tuple[SpanField, int, str]]:
    fields: list[tuple[SpanField, int, str]] = []
    if article.headline:
        fields.append(("headline", 0, article.headline))
    if article.standfirst:
        fields.append(("standfirst", 0, article.standfirst))
    fields.append(("text", 0, article.text))
    for index, image in enumerate(article.images):
        if image.caption:
            fields.append(("caption", index, image.caption))
    return fields


@step("timexes", requires={"text", "headline", "images", "published"}, produces={"timexes"})
def timexes_step(article: Article) -> Article:
    """Add the TIMEX3 expressions of the headline, standfirst, body and captions."""
    dct = article.reference_time()
    order = date_order_for(article.outlet.domain, article.language)
    timexes: list[Timex] = []
    for field, index, text in _article_fields(article):
        for match in find_timexes(text, dct, date_order=order):
            timexes.append(
                Timex(
                    id=f"t{len(timexes) + 1}",
                    span=make_span(text, match.start, match.end, field=field, index=index),
                    type=_TIMEX_TYPES[match.type],
                    value=match.value,
                    mod=match.mod,
                    anchor=match.anchor,
                    interval=match.interval,
                    rule=match.rule or None,
                )
            )
    update: dict[str, object] = {"timexes": timexes}
    note = None
    if article.published is None and article.updated is not None and timexes:
        note = "timexes: no publication time; relative dates are read against the update time"
    elif article.published is None and any(t.value.startswith("XXXX") for t in timexes):
        note = (
            "timexes: no publication time; relative dates ('on Monday') are left unresolved "
            "(XXXX): give the date with `--published` (read(published=...))"
        )
    if note is not None:
        update["warnings"] = [*article.warnings, note]
    return article.model_copy(update=update)
