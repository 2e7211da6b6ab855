"""Publication and update times printed on a page: find them, parse them, never invent a zone.

`find_timestamps()` finds labelled date words ("Published: 11:37, July 14, 2021 | Updated: ..."),
`parse_date_words()` turns date words into ISO 8601, saying whether a zone was printed, and
`make_timestamp()` builds the `Timestamp` the article carries: a printed zone is "stated"; a
missing one may be "inferred" from the outlet's home zone (`lexicons/outlets.tsv`), and the rule
used is recorded in `Timestamp.timezone_rule`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateline.lexicons import load_table
from dateline.model import Timestamp

INFERRED_RULE = "outlet-home-zone"  # Timestamp.timezone_rule when the outlet's zone is used


@cache
def _month_names() -> dict[str, int]:
    """Printed month name or abbreviation (lower case) -> month, from `month_names.tsv`."""
    return {row["name"]: int(row["month"]) for row in load_table("month_names.tsv")}


def month_number(name: str) -> int | None:
    """The month a printed name or abbreviation names ("Sept" -> 9), else None."""
    return _month_names().get(name.lower().rstrip("."))


def _month_pattern(group: str) -> str:
    names = sorted(_month_names(), key=lambda n: (-len(n), n))
    return rf"(?P<{group}>{'|'.join(re.escape(n) for n in names)})\.?"


_ISO = re.compile(
    r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<z>Z|[+-]\d{2}:?\d{2})?)?",
)
# "14 July 2021", "14. Juli 2021", "14 de julio de 2021", "04-ago-2021"
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.)?(?:\s+(?:of|de)\s+|\s+|-)"
    + _month_pattern("mon")
    + r"(?:,?\s+(?:de\s+)?|-)(?P<y>\d{4})\b",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    r"\b" + _month_pattern("mon") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b",
    re.I,
)
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b")
# "2024/03/05", "2024.03.05" (East Asian pages), "2024年3月5日", "2024년 3월 5일"
_YEAR_NUMERIC = re.compile(
    r"\b(?P<y>\d{4})(?:(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b"
    r"|\s*[年년]\s*(?P<m2>\d{1,2})\s*[月월]\s*(?P<d2>\d{1,2})\s*[日일]?)"
)
_TIME = re.compile(
    r"(?<![\d.:/-])(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?::(?P<S>\d{2}))?(?![\d/])"
    r"\s*(?P<ampm>[ap]\.?\s?m\b\.?)?",
    re.I,
)
_OFFSET = re.compile(
    r"(?:\b(?:UTC|GMT)\s*(?P<sign>[+-])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?\b)"
    r"|(?:(?<![\w:])(?P<sign2>[+-])(?P<h2>\d{2}):?(?P<m2>\d{2})\b)"
)
_NUMERIC_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")
_ZONE_WORD = re.compile(r"\b[A-Z]{1,5}\b")
_LABELS = re.compile(
    # A label is a whole word ("Dates open ..." is no label); a capital may follow it glued
    # ("PublishedApril 2, 2024", a scraper's lost space).
    r"(?P<label>first published|published|posted|created|dated|date|last updated|updated|"
    r"last modified|modified|last edited|edited)(?-i:(?![a-z]))"
    r"(?:\s+(?:on|at))?\s*[:\-–]?\s*",
    re.I,
)
_KIND = {
    "first published": "published",
    "published": "published",
    "posted": "published",
    "created": "published",
    "date": "published",
    "dated": "published",
}
_STOP = re.compile(r"\s*(?:\||•|·|\bby\s+[A-Z]|\n)", re.I)


@cache
def _zone_words() -> dict[str, str]:
    return {row["abbreviation"]: row["zone"] for row in load_table("time_zones.tsv")}


def find_timestamps(text: str) -> dict[str, str]:
    """Find labelled publication and update times in a line of page metadata.

    Args:
        text: e.g. "Published: 11:37, July 14, 2021 | Updated: 11:38, July 14, 2021".

    Returns:
        "published" and/or "updated" -> the date words after the label, only when they parse
        as a date (the first of each kind wins). Date words before the first label are the
        publication time ("Mon 18 Nov 2019 18.54 GMT Last modified on ...").

    >>> find_timestamps("Posted 3 March 2024 08:05 GMT")
    {'published': '3 March 2024 08:05 GMT'}
    """
    found: dict[str, str] = {}
    labels = [
        m for m in _LABELS.finditer(text) if not (m.start() and text[m.start() - 1].isalnum())
    ]
    lead = text[: labels[0].start()].strip(" ,;|-–—\t") if labels else ""
    if lead and len(lead.split()) <= 8 and parse_date_words(lead) is not None:
        found["published"] = lead  # "Mon 18 Nov 2019 18.54 GMT Last modified on ..."
    for index, match in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        chunk = text[match.end() : end]
        stop = _STOP.search(chunk)
        if stop is not None:
            chunk = chunk[: stop.start()]
        words = chunk.strip(" ,;|-–—\t")
        kind = _KIND.get(match.group("label").lower(), "updated")
        if words and kind not in found and parse_date_words(words) is not None:
            found[kind] = words
    return found


def parse_date_words(words: str, order: str | None = None) -> tuple[str, bool] | None:
    """Parse the date words of a page into ISO 8601, without inventing a zone.

    Args:
        words: e.g. "11:37, July 14, 2021", "Tue 5 Mar 2024 10.20 GMT", "2024-03-03T08:05Z".
        order: the outlet's order of numeric dates ("DMY", "MDY", "YMD", `date_order_for`);
            without it "03/04/2024" is no date, as it cannot be told apart.

    Returns:
        (ISO value, whether a UTC offset or zone was printed), or None when no full date
        (day, month and year) can be read unambiguously. A date without a time is a bare date.

    >>> parse_date_words("11:37, July 14, 2021")
    ('2021-07-14T11:37', False)
    >>> parse_date_words("3 March 2024 08:05 GMT")
    ('2024-03-03T08:05:00+00:00', True)
    """
    found = _find_date(words, order)
    if found is None:
        return None
    day, rest, iso_time, iso_zone = found
    if iso_time is not None:
        clock: time | None = iso_time
    else:
        clock = _find_time(rest)
    if clock is None:
        return day.isoformat(), False
    zone = _parse_offset(iso_zone) if iso_zone else _find_zone(rest, day, clock)
    local = datetime.combine(day, clock)
    if zone is None:
        return local.isoformat(timespec="seconds" if clock.second else "minutes"), False
    return local.replace(tzinfo=zone).isoformat(timespec="seconds"), True


def make_timestamp(words: str, *, source: str, home_zone: str | None = None) -> Timestamp | None:
    """The `Timestamp` for printed date words; a missing zone is inferred from `home_zone`.

    Args:
        words: the date words as printed.
        source: where they were found ("text", "meta", ...).
        home_zone: the outlet's IANA home zone (from `outlet_info`), or None.
    """
    parsed = parse_date_words(words)
    if parsed is None:
        return None
    value, stated = parsed
    if stated:
        return Timestamp(value=value, timezone="stated", source=source, raw=words)
    if home_zone and "T" in value:
        try:
            zone = ZoneInfo(home_zone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
        if zone is not None:
            local = datetime.fromisoformat(value).replace(tzinfo=zone)
            return Timestamp(
                value=local.isoformat(timespec="seconds"),
                timezone="inferred",
                timezone_rule=f"{INFERRED_RULE}:{home_zone}",
                source=source,
                raw=words,
            )
    return Timestamp(value=value, timezone="none", source=source, raw=words)


@cache
def _date_orders() -> dict[tuple[str, str], str]:
    return {(row["kind"], row["key"]): row["order"] for row in load_table("date_order.tsv")}


def date_order_for(domain: str | None, language: str | None) -> str:
    """Day/month order for numeric dates ("MDY", "DMY", "YMD"): by the outlet's domain, then
    language, then default (`date_order.tsv`)."""
    table = _date_orders()
    national = national_date_order(domain)
    if national is not None:
        return national
    if language and ("language", language.split("-")[0].lower()) in table:
        return table[("language", language.split("-")[0].lower())]
    return table.get(("default", "*"), "MDY")


def national_date_order(domain: str | None) -> str | None:
    """The order of numeric dates of an outlet's national domain (.uk: "DMY"), else None."""
    if not domain:
        return None
    return _date_orders().get(("tld", domain.rsplit(".", 1)[-1].lower()))


