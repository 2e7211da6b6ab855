"""Mention candidates in one sentence: names, organisations, places, titles, pronouns, roles.

One sentence at a time, in four passes over its text:
  1. organisation patterns (`lexicons/org_patterns.jsonl`: "Foreign Ministry", "Acme Inc.",
     "Ministry of Foreign Affairs") and acronyms defined in the text ("... (APEC)");
  2. gazetteer names (`analyze/gazetteer.py`) outside those;
  3. office titles (`analyze/roles.py`) outside those;
  4. the remaining tokens: runs of capitalised words become person-name candidates
     (`dateline/given_names.py`, `family_names_first.tsv`, `honorifics.tsv`; common
     capitalised words from `common_words.tsv` trimmed), pronouns and small words get
     one-letter codes.
Each item carries a one-letter code, and the sentence becomes a code string on which the
role patterns run as regular expressions (`_PATTERNS`): pre-modifiers ("Russian Foreign
Minister Sergey Lavrov" = D T N), appositions ("Kerry, the US president's special
envoy" = N , d C T p T), relative clauses ("Lavrov, who is also the envoy of ..." =
N , w i i d T o ...), title-first appositions ("the foreign minister, Sergey Lavrov"),
role nouns ("the foreign minister" = d T), groups ("Russian officials" = D g).

Codes: N person name, X unknown capitalised run, H honorific, C country, D demonym,
O organisation, K capital city, L other place, T title, P pronoun, p possessive 's,
d determiner, w who, i copula/adverb ("is", "also"), o of/for/at/to, v speech verb,
g group noun, "," "(" ")" themselves, e any other word, "." any other punctuation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from dateline.analyze.gazetteer import (
    GazetteerEntry,
    GazetteerMatch,
    city_countries,
    find,
    find_in_tokens,
    is_metonym,
    slug,
)
from dateline.analyze.gazetteer import lookup as gazetteer_lookup
from dateline.analyze.roles import TitleMatch, find_titles, find_titles_in_tokens, title_of
from dateline.analyze.tokens import TOKEN
from dateline.extract.timestamps import month_number
from dateline.given_names import given_names
from dateline.lexicons import load_jsonl, load_table

_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de\u0410-\u042f]")
_INITIAL = re.compile(r"^[A-Z]$")
_SHORT_NAME_PART = re.compile(r"^[A-Z][a-z]$")


@dataclass(slots=True)
class Item:
    """One coded piece of a sentence."""

    start: int
    end: int
    code: str
    gaz: GazetteerEntry | None = None
    title: TitleMatch | None = None
    name: str | None = None
    gender: str | None = None
    short: str | None = None
    sector: str | None = None
    metonym: bool = False


@dataclass
class RoleFinding:
    """A role pattern hit: the holder item, the title item, the affiliation, the evidence."""

    holder: int
    title: int
    affiliation: GazetteerEntry | None
    affiliation_name: str | None
    evidence: tuple[int, int]


@dataclass
class SentenceReading:
    """The coded items of one sentence and what the patterns found in them."""

    items: list[Item]
    roles: list[RoleFinding] = field(default_factory=list)
    role_nouns: list[tuple[int, int, int, GazetteerEntry | None]] = field(default_factory=list)
    groups: list[tuple[int, int]] = field(default_factory=list)


# ---- lexicons ---------------------------------------------------------------------------


@cache
def _mention_words() -> dict[str, str]:
    return {row["word"]: row["code"] for row in load_table("mention_words.tsv")}


@cache
def _particles() -> frozenset[str]:
    return frozenset(w for w, code in _mention_words().items() if code == "particle")


@cache
def _family_first() -> frozenset[str]:
    return frozenset(row["name"] for row in load_table("family_names_first.tsv"))


@cache
def _honorifics() -> dict[str, tuple[str, str]]:
    """Honorific -> (gender, the office title it abbreviates or "")."""
    return {row["honorific"]: (row["gender"], row["title"]) for row in load_table("honorifics.tsv")}


@cache
def _dotted_honorifics() -> frozenset[str]:
    """Words that are an honorific when a full stop follows ("Mr" of "Mr.")."""
    return frozenset(h[:-1] for h in _honorifics() if h.endswith("."))


@cache
def _title_for(word: str) -> TitleMatch | None:
    """The title an honorific stands for ("Sen." -> senator), as a match over nothing."""
    found = find_titles(word)
    return found[0] if found else None


def _honorific_item(start: int, end: int, gender: str, title_word: str) -> Item:
    item = Item(start, end, "H", gender=gender)
    title = _title_for(title_word) if title_word else None
    if title is not None:
        item.title = TitleMatch(start, end, title.title, title.sector, False, False, True)
    return item


@cache
def _common_words() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("common_words.tsv"))


@cache
def _group_nouns() -> dict[str, str]:
    return {row["noun"]: row["sector"] for row in load_table("group_nouns.tsv")}


@cache
def _pronouns() -> dict[str, str]:
    return {row["pronoun"]: row["gender"] for row in load_table("pronouns.tsv")}


@cache
def _org_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    """Capitalised words ending in an organisation head word, with an optional "of X"."""
    heads = {
        str(e.pattern): str((e.model_extra or {}).get("sector") or "")
        for e in load_jsonl("org_patterns.jsonl")
    }
    alternatives = "|".join(re.escape(h) for h in sorted(heads, key=lambda h: (-len(h), h)))
    # A plural possessive belongs to the name: "Transport Workers' Union".
    word = (
        r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&-]*s['’](?!\w)|[A-Z][\w&-]*['’]s(?!\w)"
        r"|[A-Z][\w&-]*(?:['’](?!s\b)\w+)*)"
    )
    regex = re.compile(
        rf"(?:(?:{word}|&|and)\s+){{0,5}}(?P<head>{alternatives})(?![\w])"
        rf"(?P<tail>\s+(?:of|for)\s+(?:the\s+)?{word}(?:\s+(?:(?:and|of|on|for)\s+)?{word}){{0,5}})?"
    )
    return regex, heads


@cache
def _org_heads() -> re.Pattern[str]:
    """The head words alone: a cheap test that a sentence may hold an organisation."""
    _, heads = _org_regex()
    return re.compile("|".join(re.escape(h) for h in sorted(heads, key=lambda h: (-len(h), h))))


_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&]{1,9})\)")


# ---- passes -----------------------------------------------------------------------------


def _org_items(text: str, start: int, end: int) -> list[Item]:
    """Organisations matched by head-word patterns, leading common words trimmed."""
    regex, heads = _org_regex()
    if not _org_heads().search(text, start, end):
        return []  # every match holds a head word
    common = _common_words()
    items = []
    for match in regex.finditer(text, start, end):
        words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", match.group())]
        offset = match.start()
        head_at = match.start("head") - offset
        while words and words[0][0] < head_at and (words[0][2] in common or words[0][2] == "&"):
            words.pop(0)
        words = _after_named_conjunct(words, head_at)
        words = _after_owner(words, head_at)
        if not words:
            continue
        if not words:
            continue
        org_start = offset + words[0][0]
        org_end = match.end()
        head_only = org_start == match.start("head") and not match.group("tail")
        if head_only:
            continue
        name = " ".join(text[org_start:org_end].split())
        known = gazetteer_lookup(name)
        if known is not None and known.type == "organisation":
            items.append(Item(org_start, org_end, "O", gaz=known, name=known.name))
            continue
        if known is not None:
            continue  # a place named like an organisation ("West Bank")
        sector = heads[match.group("head")] or None
        country = next((m.entry.country for m in find(name) if m.entry.type == "country"), None)
        entry = GazetteerEntry(f"organisation:{slug(name)}", name, "organisation", country, sector)
        items.append(Item(org_start, org_end, "O", gaz=entry, name=name, sector=sector))
    return items


def _after_named_conjunct(
    words: list[tuple[int, int, str]], head_at: int
) -> list[tuple[int, int, str]]:
    """ "Rail and Maritime Union" is one name, but in "Norway and European Union" the words
    before "and" name something else (a place, a country, a person: "Gordon Brown and Labour
    Party"): the organisation starts after that "and"."""
    joins = [k for k, word in enumerate(words) if word[2] == "and" and word[0] < head_at]
    if not joins:
        return words
    before = [word for _, _, word in words[: joins[-1]]]
    if not before:
        return words[1:]  # "and Trade Ministry" after a lower-case word: no name before it
    named = gazetteer_lookup(" ".join(before)) is not None or before[0] in given_names()
    return words[joins[-1] + 1 :] if named else words


@cache
def _org_possessors() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("org_possessors.tsv"))


