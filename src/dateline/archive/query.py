"""The search language, and its translation to SQLite FTS5 and PostgreSQL tsquery.

    harbour talks          both words (any order)
    "shipping data"        the phrase
    minist*                a word starting with "minist"
    norway OR canada       either word
    -fisheries             not this word (or -"a phrase")

Words are the `\\w+` runs of the query, lower-cased, so both backends see the same
tokens and no user input ever reaches the SQL as syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.errors import ConfigError

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Term:
    """One word or phrase to look for; `prefix` when its last word ends with `*`."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    """All `clauses` must match (each clause: any of its terms); no `excluded` term may."""

    clauses: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]


def parse_query(query: str) -> ParsedQuery:
    """Parse a search string into clauses and exclusions.

    >>> parse_query('norway OR canada -"fishing rights"').excluded
    (Term(words=('fishing', 'rights'), prefix=False),)
    """
    clauses: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for match in _TOKEN.finditer(query):
        negated, phrase, bare = match.group(1), match.group(2), match.group(3)
        if bare == "OR":
            join_next = bool(clauses)
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            negated, bare = "-", bare[1:]
        text = phrase if phrase is not None else bare or ""
        words = tuple(_WORD.findall(text.lower()))
        if not words:
            continue
        term = Term(words, prefix=phrase is None and text.endswith("*"))
        if negated:
            excluded.append(term)
        elif join_next:
            clauses[-1].append(term)
        else:
            clauses.append([term])
        join_next = False
    if excluded and not clauses:
        raise ConfigError("a search needs at least one word to look for, not only -exclusions")
    return ParsedQuery(tuple(tuple(c) for c in clauses), tuple(excluded))


def to_fts5(parsed: ParsedQuery) -> str:
    """The FTS5 MATCH expression of a parsed query."""
    positive = " AND ".join(
        "(" + " OR ".join(_fts5_term(t) for t in clause) + ")" for clause in parsed.clauses
    )
    negative = "".join(f" NOT {_fts5_term(t)}" for t in parsed.excluded)
    return f"({positive}){negative}"


def _fts5_term(term: Term) -> str:
    return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")


def to_tsquery(parsed: ParsedQuery) -> str:
    """The `to_tsquery('simple', ...)` text of a parsed query."""
    positive = " & ".join(
        "(" + " | ".join(_ts_term(t) for t in clause) + ")" for clause in parsed.clauses
    )
    negative = "".join(f" & !({_ts_term(t)})" for t in parsed.excluded)
    return positive + negative


def _ts_term(term: Term) -> str:
    parts = [f"'{w}'" for w in term.words]
    if term.prefix:
        parts[-1] += ":*"
    return "(" + " <-> ".join(parts) + ")"
