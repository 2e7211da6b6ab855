"""News-line parsers shared by HTML and scraped-text extraction: bylines, datelines, credits.

Pure functions over strings. The word lists they use are data in
`lexicons/newsline_words.tsv`. This module also re-exports the timestamp, outlet and
furniture helpers, so extractors import every news-line parser from one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dateline.extract.furniture import is_furniture
from dateline.extract.outlets import OutletInfo, outlet_info
from dateline.extract.timestamps import find_timestamps, make_timestamp, parse_date_words
from dateline.given_names import given_names
from dateline.lexicons import load_table

__all__ = [
    "Byline",
    "DatelineMatch",
    "OutletInfo",
    "find_byline",
    "find_timestamps",
    "is_furniture",
    "is_person_name",
    "is_team_credit",
    "make_timestamp",
    "outlet_info",
    "parse_breadcrumb",
    "parse_byline",
    "parse_date_words",
    "parse_dateline",
    "split_credit",
    "title_case",
]


@dataclass(frozen=True)
class Byline:
    """Who wrote a story, where from, for whom."""

    authors: list[str] = field(default_factory=list)
    place: str | None = None
    organisation: str | None = None


@dataclass(frozen=True)
class DatelineMatch:
    """A wire dateline at the start of a paragraph; `end` is where the story text begins."""

    place: str
    agency: str | None = None
    end: int = 0
    date: str | None = None  # the date it prints with a year ("Nov. 18, 2025"), if any


# ---- word lists -------------------------------------------------------------------------


@cache
def newsline_words(kind: str) -> frozenset[str]:
    """The words of one kind in newsline_words.tsv, case-folded."""
    return frozenset(
        row["word"].casefold() for row in load_table("newsline_words.tsv") if row["kind"] == kind
    )


@cache
def _agency_regex() -> re.Pattern[str]:
    names = sorted(
        (r["word"] for r in load_table("newsline_words.tsv") if r["kind"] == "photo_agency"),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(re.escape(n) for n in names), re.I)


# ---- names ------------------------------------------------------------------------------

NAME_PARTICLES = frozenset(row["particle"] for row in load_table("name_particles.tsv"))
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*|(?:al|el|ad|as)-[A-Z][\w'’\-]*", re.UNICODE)
_NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "the",
        "this",
        "that",
        "these",
        "those",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "our",
        "his",
        "her",
        "their",
        "its",
        "staff",
        "by",
        "written",
        "posted",
        "author",
        "authors",
        "updated",
        "published",
        "reviewed",
        "edited",
        "share",
        "read",
        "min",
    ]
)


_LETTERS = re.compile(r"[^\W\d_]+")
_POSSESSIVE = re.compile(r"(?<=['’])S\b")
_LONG_WORD = re.compile(r"(?<![^\s'’\-])[^\W\d_]{3,}")
_ORG_WORD = re.compile(r"[\w&-]+")
_BYLINE_LEAD_ANYWHERE = re.compile(
    r"(?:^|(?<=\s)|(?<=\|))(?:by\b|words\s*:|reporting by\b)", re.IGNORECASE
)


def names_a_newspaper(line: str) -> bool:
    """Whether a short title line reads as a newspaper's name ("Lakeside Tribune", "The
    Harbour Courier"): two to five capitalised words, the last a masthead word."""
    words = line.strip().split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return False
    if is_desk_label(line):
        return False  # "World News": a desk's label
    return words[-1].casefold() in newsline_words("masthead")


def is_desk_label(line: str) -> bool:
    """Whether a line only names a desk a site files its news under ("Politics", "World
    News", "Business"): a section, never a newspaper's name."""
    words = line.strip().split()
    if words and words[-1].casefold() == "news":
        words = words[:-1]
    return bool(words) and all(w.casefold() in newsline_words("desk") for w in words)


