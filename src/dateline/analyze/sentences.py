"""Sentence boundaries: character spans of the sentences of a text, by rule.

A sentence ends at `.`, `!`, `?`, an ellipsis or an ideographic stop, together with
any closing quotation marks and brackets that follow, when the next word starts a
new sentence (it is not lower-case). It does not end after an abbreviation from
`lexicons/abbreviations.tsv` ("Mr.", "U.S.", "Jan.") or an initial ("J. R. R."),
unless the next word is a clear sentence starter (`lexicons/sentence_starters.tsv`);
nor at an ellipsis inside a quotation. A paragraph break ("\\n\\n") always ends one, and a
run longer than `MAX_SENTENCE` characters is cut (at a semicolon, a comma or a space).

Public API:
    split_sentences(text) -> list[tuple[int, int]]   half-open, whitespace-trimmed spans
The analysis step "sentences" fills `Article.sentences` from `Article.text`.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.analyze.registry import step
from dateline.lexicons import load_table
from dateline.model import Article, make_span

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
# A terminator, the closing marks kept with it, then the whitespace before the next sentence.
_BOUNDARY = re.compile(r"(\.{2,}|…|[.!?]+)([\"'”’“»)\]]*)(\s+)|([。！？]+[」』”）]*)")
_OPENERS = "\"'“‘«([¿¡"
_INITIAL = re.compile(r"^[A-Z]$")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_SHORT_NAME_PART = re.compile(r"^[A-Z][a-z]$")
_LEADING_PUNCT = "\"'“‘«([{"
_QUOTE_CHARS = re.compile(r"[\"“”]")
# No news sentence runs this long: longer runs are cut, so that analysis stays linear in
# the length of a page that is one unpunctuated block.
MAX_SENTENCE = 2000


@cache
def _abbreviations() -> dict[str, str]:
    """Abbreviation (with its stop) -> kind, from the lexicon."""
    return {row["abbreviation"]: row["kind"] for row in load_table("abbreviations.tsv")}


@cache
def _starters() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("sentence_starters.tsv"))


def _word_before(text: str, end: int) -> str:
    """The whitespace-delimited word ending at `end`, without leading punctuation."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end].lstrip(_LEADING_PUNCT)


def _name_before(text: str, end: int) -> bool:
    """Whether the word ending at `end` (spaces skipped) is capitalised, as a name's is."""
    while end > 0 and text[end - 1].isspace():
        end -= 1  # no copy of the text before: this runs inside the splitter's loop
    word = _word_before(text, end)
    return bool(word) and word[0].isupper()


def _next_word(text: str, start: int) -> str:
    """The word starting at `start`, after any opening marks."""
    pos = start
    while pos < len(text) and text[pos] in _OPENERS:
        pos += 1
    end = pos
    while end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        end += 1
    return text[pos:end]


def _is_boundary(text: str, match: re.Match[str], in_quote: bool) -> bool:
    """Whether the candidate terminator in `match` ends a sentence."""
    if match.group(4):
        return True
    following = _next_word(text, match.end())
    nxt = text[match.end() : match.end() + 1]
    if not following and nxt not in _OPENERS:
        return False
    if following and following[0].islower():
        return False
    terminator = match.group(1)
    if terminator in ("…",) or terminator.startswith(".."):
        return not in_quote
    if terminator != "." or match.group(2):
        return True
    word = _word_before(text, match.start(1))
    kind = _abbreviations().get(word + ".")
    if kind is None and (_INITIAL.match(word) or _DOTTED.match(word)):
        kind = "other"
    if (
        kind is None
        and _SHORT_NAME_PART.match(word)
        and _name_before(text, match.start(1) - len(word))
    ):
        kind = "other"  # "Gudni Th. Johannesson": an abbreviated middle name
    if kind is None:
        return True
    if kind == "title":
        return False
    return following in _starters()


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Split `text[start:end]` (one paragraph) into trimmed sentence spans.

    Quotation state is carried through the paragraph in one pass, so a quotation that
    opened in an earlier sentence still counts as open.
    """
    sent_start = start
    scanned = start
    depth, straight = 0, False
    for match in _BOUNDARY.finditer(text, start, end):
        for char in _QUOTE_CHARS.findall(text, scanned, match.start()):
            if char == "“":
                depth += 1
            elif char == "”":
                depth = max(0, depth - 1)
            else:
                straight = not straight
        scanned = match.start()
        if not _is_boundary(text, match, in_quote=depth > 0 or straight):
            continue
        stop = match.end(2) if match.group(1) else match.end(4)
        _append_trimmed(text, sent_start, stop, out)
        sent_start = match.end()
    _append_trimmed(text, sent_start, end, out)


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _overlong_cut(text, start, start + MAX_SENTENCE)
        _append_trimmed(text, start, cut, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))


def _overlong_cut(text: str, start: int, limit: int) -> int:
    """Where to cut a run of text too long to be one sentence (a list or a table read as
    prose, with no full stops): after the last semicolon, else the last comma, else the
    last space before `limit`, else at `limit`."""
    floor = start + MAX_SENTENCE // 2
    for mark in (";", ",", " "):
        at = text.rfind(mark, floor, limit)
        if at != -1:
            return at + 1
    return limit


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split `text` into sentences.

    Args:
        text: any text; paragraphs separated by blank lines.

    Returns:
        Half-open `(start, end)` offsets of each sentence, in order, with no leading or
        trailing whitespace inside a span.
    """
    spans: list[tuple[int, int]] = []
    block_start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        _split_block(text, block_start, brk.start(), spans)
        block_start = brk.end()
    _split_block(text, block_start, len(text), spans)
    return spans


@step("sentences", requires={"text"}, produces={"sentences"})
def sentences_step(article: Article) -> Article:
    """Fill `Article.sentences` with the sentence spans of the body text."""
    text = article.text
    spans = [make_span(text, start, end) for start, end in split_sentences(text)]
    return article.model_copy(update={"sentences": spans})
