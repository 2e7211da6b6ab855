"""TIMEX3 values for matched time expressions, resolved against the publication date.

Each normaliser takes the regex groups of one match and a `NormContext` and returns a
`Norm` (or None to drop the match). Direction rules, in one place:

- weekday without last/next: the publication day itself if it is that weekday; else the
  one after it when the clause is future ("will", "is scheduled", "until Thursday"),
  else the one before (news reports what happened; documented in `timex_tense`).
- month (or month and day) without a year: past clause -> the most recent not after the
  publication date; future -> the first not before it; unknown -> the nearest one.
- "last/next X" steps one calendar unit from the publication date and keeps that unit's
  granularity ("last month" -> 2021-06, never a day).
- a clock time alone ("at 10 p.m.") is on the day last named when that day is within a
  week of publication, else on the publication day.
- without a publication date, anything relative keeps X placeholders (XXXX-XX-XX,
  XXXX-WXX-1, XXXX-06) instead of guessing.

TimeML conventions followed (TimeML 1.2 / TempEval-3 annotation):

- decades and centuries are padded with X: "the 1990s" -> 199X, "the 20th century" -> 19XX
  (TIMEX2 wrote 199 and 19; some older TimeBank files still do).
- a part of a day is a TIME with the part's code: "Wednesday night" -> 2000-01-05TNI,
  "this morning" -> ...TMO (granularity below a day makes a TIME).
- "three days later", "two weeks before the vote": the TIMEX3 is the DURATION "three days"
  (P3D); "later"/"before" is a SIGNAL relating it to an event. "ago" belongs to the
  expression and gives a DATE from the publication date. Year shifts ("a year earlier")
  stay dates: results news compares with the same quarter a year back.
- "the following month", "that day", "later that year": a DATE one unit on, back, or the
  same as the reference time (the last date named outright), else the publication date.
- vague spans are durations with X: "recent weeks", "the past few weeks" -> PXW;
  "current" before a noun, "now", "currently" -> PRESENT_REF.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateline.analyze.timex_tense import Tense
from dateline.analyze.timex_words import is_narrative_reference, lookup, number_value

DateOrder = str  # "MDY", "DMY" or "YMD"


@dataclass(frozen=True)
class NormContext:
    """What a normaliser may look at besides its own match."""

    dct: date | None
    tense: Callable[[], Tense | None]
    date_order: DateOrder = "MDY"
    reference: str | None = None
    clock: datetime | None = None  # the publication time, when the DCT gives one


@dataclass(frozen=True)
class Norm:
    """A normalised value; `type` overrides the pattern's label when set."""

    value: str
    type: str | None = None
    mod: str | None = None
    interval: tuple[str, str] | None = None
    relative: bool = False
    time_only: bool = False


Groups = dict[str, str | None]
Normaliser = Callable[[Groups, NormContext], Norm | None]

# A month and day chosen by tense but more than about nine months from the publication
# date is more likely a tense misreading: the nearest such day is taken instead.
_FAR_DAYS = 270
# The same for a month named alone ("in January") in a past clause: a month ten or eleven
# months back would be called "last January"; the coming one is meant ("agreed to buy the
# line in January"). Future clauses keep their reading ("will reopen in May", in July).
_FAR_PAST_MONTHS = 9
_MODS = {"early": "START", "mid": "MID", "mid-": "MID", "late": "END", "end": "END"}
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_SEASONS = ["SP", "SU", "FA", "WI"]
_SEASON_OF_MONTH = {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2, 12: 3, 1: 3, 2: 3}
_APPROX = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "up to": "EQUAL_OR_LESS",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
}


# ---- small calendar helpers -------------------------------------------------------------


def fmt_day(d: date) -> str:
    """2021-07-14."""
    return d.isoformat()


def fmt_week(d: date) -> str:
    """ISO week: 2021-W28."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _norm_words(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip().lower())


def _mod(groups: Groups) -> str | None:
    word = _norm_words(groups.get("mod"))
    if not word:
        return None
    if word in _MODS:
        return _MODS[word]
    value = lookup("modifier", word)
    return value if value in ("START", "MID", "END") else None


def _month(text: str | None) -> int | None:
    value = lookup("month", text or "")
    return int(value) if value else None


def _day(text: str | None) -> int | None:
    digits = re.match(r"\d+", text or "")
    return int(digits.group()) if digits else None


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _pick(candidates: list[date], dct: date, tense: Tense | None) -> date:
    """Choose among the same calendar date in several years by the clause's tense."""
    if tense == "past":
        past = [c for c in candidates if c <= dct]
        if past:
            return max(past)
    if tense == "future":
        future = [c for c in candidates if c >= dct]
        if future:
            return min(future)
    return min(candidates, key=lambda c: (abs((c - dct).days), c))


# ---- explicit dates ---------------------------------------------------------------------