def is_section_label(line: str) -> bool:
    """Whether a line just above a headline reads as its section ("Politics", "World
    News"): one to three capitalised words, no digits, and not a kicker or label such as
    "Exclusive" or "Analysis" (the `not_place` words)."""
    words = line.strip().split()
    if not 1 <= len(words) <= 3 or any(ch.isdigit() for ch in line):
        return False
    if not all(
        (w[:1].isupper() and w.replace("&", "").replace("-", "").isalpha()) or w == "&"
        for w in words
    ):
        return False
    if any(w.casefold() in newsline_words("not_place") for w in words):
        return False
    return words[0].casefold() not in newsline_words("byline_lead")  # "Par Claire Dubois"


def title_case(name: str) -> str:
    """Title Case for a name printed in capitals ("JANE O'NEIL-ROE" -> "Jane O'Neil-Roe")."""

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if match.start() > 0 and len(word) > 1 and word.lower() in NAME_PARTICLES:
            return word.lower()  # "RIO DE JANEIRO" -> "Rio de Janeiro"
        return word[0] + word[1:].lower()

    if name.isupper():
        return _POSSESSIVE.sub("s", _LETTERS.sub(fix, name))
    return _LONG_WORD.sub(lambda m: fix(m) if m[0].isupper() else m[0], name)


def is_person_name(text: str) -> bool:
    """Two to five capitalised name words ("Ren Qi", "Pieter van der Berg"), no digits.

    Stricter than a name after "By": a bare line must read as a name on its own. More than
    three name words need a known given name first ("Best Garden Hose Reels" is a
    title), and no word runs capitals into lower case ("DIYHome", a glued menu entry).
    """
    if not _is_name(text) or _GLUED_CAPITALS.search(text):
        return False
    words = [w for w in text.split() if w.casefold() not in NAME_PARTICLES]
    return len(words) <= 3 or words[0] in given_names()


_GLUED_CAPITALS = re.compile(r"[A-Z]{2,}[a-z]")


def _is_name(text: str) -> bool:
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or len(text) > 60:
        return False
    if any(ch.isdigit() for ch in text):
        return False
    named = 0
    for token in tokens:
        if token.casefold() in NAME_PARTICLES:
            continue
        if not _NAME_TOKEN.fullmatch(token) or token.casefold().strip(".") in _NOT_NAMES:
            return False
        named += 1
    return named >= 2  # a lone word ("By Industry", "By Role") is a filter, not a person


def _is_organisation(text: str) -> bool:
    words = _ORG_WORD.findall(text)
    if not words or len(words) > 6 or outlet_info(None, text) is not None:
        return outlet_info(None, text) is not None
    if not all(
        w[0].isupper() or w.casefold() in NAME_PARTICLES | {"of", "and", "for"} for w in words
    ):
        return False
    return words[0] == "The" or any(w.casefold() in newsline_words("organisation") for w in words)


def _is_credential(text: str) -> bool:
    """One word after a name: a job ("Dietitian") or letters ("MD", "PhD", "E-RYT")."""
    words = text.split()
    return len(words) == 1 and (words[0][0].isupper() or words[0].isupper())


@cache
def _journalist_roles() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in load_table("journalist_roles.tsv"))


def is_journalist_role(text: str) -> bool:
    """A few words naming a journalist's job ("Technology correspondent", "Senior
    Editor"): the role of the author beside it (lexicons/journalist_roles.tsv)."""
    words = text.split()
    return 0 < len(words) <= 4 and words[-1].strip(".,:").lower() in _journalist_roles()


def is_team_credit(text: str) -> bool:
    """A team's credit ("The Ledger Staff", "Acme Editorial Team", "Ledger staff"): a few
    capitalised words ending in a `team` word."""
    words = text.split()
    return (
        2 <= len(words) <= TEAM_MAX_WORDS
        and words[0].casefold() not in newsline_words("byline_lead")  # "By ..." is a byline
        and all(w[0].isupper() for w in words[:-1])
        and words[-1].casefold() in newsline_words("team")
    )