def _find_date(
    words: str, order: str | None = None
) -> tuple[date, str, time | None, str | None] | None:
    iso = _ISO.search(words)
    if iso is not None:
        day = _date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        if day is None:
            return None
        rest = words[: iso.start()] + " " + words[iso.end() :]
        clock = None
        if iso["H"] is not None:
            clock = _time(int(iso["H"]), int(iso["M"]), int(iso["S"] or 0))
            if clock is None:
                return None
        return day, rest, clock, iso["z"]
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.search(words)
        if match is not None:
            month = _month_names()[match["mon"].lower()]
            day = _date(int(match["y"]), month, int(match["d"]))
            if day is None:
                return None
            return day, words[: match.start()] + " " + words[match.end() :], None, None
    match = _YEAR_NUMERIC.search(words)
    if match is not None:
        day = _date(int(match["y"]), int(match["m"] or match["m2"]), int(match["d"] or match["d2"]))
        if day is None:
            return None
        return day, words[: match.start()] + " " + words[match.end() :], None, None
    match = _NUMERIC.search(words)
    if match is not None:
        a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
        # 03/04/2024 is told apart by its separator ("03.04.2024" is day first), else by
        # the outlet's order; "YMD" outlets write a two-part day after the month.
        order = _date_orders().get(("separator", match["sep"]), order)
        if a > 12 >= b or (order == "DMY" and a <= 12 and b <= 12):
            day = _date(year, b, a)
        elif b > 12 >= a or a == b or order in ("MDY", "YMD"):
            day = _date(year, a, b)
        else:
            return None  # day-first or month-first cannot be told apart
        if day is None:
            return None
        return day, words[: match.start()] + " " + words[match.end() :], None, None
    return None


