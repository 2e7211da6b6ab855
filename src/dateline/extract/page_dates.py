"""When an HTML page says it was published and updated.

Sources, most trusted first: the JSON-LD article's `datePublished` /
`dateModified`, `<meta>` date tags, microdata `itemprop`, `<time>` elements,
the date in the URL path, then a date the page prints under a publication label
("Published: ...", "originally published on ..."), the date printed beside the
headline, and a date found in the page's words as a last resort. A value keeps a UTC offset only
when the page states one (`timezone` "stated"); otherwise it is a local time or
a bare date (`timezone` "none").
"""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz
from functools import cache
from typing import Any

from htmldate import find_date
from lxml import etree

from dateline.extract.metadata import (
    PAGE_TYPES,
    JsonObject,
    PageSignals,
    TimeTag,
    clean_text,
    element_text,
    in_noise,
    squash,
)
from dateline.extract.newsline import parse_date_words
from dateline.extract.timestamps import (
    find_timestamps,
    month_number,
    national_date_order,
    printed_days,
)
from dateline.lexicons import load_table
from dateline.model import Timestamp
from dateline.urls import domain_of

# Words in a <time> tag's class/itemprop (or its parent's) marking what it dates.
_PUBLISHED_HINT = re.compile(r"datepublished|pubdate|publish|posted|created|entry-date|dateline")
_UPDATED_HINT = re.compile(r"datemodified|modif|updated|update|changed")

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-?(?P<mo>\d{2})-?(?P<d>\d{2})"
    r"(?:[T\s]+(?P<h>\d{1,2}):?(?P<mi>\d{2})(?::?(?P<s>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<z>Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*$",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(r"^\s*(?P<mon>[^\W\d_]{3,9})\.?,?\s+(?:19|20)\d{2}\s*$")
_YEAR_MONTH_DAY = re.compile(r"^\s*(?P<y>\d{4})\s+(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})\s*$")
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<mo>0?[1-9]|1[0-2])[/-](?P<d>0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)"
)
# "/2024/mar/05/": a month's name or abbreviation between year and day (`month_names.tsv`)
_URL_MONTH_NAME = re.compile(
    r"/(?P<y>(?:19|20)\d{2})/(?P<mon>[^\W\d_]{3,9})/(?P<d>0?[1-9]|[12]\d|3[01])(?:/|[-_]|$)"
)
_URL_COMPACT = re.compile(
    r"[/_-](?P<y>(?:19|20)\d{2})(?P<mo>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])[/_.-]"
)
# How many text pieces after (then before) the headline are read for a printed date, and the
# longest piece that may be one ("March 2, 2025", "Published on 2 March 2025 · 5 min read").
_HEADLINE_WINDOW = 12
_MAX_DATE_LINE = 80
_BODY_TEXTS = etree.XPath("//body//text()[normalize-space()]")
_H1 = etree.XPath("//body//h1")
# Elements whose class may name a printed date (the words are checked in `_date_hook`).
_HOOKED = etree.XPath(
    "//body//*[contains(@class,'date') or contains(@class,'publish') or contains(@class,'posted')]"
)
_CLASS_WORDS = re.compile(r"[\s_-]+")
_INVISIBLE = frozenset({"script", "style", "noscript", "template"})
# Elements holding words the page quotes or reproduces (a letter, a log, an e-mail header):
# their dates belong to what is quoted.
_QUOTING = frozenset({"pre", "blockquote", "code", "q"})
_FOOTER = re.compile(r"footer|copyright", re.I)
# The longest text piece read for a labelled publication date ("This article was originally
# published on 26 Sep 2019 at 4:12pm but has been regularly updated ...").
_MAX_LABEL_LINE = 200
# What may stand between a publication label and its date: "on"/"at", a colon (a full-width
# one after an East Asian label) or a dash.
_LABEL_GAP = r"(?:\s+(?:on|at))?\s*[:\-\u2013\uff1a]?\s*"
# A name between a publication label and its date: "Posted by Jane Doe on May 2, 2024".
_BY_NAME_ON = re.compile(r"by\s+(?:[^\W\d_][\w.'\u2019-]*\s+){1,4}?on\s+", re.IGNORECASE)
# A date opens with a number or a word (a month name); a weekday and comma may lead it.
_DATE_OPENING = re.compile(r"\d{1,4}(?=\D|$)|[^\W\d_]+\.?")
_WEEKDAY_LEAD = re.compile(r"^[^\W\d_]{3,9}\.?,\s+")
_DATE_WORDS = 40  # "September 26, 2019 at 04:12 pm EDT": a date and its time
_HTMLDATE_MIN = "1995-01-01"
_HTMLDATE_MAX = "2099-12-31"  # fixed, not "today": the same page always reads the same
_MIN_YEAR = 1990
_MAX_YEAR = 2100