TEAM_MAX_WORDS = 5


def _is_role(text: str) -> bool:
    return any(w.casefold() in newsline_words("role") for w in _ORG_WORD.findall(text))


# ---- bylines ----------------------------------------------------------------------------

# Byline leads of other languages, capitalised and before a name ("Par Claire Dubois",
# "Von Anna Weber"): the `byline_lead` words of three letters or more.
FOREIGN_BYLINE_LEADS = "|".join(
    sorted(w.capitalize() for w in newsline_words("byline_lead") if len(w) >= 3 and w != "by")
)
_LEAD_VERBS = "|".join(sorted(newsline_words("lead_verb")))  # "Written by", "Posted by"
_LEAD = re.compile(
    r"^\s*(?:(?:" + _LEAD_VERBS + r")\s+by|by|(?:authors?|words|byline)\s*:"
    r"|(?-i:" + FOREIGN_BYLINE_LEADS + r")(?=\s+[A-ZÀ-Þ]))"
    r"\s*:?\s*",
    re.I,
)
_WIRE_CREDIT = re.compile(r"(?P<role>[A-Za-z][\w -]{1,30}?)\s+by:?\s+(?P<names>[^;]+)", re.I)
# Where the names of a byline end: a date, a weekday, an "Updated"/"Posted" stamp, or a
# capitalised "In" before the post's categories ("By Jo Lee In Travel, Guides"; a place
# after a name is "in Moscow").
BYLINE_TAIL = re.compile(
    r"\s(?:(?:first |last )?(?:updated|published|posted|modified)\b|on\s+(?=\w+\.?\s+\d)"
    r"|(?-i:In\s+(?=[A-Z]))"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\d|[a-z]+\.?\s+\d)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d)",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r"\s+[|•·]\s+|\s+[-–—]\s+")
_PLACE_TAIL = re.compile(
    r"\s+in\s+(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s*$", re.UNICODE
)
# Whom a contributor wrote for, after the name ("Jane Doe for the Island Courier", "Jane Doe
# For Harbour.com"): a capitalised name, "the" allowed before it.
_FOR_TAIL = re.compile(
    r"(?:^|\s+)(?i:for)\s+(?P<organisation>(?:(?i:the)\s+)?[A-Z][\w'’.&\-]*"
    r"(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’.&\-]*){0,4})\s*$",
    re.UNICODE,
)
# Names in a byline are joined by commas and "and" (its `name_and` words in the bylines of
# other languages: "et", "und", "y" ...).
_NAME_SPLIT = re.compile(
    r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&|(?-i:"
    + "|".join(sorted(newsline_words("name_and")))
    + r"))\s+",
    re.I,
)


def parse_byline(line: str) -> Byline | None:
    """Read a byline: "By Ren Qi in Moscow", "By JANE DOE and John Roe", "Words: X", ...

    Args:
        line: one line that starts with the byline lead ("By", "Words:", "Reporting by").

    Returns:
        The authors (names in capitals become Title Case; editors are not authors), the
        place ("in Moscow") and the organisation ("Associated Press"); None when the line
        is not a byline.

    >>> parse_byline("By Jane Doe, Associated Press")
    Byline(authors=['Jane Doe'], place=None, organisation='Associated Press')
    """
    text = line.strip()
    if not text or len(text) > 200:
        return None
    if text[0] in "([" and text[-1] in ")]":
        text = text[1:-1].strip()  # "(Reporting by Jo Lee; Editing by Ana Roe)"
    wire = _parse_wire_credit(text)
    if wire is not None:
        return wire
    lead = _LEAD.match(text)
    if lead is None:
        return None
    rest = text[lead.end() :].strip()
    cut = BYLINE_TAIL.search(rest)  # "By X Updated Nov 13, 2019, 10:28am EST"
    if cut is not None:
        rest = rest[: cut.start()].strip(" ,|-–—·•")
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(rest) if s.strip()]
    if not segments:
        return None
    authors, place, organisation = _parse_names(segments[0])
    if authors is None:
        return None
    for segment in segments[1:]:
        if organisation is None and _is_organisation(segment) and parse_date_words(segment) is None:
            organisation = segment
        elif place is None and _is_city(segment):
            place = segment  # "By Priya Raman | New Delhi"
    if not authors and organisation is None:
        return None
    return Byline(authors=authors, place=place, organisation=organisation)