def printed_days(text: str) -> set[str]:
    """Every full calendar date printed in a text, as ISO days ("2024-03-05").

    >>> sorted(printed_days("Received 12 Oct 2022; accepted March 3, 2023 (2023-03-04)."))
    ['2022-10-12', '2023-03-03', '2023-03-04']
    """
    days: set[str] = set()
    for pattern in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _YEAR_NUMERIC, _NUMERIC):
        for match in pattern.finditer(text):
            found = _find_date(match.group(0))
            if found is not None:
                days.add(found[0].isoformat())
    return days


def _find_time(rest: str) -> time | None:
    match = _TIME.search(rest)
    if match is None:
        return None
    hour, minute = int(match["H"]), int(match["M"])
    ampm = (match["ampm"] or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    return _time(hour, minute, int(match["S"] or 0))


def _find_zone(rest: str, day: date, clock: time) -> timezone | ZoneInfo | None:
    match = _OFFSET.search(rest)
    if match is not None:
        sign = match["sign"] or match["sign2"]
        hours = int(match["h"] or match["h2"])
        minutes = int(match["m"] or match["m2"] or 0)
        if hours <= 14 and minutes < 60:
            delta = timedelta(hours=hours, minutes=minutes)
            return timezone(-delta if sign == "-" else delta)
    words = _zone_words()
    for word in _ZONE_WORD.findall(rest):
        zone = words.get(word)
        if zone is None:
            continue
        offset = _parse_offset(zone)
        if offset is not None:
            return offset
        try:
            named = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        actual = datetime.combine(day, clock).replace(tzinfo=named).utcoffset()
        return timezone(actual) if actual is not None else None
    return None


def _parse_offset(text: str) -> timezone | None:
    if text == "Z":
        return UTC
    match = _NUMERIC_OFFSET.fullmatch(text)
    if match is None:
        return None
    hours, minutes = int(match[2]), int(match[3])
    if hours > 14 or minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(-delta if match[1] == "-" else delta)


def _date(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _time(hour: int, minute: int, second: int = 0) -> time | None:
    try:
        return time(hour, minute, second)
    except ValueError:
        return None
