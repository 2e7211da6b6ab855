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
            )
        )
    return tuple(rules)


def furniture_rule(line: str) -> FurniturePattern | None:
    """The first furniture rule the whole (stripped) line matches, or None."""
    stripped = line.strip()
    if not stripped:
        return None
    for rule in furniture_patterns():
        if rule.regex.fullmatch(stripped):
            return rule
    return None


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
    stripped = line.strip()
    if stripped.isupper() and len(stripped) <= 60 and outlet_info(None, stripped) is not None:
        return MASTHEAD
    return None