def find_byline(line: str) -> tuple[Byline, int] | None:
    """Find a byline anywhere in a metadata line ("Published: ... By X in Y").

    Returns:
        The byline and the offset in `line` where it starts, or None.
    """
    for match in _BYLINE_LEAD_ANYWHERE.finditer(line):
        byline = parse_byline(line[match.start() :])
        if byline is not None and byline.authors:
            return byline, match.start()
    return None


_CREDIT_PARTS = re.compile(r";|\s+[—|·•]\s+")  # "Reviewed by X — Written by Y — Updated ..."


def _parse_wire_credit(text: str) -> Byline | None:
    """Credits by role ("Reporting by X; Editing by Y", "Medically reviewed by X — Written by
    Y — Updated on May 2, 2024"): the authors are the people of the authors' roles; a time
    among the credits is left to the time readers."""
    parts = [p.strip() for p in _CREDIT_PARTS.split(text) if p.strip()]
    parts = [p for p in parts if not _is_time_part(p)]
    credits = [_WIRE_CREDIT.fullmatch(p) for p in parts]
    if not credits or any(c is None for c in credits):
        return None
    authors: list[str] = []
    seen_role = False
    for credit in credits:
        assert credit is not None
        role = credit["role"].strip().casefold()
        if role in newsline_words("author_role"):
            names, _, _ = _parse_names(credit["names"].strip(" ."))
            if names is None:
                return None
            authors.extend(n for n in names if n not in authors)
            seen_role = True
        elif role in newsline_words("other_role"):
            seen_role = True
        else:
            return None
    return Byline(authors=authors) if seen_role else None


def _is_time_part(text: str) -> bool:
    """A part of a credit line that is only a time, labelled or not ("Updated on May 2,
    2024"), and credits no one."""
    if len(text.split()) > TIME_PART_WORDS or _BY_WORD.search(text):
        return False
    return bool(find_timestamps(text)) or parse_date_words(text) is not None


TIME_PART_WORDS = 8
_BY_WORD = re.compile(r"\bby\b", re.I)


def _parse_names(segment: str) -> tuple[list[str] | None, str | None, str | None]:
    """Names, place and organisation from "Jane Doe in Moscow and John Roe, Reuters"."""
    place = None
    organisation = None
    authors: list[str] = []
    after_role = False
    for part in _NAME_SPLIT.split(segment.strip(" .")):
        if not part:
            continue
        part, employer = _without_employer(part)
        tail = _PLACE_TAIL.search(part)
        if tail is not None:
            place = place or title_case(tail["place"])
            part = part[: tail.start()].strip()
        if employer is None:  # "Jane Doe for the Courier in Portvale"
            part, employer = _without_employer(part)
        organisation = organisation or employer
        if not part:
            continue  # ", for the Island Courier" after the names
        if _is_role(part) or (authors and _is_credential(part)):
            after_role = True
            continue  # "Jane Doe, Staff Writer", "Jo Lee, Dietitian", "Ann Roe, MD"
        # after a role, a part that opens with no given name is the employer ("Jo Lee,
        # Director of Operations, Harbour Works")
        unnamed = after_role and part.split()[0] not in given_names()
        if _is_organisation(part) or unnamed:
            organisation = organisation or part
            continue
        if not _is_name(part) and not _lone_given_name(part):
            return None, None, None
        authors.append(title_case(part))
    return authors, place, organisation