def calendar_date(groups: Groups, ctx: NormContext) -> Norm | None:
    """'July 14, 2021', '14 July', 'April 2021', 'Sept. 30'."""
    month = _month(groups.get("mon"))
    if month is None:
        return None
    day = _day(groups.get("day"))
    year_text = groups.get("year")
    mod = _mod(groups)
    yrel = _norm_words(groups.get("yrel"))
    if yrel and ctx.dct is None:
        return Norm(f"XXXX-{month:02d}", mod=mod, relative=True)
    if yrel and ctx.dct is not None:
        year_text = str(ctx.dct.year + {"last": -1, "next": 1}.get(yrel, 0))
    if year_text:
        year = int(year_text)
        if day is None:
            return Norm(f"{year:04d}-{month:02d}", mod=mod)
        if not _valid(year, month, day):
            return None
        return Norm(f"{year:04d}-{month:02d}-{day:02d}", mod=mod)
    if day is None:
        return month_name(groups, ctx)
    if not _valid(2000, month, day):
        return None
    if ctx.dct is None:
        return Norm(f"XXXX-{month:02d}-{day:02d}", mod=mod, relative=True)
    years = range(ctx.dct.year - 1, ctx.dct.year + 2)
    candidates = [date(y, month, day) for y in years if _valid(y, month, day)]
    named = int(lookup("weekday", groups.get("wd") or "") or 0)
    on_weekday = [c for c in candidates if c.isoweekday() == named]
    if on_weekday:  # "Monday, Oct. 26": the year in which that day is a Monday
        candidates = on_weekday
    chosen = _pick(candidates, ctx.dct, ctx.tense())
    if abs((chosen - ctx.dct).days) > _FAR_DAYS:
        chosen = _pick(candidates, ctx.dct, None)
    return Norm(fmt_day(chosen), mod=mod, relative=True)


def day_of_month(groups: Groups, ctx: NormContext) -> Norm | None:
    """'on the 14th': that day in the publication month or the month either side of it,
    whichever the clause's tense points to (nearest when it says nothing)."""
    day = _day(groups.get("day"))
    if day is None or not 1 <= day <= 31:
        return None
    if ctx.dct is None:
        return Norm(f"XXXX-XX-{day:02d}", relative=True)
    here = ctx.dct.year * 12 + ctx.dct.month - 1
    months = [divmod(here + shift, 12) for shift in (-1, 0, 1)]
    candidates = [date(y, m + 1, day) for y, m in months if _valid(y, m + 1, day)]
    if not candidates:
        return None
    return Norm(fmt_day(_pick(candidates, ctx.dct, ctx.tense())), relative=True)


def month_name(groups: Groups, ctx: NormContext) -> Norm | None:
    """'in April', 'last April', 'next April', 'late November'."""
    month = _month(groups.get("mon"))
    if month is None:
        return None
    mod = _mod(groups)
    if ctx.dct is None:
        return Norm(f"XXXX-{month:02d}", mod=mod, relative=True)
    rel = _norm_words(groups.get("rel"))
    here = ctx.dct.year * 12 + ctx.dct.month - 1
    options = [(y, y * 12 + month - 1) for y in range(ctx.dct.year - 1, ctx.dct.year + 2)]
    if rel in ("last", "past", "this past"):
        year = max(y for y, i in options if i < here)
    elif rel in ("next", "coming", "this coming"):
        year = min(y for y, i in options if i > here)
    elif rel == "this":
        year = ctx.dct.year
    else:
        tense = ctx.tense()
        nearest = min(options, key=lambda o: (abs(o[1] - here), o[1]))[0]
        if tense == "past":
            year = max(y for y, i in options if i <= here)
        elif tense == "future":
            year = min(y for y, i in options if i >= here)
        else:
            year = nearest
        if here - (year * 12 + month - 1) > _FAR_PAST_MONTHS:
            year = nearest
    return Norm(f"{year:04d}-{month:02d}", mod=mod, relative=True)


def spelled_year(groups: Groups, ctx: NormContext) -> Norm | None:
    """'nineteen ninety-six' -> 1996, 'two thousand and one' -> 2001."""
    words = [w for w in re.split(r"[-\s]+", _norm_words(groups.get("spelled"))) if w != "and"]
    if words[:1] == ["nineteen"]:
        base, rest = 1900, [w for w in words[1:] if w != "hundred"]
    elif words[:2] == ["two", "thousand"]:
        base, rest = 2000, words[2:]
    else:
        return None
    if not rest:
        return Norm(f"{base:04d}")
    amount = number_value(" ".join(rest))
    if amount is None or amount >= 100:
        return None
    return Norm(f"{base + int(amount):04d}")


def month_spelled_year(groups: Groups, ctx: NormContext) -> Norm | None:
    """'January nineteen ninety-seven' -> 1997-01."""
    spelled = spelled_year(groups, ctx)
    if spelled is None:
        return None
    return calendar_date({**groups, "year": spelled.value}, ctx)


