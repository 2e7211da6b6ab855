"""Given names and the gender they most often carry, from two sources.

1. `lexicons/given_names.tsv`, written for dateline: the curated first source. It is read
   first and always wins, and it is the only source for names that are also ordinary words
   ("Grant", "Rose", "Mark").
2. The name dictionary shipped inside the `gender-guesser` package (`data/nam_dict.txt`,
   Jörg Michael's list of ~45,000 first names from Europe, the Americas, the Middle East,
   Africa and Asia, with genders): it fills in the world's names our list lacks ("Bence",
   "Owain", "Cassidy"). Only the data file is read, unmodified, from the installed package
   (none of it is copied here, and the package's GPL code is not imported: the file is under
   the GNU FDL), once per process (~0.07 s, ~12 MB), with no download. Its names that
   are ordinary English words or places (`lexicons/given_name_exclusions.tsv`), page words
   (`lexicons/common_words.tsv`) and names of fewer than three letters are left out, so a
   capitalised "Will", "Hope" or "Houston" does not start a person's name.

Genders are "m", "f" or "u" (used for both, or unknown).

>>> given_name("Owain"), given_name("Hope"), given_name("Rose")
('m', None, 'f')
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib.resources import files

from dateline.errors import LexiconError
from dateline.lexicons import load_table

_PACKAGE = "gender_guesser"
_DATA_FILE = "data/nam_dict.txt"
_MIN_LETTERS = 3  # "Al", "Bo", "Li": short names come from our own list only
# nam_dict's gender codes: M/F (male/female), 1M/1F and ?M/?F (mostly), ? (either).
_CODE_GENDER = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": "u"}
_SURE_GENDER = {"M": "m", "F": "f"}


def given_name(word: str) -> str | None:
    """The gender a given name carries ("m", "f", "u"), or None when `word` is not one.

    Case-sensitive: a given name is capitalised ("Bence", not "bence").
    """
    return given_names().get(word)


@cache
def given_names() -> Mapping[str, str]:
    """Every given name dateline knows -> its gender: our list over the package's.

    Where our list says "u" and every entry of the package gives the name one gender
    outright ("Elizabeth", "Rahul"), the package's gender is taken; a name the package
    marks as "mostly" one gender or as either ("Taylor", "Yuki") stays "u".
    """
    names = dict(package_names())
    sure = _sure_genders()
    for name, gender in curated_names().items():
        names[name] = sure.get(name, gender) if gender == "u" else gender
    return names


@cache
def curated_names() -> dict[str, str]:
    """The names in `lexicons/given_names.tsv` -> gender."""
    return {row["name"]: row["gender"] for row in load_table("given_names.tsv")}


@cache
def package_names() -> dict[str, str]:
    """The package's names that may stand as given names -> gender (see the module doc)."""
    left_out = _left_out()
    genders: dict[str, str] = {}
    for code, name in _package_entries():
        if len(name) < _MIN_LETTERS or name in left_out:
            continue
        gender = _CODE_GENDER[code]
        genders[name] = gender if genders.get(name, gender) == gender else "u"
    return genders


@cache
def _sure_genders() -> dict[str, str]:
    """Names every entry of the package gives one gender outright (code M or F) -> gender."""
    sure: dict[str, str] = {}
    unsure: set[str] = set()
    for code, name in _package_entries():
        gender = _SURE_GENDER.get(code)
        if gender is None or sure.get(name, gender) != gender:
            unsure.add(name)
        else:
            sure[name] = gender
    return {name: gender for name, gender in sure.items() if name not in unsure}


@cache
def _package_entries() -> tuple[tuple[str, str], ...]:
    """(gender code, name) for each name line of nam_dict.

    A line is a code, the name and per-country frequencies; "#" lines are comments and
    "=" lines say two spellings are the same name. A "+" joins the parts of a compound name
    ("Jean+Pierre"), written with a hyphen in running text.
    """
    entries: list[tuple[str, str]] = []
    for line in _package_text().splitlines():
        parts = line.split(maxsplit=2)
        if len(parts) < 2 or parts[0] not in _CODE_GENDER:
            continue
        name = parts[1].replace("+", "-")
        if name[:1].isupper():
            entries.append((parts[0], name))
    return tuple(entries)


def _package_text() -> str:
    try:
        return files(_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise LexiconError(
            "the gender-guesser package (a dependency) is not installed", path=_DATA_FILE
        ) from exc


def _left_out() -> frozenset[str]:
    excluded = {row["name"] for row in load_table("given_name_exclusions.tsv")}
    excluded |= {row["word"] for row in load_table("common_words.tsv")}
    return frozenset(excluded)
