"""The dated office dictionary: who held which office, for which country, and when.

The starter dictionary is `lexicons/offices.tsv`. A user adds or corrects people with a
file in the same format, given as an argument or by the `DATELINE_OFFICES` environment
variable (see docs/offices.md). A person named in the user file is taken from the user file
only: the user's rows for that name replace the starter's.
"""

from __future__ import annotations

import calendar
import os
import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from dateline.errors import ConfigError, LexiconError
from dateline.lexicons import load_table

ENV_VAR = "DATELINE_OFFICES"
COLUMNS = ("name", "aliases", "office", "country", "sector", "start", "end")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class OfficeTerm:
    """One term of one office: "Sergey Lavrov, foreign minister, RUS GOV, 2004-03-09 –"."""

    name: str
    aliases: tuple[str, ...]
    office: str
    country: str
    sector: str
    start: str
    end: str

    def covers(self, date: str | None) -> bool:
        """Whether the term overlaps `date` (a day, month or year); True without a date."""
        span = date_bounds(date)
        if span is None:
            return True
        first, last = span
        return (not self.start or self.start <= last) and (not self.end or first < self.end)


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """The first and last day a TIMEX3 date value covers: "2021-06" -> 2021-06-01, 2021-06-30."""
    match = _ISO_DATE.match(value or "")
    if match is None:
        return None
    year, month, day = match.groups()
    if day:
        return f"{year}-{month}-{day}", f"{year}-{month}-{day}"
    if month:
        last = calendar.monthrange(int(year), int(month))[1] if 1 <= int(month) <= 12 else 31
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def name_key(name: str) -> str:
    """How names are compared: case-folded, dots dropped, spaces collapsed."""
    return " ".join(name.replace(".", " ").casefold().split())


def _term(row: dict[str, str]) -> OfficeTerm:
    return OfficeTerm(
        name=row["name"],
        aliases=tuple(a.strip() for a in row.get("aliases", "").split(";") if a.strip()),
        office=row["office"],
        country=row["country"],
        sector=row["sector"] or "GOV",
        start=row.get("start", ""),
        end=row.get("end", ""),
    )


def _check(row: dict[str, str], where: str, line: int) -> None:
    for column in ("name", "office", "country"):
        if not row.get(column):
            raise LexiconError(f"missing {column}", path=where, line=line)
    for column in ("start", "end"):
        value = row.get(column, "")
        if value and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise LexiconError(f"{column} {value!r} is not YYYY-MM-DD", path=where, line=line)


def read_office_file(path: str | Path) -> tuple[OfficeTerm, ...]:
    """Read a user office file (the format of `lexicons/offices.tsv`).

    Raises:
        ConfigError: the file does not exist or cannot be read.
        LexiconError: a row is malformed (names the file and line).
    """
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read office file ({exc.strerror})", path=where) from exc
    terms: list[OfficeTerm] = []
    columns: list[str] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if columns is None:
            if "name" not in cells:
                cells, columns = cells, list(COLUMNS)
            else:
                columns = cells
                continue
        if len(cells) > len(columns):
            raise LexiconError(
                f"{len(cells)} cells, expected {len(columns)}", path=where, line=number
            )
        row = dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True))
        _check(row, where, number)
        terms.append(_term(row))
    return tuple(terms)


@dataclass(frozen=True)
class OfficeDictionary:
    """Terms of office, looked up by a person's name or alias on a date."""

    terms: tuple[OfficeTerm, ...]

    @cached_property
    def _index(self) -> dict[str, tuple[tuple[OfficeTerm, bool], ...]]:
        return _index_terms(self.terms)

    @cached_property
    def surnames(self) -> frozenset[str]:
        """Every case-folded one-word name or alias in the dictionary ("lavrov")."""
        return frozenset(key for key in self._index if " " not in key)

    def lookup(self, name: str, date: str | None = None) -> OfficeTerm | None:
        """The office `name` held on `date` (a TIMEX3 date value), or None.

        A full-name match beats an alias match; among terms that cover the date the latest
        start wins. Without a date, a name whose terms all share one country and sector
        gives its latest term; otherwise nothing (the date would be needed to choose).

        Example:
            >>> offices = load_offices()
            >>> offices.lookup("Putin", "2010-01-01").office
            'prime minister'
        """
        hits = self._index.get(name_key(name), ())
        covering = [(term, full) for term, full in hits if term.covers(date)]
        if not covering:
            return None
        if date_bounds(date) is None:
            codes = {(term.country, term.sector) for term, _ in covering}
            if len(codes) > 1:
                return None
        covering.sort(key=lambda item: (item[1], item[0].start), reverse=True)
        return covering[0][0]


def _index_terms(terms: tuple[OfficeTerm, ...]) -> dict[str, tuple[tuple[OfficeTerm, bool], ...]]:
    index: dict[str, list[tuple[OfficeTerm, bool]]] = {}
    for term in terms:
        index.setdefault(name_key(term.name), []).append((term, True))
        for alias in term.aliases:
            if name_key(alias) != name_key(term.name):
                index.setdefault(name_key(alias), []).append((term, False))
    return {key: tuple(value) for key, value in index.items()}


@cache
def starter_terms() -> tuple[OfficeTerm, ...]:
    """The terms of the starter dictionary shipped in `lexicons/offices.tsv`."""
    return tuple(_term(row) for row in load_table("offices.tsv"))


def merge_terms(
    base: tuple[OfficeTerm, ...], user: tuple[OfficeTerm, ...]
) -> tuple[OfficeTerm, ...]:
    """The user's terms over the base: a name in `user` drops the base's rows for it."""
    replaced = {name_key(term.name) for term in user}
    return tuple(t for t in base if name_key(t.name) not in replaced) + user


@cache
def _load(path: str | None) -> OfficeDictionary:
    user = read_office_file(path) if path else ()
    return OfficeDictionary(merge_terms(starter_terms(), user))


def load_offices(path: str | Path | None = None) -> OfficeDictionary:
    """The starter office dictionary merged with the user's file.

    Args:
        path: a user office file; defaults to `$DATELINE_OFFICES` when set.

    Returns:
        The dictionary (cached per path).
    """
    chosen = str(path) if path else os.environ.get(ENV_VAR) or None
    return _load(chosen)
