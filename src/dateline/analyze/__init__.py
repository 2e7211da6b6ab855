"""Article -> facts: sentences, mentions, roles, coreference, quotes, time expressions,
events. Each step is registered in `registry.py`; `analyze()` runs them in order."""

from __future__ import annotations

import re

from dateline.analyze.registry import analyze
from dateline.extract.draft import Draft, DraftParagraph
from dateline.model import Article, Timestamp

__all__ = ["analyze", "analyze_text"]

_BLANK_LINES = re.compile(r"\n\s*\n")


def analyze_text(
    text: str, *, published: str | None = None, headline: str | None = None
) -> Article:
    """Analyse plain prose (no page to extract): paragraphs are split at blank lines.

    Args:
        text: the body text.
        published: ISO 8601 publication time that relative dates are resolved against.
        headline: an optional headline, analysed too.

    Example:
        >>> article = analyze_text("Ana Ruiz said on Monday that talks would resume.",
        ...                        published="2021-07-14")
        >>> [t.value for t in article.timexes]
        ['2021-07-12']
    """
    draft = Draft(headline=headline)
    offset = 0
    for piece in _BLANK_LINES.split(text):
        start = text.index(piece, offset)
        offset = start + len(piece)
        stripped = piece.strip()
        if stripped:
            draft.paragraphs.append(
                DraftParagraph(stripped, raw_start=start + piece.index(stripped))
            )
    if published:
        draft.published = Timestamp(value=published, source="argument")
    return analyze(draft.to_article())
