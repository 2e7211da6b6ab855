"""Office titles: find them in text and normalise them ("Minister of Foreign Affairs" ->
"foreign minister"), from `lexicons/office_titles.jsonl`.

`find_titles(text, start, end)` returns every title in one regex pass, with modifiers
("deputy", "special", "acting", "former") kept in the normalised title. Which person
holds a title (pre-modifier "Russian Foreign Minister Sergey Lavrov", apposition
"Kerry, the US president's special envoy for climate", relative clause "Lavrov, who is
also the climate envoy of ...") is decided in `analyze/mentions.py` over the sequence of
names, titles and gazetteer matches; `make_role()` builds the `Role` from the pieces.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from dateline.analyze.gazetteer import GazetteerEntry
from dateline.analyze.tokens import TOKEN, normal_key
from dateline.lexicons import load_jsonl
from dateline.model import Role, Span

# Modifiers kept in the normalised title; "then" (as in "then president") is dropped.
_MODIFIERS = (
    "deputy",
    "vice",
    "acting",
    "interim",
    "assistant",
    "first",
    "senior",
    "special",
    "former",
    "outgoing",
    "incoming",
    "then",
    "top",
    "principal",
    "presidential",
    "lead",
    "chief",
    "executive",
    "permanent",
)
_MODIFIER_SET = frozenset(_MODIFIERS)


@dataclass(frozen=True)
class TitleDef:
    """One office title of the lexicon."""

    label: str
    sector: str | None
    bare: bool


@dataclass(frozen=True)
class TitleMatch:
    """A title found in text: `text[start:end]`, normalised to `title`."""

    start: int
    end: int
    title: str
    sector: str | None
    bare: bool
    plural: bool
    capitalised: bool


@dataclass(frozen=True)
class _TitleIndex:
    defs: dict[str, TitleDef]
    any_words: frozenset[str]  # first words of titles and modifiers, singular and plural
    max_words: int


@cache
def _titles() -> _TitleIndex:
    """Title key (lower-case tokens joined by spaces) -> definition, compiled once."""
    defs: dict[str, TitleDef] = {}
    for entry in load_jsonl("office_titles.jsonl"):
        key = normal_key(str(entry.pattern).lower())
        extra = entry.model_extra or {}
        defs.setdefault(
            key, TitleDef(entry.label, extra.get("sector"), bool(extra.get("bare", True)))
        )
    first = {key.split(" ")[0] for key in defs}
    plurals = {w + "s" for w in first} | {w + "es" for w in first}
    plurals |= {w[:-1] + "ies" for w in first if w.endswith("y")}
    words = frozenset(first | plurals | _MODIFIER_SET)
    return _TitleIndex(defs, words, max(len(key.split(" ")) for key in defs))


@cache
def _place_titles() -> frozenset[str]:
    """Titles of offices that govern a place ("mayor", "governor"): what they are "of" is a
    town or region, even one the gazetteer does not know."""
    return frozenset(
        entry.label
        for entry in load_jsonl("office_titles.jsonl")
        if (entry.model_extra or {}).get("of-place")
    )


def _of_a_place(title: str) -> bool:
    """Whether a normalised title ("former mayor") is a place's office."""
    return any(title == t or title.endswith(" " + t) for t in _place_titles())


@cache
def relational_titles() -> frozenset[str]:
    """Titles that name the office of the person they are set against ("counterpart")."""
    return frozenset(
        entry.label
        for entry in load_jsonl("office_titles.jsonl")
        if (entry.model_extra or {}).get("relational")
    )


def borrow_office(title: TitleMatch, office: TitleMatch) -> TitleMatch:
    """A relational title ("his Polish counterpart") holding another person's office."""
    return replace(title, title=office.title, sector=office.sector)


def _plural_key(word: str) -> tuple[str, bool]:
    if word.endswith("ies"):
        return word[:-3] + "y", True
    if word.endswith(("shes", "ches", "sses")):
        return word[:-2], True
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1], True
    return word, False