def _without_employer(part: str) -> tuple[str, str | None]:
    """A byline part less whom the writer wrote for ("Jane Doe for the Island Courier" ->
    "Jane Doe", "Island Courier"); a leading lower-case "the" is no part of the name."""
    employer = _FOR_TAIL.search(part)
    if employer is None:
        return part, None
    name = employer["organisation"]
    return part[: employer.start()].strip(), name[4:] if name.startswith("the ") else name


def _is_city(text: str) -> bool:
    """True when `text` is the name of a city or town the gazetteer knows ("New Delhi")."""
    from dateline.analyze.gazetteer import lookup  # the shared place list, read lazily

    entry = lookup(text)
    return entry is not None and entry.type == "place"


def _lone_given_name(text: str) -> bool:
    """One known given name after "By" ("By Amanda"): blogs credit authors by first name.

    A lone word is otherwise a filter ("By Industry"); a given name is not one.
    """
    return " " not in text and text in given_names()


# ---- datelines --------------------------------------------------------------------------

_WORD = r"[A-ZÀ-Þ][\w'’.\-]*"
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?:\s+{_WORD}){{0,3}})"
    rf"(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
    rf"(?P<region>{_WORD}(?:\s+{_WORD}){{0,2}}))?"
    r"(?:,?\s*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?)?"  # "Nov. 18, 2025"
    r"\s*(?:\((?P<agency>[A-Z][\w&.'’\- ]{0,40})\))?"
    r"(?P<sep>\s*(?:--|—|–)\s*|\s+-\s+|:\s+)"
    r"(?=[\"“‘'A-Z0-9À-Þ])",
    re.UNICODE,
)


def parse_lone_dateline(line: str) -> DatelineMatch | None:
    """Read a line that is only a dateline ("Washington —", "KYIV, Ukraine (AP) —"), as a
    scraper prints one that stood apart from the first paragraph. Mixed case will do here:
    no sentence is a place and a dash alone."""
    stripped = line.strip()
    if not stripped.endswith(("—", "–", "-")):
        return None
    brand = _BRAND_AFTER_PLACE.fullmatch(stripped)
    if brand is not None and not brand["place"].isupper():
        stripped = f"{brand['place']} ({brand['agency']}) {brand['dash']}"  # "New York CNN —"
    match = parse_dateline(f"{stripped} A", lone=True)
    return match if match is not None and match.end == len(stripped) + 1 else None


# a place in ordinary case, then an outlet's name in capitals without brackets
_BRAND_AFTER_PLACE = re.compile(r"(?P<place>.+?)\s+(?P<agency>[A-Z]{2,})\s*(?P<dash>[—–-])")


def parse_dateline(paragraph: str, *, lone: bool = False) -> DatelineMatch | None:
    """Read the wire dateline that opens a paragraph ("MOSCOW (Reuters) - ...").

    The place must be printed in capitals, or be followed by an agency in brackets (or,
    with `lone`, stand on a line of its own); labels such as "UPDATE:" are not places.
    Ordinary sentences do not match.

    >>> parse_dateline("LONDON, March 3 (Reuters) - Prices rose.")
    DatelineMatch(place='London', agency='Reuters', end=28)
    """
    match = _DATELINE.match(paragraph)
    if match is None:
        return None
    place = match["place"]
    last = place.split()[-1]
    if last.endswith(".") and last.count(".") == 1 and len(last) > 3:
        place = place[:-1]  # "MADRID.–" (a stop before the dash), not "D.C." or "ST."
    agency = match["agency"]
    letters = "".join(ch for ch in place if ch.isalnum())
    if len(letters) < 3 and not agency:
        return None
    if place.casefold() in newsline_words("not_place"):
        return None
    if not place.isupper() and agency is None and not lone:
        return None
    if match["sep"].strip() == ":" and not place.isupper():
        return None
    name = title_case(place)
    if match["region"]:
        name = f"{name}, {title_case(match['region'])}"
    return DatelineMatch(
        place=name,
        agency=agency.strip() if agency else None,
        end=match.end(),
        date=f"{match['date']}, {match['year']}" if match["year"] else None,
    )