def year(groups: Groups, ctx: NormContext) -> Norm | None:
    """'2021', 'fiscal 1989', 'early 2020'."""
    return Norm(f"{int(groups['year'] or 0):04d}", mod=_mod(groups))


def numeric_ymd(groups: Groups, ctx: NormContext) -> Norm | None:
    """'2021-07-14' and '2021-07-14T11:37'."""
    y, m, d = int(groups["year"] or 0), int(groups["mon"] or 0), int(groups["day"] or 0)
    if not _valid(y, m, d):
        return None
    value = f"{y:04d}-{m:02d}-{d:02d}"
    if groups.get("hh"):
        value += f"T{groups['hh']}:{groups['mm']}"
        if groups.get("ss"):
            value += f":{groups['ss']}"
        return Norm(value, type="TIME")
    return Norm(value)


def numeric_date(groups: Groups, ctx: NormContext) -> Norm | None:
    """'14/07/2021', '7/14/21', '14.07.2021': day/month order from the outlet rule."""
    a, b = int(groups["a"] or 0), int(groups["b"] or 0)
    year_text = groups["year"] or ""
    y = int(year_text)
    if len(year_text) == 2:
        pivot = (ctx.dct.year % 100 + 10) if ctx.dct else 50
        y += 2000 if y <= pivot else 1900
    if a > 12 or (b <= 12 and ctx.date_order == "DMY"):
        day, month = a, b
    else:
        month, day = a, b
    if not _valid(y, month, day):
        return None
    return Norm(f"{y:04d}-{month:02d}-{day:02d}")


def decade(groups: Groups, ctx: NormContext) -> Norm | None:
    """'the 1990s' -> 199X, "the '80s" -> 198X (the TimeML 1.2 / TempEval-3 form: the
    unknown year digit is written X; the older TIMEX2 form dropped it, '199')."""
    if groups.get("dec"):
        return Norm(str(groups["dec"])[:3] + "X", mod=_mod(groups))
    if groups.get("decword"):
        short = _DECADE_WORDS[_norm_words(groups["decword"])]
    else:
        short = int(str(groups["dec2"])[0])
    this = ctx.dct.year if ctx.dct else 1999
    century = this // 100 if short * 10 <= this % 100 else this // 100 - 1
    return Norm(f"{century}{short}X", mod=_mod(groups))


def century(groups: Groups, ctx: NormContext) -> Norm | None:
    """'the 20th century' -> 19XX (X-padded like decades)."""
    word = groups.get("ord") or ""
    ordinal = lookup("ordinal", word) or (word[:-2] if word[:-2].isdigit() else None)
    if ordinal is None:
        return None
    return Norm(f"{int(ordinal) - 1:02d}XX", mod=_mod(groups))


def holiday_date(value: str, year: int) -> date | None:
    """The day of a holiday rule in `year`: 'MM-DD', 'MM-Nn-d' (n-th ISO weekday d; n=5 last),
    or 'MM-DD+d' (the first ISO weekday d after that day)."""
    if "+" in value:
        base, wd_text = value.split("+")
        month, day = (int(p) for p in base.split("-"))
        if not _valid(year, month, day):
            return None
        start = date(year, month, day)
        return start + timedelta(days=(int(wd_text) - start.isoweekday() - 1) % 7 + 1)
    parts = value.split("-")
    month = int(parts[0])
    if len(parts) == 2:
        day = int(parts[1])
        return date(year, month, day) if _valid(year, month, day) else None
    nth, wd = int(parts[1][1:]), int(parts[2])
    first = date(year, month, 1)
    day_one = first + timedelta(days=(wd - first.isoweekday()) % 7)
    if nth >= 5:
        last = day_one
        while (last + timedelta(days=7)).month == month:
            last += timedelta(days=7)
        return last
    return day_one + timedelta(days=7 * (nth - 1))


def holiday(groups: Groups, ctx: NormContext) -> Norm | None:
    """'Christmas', 'last Thanksgiving', 'New Year's Day 2020'."""
    value = lookup("holiday", groups.get("hol") or "")
    if value is None:
        return None
    if groups.get("year"):
        day = holiday_date(value, int(groups["year"] or 0))
        return Norm(fmt_day(day)) if day else None
    if ctx.dct is None:
        month = value.split("-")[0]
        fixed = "N" not in value and "+" not in value
        return Norm(f"XXXX-{value}" if fixed else f"XXXX-{month}-XX", relative=True)
    rel = _norm_words(groups.get("rel"))
    years = range(ctx.dct.year - 1, ctx.dct.year + 2)
    candidates = [d for d in (holiday_date(value, y) for y in years) if d is not None]
    if rel == "last":
        chosen = max(d for d in candidates if d < ctx.dct)
    elif rel == "next":
        chosen = min(d for d in candidates if d > ctx.dct)
    else:
        chosen = _pick(candidates, ctx.dct, ctx.tense())
    return Norm(fmt_day(chosen), relative=True)