def _after_owner(words: list[tuple[int, int, str]], head_at: int) -> list[tuple[int, int, str]]:
    """ "Sheriff's Office", "People's Liberation Army" are names; in "Russia's Foreign
    Ministry" the possessive names the owner: the organisation starts after it."""
    owners = [k for k, w in enumerate(words) if w[0] < head_at and w[2][-2:] in ("'s", "’s")]
    if not owners:
        return words
    k = owners[-1]
    stem = words[k][2][:-2]
    longer = " ".join([words[k - 1][2], stem]) if k > 0 else stem
    if stem in _org_possessors() or title_of(stem) or title_of(longer):
        return words
    return words[k + 1 :]


def _inside_person_name(
    text: str, toks: list[tuple[int, int, str]], first: int, last: int, entry: GazetteerEntry
) -> bool:
    """A place that is part of a person's name: after a given name ("Jorge Lima") or a
    family name written first ("Phan Van Duc", "Nguyen Van Thieu"), or named like a given
    name next to a capitalised word ("Vladimir Putin", "King Hassan")."""
    if entry.type != "place":
        return False
    given = given_names()
    before = toks[first - 1] if first > 0 else None
    if before is not None and toks[first][0] - before[1] == 1:
        if before[2] in given:
            return True  # a surname named like a city: "Jorge Lima", "Anna Paris"
        if before[2] in _family_first() and _is_cap(toks[first][2]):
            return True  # the middle or given name after a family name: "Phan Van Duc"
    if text[toks[first][0] : toks[last][1]] not in given:
        return False
    common = _common_words()
    for k in (first - 1, last + 1):
        if 0 <= k < len(toks):
            word = toks[k][2]
            gap = toks[first][0] - toks[k][1] if k < first else toks[k][0] - toks[last][1]
            if gap == 1 and _is_cap(word) and word not in common and word[0].isalpha():
                return True
    return False