# ---- photo credits ----------------------------------------------------------------------

_BRACKET_TAIL = re.compile(r"\s*[(\[](?P<credit>[^()\[\]]{2,120})[)\]]\s*$")
_LABEL_TAIL = re.compile(
    r"(?:^|(?<=[.!?)\"”])\s+|\s+[|–—-]\s+|\s+)"
    r"(?P<label>photo credit|photos?|photograph|picture|image|credit|source)"
    r"\s*(?::|\bby\b)\s*(?P<credit>[^:]{2,120}?)\s*$",
    re.I,
)
_COPYRIGHT_TAIL = re.compile(
    r"(?:^|(?<=[.!?)\"”])\s+|\s+[|–—-]\s+)(?:©|\(c\))\s*(?P<credit>[^©.]{2,80}?)\s*$",
    re.IGNORECASE,
)
# a label and a copyright sign before a credit in brackets: "(Image: © Harbour Board)"
_CREDIT_LABEL = re.compile(
    r"^(?:(?:photo credit|photos?|photograph|picture|image|credit)\s*:\s*)?(?:©|\(c\))?\s*",
    re.I,
)
_LABEL_WORD = re.compile(r"\b(?:photo|picture|image|credit|source)", re.IGNORECASE)
_NAME_SLASH = r"(?:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}\s*/\s*)?"


def split_credit(caption: str) -> tuple[str, str | None]:
    """Split the credit off a photo caption.

    Recognises a credit in brackets at the end ("(NAME / POOL PHOTO VIA AP)", "[Photo/Xinhua]"),
    a labelled credit ("Photo: A / B", "Credit: ..."), and an agency at the end
    ("Getty Images", "REUTERS/Name", "Name/AFP via Getty Images").

    Returns:
        (the caption without its credit, the credit), or (caption, None). The caption
        returned is a prefix of the input, so offsets into it stay valid.

    >>> split_credit("Ships in the harbour on Monday. (KARI NES / NORTHERN LEDGER)")
    ('Ships in the harbour on Monday.', 'KARI NES / NORTHERN LEDGER')
    """
    text = caption.rstrip()
    match = _BRACKET_TAIL.search(text) if text.endswith((")", "]")) else None
    if match is not None and _looks_like_credit(match["credit"]):
        credit = _CREDIT_LABEL.sub("", match["credit"].strip())  # "(Photo: Ana Ruiz)"
        return text[: match.start()].rstrip(), credit
    match = _LABEL_TAIL.search(text) if _LABEL_WORD.search(text) else None
    if match is not None:
        return text[: match.start()].rstrip(" |–—-"), match["credit"].strip()
    match = _COPYRIGHT_TAIL.search(text) if "©" in text or "(c)" in text.lower() else None
    if match is not None:  # "... on Tuesday. © Reuters / Jo Lee"
        return text[: match.start()].rstrip(" |–—-"), match["credit"].strip()
    tail = _agency_tail().search(text) if _may_end_with_agency(text) else None
    if tail is not None:
        return text[: tail.start()].rstrip(" |–—-"), tail["credit"].strip()
    return caption, None


@cache
def _agency_last_words() -> frozenset[str]:
    return frozenset(
        r["word"].split()[-1].casefold()
        for r in load_table("newsline_words.tsv")
        if r["kind"] == "photo_agency"
    )


def _may_end_with_agency(text: str) -> bool:
    """Cheap test before the agency regex: a slash near the end, or an agency's last word."""
    last = text.rsplit(None, 1)[-1].strip(".,;)").casefold() if text else ""
    return "/" in text[-80:] or last in _agency_last_words()


