"""Quote records as plain tuples, for tests that compare what `analyze_text` attributes."""

from __future__ import annotations

from dateline.analyze import analyze_text

Record = tuple[str | None, str | None, str]  # cue, speaker mention, content
ClassedRecord = tuple[str | None, str | None, str | None, str]  # + the cue's lexicon id first


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