def _gaz_code(match: GazetteerMatch) -> str:
    entry = match.entry
    if entry.type == "country":
        return "D" if entry.kind == "demonym" else "C"
    if entry.type == "organisation":
        return "O"
    return "K" if entry.capital_of else "L"


@lru_cache(maxsize=65536)
def _is_cap(word: str) -> bool:
    return bool(_CAPITALISED.match(word))


def _name_items(text: str, toks: list[tuple[int, int, str]]) -> list[Item]:
    """Split a capitalised run before a given name that does not start it ("Despite John
    Kerry" -> "Despite" + "John Kerry"), and code each part."""
    given = given_names()
    for k in range(1, len(toks) - 1):
        word = toks[k][2]
        if word in given or (word.isupper() and word.capitalize() in given):
            if toks[0][2] not in given:
                return [_name_item(text, toks[:k]), _name_item(text, toks[k:])]
            break
    return [_name_item(text, toks)]


def _name_item(text: str, toks: list[tuple[int, int, str]]) -> Item:
    """A person-name candidate from a run of capitalised tokens (N when sure, else X)."""
    words = [  # "Th." of "Gudni Th. Johannesson" keeps its stop; initials get one below
        t[2] + ("." if _SHORT_NAME_PART.match(t[2]) and _next_is(toks, k, ".") else "")
        for k, t in enumerate(toks)
        if t[2] != "."
    ]
    caps = all(w.isupper() for w in words) and any(len(w) > 1 for w in words)
    shown = [w.capitalize() if caps and len(w) > 1 else w for w in words]
    name = _join_name(shown)
    given = given_names().get(shown[0])
    item = Item(toks[0][0], toks[-1][1], "X", name=name)
    real_words = [w for w in shown if not _INITIAL.match(w) and w not in _particles()]
    if given is not None and len(real_words) >= 2:
        item.code, item.gender, item.short = "N", given, real_words[-1]
    elif shown[0] in _family_first() and 2 <= len(shown) <= 3 and len(real_words) == len(shown):
        item.code, item.gender, item.short = "N", "u", shown[0]
    else:
        item.short = real_words[-1] if real_words else name
    return item


