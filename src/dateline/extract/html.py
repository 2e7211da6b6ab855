"""HTML page -> Article: trafilatura for the main content, plus dateline's news layer."""

from __future__ import annotations

import trafilatura

from dateline.extract.draft import Draft, DraftParagraph


def extract_html(html: str, *, url: str | None = None) -> Draft:
    """Read an HTML news page into a draft article."""
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    doc = result.as_dict() if result is not None else None
    draft = Draft(url=url)
    if not doc:
        draft.kind = "not_article"
        draft.warnings.append("no main content found")
        return draft
    draft.headline = doc.get("title")
    body = doc.get("text") or ""
    draft.paragraphs = [DraftParagraph(p.strip()) for p in body.split("\n") if p.strip()]
    return draft