# ---- seasons, quarters, halves ------------------------------------------------------------


def season(groups: Groups, ctx: NormContext) -> Norm | None:
    """'last summer' -> 2020-SU (in July 2021), 'summer 2019', 'this winter'."""
    name = lookup("season", groups.get("season") or "")
    if name is None:
        return None
    mod = _mod(groups)
    if groups.get("year"):
        return Norm(f"{int(groups['year'] or 0):04d}-{name}", mod=mod)
    if ctx.dct is None:
        return Norm(f"XXXX-{name}", mod=mod, relative=True)
    idx = _SEASONS.index(name)
    cur_idx = _SEASON_OF_MONTH[ctx.dct.month]
    cur_year = ctx.dct.year - 1 if ctx.dct.month in (1, 2) else ctx.dct.year
    here = cur_year * 4 + cur_idx
    options = [(y, y * 4 + idx) for y in range(cur_year - 1, cur_year + 2)]
    rel = _norm_words(groups.get("rel"))
    if rel in ("last", "past", "this past"):
        chosen = max(y for y, i in options if i < here)
    elif rel in ("next", "coming", "this coming"):
        chosen = min(y for y, i in options if i > here)
    elif rel == "this":
        chosen = ctx.dct.year if idx != 3 or ctx.dct.month > 2 else ctx.dct.year - 1
    else:
        tense = ctx.tense()
        if tense == "past":
            chosen = max(y for y, i in options if i <= here)
        elif tense == "future":
            chosen = min(y for y, i in options if i >= here)
        else:
            chosen = min(options, key=lambda o: (abs(o[1] - here), o[1]))[0]
    return Norm(f"{chosen:04d}-{name}", mod=mod, relative=True)


def _part_of_year(groups: Groups, ctx: NormContext, letter: str, parts: int) -> Norm | None:
    ordinal = lookup("ordinal", groups.get("ord") or "")
    rel = _norm_words(groups.get("rel"))
    yrel = _norm_words(groups.get("yrel"))
    if groups.get("year"):
        y = int(groups["year"] or 0)
    elif ctx.dct is None:
        return Norm(f"XXXX-{letter}{ordinal or 'X'}", relative=True)
    else:
        y = ctx.dct.year + {"last": -1, "next": 1}.get(yrel, 0)
    if ctx.dct is None:
        return Norm(f"{y:04d}-{letter}{ordinal or 'X'}")
    per = 12 // parts
    current = (ctx.dct.month - 1) // per + 1
    named = _QUARTER_VALUE.match(ctx.reference or "") if letter == "Q" else None
    if ordinal is None and not rel and not yrel and not groups.get("year") and named:
        # "the third quarter ... In the quarter, sales fell": the quarter just named.
        return Norm(named.group(0), relative=True)
    if ordinal is None:
        # "the quarter", "the latest quarter": the last one completed; "this quarter": now;
        # "the 1988 quarter", "last year's quarter": that part of the year named.
        step = {"next": 1, "this": 0, "current": 0}.get(rel, -1)
        y2, m2 = add_months(ctx.dct.year, (current - 1) * per + 1, step * per)
        if groups.get("year") or yrel:
            y2 = y
        return Norm(f"{y2:04d}-{letter}{(m2 - 1) // per + 1}", relative=True)
    number = int(ordinal)
    if number > parts:
        return None
    if not groups.get("year") and not yrel and number > current and ctx.tense() != "future":
        y -= 1
    return Norm(f"{y:04d}-{letter}{number}", relative=not groups.get("year"))


def quarter(groups: Groups, ctx: NormContext) -> Norm | None:
    """'the second quarter' -> 2021-Q2; 'third-quarter'; 'the latest quarter'."""
    return _part_of_year(groups, ctx, "Q", 4)


def quarter_ended(groups: Groups, ctx: NormContext) -> Norm | None:
    """'the quarter ended July 31' -> the calendar quarter holding most of the three months
    to that day (May-July: its middle month, June, is in Q2); the year as for the day alone
    ('ended' looks back, 'ending' ahead, by the clause's tense)."""
    end = calendar_date(
        {"mon": groups.get("mon"), "day": groups.get("day"), "year": groups.get("year")}, ctx
    )
    if end is None or not _DAY_VALUE.match(end.value):
        return None
    year_text, month_text = end.value[:4], end.value[5:7]
    y, middle = add_months(int(year_text), int(month_text), -1)
    return Norm(f"{y:04d}-Q{(middle - 1) // 3 + 1}", relative=end.relative)