def _join_name(words: list[str]) -> str:
    out = ""
    for word in words:
        if _INITIAL.match(word):
            out += (" " if out else "") + word + "."
        else:
            out += (" " if out else "") + word
    return out


def _word_items(text: str, toks: list[tuple[int, int, str]]) -> list[Item]:
    """Code the free tokens: capitalised runs, pronouns, small words."""
    items: list[Item] = []
    common = _common_words()
    honorifics = _honorifics()
    dotted_honorifics = _dotted_honorifics()
    pronouns = _pronouns()
    groups = _group_nouns()
    small = _mention_words()
    plain = _plain_words()
    i = 0
    while i < len(toks):
        s, e, word = toks[i]
        is_plain = plain.get(word)
        if is_plain is None:
            is_plain = _is_plain(word)
            if len(plain) < _PLAIN_WORDS_SEEN:
                plain[word] = is_plain
        if is_plain and not _opens_name(toks, i):
            items.append(Item(s, e, "e"))  # a lower-case word with no other reading
            i += 1
            continue
        dotted = word in dotted_honorifics and _next_is(toks, i, ".")
        if dotted or word in honorifics:
            last = i + 1 if dotted else i
            gender, title_word = honorifics[word + "." if dotted else word]
            items.append(_honorific_item(s, toks[last][1], gender, title_word))
            i = last + 1
            continue
        if (_is_cap(word) and word not in common and not word.isdigit()) or _opens_name(toks, i):
            j = _run_end(text, toks, i)
            items.extend(_name_items(text, toks[i:j]))
            i = j
            continue
        lower = word.lower()
        if lower in pronouns:
            items.append(Item(s, e, "P", gender=pronouns[lower], name=lower))
        elif word in ("'s", "’s"):
            items.append(Item(s, e, "p"))
        elif word in ",()":
            items.append(Item(s, e, word))
        elif small.get(lower, "particle") != "particle":
            items.append(Item(s, e, small[lower]))
        elif word in groups:
            items.append(Item(s, e, "g", sector=groups[word], name=word))
        elif word[0].isalnum():
            items.append(Item(s, e, "e"))
        else:
            items.append(Item(s, e, "."))
        i += 1
    return items


_PLAIN_WORDS_SEEN = 65536


