"""Text scraped from a news page -> Article: classify each line, rebuild the article."""

from __future__ import annotations

from dateline.extract.draft import Draft, DraftParagraph


def extract_text(text: str, *, url: str | None = None) -> Draft:
    """Read text scraped from a news page into a draft article."""
    draft = Draft(url=url)
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            draft.paragraphs.append(DraftParagraph(stripped, raw_start=start))
        offset += len(line)
    return draft