def half(groups: Groups, ctx: NormContext) -> Norm | None:
    """'the first half of 2020' -> 2020-H1."""
    return _part_of_year(groups, ctx, "H", 2)


# ---- relative to the publication day ----------------------------------------------------


def day_offset(groups: Groups, ctx: NormContext) -> Norm | None:
    """'yesterday', 'today', 'tomorrow morning', 'the day before yesterday'."""
    if groups.get("two"):
        offset = -2 if str(groups["two"]).lower().startswith("before") else 2
    else:
        offset = int(lookup("day_offset", groups.get("off") or "") or 0)
    pod = lookup("part_of_day", groups.get("pod") or "")
    suffix = f"T{pod}" if pod else ""
    kind = "TIME" if pod else None
    if ctx.dct is None:
        return Norm(f"XXXX-XX-XX{suffix}", type=kind, relative=True)
    return Norm(fmt_day(ctx.dct + timedelta(days=offset)) + suffix, type=kind, relative=True)


def pod_relative(groups: Groups, ctx: NormContext) -> Norm | None:
    """'tonight', 'this morning', 'last night', 'yesterday afternoon'."""
    if groups.get("tonight"):
        offset, pod = 0, "NI"
    else:
        rel = _norm_words(groups.get("rel"))
        pod = lookup("part_of_day", groups.get("pod") or "") or "XX"
        offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
        if rel == "last" and pod != "NI":
            return None
    if ctx.dct is None:
        return Norm(f"XXXX-XX-XXT{pod}", relative=True)
    return Norm(f"{fmt_day(ctx.dct + timedelta(days=offset))}T{pod}", relative=True)


def weekday(groups: Groups, ctx: NormContext) -> Norm | None:
    """'on Monday', 'until Thursday', 'last Friday', 'Monday morning', 'early Tuesday'."""
    norm = _weekday(groups, ctx)
    mod = _mod(groups)
    return Norm(norm.value, norm.type, mod, relative=True) if mod else norm


def _weekday(groups: Groups, ctx: NormContext) -> Norm:
    wd = int(lookup("weekday", groups.get("wd") or "") or 0)
    pod = lookup("part_of_day", groups.get("pod") or "")
    suffix = f"T{pod}" if pod else ""
    kind = "TIME" if pod else None
    if ctx.dct is None:
        return Norm(f"XXXX-WXX-{wd}{suffix}", type=kind, relative=True)
    rel = _norm_words(groups.get("rel"))
    today = ctx.dct.isoweekday()
    back = (today - wd) % 7 or 7
    ahead = (wd - today) % 7 or 7
    if rel in ("last", "past", "this past"):
        delta = -back
    elif rel in ("next", "coming", "this coming"):
        delta = ahead
    elif rel == "this":
        delta = wd - today
    elif wd == today:
        delta = 0
    else:
        delta = ahead if ctx.tense() == "future" else -back
    return Norm(fmt_day(ctx.dct + timedelta(days=delta)) + suffix, type=kind, relative=True)


def _unit_value(d: date, unit: str) -> str:
    if unit == "D":
        return fmt_day(d)
    if unit in ("W", "2W"):
        return fmt_week(d)
    if unit == "WE":
        return fmt_week(d) + "-WE"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "DE":
        return f"{d.year // 10:03d}X"
    if unit == "CE":
        return f"{d.year // 100:02d}XX"
    return f"{d.year:04d}"


def _unknown_value(unit: str) -> str:
    return {
        "D": "XXXX-XX-XX",
        "W": "XXXX-WXX",
        "2W": "XXXX-WXX",
        "WE": "XXXX-WXX-WE",
        "M": "XXXX-XX",
        "Q": "XXXX-QX",
        "DE": "XXXX",
        "CE": "XXXX",
    }.get(unit, "XXXX")


def shift_date(d: date, unit: str, amount: float) -> date:
    """`d` moved by `amount` units (Y, M, Q, W, D, DE, CE, H, MIN)."""
    n = round(amount)
    if unit in ("D", "H", "MIN"):
        days = n if unit == "D" else 0
        return d + timedelta(days=days)
    if unit in ("W", "WE", "2W"):
        return d + timedelta(weeks=n * (2 if unit == "2W" else 1))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit] * n
    y, m = add_months(d.year, d.month, months)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _interval(d: date, unit: str, before: bool) -> tuple[str, str]:
    if unit == "W":
        first = d - timedelta(days=d.isoweekday() - 1)
        last = first + timedelta(days=6)
    elif unit == "M":
        first = d.replace(day=1)
        last = d.replace(day=calendar.monthrange(d.year, d.month)[1])
    else:
        first, last = date(d.year, 1, 1), date(d.year, 12, 31)
    return (fmt_day(first), fmt_day(d)) if before else (fmt_day(d), fmt_day(last))