def _opens_name(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A common word that is also a given name ("Per") opens a name inside a sentence,
    before a capitalised word ("its leader, Per Aasen, said"); at a sentence's start it
    stays the common word ("Per the agreement, ..."), and a month's full name stays a month
    ("in April Congress voted"; "Jan Berg" is a name)."""
    word = toks[i][2]
    if word not in given_names() or i == 0 or i + 1 >= len(toks):
        return False
    if len(word) > 3 and month_number(word) is not None:
        return False
    after = toks[i + 1]
    return after[0] - toks[i][1] == 1 and _is_cap(after[2]) and after[2] not in _common_words()


@cache
def _plain_words() -> dict[str, bool]:
    """Word -> whether `_word_items` codes it "e" wherever it stands (`_is_plain`),
    filled as words are met (up to `_PLAIN_WORDS_SEEN` words)."""
    return {}


def _is_plain(word: str) -> bool:
    """Whether `_word_items` codes `word` "e" (an ordinary word) wherever it stands."""
    if not word or word in _honorifics() or word in _dotted_honorifics():
        return False
    if _is_cap(word) and word not in _common_words() and not word.isdigit():
        return False
    lower = word.lower()
    if lower in _pronouns() or word in ("'s", "’s") or word in ",()":
        return False
    if _mention_words().get(lower, "particle") != "particle" or word in _group_nouns():
        return False
    return word[0].isalnum()


def _next_is(toks: list[tuple[int, int, str]], i: int, value: str) -> bool:
    return i + 1 < len(toks) and toks[i + 1][2] == value and toks[i + 1][0] == toks[i][1]


def _initial_in_run(toks: list[tuple[int, int, str]], stop: int, start: int) -> bool:
    """Whether the word before the stop at `stop` is an initial ("W." of George W. Bush),
    or a two-letter abbreviated name inside a run of names ("Th." of Gudni Th.
    Johannesson) with a capitalised word after the stop."""
    word = toks[stop - 1][2]
    if _INITIAL.match(word):
        return True
    return (
        _SHORT_NAME_PART.match(word) is not None
        and stop - 1 > start
        and stop + 1 < len(toks)
        and _is_cap(toks[stop + 1][2])
    )


def _run_end(text: str, toks: list[tuple[int, int, str]], i: int) -> int:
    """The end (exclusive token index) of the capitalised name run starting at `i`."""
    common = _common_words()
    j = i + 1
    while j < len(toks):
        word = toks[j][2]
        if toks[j][0] - toks[j - 1][1] > 1 or "\n" in text[toks[j - 1][1] : toks[j][0]]:
            break
        if word == "." and _initial_in_run(toks, j, i) and toks[j][0] == toks[j - 1][1]:
            j += 1
            continue
        if _is_cap(word) and word not in common and word[0].isalpha():
            j += 1
            continue
        if word in _particles() and j + 1 < len(toks) and _is_cap(toks[j + 1][2]):
            j += 1
            continue
        head, _, rest = word.partition("-")
        if rest and head in _particles() and _is_cap(rest):
            j += 1  # "al-Bashir", "bin-Salman"
            continue
        break
    return j


# ---- the sentence reading ---------------------------------------------------------------


def read_sentence(text: str, start: int, end: int, acronyms: dict[str, Item]) -> SentenceReading:
    """Code `text[start:end]` and run the role, role-noun and group patterns over it.

    Args:
        text: the whole field text.
        start: sentence start.
        end: sentence end.
        acronyms: acronym -> organisation item, defined earlier in the text (updated).
    """
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]
    starts = [t[0] for t in toks]
    covered = [False] * len(toks)
    items = []
    for org in _org_items(text, start, end):
        first, last = bisect_left(starts, org.start), bisect_left(starts, org.end) - 1
        if first <= last and not any(covered[first : last + 1]):
            covered[first : last + 1] = [True] * (last + 1 - first)
            items.append(org)
    for first, last, entry in find_in_tokens(toks):
        match = GazetteerMatch(toks[first][0], toks[last][1], entry)
        word = text[match.start : match.end]
        if any(covered[first : last + 1]) or word in acronyms:
            continue
        if _inside_person_name(text, toks, first, last, entry):
            continue
        code = _gaz_code(match)
        item = Item(match.start, match.end, code, gaz=entry)
        item.metonym = code == "K" and is_metonym(text, match)
        items.append(item)
        covered[first : last + 1] = [True] * (last + 1 - first)
    for first, last, title in find_titles_in_tokens(text, toks):
        if not any(covered[first : last + 1]):
            items.append(Item(title.start, title.end, "T", title=title))
            covered[first : last + 1] = [True] * (last + 1 - first)
    free = [tok for tok, taken in zip(toks, covered, strict=True) if not taken]
    items.extend(_word_items(text, free))
    items.sort(key=lambda it: it.start)
    _apply_acronyms(text, items, acronyms)
    _towns_named_after_places(text, items)
    _possessive_countries(items)
    _names_after_honorifics(text, items)
    reading = SentenceReading(items)
    _apply_patterns(text, reading)
    return reading


@cache
def _place_prefixes() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("place_prefixes.tsv"))


def _towns_named_after_places(text: str, items: list[Item]) -> None:
    """A country's or city's name followed by ", <region of another country>" names a town
    there: "Lebanon, Ohio", "Paris, Texas", "East Palestine, Ohio" (a word of
    `place_prefixes.tsv` read on its own right before the name joins it). The region must
    be no city itself, or a list of cities ("Geneva, Vienna") would read as one."""
    joined: set[int] = set()
    for k in range(len(items) - 2):
        item, comma, region = items[k], items[k + 1], items[k + 2]
        if item.code not in "CKL" or item.gaz is None or region.code != "L":
            continue
        if comma.code != "," or region.gaz is None or text[item.end : region.start] != ", ":
            continue
        country = region.gaz.country
        if country is None or country == item.gaz.country or city_countries(region.gaz.name):
            continue
        if k > 0 and _place_prefix_before(text, items[k - 1], item):
            item.start = items[k - 1].start
            joined.add(k - 1)
        name = text[item.start : item.end]
        item.code = "L"
        # its own id: "Paris, Texas" is not the Paris a gazetteer id names
        item.gaz = GazetteerEntry(f"place:{slug(name)}-{country.lower()}", name, "place", country)
    items[:] = [it for k, it in enumerate(items) if k not in joined]


def _place_prefix_before(text: str, before: Item, item: Item) -> bool:
    """Whether `before` is a lone prefix word of a town's name right before `item`."""
    return (
        before.code == "X"
        and text[before.start : before.end] in _place_prefixes()
        and text[before.end : item.start] == " "
    )


def _names_after_honorifics(text: str, items: list[Item]) -> None:
    """A capitalised title word right after an honorific is a surname ("Mr. King")."""
    for k in range(1, len(items)):
        item = items[k]
        title = item.title
        if items[k - 1].code != "H" or item.code != "T" or title is None or not title.capitalised:
            continue
        word = text[item.start : item.end]
        if " " not in word:
            items[k] = Item(item.start, item.end, "X", name=word, short=word)


def _possessive_countries(items: list[Item]) -> None:
    """An organisation after "<country>'s" belongs to that country ("Peru's Supreme Court")."""
    for k in range(2, len(items)):
        item, owner = items[k], items[k - 2]
        if item.code != "O" or item.gaz is None or item.gaz.country or items[k - 1].code != "p":
            continue
        if owner.code in "CD" and owner.gaz is not None:
            item.gaz = replace(item.gaz, country=owner.gaz.country)


def _apply_acronyms(text: str, items: list[Item], acronyms: dict[str, Item]) -> None:
    """Define "(APEC)" after an organisation; code later uses of a defined acronym as O."""
    for k, item in enumerate(items):
        word = text[item.start : item.end]
        if item.code == "X" and word in acronyms:
            known = acronyms[word]
            item.code, item.name, item.gaz, item.sector = "O", known.name, known.gaz, known.sector
        if item.code not in ("O", "X") or k + 3 > len(items):
            continue
        match = _ACRONYM.match(text, item.end + 1) if text[item.end : item.end + 1] == " " else None
        if match is None:
            continue
        acronym = match.group(1)
        long_name = item.gaz.name if item.gaz else (item.name or "")
        initials = "".join(w[0] for w in long_name.split() if w[0].isupper())
        if item.code == "X" and initials != acronym:
            continue
        if item.code == "X":
            item.code = "O"
        acronyms[acronym] = item
        for later in items[k + 1 :]:
            if later.start > match.start() and text[later.start : later.end] == acronym:
                later.code, later.name, later.gaz = "O", item.name, item.gaz
                later.sector = item.sector


# Role patterns over the code string; named groups mark the pieces.
_AFFIL = r"[CDOKL]"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(regex))
    for name, regex in (
        ("honorific", r"(?P<hon>H)(?P<holder>[NX])"),
        (
            "premodifier",
            rf"(?P<det>d)?(?:(?P<affil>{_AFFIL})p?)?(?P<title>[TR])(?P<holder>[NX])"
            # ... with the body or country after the name: "economist Maria Lund of Oslo
            # University" (an unknown name there is more often a home town: not taken).
            r"(?:o(?P<of>[CKO]))?",
        ),
        (
            "apposition",
            rf"(?P<holder>[NXR])(?:\(e+\))?,(?P<det>d)?(?:(?P<affil>{_AFFIL})p?)?"
            rf"(?:d?(?P<affil2>{_AFFIL})?(?P<owner>[TR])p)?(?P<title>[TR])"
            rf"(?:o(?P<odet>d)?(?:(?P<of>{_AFFIL})(?P<oftitle>T)?(?P<ofname>[NX])?|(?P<oftitle2>T)(?P<ofname2>[NX])?|(?P<oforg>X)))?"
            # ... and not a title a name follows: in "Brazil's president, Lucas Ferreira,
            # Argentina's president, Martín Sosa" the second title is Sosa's. A title may
            # be followed by whom it serves when that is no name ("a lawyer for the family").
            r"(?=[,.;)]|$|v|e|i|w|o)(?!,[NX])",
        ),
        (
            "relative",
            rf"(?P<holder>[NXR]),w[i]+(?P<det>d)?(?:(?P<affil>{_AFFIL})p?)?(?P<title>[TR])"
            rf"(?:o(?P<odet>d)?(?:(?P<of>{_AFFIL})(?P<oftitle>T)?(?P<ofname>[NX])?|(?P<oftitle2>T)(?P<ofname2>[NX])?|(?P<oforg>X)))?",
        ),
        (
            "title_first",
            rf"(?P<det>d)?(?:(?P<affil>{_AFFIL})p?)?(?P<title>[TR])(?:od?(?P<of>{_AFFIL}))?"
            r",(?P<holder>[NX])(?=[,.;]|$)",
        ),
    )
)