def find_titles(text: str, start: int = 0, end: int | None = None) -> list[TitleMatch]:
    """Every office title in `text[start:end]`, left to right, longest first.

    Args:
        text: the text to search.
        start: where to start.
        end: where to stop (default: the end of `text`).

    Returns:
        Non-overlapping title matches with their normalised titles.
    """
    stop = len(text) if end is None else end
    toks = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, stop)]
    return [match for _, _, match in find_titles_in_tokens(text, toks)]


def find_titles_in_tokens(
    text: str, tokens: list[tuple[int, int, str]]
) -> list[tuple[int, int, TitleMatch]]:
    """`find_titles()` over tokens already made: (first token, last token, match)."""
    index = _titles()
    toks = [(s, e, w.lower()) for s, e, w in tokens]
    found: list[tuple[int, int, TitleMatch]] = []
    i = 0
    while i < len(toks):
        if toks[i][2] not in index.any_words:
            i += 1
            continue
        j = i
        mods: list[str] = []
        while j < len(toks) and toks[j][2] in _MODIFIER_SET:
            mods.append(toks[j][2])
            j += 1
        hit = _longest_title(toks, j, index)
        while hit is None and mods:  # a modifier may be the title itself ("chief")
            mods.pop()
            j -= 1
            hit = _longest_title(toks, j, index)
        direct = _longest_title(toks, i, index) if mods else None
        if direct is not None and (hit is None or direct[0] >= hit[0]):
            hit, mods = direct, []  # a lexicon phrase that starts with a modifier ("top diplomat")
        if hit is None:
            i = max(j, i) + 1
            continue
        last, definition, plural = hit
        kept = [m for m in mods if m != "then"]
        label = " ".join([*kept, definition.label])
        match = TitleMatch(
            start=toks[i][0],
            end=toks[last][1],
            title=label,
            sector=definition.sector,
            bare=definition.bare,
            plural=plural,
            capitalised=text[toks[i][0]].isupper(),
        )
        found.append((i, last, match))
        i = last + 1
    return found


def _longest_title(
    toks: list[tuple[int, int, str]], i: int, index: _TitleIndex
) -> tuple[int, TitleDef, bool] | None:
    """The longest title starting at token `i`: (last token index, definition, plural)."""
    if i >= len(toks):
        return None
    if toks[i][2] not in index.any_words:
        return None
    best: tuple[int, TitleDef, bool] | None = None
    words: list[str] = []
    for j in range(i, min(len(toks), i + index.max_words)):
        if j > i and toks[j][0] - toks[j - 1][1] > 1:
            break
        words.append(toks[j][2])
        key = " ".join(words)
        definition = index.defs.get(key)
        if definition is not None:
            best = (j, definition, False)
            continue
        singular, plural = _plural_key(words[-1])
        definition = index.defs.get(" ".join([*words[:-1], singular])) if plural else None
        if definition is not None:
            best = (j, definition, True)
    return best


def title_of(text: str) -> str | None:
    """The normalised title `text` names ("Minister of Foreign Affairs" -> "foreign minister")."""
    for match in find_titles(text):
        if match.start == 0 and match.end == len(text.rstrip()):
            return match.title
    return None


def make_role(
    title: TitleMatch,
    affiliation: GazetteerEntry | None,
    evidence: Span,
    name: str | None = None,
    *,
    owned_elsewhere: bool = False,
) -> Role:
    """A `Role` from a title, its affiliation (country or organisation) and evidence.

    The sector is the affiliation's own (an organisation's: "Microsoft president" -> BUS)
    when it has one, else the title's ("foreign minister" -> GOV) — but not a government
    guess for an organisation of unknown kind ("a spokeswoman for Halvorsen Shipping"), nor
    for a title owned by a body named before (`owned_elsewhere`: "its leader", a union's as
    often as a state's).
    """
    sector = title.sector
    if affiliation is None and owned_elsewhere:
        sector = None
    elif affiliation is not None and affiliation.sector and title.sector in (None, "GOV"):
        sector = affiliation.sector
    elif (
        affiliation is not None
        and affiliation.type == "organisation"
        and sector == "GOV"
        and not _of_a_place(title.title)
    ):
        sector = None
    return Role(
        title=title.title,
        affiliation=name or (affiliation.name if affiliation is not None else None),
        country=affiliation.country if affiliation is not None else None,
        sector=sector,
        evidence=evidence,
    )