def relative_unit(groups: Groups, ctx: NormContext) -> Norm | None:
    """'last month' -> 2021-06, 'this year', 'next week', 'later this year', 'the weekend'."""
    unit = lookup("unit", groups.get("unit") or "") or "Y"
    rel = _norm_words(groups.get("rel"))
    mod_word = _norm_words(groups.get("mod"))
    mod = _mod(groups)
    if ctx.dct is None:
        return Norm(_unknown_value(unit), mod=mod, relative=True)
    if rel == "the" and unit == "WE":  # "the weekend": the one before, or after (future)
        step = 1 if ctx.tense() == "future" else (0 if ctx.dct.isoweekday() >= 6 else -1)
    else:
        step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    target = shift_date(ctx.dct, unit, step)
    interval = None
    if step == 0 and mod_word in ("earlier", "later") and unit in ("W", "M", "Y"):
        interval = _interval(ctx.dct, unit, before=mod_word == "earlier")
    return Norm(_unit_value(target, unit), mod=mod, interval=interval, relative=True)


_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _latest_reported_year(dct: date) -> int:
    """The year of the latest quarter a results story can report (last year's Q4 in Q1)."""
    return dct.year - 1 if dct.month <= 3 else dct.year


def shift(groups: Groups, ctx: NormContext) -> Norm | None:
    """'two weeks ago' -> 2021-W26, 'three days later', 'a year earlier', 'year-ago'.

    A year shift right after a quarter of the news ("the third quarter ... a year
    earlier") moves that quarter (TimeML reference time); a shift 'later' moves the last
    date named ("in 1955 ... two years later" -> 1957); otherwise the publication date.
    """
    unit = lookup("unit", groups.get("unit") or "") or "Y"
    direction = _norm_words(groups.get("dir"))
    amount = number_value(groups["num"] or "") if groups.get("num") else 1.0
    sign = -1 if direction in ("ago", "earlier", "before", "last") else 1
    if amount is None:
        return Norm("PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("H", "MIN"):
        # "four hours ago": that time of the publication day when its time is known (a
        # TIME, to the minute), else the publication day itself.
        if ctx.clock is not None:
            minutes = amount * (60 if unit == "H" else 1)
            moved_at = ctx.clock + timedelta(minutes=sign * minutes)
            return Norm(moved_at.strftime("%Y-%m-%dT%H:%M"), type="TIME", relative=True)
        return Norm(fmt_day(ctx.dct) if ctx.dct else "XXXX-XX-XX", relative=True)
    ref = _QUARTER_VALUE.match(ctx.reference or "")
    if ref and ctx.dct is not None and int(ref.group(1)) < _latest_reported_year(ctx.dct):
        ref = None  # "the 1988 quarter ... a year earlier": already a comparison, not the news
    if unit == "Y" and ref and sign < 0:
        return Norm(f"{int(ref.group(1)) - int(amount):04d}-Q{ref.group(2)}", relative=True)
    granularity = "Y" if unit in ("DE", "CE") else unit
    # "In 1955 ... two years later": 'later' counts on from the last date named, as
    # 'the following year' does; from the publication date it would be a future date
    narrated = reference_date(ctx.reference, granularity) if direction == "later" else None
    base = narrated or ctx.dct
    if base is None:
        return Norm(_unknown_value(granularity), relative=True)
    moved = shift_date(base, unit, sign * amount)
    return Norm(_unit_value(moved, granularity), relative=True)


_REFERENCE_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")
_REFERENCE_DATE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$")
_ANAPHORIC_STEP = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
# The parts of a reference value each unit needs: a day for D and W, a month for M.
_NEEDS = {"D": 3, "W": 3, "M": 2, "Y": 1}


def reference_date(reference: str | None, unit: str) -> date | None:
    """The date a reference value ('1998-10-23', '1998-10', '1998') gives for `unit`, or None
    when it is too coarse for that unit ('1998' cannot anchor "the following day")."""
    m = _REFERENCE_DATE.match(reference or "")
    if not m:
        return None
    parts = [int(p) for p in m.groups() if p is not None]
    if len(parts) < _NEEDS.get(unit, 3):
        return None
    y, mo, d = [*parts, 1, 1][:3]
    return date(y, mo, d) if _valid(y, mo, d) else None


def anaphoric(groups: Groups, ctx: NormContext) -> Norm | None:
    """'the following month', 'that day', 'later that year', 'the previous week': one unit
    on, back, or the same as the reference time (the last date named outright in the text,
    else the publication date), at that unit's granularity. A reference too coarse for the
    unit leaves the unknown part open ("in 2016 ... that day" -> 2016-XX-XX); moving from it
    ("the following day") falls back on the publication date. After 'in', 'over', 'for',
    'during', 'within', 'throughout' a next/previous unit is a duration (P1D)."""
    unit = lookup("unit", groups.get("unit") or "") or "D"
    rel = _norm_words(groups.get("rel")).split()[-1]
    step = _ANAPHORIC_STEP.get(rel, 0)
    if step and groups.get("prep"):  # "over the next day", "in the previous year"
        return Norm(duration_value(1.0, unit) or "P1D", type="DURATION")
    base = reference_date(ctx.reference, unit)
    coarse = _REFERENCE_DATE.match(ctx.reference or "")
    if base is None and coarse and step == 0:
        # "In 2016 ... that day": the day is in 2016 but unknown -> 2016-XX-XX.
        return Norm(coarse.group(1) + _unknown_value(unit)[4:], relative=True)
    base = base or ctx.dct
    if base is None:
        return Norm(_unknown_value(unit), relative=True)
    return Norm(_unit_value(shift_date(base, unit, step), unit), relative=True)


def anaphoric_pod(groups: Groups, ctx: NormContext) -> Norm | None:
    """'the next morning', 'the previous evening': that part of the day one day on from (or
    back from) the reference day (the last day named outright, else the publication day)."""
    pod = lookup("part_of_day", groups.get("pod") or "") or "XX"
    step = _ANAPHORIC_STEP.get(_norm_words(groups.get("rel")).split()[-1], 0)
    base = reference_date(ctx.reference, "D") or ctx.dct
    if base is None:
        return Norm(f"XXXX-XX-XXT{pod}", relative=True)
    return Norm(f"{fmt_day(base + timedelta(days=step))}T{pod}", relative=True)


def in_units(groups: Groups, ctx: NormContext) -> Norm | None:
    """'in three days': the date three days on when the clause is future, else P3D."""
    if ctx.tense() == "future":
        unit = lookup("unit", groups.get("unit") or "") or "D"
        amount = number_value(groups["num"] or "")
        if amount is None or unit in ("H", "MIN"):
            return duration(groups, ctx)
        if ctx.dct is None:
            return Norm(_unknown_value(unit), relative=True)
        return Norm(_unit_value(shift_date(ctx.dct, unit, amount), unit), relative=True)
    return duration(groups, ctx)


# ---- durations and sets --------------------------------------------------------------------


def duration_value(amount: float | None, unit: str) -> str | None:
    """3, 'D' -> P3D; 48, 'H' -> PT48H; 1, 'DE' -> P10Y; None -> PXD."""
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "Q": (3, "M"), "2W": (2, "W")}
    factor, letter = scale.get(unit, (1, unit))
    time = letter in ("H", "MIN", "S")
    letter = "M" if letter == "MIN" else letter
    prefix = "PT" if time else "P"
    if amount is None:
        return f"{prefix}X{unit if unit in ('DE', 'CE') else letter}"
    total = amount * factor
    if total > 1 and total != int(total) and letter == "H":  # 5 1/2 hours -> PT5H30M
        return f"PT{int(total)}H{round((total - int(total)) * 60)}M"
    if total != int(total):
        smaller = {
            "Y": (12, "M", "P"),
            "D": (24, "H", "PT"),
            "H": (60, "M", "PT"),
            "W": (7, "D", "P"),
        }
        if letter in smaller:
            mult, letter2, prefix2 = smaller[letter]
            return f"{prefix2}{int(total * mult)}{letter2}"
        return f"{prefix}{total:g}{letter}"
    return f"{prefix}{int(total)}{letter}"