def _apply_patterns(text: str, reading: SentenceReading) -> None:
    """Find roles, role nouns and groups; upgrade name candidates found in a role."""
    items = reading.items
    _mark_role_nouns(text, reading)
    code_list = [it.code for it in items]
    for role_noun in reading.role_nouns:
        code_list[role_noun[1]] = "R"
    codes = "".join(code_list)
    used_titles: set[int] = set()
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(codes):
            holder = match.start("holder")
            if name == "honorific":
                hon = items[match.start("hon")]
                _upgrade(items[holder], hon.gender)
                if hon.title is not None:
                    finding = RoleFinding(
                        holder, match.start("hon"), None, None, (hon.start, hon.end)
                    )
                    reading.roles.append(finding)
                continue
            title_k = match.start("title")
            title = items[title_k].title
            if title is None or title.plural or title_k in used_titles or holder == title_k:
                continue
            if _acronym(text, items[holder]):
                continue  # "the Kenyan broadcaster KTN": a body's initials hold no office
            used_titles.add(title_k)
            _upgrade(items[holder], None)
            affiliation, affil_name = _affiliation(items, match)
            pieces = [match.start(g) for g in _EVIDENCE_GROUPS if _matched(match, g)]
            first = min(pieces)
            last = max(match.start(g) for g in _EVIDENCE_TAIL if _matched(match, g))
            reading.roles.append(
                RoleFinding(
                    holder,
                    title_k,
                    affiliation,
                    affil_name,
                    (items[first].start, items[last].end),
                )
            )
            reading.role_nouns = [rn for rn in reading.role_nouns if rn[1] != title_k]
            for group in ("ofname", "ofname2"):
                if _matched(match, group):
                    _upgrade(items[match.start(group)], None)
    for k, item in enumerate(items[:-1]):
        nxt = items[k + 1]
        plural_title = nxt.code == "T" and nxt.title is not None and nxt.title.plural
        if item.code in "CD" and (nxt.code == "g" or plural_title):
            if plural_title and nxt.title is not None:
                nxt.sector = nxt.title.sector
            reading.groups.append((k, k + 1))
    _speech_context(text, items)


