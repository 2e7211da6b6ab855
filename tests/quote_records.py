"""Quote records as plain tuples, for tests that compare what `analyze_text` attributes."""

from __future__ import annotations

from dateline.analyze import analyze_text
from dateline.analyze.quotes import find_quotes

Record = tuple[str | None, str | None, str]  # cue, speaker mention, content
ClassedRecord = tuple[str | None, str | None, str | None, str]  # + the cue's lexicon id first
FoundRecord = tuple[str | None, str | None, list[str]]  # cue, speaker phrase, content parts


def records(page: str) -> list[Record]:
    """(cue, speaker mention, content) of every quote of `page`, in order."""
    return [
        (
            q.cue.text if q.cue else None,
            q.speaker.mention.text if q.speaker else None,
            q.content.text,
        )
        for q in analyze_text(page).quotes
    ]


def classed_records(page: str) -> list[ClassedRecord]:
    """(cue lexicon id, speaker mention, cue, content) of every quote of `page`."""
    return [
        (
            q.cue_lexicon_id,
            q.speaker.mention.text if q.speaker else None,
            q.cue.text if q.cue else None,
            q.content.text,
        )
        for q in analyze_text(page).quotes
    ]


def found_records(page: str) -> list[FoundRecord]:
    """(cue, speaker phrase, content parts) of every quote `find_quotes` finds in `page`
    read as one paragraph: the finder alone, no entity linking."""
    return [
        (
            page[slice(*f.cue)] if f.cue else None,
            page[slice(*f.speaker)] if f.speaker else None,
            [page[s:e] for s, e in f.parts],
        )
        for f in find_quotes(page, [(0, len(page))])
    ]