def duration(groups: Groups, ctx: NormContext) -> Norm | None:
    """'three days' -> P3D, 'a decade' -> P10Y, '48 hours' -> PT48H, 'the past two months'."""
    unit = lookup("unit", groups.get("unit") or "")
    if unit is None or unit == "WE":
        return None
    num_text = groups.get("num")
    if num_text and unit == "Q" and _norm_words(num_text) in ("a", "an"):
        return None  # "a quarter of the vote"
    if num_text and re.fullmatch(r"1[6-9]\d\d|20\d\d", num_text.strip()):
        return None  # "the 1988 quarter" names a year, not 1988 quarters
    amount = number_value(num_text) if num_text else (None if _plural(groups) else 1.0)
    text_all = _norm_words(groups.get("num")) + " " + _norm_words(groups.get("unit"))
    if "and a half" in text_all and amount is not None:
        amount += 0.5
    value = duration_value(amount, unit)
    if value is None:
        return None
    mod = _APPROX.get(_norm_words(groups.get("approx")))
    return Norm(value, type="DURATION", mod=mod)


def _plural(groups: Groups) -> bool:
    unit = _norm_words(groups.get("unit"))
    return unit.endswith("s") or unit == "centuries"


def set_weekday(groups: Groups, ctx: NormContext) -> Norm | None:
    """'every Monday', 'on Mondays' -> XXXX-WXX-1."""
    wd = lookup("weekday", groups.get("wd") or "")
    pod = lookup("part_of_day", groups.get("pod") or "")
    return Norm(f"XXXX-WXX-{wd}" + (f"T{pod}" if pod else ""))