_EVIDENCE_GROUPS = ("det", "affil", "affil2", "owner", "title")
_EVIDENCE_TAIL = ("title", "of", "oftitle", "ofname", "oftitle2", "ofname2", "oforg")


def _matched(match: re.Match[str], group: str) -> bool:
    return group in match.re.groupindex and match.start(group) >= 0


def _affiliation(
    items: list[Item], match: re.Match[str]
) -> tuple[GazetteerEntry | None, str | None]:
    """The country or organisation a title belongs to, from the pattern's pieces."""
    groups = match.groupdict()
    for key in ("affil", "affil2", "of"):
        if groups.get(key) is not None and match.start(key) >= 0:
            item = items[match.start(key)]
            return _item_entry(item), None
    if groups.get("oforg") is not None and match.start("oforg") >= 0:
        # "chief executive of Vestnett", "a spokeswoman for Halvorsen Shipping": an
        # unknown name a title belongs to is an organisation.
        item = items[match.start("oforg")]
        item.code = "O"
        return _item_entry(item), None
    for key in ("ofname", "ofname2"):
        if groups.get(key) is not None and match.start(key) >= 0:
            return None, items[match.start(key)].name
    return None, None


def _item_entry(item: Item) -> GazetteerEntry | None:
    if item.gaz is not None:
        if item.gaz.type == "place" and item.gaz.capital_of:
            return gazetteer_lookup(item.gaz.capital_of) or item.gaz
        return item.gaz
    if item.code == "O" and item.name:
        country = None
        for match in find(item.name):
            if match.entry.type == "country":
                country = match.entry.country
                break
        return GazetteerEntry(
            f"organisation:{slug(item.name)}", item.name, "organisation", country, item.sector
        )
    return None