@cache
def _agency_tail() -> re.Pattern[str]:
    agencies = _agency_regex().pattern
    return re.compile(
        rf"(?:^|(?<=[.!?)\"”])\s+|\s+[|–—-]\s+)(?P<credit>(?:{_NAME_SLASH}(?:{agencies})"
        r"(?:\s*(?:via|/)\s*[\w .\-]{2,40})?"
        rf"|(?i:{agencies})\s*/\s*{_WORD}(?:\s+{_WORD}){{0,3}}))\s*$"
    )


def _has_credit_word(inside: str) -> bool:
    """A word that marks bracketed words as a credit ("File photo", "Meridian archive")."""
    credit_words = newsline_words("credit_word")
    return any(word.casefold() in credit_words for word in re.findall(r"\w+", inside))


def _looks_like_credit(inside: str) -> bool:
    letters = [c for c in inside if c.isalpha()]
    if len(letters) < 2:
        return False
    if "/" in inside or _has_credit_word(inside) or _agency_regex().fullmatch(inside):
        return True
    upper = sum(c.isupper() for c in letters)
    return len(inside.split()) >= 2 and upper / len(letters) > 0.8


# ---- breadcrumbs ------------------------------------------------------------------------

_CRUMB_SPLIT = re.compile(r"\s*[>›»]\s*|\s+/\s+")
_CRUMB_MARK = re.compile(r"[>›»]|\s/\s")
_CRUMB = re.compile(r"[\w][\w&'’.,\- ]{0,40}", re.UNICODE)
_BAR_CRUMB = re.compile(r"(?:Home|Homepage|Front page)\s*\|\s*\S", re.I)


LEAF_TITLE_PARTS = 3  # a breadcrumb ends in the page's title only after two steps or more
LEAF_TITLE_MAX_WORDS = 24


def _is_crumb(part: str) -> bool:
    return _CRUMB.fullmatch(part) is not None and len(part.split()) <= 4


def _is_leaf_title(part: str) -> bool:
    """The last step of a breadcrumb that is the page's title: a Title-like line, longer
    than a section's name ("Home > Guides > What Owners Should Know About Dredging")."""
    words = part.split()
    return 4 < len(words) <= LEAF_TITLE_MAX_WORDS and (part[0].isupper() or part[0].isdigit())


@cache
def _crumb_words() -> frozenset[str]:
    return frozenset(row["word"].casefold() for row in load_table("breadcrumb_words.tsv"))


def parse_breadcrumb(line: str, *, headline: str | None = None) -> list[str] | None:
    """Read a breadcrumb line ("News> World> Content") into a section path.

    Words that name the site root or the page type ("Home", "Content", "Article"; see
    `lexicons/breadcrumb_words.tsv`) and a leaf equal to the headline are dropped.

    Returns:
        The section path, outermost first (possibly empty), or None when the line is not
        a breadcrumb (needs at least two parts joined by ">", "›", "»" or " / ", or by "|"
        after the site root: "Home | World | Europe").

    >>> parse_breadcrumb("News> World> Content")
    ['News', 'World']
    """
    text = line.strip()
    if len(text) > 160:
        return None
    if _CRUMB_MARK.search(text):
        parts = [p.strip() for p in _CRUMB_SPLIT.split(text)]
    elif _BAR_CRUMB.match(text):
        # "|" also separates menus and taglines: a breadcrumb only from the site root.
        parts = [p.strip() for p in text.split("|")]
    else:
        return None
    parts = [p for p in parts if p]
    if len(parts) >= LEAF_TITLE_PARTS and _is_leaf_title(parts[-1]) and not _is_crumb(parts[-1]):
        parts = parts[:-1]  # "Home > Guides > A Long Title Of The Page": the page's own title
    if len(parts) < 2 or not all(_is_crumb(p) for p in parts):
        return None
    if any(p.endswith((".", ",")) or not (p[0].isupper() or p[0].isdigit()) for p in parts):
        return None
    skip = _crumb_words()
    leaf = headline.casefold().strip() if headline else None
    return [p for p in parts if p.casefold() not in skip and p.casefold() != leaf]
