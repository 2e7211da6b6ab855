"""The lines of a scraped page and what each looks like on its own (prose, title, e-mail...).

These are the per-line facts `text.py` classifies from; they know nothing of the page
around the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from dateline.lexicons import load_table

EMAIL_ADDRESS = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"  # an e-mail address, as a regex


def _phrases(kind: str) -> str:
    """The `contact_labels.tsv` phrases of one kind, as a regex alternation, longest first."""
    rows = (row["text"] for row in load_table("contact_labels.tsv") if row["kind"] == kind)
    return "|".join(re.escape(text).replace(r"\ ", r"\s+") for text in sorted(rows, key=len)[::-1])


_EMAIL = re.compile(
    rf"(?:(?:(?:{_phrases('opener')}),?\s*)?(?:{_phrases('label')})\s*:?\s*)?"
    rf"(?P<email>{EMAIL_ADDRESS})\s*\.?",
    re.I,
)
_UPDATE_MARKER = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?"
    r"|\d{1,3}\s+(?:mins?|minutes?|hours?|hrs?)\s+ago"
    r"|(?:\d{1,2}\s+\w{3,9}\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)",
    re.I,
)
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", ":", "…", "。", "！", "？", "؟", "।", "」")
SENTENCE_END = (".", "!", "?", '"', "”", "’", "。", "！", "？", "؟", "।", "」")
_SPACE = re.compile(r"\s")
# Han, kana and the like are written without spaces: two characters count as a word.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORDS = re.compile(f"[{_CJK}]{{1,2}}|" + r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Line:
    """One non-blank line: its stripped text and where that text starts in the raw input."""

    index: int
    text: str
    start: int
    after_blank: bool = False  # a blank line (or the page start) comes before it


def split_lines(raw: str) -> list[Line]:
    """The non-blank lines of a page, stripped, with their raw offsets.

    `raw[line.start : line.start + len(line.text)] == line.text` for every line.
    """
    lines: list[Line] = []
    offset = 0
    blank = True
    for piece in raw.splitlines(keepends=True):
        stripped = piece.strip()
        if stripped:
            lines.append(Line(len(lines), stripped, offset + piece.index(stripped), blank))
        blank = not stripped
        offset += len(piece)
    return join_wrapped(lines, raw)


WRAP_MIN = 50  # a hard-wrapped line is at least this long
WRAP_SHARE = 0.3  # ... and such lines are at least this share of the page's lines


def join_wrapped(lines: list[Line], raw: str) -> list[Line]:
    """Join the lines of paragraphs that were hard-wrapped (text dumps wrapped at ~72-80).

    A page is hard-wrapped when many long lines run on into the next line without closing
    punctuation. Joined lines keep their raw span: each whitespace character between them
    becomes one space, so offsets into the raw page still hold.
    """
    runs_on = [a for a, b in pairwise(lines) if _runs_on(a) and not b.after_blank]
    if len(runs_on) < 3 or len(runs_on) < WRAP_SHARE * len(lines):
        return lines
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if previous is not None and not line.after_blank and _runs_on(previous):
            end = line.start + len(line.text)
            text = _SPACE.sub(" ", raw[previous.start : end])
            joined[-1] = Line(previous.index, text, previous.start, previous.after_blank)
        else:
            joined.append(Line(len(joined), line.text, line.start, line.after_blank))
    return joined


def _runs_on(line: Line) -> bool:
    """A long line that does not close a sentence: the paragraph goes on below it."""
    return len(line.text) >= WRAP_MIN and not line.text.endswith(_TERMINAL)


def words_of(text: str) -> list[str]:
    """The words of a line."""
    return _WORDS.findall(text)


def _lower_or_caseless(ch: str) -> bool:
    """A lower-case letter, or a letter of a script without case (CJK, Arabic, ...)."""
    return ch.islower() or (ch.isalpha() and not ch.isupper())


def is_sentence(text: str, words: list[str] | None = None) -> bool:
    """A short line that closes like a sentence and has lower-case (or caseless) words."""
    words = _WORDS.findall(text) if words is None else words
    return (
        len(words) >= 2
        and text.endswith(SENTENCE_END)
        and any(_lower_or_caseless(w[0]) for w in words)
    )


def word_count(text: str) -> int:
    """How many words a line has."""
    return len(_WORDS.findall(text))


def is_prose(text: str, words: list[str] | None = None) -> bool:
    """A line that reads as running text: a sentence or more, with lower-case words."""
    words = _WORDS.findall(text) if words is None else words
    if len(words) < 5:
        return False
    lower = sum(1 for w in words if _lower_or_caseless(w[0]))
    if lower < max(2, len(words) // 5):
        return False
    return text.endswith(_TERMINAL) or len(words) >= 20


def is_title(text: str, words: list[str] | None = None) -> bool:
    """A line that reads as a title: a few words, no closing full stop, no run-on prose."""
    words = _WORDS.findall(text) if words is None else words
    if not 1 <= len(words) <= 24 or len(text) > 200:
        return False
    if text.endswith(".") and not text.endswith("..."):
        return False
    first = text.lstrip("'\"‘“(")
    return bool(first) and not first[0].islower()


def email_of(text: str) -> str | None:
    """The e-mail address when the line is only an e-mail (optionally labelled)."""
    match = _EMAIL.fullmatch(text.strip())
    return match["email"] if match else None


# Where a scraper dropped the space between two elements of a metadata line: a year
# glued to the next capitalised word ("June 29, 2020November 12, 2021"), "By" glued to a
# name ("ByIda Marsh"), a name glued to a time label ("By Jo LeePublished: ...") or to
# the "In" of the categories that follow it ("By Jo LeeIn Travel, Guides").
_GLUED = re.compile(
    r"(?<=(?<!\d)\d{4})(?=[A-Z][a-z])"
    r"|(?<=^By)(?=[A-Z][a-z])"
    r"|(?<=[a-z])(?=(?:Published|Updated|Posted|Last [Uu]pdated|Modified)\b)"
    r"|(?<=[a-z])(?=In\s+[A-Z])"
)


@lru_cache(maxsize=1)
def _glued_month() -> re.Pattern[str]:
    """A capitalised month name glued to the word before it and followed by a day
    ("By Jo LeeMar 5, 2025"); the names are `month_names.tsv`'s."""
    names = sorted({row["name"] for row in load_table("month_names.tsv")}, key=len, reverse=True)
    months = "|".join(re.escape(n.capitalize()) for n in names)
    return re.compile(rf"(?<=[a-z])(?=(?:{months})\.?\s+\d{{1,2}}\b)")


def unglue(text: str) -> str:
    """Put back the spaces a scraper dropped between the elements of a metadata line.

    >>> unglue("By Jo LeePublished: Jan 29, 2025")
    'By Jo Lee Published: Jan 29, 2025'
    >>> unglue("By Jo LeeMar 5, 2025")
    'By Jo Lee Mar 5, 2025'
    >>> unglue("By Jo LeeIn Travel, Guides")
    'By Jo Lee In Travel, Guides'
    """
    return _glued_month().sub(" ", _GLUED.sub(" ", text))


def is_update_marker(text: str) -> bool:
    """A live-blog entry stamp on its own line: "10:42", "10.42am BST", "5 mins ago"."""
    return len(text) <= 30 and _UPDATE_MARKER.fullmatch(text.strip()) is not None