ACRONYM_MAX = 5  # letters of a body's initials ("KTN", "UNHCR"); longer words are names


def _acronym(text: str, item: Item) -> bool:
    """A lone word in capitals that is no given name ("KTN", not "PAUL"): initials."""
    word = text[item.start : item.end]
    return (
        2 <= len(word) <= ACRONYM_MAX
        and word.isalpha()
        and word.isupper()
        and word.capitalize() not in given_names()
    )


def _upgrade(item: Item, gender: str | None) -> None:
    """A name candidate shown to be a person by its context."""
    if item.code == "X":
        item.code = "N"
    if gender and gender != "u" and not item.gender:
        item.gender = gender


def _mark_role_nouns(text: str, reading: SentenceReading) -> None:
    """Titles used as nouns for a person: "the foreign minister", "US climate envoy"."""
    items = reading.items
    for k, item in enumerate(items):
        if item.code != "T" or item.title is None or item.title.plural:
            continue
        nxt = items[k + 1].code if k + 1 < len(items) else ""
        if nxt in ("N", "X"):
            continue  # a pre-modifier: handled as a role of the name
        prev = k - 1
        affiliation = None
        possessive = prev >= 0 and items[prev].code == "p"
        if possessive:
            prev -= 1  # "Russia's foreign minister"
        if prev >= 0 and items[prev].code in "CDOK" and items[prev].gaz is not None:
            affiliation = _item_entry(items[prev])
            start_k = prev
            prev -= 1
        else:
            start_k = k
            possessive = False
        opener = prev < 0 or items[prev].code == "d" or possessive
        if prev >= 0 and items[prev].code == "d":
            start_k = prev
        if not opener or (not item.title.bare and affiliation is None):
            continue
        if prev < 0 and affiliation is None and not item.title.capitalised:
            continue
        reading.role_nouns.append((start_k, k, k, affiliation))


@cache
def _group_plural_suffixes() -> tuple[str, ...]:
    return tuple(row["suffix"] for row in load_table("group_plural_suffixes.tsv"))


def _looks_like_group_plural(word: str) -> bool:
    """'Farmers', 'Librarians': one capitalised word naming a kind of people."""
    return (
        " " not in word
        and word.lower().endswith(_group_plural_suffixes())
        and word not in given_names()
    )


@cache
def _actor_nouns() -> frozenset[str]:
    """Nouns for kinds of actors ("regulator", "police", "officials"), from sectors.tsv."""
    return frozenset(row["term"].lower() for row in load_table("sectors.tsv"))


_AFTER_PREPOSITION = re.compile(r"\b(?:of|in|at|from)\s+$")


def _speech_context(text: str, items: list[Item]) -> None:
    """An unknown capitalised name right before or after a speech verb is a person,
    unless it opens the sentence and reads as a plural of people ("Farmers said") or is a
    noun for a kind of actor ("Regulator says"), or completes a phrase after of/in/at/from
    ("the Port of Valdrin said")."""
    for k, item in enumerate(items):
        if item.code != "X" or not item.name or text[item.start : item.end].isupper():
            continue
        word = text[item.start : item.end]
        if k == 0 and (_looks_like_group_plural(word) or word.lower() in _actor_nouns()):
            continue  # "Regulator says ...": a noun for an actor, capitalised to open a line
        if _AFTER_PREPOSITION.search(text, max(0, item.start - 8), item.start):
            continue  # "the Port of Valdrin said": the name completes a phrase
        before = items[k - 1].code if k > 0 else ""
        after = items[k + 1].code if k + 1 < len(items) else ""
        if before == "v" or after == "v":
            item.code = "N"