def set_month(groups: Groups, ctx: NormContext) -> Norm | None:
    """'each July' -> XXXX-07."""
    month = _month(groups.get("mon"))
    return Norm(f"XXXX-{month:02d}") if month else None


def set_unit(groups: Groups, ctx: NormContext) -> Norm | None:
    """'every day' -> P1D, 'every two weeks' -> P2W, 'twice a year' -> P1Y."""
    unit = lookup("unit", groups.get("unit") or "")
    if unit is None:
        return None
    amount = number_value(groups["num"] or "") if groups.get("num") else 1.0
    value = duration_value(amount, unit)
    return Norm(value) if value else None


def set_adverb(groups: Groups, ctx: NormContext) -> Norm | None:
    """'daily', 'weekly', 'annually'."""
    value = lookup("set_adverb", groups.get("set") or "")
    return Norm(value) if value else None


def vague_duration(groups: Groups, ctx: NormContext) -> Norm | None:
    """'for a while' -> PXX, 'for some time' -> PXM: a stretch of unknown length."""
    value = lookup("vague_duration", groups.get("vague") or "")
    return Norm(value, type="DURATION") if value else None


def clock(groups: Groups, ctx: NormContext) -> Norm | None:
    """'11:37', '3 p.m.', 'noon': a time on the publication day (merged with a date nearby).

    'midnight' ends its day (T24:00); 'after midnight' is in the day it opens (T00:00).
    """
    if groups.get("clock"):
        hh, mm = (lookup("clock_word", groups["clock"] or "") or "12:00").split(":")
        hour, minute = int(hh), int(mm)
        if hour == 24 and groups.get("after"):
            hour = 0  # "after midnight": the day has begun
    else:
        hour, minute = int(groups["hh"] or 0), int(groups.get("mm") or 0)
        ampm = _norm_words(groups.get("ampm")).replace(".", "").replace(" ", "")
        half = _norm_words(groups.get("dayhalf"))
        if half:  # "4 in the morning", "6 in the evening"
            ampm = "am" if half == "morning" else "pm"
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if not ampm and not groups.get("mm") and not groups.get("oclock"):
            return None
    clock_text = f"T{hour:02d}:{minute:02d}"
    day = _day_of_clock(ctx)
    return Norm(day + clock_text, type="TIME", relative=True, time_only=True)


# A clock time with no day beside it ("at 10 p.m.") is on the day the story last named
# ("Police said the blast on Friday ... occurred at 10:35 a.m."), when that day is within
# a week of publication; otherwise (no day named, or a day from the background) it is on
# the publication day.
_CLOCK_REFERENCE_DAYS = 7


def _day_of_clock(ctx: NormContext) -> str:
    """The day a bare clock time falls on: the day last named nearby, else the DCT's."""
    if ctx.dct is None:
        return "XXXX-XX-XX"
    named = _REFERENCE_DAY.match(ctx.reference or "")
    if named:
        day = date.fromisoformat(named.group())
        if abs((day - ctx.dct).days) <= _CLOCK_REFERENCE_DAYS:
            return fmt_day(day)
    return fmt_day(ctx.dct)


def reference(groups: Groups, ctx: NormContext) -> Norm | None:
    """'now' -> PRESENT_REF, 'recently' -> PAST_REF, 'the future' -> FUTURE_REF.

    A narrative word in a past-tense clause ('he was soon released') looks ahead from the
    narrated event, not from the publication time: it is not a FUTURE_REF, so None."""
    word = groups.get("ref") or ""
    value = (
        lookup("reference", word)
        or lookup("reference_attributive", word)
        or lookup("reference_modal", word)
    )
    if is_narrative_reference(word) and ctx.tense() == "past":
        return None
    return Norm(value) if value else None


NORMALISERS: dict[str, Normaliser] = {
    "calendar": calendar_date,
    "month": month_name,
    "day_of_month": day_of_month,
    "year": year,
    "spelled_year": spelled_year,
    "month_spelled_year": month_spelled_year,
    "numeric_ymd": numeric_ymd,
    "numeric_date": numeric_date,
    "decade": decade,
    "century": century,
    "holiday": holiday,
    "season": season,
    "quarter": quarter,
    "quarter_ended": quarter_ended,
    "half": half,
    "day_offset": day_offset,
    "pod_rel": pod_relative,
    "weekday": weekday,
    "rel_unit": relative_unit,
    "shift": shift,
    "in_units": in_units,
    "anaphoric": anaphoric,
    "anaphoric_pod": anaphoric_pod,
    "duration": duration,
    "set_weekday": set_weekday,
    "set_unit": set_unit,
    "set_month": set_month,
    "set_adverb": set_adverb,
    "vague_duration": vague_duration,
    "clock": clock,
    "reference": reference,
}