@cache
def _meta_keys(kind: str) -> tuple[str, ...]:
    """The <meta> keys stating a publication ("published") or update time (`date_meta_keys.tsv`)."""
    return tuple(row["key"] for row in load_table("date_meta_keys.tsv") if row["kind"] == kind)


def parse_timestamp(raw: str, order: str | None = None) -> tuple[str, bool] | None:
    """Normalise a machine or written date to ISO 8601, saying whether an offset was stated.

    Args:
        raw: "2021-07-14T09:30:00+08:00", "Wed, 14 Jul 2021 09:30:00 GMT", "July 14, 2021".
        order: the outlet's order of all-numeric dates ("DMY", "MDY", "YMD"), if known.

    Returns:
        (ISO value, offset stated), or None when it is not a plausible date.

    >>> parse_timestamp("2021-07-14T09:30:00Z")
    ('2021-07-14T09:30:00+00:00', True)
    >>> parse_timestamp("2021-07-14")
    ('2021-07-14', False)
    >>> parse_timestamp("2021 Jul 14")
    ('2021-07-14', False)
    """
    text = raw.strip()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        return _from_iso(match)
    parsed = parsedate_tz(text) if re.match(r"^[A-Za-z]{3},", text) else None
    if parsed is not None:
        year, month, day, hour, minute, second = parsed[:6]
        if not _valid_date(year, month, day):
            return None
        value = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        offset = parsed[9]
        if offset is None:
            return value, False
        return value + _format_offset(offset // 60), True
    year_first = _YEAR_MONTH_DAY.match(text)
    if year_first is not None:  # "2023 Jan 7", the citation style of journal pages
        text = f"{year_first['d']} {year_first['mon']} {year_first['y']}"
    return parse_date_words(text, order)


def _from_iso(match: re.Match[str]) -> tuple[str, bool] | None:
    year, month, day = int(match["y"]), int(match["mo"]), int(match["d"])
    if not _valid_date(year, month, day):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if match["h"] is None:
        return value, False
    hour, minute, second = int(match["h"]), int(match["mi"]), int(match["s"] or 0)
    if hour > 23 or minute > 59 or second > 60:
        return value, False
    value += f"T{hour:02d}:{minute:02d}:{second:02d}"
    zone = match["z"]
    if not zone:
        return value, False
    if zone.upper() in ("Z", "UTC", "GMT"):
        return value + "+00:00", True
    digits = zone[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    if minutes > 14 * 60:
        return value, False
    return value + _format_offset(minutes if zone[0] == "+" else -minutes), True


def _format_offset(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def _valid_date(year: int, month: int, day: int) -> bool:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def make_timestamp(raw: str | None, source: str, order: str | None = None) -> Timestamp | None:
    """A `Timestamp` from the words found at `source`, or None when they are not a date."""
    if not raw:
        return None
    parsed = parse_timestamp(raw, order)
    if parsed is None:
        return None
    value, stated = parsed
    return Timestamp(value=value, timezone="stated" if stated else "none", source=source, raw=raw)


def url_timestamp(url: str | None) -> Timestamp | None:
    """The date in a URL path (/2021/07/14/, /2021/jul/14/, /20210714-), as a bare date."""
    if not url:
        return None
    path = url.split("?", 1)[0]
    match = _URL_DATE.search(path) or _URL_COMPACT.search(path)
    named = None if match else _URL_MONTH_NAME.search(path)
    month = month_number(named["mon"]) if named else None
    if month is not None:
        match = named
    elif match is not None:
        month = int(match["mo"])
    if match is None or month is None:
        return None
    year, day = int(match["y"]), int(match["d"])
    if not _valid_date(year, month, day):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    return Timestamp(value=value, source="url", raw=match.group(0).strip("/_-."))


def _first(candidates: list[tuple[str | None, str]], order: str | None = None) -> Timestamp | None:
    for raw, source in candidates:
        stamp = make_timestamp(raw, source, order)
        if stamp is not None:
            return stamp
    return None


def _jsonld_value(article: JsonObject | None, *keys: str) -> str | None:
    if article is None:
        return None
    for key in keys:
        value = article.get(key)
        if isinstance(value, list):
            value = next((v for v in value if isinstance(v, str)), None)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _time_candidates(signals: PageSignals, hint: re.Pattern[str]) -> list[tuple[str | None, str]]:
    tagged = [
        t for t in signals.times if hint.search(t.hint) and not (_month_only(t.text) or t.in_teaser)
    ]
    return [(t.datetime or t.text, "time-tag") for t in tagged]


def _untagged_times(signals: PageSignals, *, printed: bool = False) -> list[TimeTag]:
    """The <time> elements with a value that are not marked as an update (`field--changed`).

    With `printed`, a <time> without a `datetime` counts by its words ("<time>May 5, 2023</time>").
    A <time> that prints only a month dates nothing to the day.
    """
    return [
        t
        for t in signals.times
        if (t.datetime or (printed and t.text and not _labelled_update(t.text)))
        and not _UPDATED_HINT.search(t.hint)
        and not (_month_only(t.text) or t.in_teaser)
    ]


def _month_only(words: str) -> bool:
    """Whether printed words name a month and its year and no day ("April 2025", "Sept. 2024")."""
    match = _MONTH_YEAR.match(words)
    return match is not None and month_number(match["mon"]) is not None


def text_timestamp(tree: etree._Element, url: str | None) -> Timestamp | None:
    """A publication date printed in the page's words, found by htmldate (a bare date).

    Used only when the page states no date in its markup or URL. A date htmldate
    completed from a bare year or month (it pads them to the 1st of January) is
    not taken.
    """
    found = find_date(
        tree,
        extensive_search=True,
        original_date=True,
        url=url,
        min_date=_HTMLDATE_MIN,
        max_date=_HTMLDATE_MAX,
    )
    if not found or found.endswith("-01-01"):
        return None
    return make_timestamp(found, "text")


def headline_timestamp(
    texts: list[Any],
    h1s: list[etree._Element],
    headline: str | None,
    *,
    skip_updates: bool = False,
    order: str | None = None,
) -> Timestamp | None:
    """The date printed beside the headline: a short line just after the <h1>, else before it.

    Pages without date markup still print the date in the article header, next to
    the headline ("<h1>...</h1><span>March 2, 2025</span>", a kicker line above
    it). The <h1> is the one holding the headline (else the first); the first of
    the few text pieces after it, then before it, that reads as a full date wins.

    Args:
        texts: the page's visible text pieces, in order (`visible_texts()`).
        h1s: the page's <h1> elements.
        headline: the chosen headline, if any.
        skip_updates: pass over a line labelled as an update ("Last updated: ...").
        order: the outlet's order of all-numeric dates ("03/04/2024"), if known.
    """
    at = _headline_index(texts, h1s, headline)
    if at is None:
        return None
    after = texts[at + 1 : at + 1 + _HEADLINE_WINDOW]
    before = texts[max(0, at - _HEADLINE_WINDOW) : at][::-1]
    for text in (*after, *before):
        line = clean_text(str(text))
        if len(line) > _MAX_DATE_LINE:
            continue
        labelled = find_timestamps(line)
        if "published" in labelled:  # "Updated May 9, 2024 | Published May 2, 2024"
            line = labelled["published"]
        elif "updated" in labelled and (skip_updates or _publication_label().search(line)):
            continue  # "First published in June 2019. Last updated on 3 Feb 2023"
        stamp = make_timestamp(line, "headline-date", order)
        if stamp is not None:
            return stamp
    return None


def hooked_publication(tree: etree._Element, order: str | None = None) -> Timestamp | None:
    """The date printed in the first element whose class names a publication date.

    '<p class="date">April 8, 2024. <i>Updated: April 9, 2024</i></p>' far from the
    headline. The element's words must be a short date line; a line labelled only as an
    update gives nothing, and one with both labels gives its publication date. A full date
    in its `title` (hAtom's '<abbr class="published" title="2024-04-08T09:00">') comes
    first. Elements in the page footer or a comments section are not read (`date_hooks.tsv`).
    """
    for element in _HOOKED(tree):
        if not _date_hook(element.get("class", "")):
            continue
        titled = make_timestamp(element.get("title"), "date-element")
        if titled is not None and not _in_footer(element) and not in_noise(element):
            return titled
        line = element_text(element)
        if not line or len(line) > _MAX_DATE_LINE or not any(c.isdigit() for c in line):
            continue
        labelled = find_timestamps(line)
        if "published" in labelled:
            line = labelled["published"]
        elif "updated" in labelled:
            continue
        stamp = make_timestamp(line, "date-element", order)
        if stamp is not None and not _in_footer(element) and not in_noise(element):
            return stamp
    return None


def _date_hook(classes: str) -> bool:
    """Whether a class names a publication date: a `publication` word and no `other` word."""
    kinds = _hook_words()
    found = {kinds.get(word) for word in _CLASS_WORDS.split(classes.lower())}
    return "publication" in found and "other" not in found


def _dates_other(element: etree._Element) -> bool:
    """Whether an element or its parent has a class naming another date than the publication.

    '<span class="git-revision-date">March 11, 2026</span>', '<p class="event-date">'
    (the `other` words of `date_hooks.tsv`).
    """
    parent = element.getparent()
    for node in (element,) if parent is None else (element, parent):
        words = _CLASS_WORDS.split(node.get("class", "").lower())
        if any(_hook_words().get(word) == "other" for word in words):
            return True
    return False


@cache
def _hook_words() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in load_table("date_hooks.tsv")}


def _labelled_update(line: str) -> bool:
    """Whether a line's date is labelled as an update ("Last updated: May 2, 2024")."""
    found = find_timestamps(line)
    return "updated" in found and "published" not in found


@cache
def _publication_label() -> re.Pattern[str]:
    """A publication label ending where its date must begin (`publication_labels.tsv`)."""
    labels = sorted((row["label"] for row in load_table("publication_labels.tsv")), key=len)
    alternatives = "|".join(re.escape(label) for label in reversed(labels))
    return re.compile(rf"(?<!\w)(?:{alternatives}){_LABEL_GAP}", re.IGNORECASE)


def labelled_publication(texts: list[Any], order: str | None = None) -> Timestamp | None:
    """The first date the page prints under a publication label, outside its footer.

    "Published: 3 March 2024", "Posted on May 2, 2024", "Posted by Jane Doe on May 2,
    2024", a bare "Published" piece followed
    by "<time>August 13, 2025</time>", "This article was originally published on 26 Sep
    2019 ...". The date must open the words after the label, so a label followed by other
    words ("Published online ...", "Posted in Travel") gives nothing.
    """
    pattern = _publication_label()
    label_before = False  # the previous piece is a bare label ("Published", "Posted on:")
    for text in texts:
        raw = str(text)
        long = len(raw) > _MAX_LABEL_LINE * 2  # a paragraph of the story, not a date line
        if long or not (label_before or pattern.search(raw)):
            label_before = False
            continue
        line = clean_text(raw)
        joined = f"published {line}" if label_before else line
        label_before = pattern.fullmatch(line) is not None
        if label_before or len(joined) > _MAX_LABEL_LINE or not pattern.search(joined):
            continue
        if _in_footer(text.getparent()):
            continue
        for match in pattern.finditer(joined):
            words = joined[match.end() :]
            author = _BY_NAME_ON.match(words)  # "Posted by Jane Doe on May 2, 2024"
            stamp = _date_opening(words[author.end() :] if author else words, order)
            if stamp is not None:
                return stamp
    return None


def labelled_date_line(line: str) -> Timestamp | None:
    """The date of a line that is a publication label and its date ("Published 3 May 2024")."""
    match = _publication_label().match(line.strip())
    return None if match is None else _date_opening(line.strip()[match.end() :])


def _date_opening(words: str, order: str | None = None) -> Timestamp | None:
    """The date that opens `words` ("26 Sep 2019 at 4:12pm but ..."), if they open with one.

    A weekday may come first ("Tuesday, 3 March 2024"); any other word means the label
    names something else ("Published online May 22, 2019").
    """
    head = _WEEKDAY_LEAD.sub("", words[:_MAX_DATE_LINE], count=1)
    opening = _DATE_OPENING.match(head)
    if opening is None:
        return None
    word = opening.group(0).lower().rstrip(".")
    if not word.isdigit() and word not in _month_words():
        return None
    return make_timestamp(head[:_DATE_WORDS], "labelled-date", order)


@cache
def _month_words() -> frozenset[str]:
    """The month names and abbreviations a date may open with (`month_names.tsv`)."""
    return frozenset(row["name"] for row in load_table("month_names.tsv"))


def visible_texts(tree: etree._Element) -> list[Any]:
    """The text pieces of the page body a reader sees, in document order (lxml strings)."""
    texts = []
    for text in _BODY_TEXTS(tree):
        parent = text.getparent()
        if parent is not None and not (parent.tag in _INVISIBLE and not text.is_tail):
            texts.append(text)
    return texts


def _headline_index(
    texts: list[Any], h1s: list[etree._Element], headline: str | None
) -> int | None:
    """The index of the last text piece of the headline's <h1> (else of the first <h1>)."""
    if not h1s:
        return None
    key = squash(headline or "")
    chosen = next((h for h in h1s if key and squash(element_text(h)) == key), h1s[0])
    found = None
    for index, text in enumerate(texts):
        parent = text.getparent()
        inside = (parent is chosen and not text.is_tail) or any(
            a is chosen for a in parent.iterancestors()
        )
        if inside:
            found = index
        elif found is not None:
            break
    return found


def _in_footer(element: etree._Element) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag == "footer" or _FOOTER.search(node.get("class", "") + " " + node.get("id", "")):
            return True
    return False


def shown_or_stated(day: str, texts: list[Any], signals: PageSignals) -> bool:
    """Whether a page prints a calendar day for its readers or states it in its date markup.

    Printed: in the visible text outside the page footer (a footer's "Last updated"
    or copyright date is about the site). Stated: a <meta> value, a microdata
    value or a <time> element (not one printing only a month, "April 2025", nor one in
    another story's card). Dates only in scripts, image paths or links are neither.
    """
    year = day[:4]
    values = [v for values in signals.meta.values() for v in values]
    values += [v for values in signals.itemprops.values() for v in values]
    values += [t.datetime or "" for t in signals.times if not (_month_only(t.text) or t.in_teaser)]
    for value in values:
        if year in value:
            stamp = make_timestamp(value, "meta")
            if stamp is not None and stamp.value[:10] == day:
                return True
    return printed_on_page(day, texts)


def printed_on_page(day: str, texts: list[Any], *, footer: bool = False) -> bool:
    """Whether a calendar day is printed in the page's visible text (the footer too if asked)."""
    year = day[:4]
    for text in texts:
        words = str(text)
        if year not in words or day not in printed_days(words) or _quoted(text.getparent()):
            continue
        if footer or not _in_footer(text.getparent()):
            return True
    return False


def _quoted(element: etree._Element) -> bool:
    """Whether an element lies in quoted or preformatted text: a quoted e-mail's own date."""
    return any(node.tag in _QUOTING for node in (element, *element.iterancestors()))


def stated_updates(signals: PageSignals, article: JsonObject | None) -> set[str]:
    """The calendar dates the page states as its last modification or review, in any markup."""
    raws = [
        _jsonld_value(article, "dateModified"),
        *[_jsonld_value(obj, "dateModified") for obj in signals.objects_of(PAGE_TYPES)],
        *[v for key in _meta_keys("updated") for v in signals.meta.get(key, ())],
        *signals.itemprops.get("dateModified", ()),
        *signals.itemprops.get("lastReviewed", ()),
        *signals.meta.get("lastreviewed", ()),
        *[t.datetime for t in signals.times if _UPDATED_HINT.search(t.hint)],
    ]
    days = set()
    for raw in raws:
        stamp = make_timestamp(raw, "meta")
        if stamp is not None:
            days.add(stamp.value[:10])
    return days


def _publication_guess(
    tree: etree._Element,
    url: str | None,
    texts: list[Any],
    signals: PageSignals,
    article: JsonObject | None,
) -> Timestamp | None:
    """htmldate's date for a page without date markup, when the page shows or states it.

    A guess that is the page's stated modification date, or a date the reader
    never sees (in a script, an image path, the site footer), is not taken.
    """
    guess = text_timestamp(tree, url)
    if guess is None:
        return None
    day = guess.value[:10]
    if day in stated_updates(signals, article) or not shown_or_stated(day, texts, signals):
        return None
    if printed_as_update(day, texts):
        return None
    return guess


def printed_as_update(day: str, texts: list[Any]) -> bool:
    """Whether every line that prints a day labels it as an update or as the reader's today.

    "Updated on: May 2, 2024", "Open today: May 9, 2027" (`today_words.tsv`). The
    label may stand in the line itself or in the text piece before it.
    """
    seen = False
    for index, text in enumerate(texts):
        words = str(text)
        if day[:4] not in words or day not in printed_days(words):
            continue
        line = clean_text(words)
        before = clean_text(str(texts[index - 1])) if index else ""
        labelled = _labelled_update(line) or _labelled_update(f"{before} {line}")
        labelled = labelled or _dates_other(text.getparent())
        if not labelled and not _today().search(f"{before} {line}"):
            return False
        seen = True
    return seen


@cache
def _today() -> re.Pattern[str]:
    """A word printing the reader's own day beside a date (`today_words.tsv`)."""
    words = sorted((row["word"] for row in load_table("today_words.tsv")), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)", re.I)


def choose_timestamps(
    tree: etree._Element,
    signals: PageSignals,
    article: JsonObject | None,
    url: str | None,
    headline: str | None = None,
) -> tuple[Timestamp | None, Timestamp | None]:
    """The page's publication and update times.

    Args:
        tree: the parsed page, searched for printed dates when the markup states none.
        signals: what the page states about itself.
        article: its JSON-LD article object, if any.
        url: the page URL (its path may carry the date; a national domain gives the order
            of all-numeric dates such as 04/07/2021).
        headline: the page's headline, to find the date printed beside it.

    Returns:
        (published, updated); updated is None when it equals or precedes published.
        A date found in the page's words that is the page's stated modification
        date is not taken as its publication date.
    """
    meta = signals.meta
    order = national_date_order(domain_of(url))  # "03/04/2024" on a .uk page
    statements = [
        (_jsonld_value(article, "datePublished", "dateCreated", "uploadDate"), "json-ld"),
        *[(v, "meta") for key in _meta_keys("published") for v in meta.get(key, ())],
        (_jsonld_value(signals.parsely_page(), "pub_date"), "meta"),
    ]
    published = _first(
        [
            *statements,
            *[(v, "meta") for v in signals.itemprops.get("datePublished", ())],
            *_time_candidates(signals, _PUBLISHED_HINT),
            *[
                (t.datetime or t.text, "time-tag")
                for t in _untagged_times(signals, printed=True)
                if t.in_article
            ],
            *[(t.datetime, "time-tag") for t in _untagged_times(signals)[:1]],
        ],
        order,
    )
    if published is not None:
        published = _printed_statement(tree, statements, published)
        published = _local_day(published, url)
        published = _printed_instead(tree, signals, article, headline, published)
    else:
        published = url_timestamp(url)
    if published is None:
        texts = visible_texts(tree)
        published = labelled_publication(texts, order) or headline_timestamp(
            texts, _H1(tree), headline, order=order
        )
        published = published or hooked_publication(tree, order)
        if published is None:
            published = _publication_guess(tree, url, texts, signals, article)
    updated = _first(
        [
            (_jsonld_value(article, "dateModified"), "json-ld"),
            *[(v, "meta") for key in _meta_keys("updated") for v in meta.get(key, ())],
            *[(v, "meta") for v in signals.itemprops.get("dateModified", ())],
            *_time_candidates(signals, _UPDATED_HINT),
        ]
    )
    if updated is not None and published is not None and updated.value[:19] <= published.value[:19]:
        updated = None
    return published, updated


def _printed_statement(
    tree: etree._Element, statements: list[tuple[str | None, str]], stated: Timestamp
) -> Timestamp:
    """The publication date the page prints, when its JSON-LD and <meta> tags disagree.

    A stale JSON-LD block (a story first filed years ago) may state one day and the
    <meta> tags another; when the first is never shown and a later statement is printed
    on the page, the printed statement is the one the page stands by.
    """
    if stated.source not in ("json-ld", "meta"):
        return stated
    stamps = [make_timestamp(raw, source) for raw, source in statements]
    others = [s for s in stamps if s is not None and s.value[:10] != stated.value[:10]]
    if not others:
        return stated
    texts = visible_texts(tree)
    if printed_on_page(stated.value[:10], texts, footer=True):
        return stated
    return next((s for s in others if printed_on_page(s.value[:10], texts, footer=True)), stated)


def _local_day(stamp: Timestamp, url: str | None) -> Timestamp:
    """The URL's date for a UTC time stated one day off it: the outlet's own calendar day.

    Outlets put their local date in the path (/2024/05/03/) and state the time in
    UTC; an evening story in the Americas is "tomorrow" in UTC, a morning one in
    Asia "yesterday". A bare date is kept rather than a day the outlet never printed.
    """
    if not stamp.value.endswith("+00:00"):
        return stamp
    path = url_timestamp(url)
    if path is None:
        return stamp
    gap = abs((date.fromisoformat(stamp.value[:10]) - date.fromisoformat(path.value)).days)
    return path if gap == 1 else stamp


def _printed_instead(
    tree: etree._Element,
    signals: PageSignals,
    article: JsonObject | None,
    headline: str | None,
    stated: Timestamp,
) -> Timestamp:
    """The date printed as the publication, when the stated publication date is never shown.

    Templates and migrations leave a publication date in the markup that the page
    never prints, while the page prints the story's date: under a publication label
    ("Published <time>...</time>"), else beside the headline. That printed date wins
    unless it is the page's stated modification date or is labelled as an update
    ("Last updated: ..."): an update is no publication. A <time> element is printed
    already, and a day either side of the stated time is the same moment read in
    another zone.
    """
    if stated.source not in ("json-ld", "meta"):
        return stated
    texts = visible_texts(tree)
    printed = labelled_publication(texts) or headline_timestamp(
        texts, _H1(tree), headline, skip_updates=True
    )
    if printed is None:
        return stated
    gap = abs((date.fromisoformat(printed.value[:10]) - date.fromisoformat(stated.value[:10])).days)
    if gap <= 1 or printed.value[:10] in stated_updates(signals, article):
        return stated
    if printed_on_page(stated.value[:10], texts, footer=True):
        return stated
    return printed
