"""Page furniture: lines of a scraped page that are not the article (`lexicons/furniture.jsonl`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.errors import LexiconError
from dateline.extract.outlets import outlet_info
from dateline.lexicons import load_jsonl

MASTHEAD = "masthead"  # id for an outlet's name repeated as a line in capitals


@dataclass(frozen=True)
class FurniturePattern:
    """One compiled furniture rule."""

    id: str
    label: str
    regex: re.Pattern[str]
    ends_article: bool = False
    page: str | None = None
    soft_end: bool = False  # the story may go on after it (an inline "Related" box)
    contains: bool = False  # searched anywhere in a line of at most `max_length` characters
    max_length: int = 0


@cache
def furniture_patterns() -> tuple[FurniturePattern, ...]:
    """The furniture rules, compiled once per process."""
    rules = []
    for entry in load_jsonl("furniture.jsonl"):
        extra = entry.model_extra or {}
        if not isinstance(entry.pattern, str):
            raise LexiconError(f"{entry.id}: pattern must be a string", path="furniture.jsonl")
        source = re.escape(entry.pattern) if extra.get("match") == "literal" else entry.pattern
        try:
            regex = re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise LexiconError(f"{entry.id}: bad regex ({exc})", path="furniture.jsonl") from exc
        rules.append(
            FurniturePattern(
                id=entry.id,
                label=entry.label,
                regex=regex,
                ends_article=bool(extra.get("ends_article", False)),
                page=extra.get("page"),
                soft_end=bool(extra.get("soft_end", False)),
                contains=extra.get("match") == "contains",
                max_length=int(extra.get("max_length", 0)),
            )
        )
    return tuple(rules)


@cache
def _combined() -> re.Pattern[str]:
    """All rules as one alternation (group `r<i>` = rule i), so a line is matched in one call."""
    parts = [
        f"(?P<r{i}>{rule.regex.pattern})"
        for i, rule in enumerate(furniture_patterns())
        if not rule.contains
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


@cache
def _contains_rules() -> tuple[tuple[int, FurniturePattern], ...]:
    return tuple((i, r) for i, r in enumerate(furniture_patterns()) if r.contains)


MAX_FURNITURE = 400  # longer lines are never furniture


def furniture_rule(line: str) -> FurniturePattern | None:
    """The first furniture rule the whole (stripped) line matches, or None."""
    stripped = " ".join(line.split())  # one plain space between words (no-break spaces too)
    if not stripped or len(stripped) > MAX_FURNITURE:
        return None
    best: int | None = None
    match = _combined().fullmatch(stripped)
    if match is not None:
        name = match.lastgroup or next(k for k, v in match.groupdict().items() if v is not None)
        best = int(name[1:])
    for index, rule in _contains_rules():
        if best is not None and index > best:
            break
        if len(stripped) <= rule.max_length and rule.regex.search(stripped):
            best = index
            break
    return furniture_patterns()[best] if best is not None else None


def is_furniture(line: str) -> str | None:
    """The id of the furniture pattern a line matches, or None.

    Besides the lexicon's patterns, a line in capitals that names a known outlet
    (`outlets.tsv`) is a repeated masthead.

    >>> is_furniture("Share this story")
    'share-prompt'
    >>> is_furniture("The minister said the talks would resume.") is None
    True
    """
    rule = furniture_rule(line)
    if rule is not None:
        return rule.id
    return masthead_id(line)


def masthead_id(line: str) -> str | None:
    """`MASTHEAD` when the line is a known outlet's name in capitals ("CHINA DAILY")."""
    stripped = line.strip()
    if stripped.isupper() and len(stripped) <= 60 and outlet_info(None, stripped) is not None:
        return MASTHEAD
    return None
