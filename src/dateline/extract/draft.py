"""The mutable working copy both extractors fill, and its one conversion to `Article`.

HTML and scraped-text extraction differ in how they find things, not in what they
find: each fills a `Draft`, and `Draft.to_article()` joins the paragraphs into
`Article.text`, computes the stable id and the map back to the raw input.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from dateline.model import (
    Article,
    Author,
    Dateline,
    Image,
    Outlet,
    PageKind,
    Paragraph,
    ParagraphKind,
    Removed,
    SourceSegment,
    Timestamp,
)
from dateline.urls import canonical_url, domain_of

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass
class DraftParagraph:
    text: str
    kind: ParagraphKind = "body"
    raw_start: int | None = None  # where `text` starts in the raw input, when copied verbatim


@dataclass
class DraftImage:
    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    caption_raw_start: int | None = None


@dataclass
class Draft:
    url: str | None = None
    kind: PageKind = "article"
    outlet_name: str | None = None
    language: str | None = None
    headline: str | None = None
    headline_raw_start: int | None = None
    standfirst: str | None = None
    standfirst_raw_start: int | None = None
    section: list[str] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    dateline: Dateline | None = None
    published: Timestamp | None = None
    updated: Timestamp | None = None
    images: list[DraftImage] = field(default_factory=list)
    paragraphs: list[DraftParagraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def drop(self, text: str, reason: str) -> None:
        """Record a piece of furniture that is not part of the article."""
        self.removed.append(Removed(text=text, reason=reason))

    def to_article(self) -> Article:
        """Join the paragraphs into the clean text and build the frozen `Article`."""
        pieces: list[str] = []
        paragraphs: list[Paragraph] = []
        source_map: list[SourceSegment] = []
        offset = 0
        for para in self.paragraphs:
            if pieces:
                pieces.append(PARAGRAPH_SEPARATOR)
                offset += len(PARAGRAPH_SEPARATOR)
            start, end = offset, offset + len(para.text)
            paragraphs.append(Paragraph(start=start, end=end, kind=para.kind))
            if para.raw_start is not None:
                source_map.append(
                    SourceSegment(field="text", start=start, end=end, raw_start=para.raw_start)
                )
            pieces.append(para.text)
            offset = end
        text = "".join(pieces)
        source_map.extend(self._field_segments())
        return Article(
            id=article_id(self.url, text, self.headline),
            url=self.url,
            kind=self.kind,
            outlet=Outlet(name=self.outlet_name, domain=domain_of(self.url)),
            language=self.language,
            headline=self.headline,
            standfirst=self.standfirst,
            section=self.section,
            authors=self.authors,
            dateline=self.dateline,
            published=self.published,
            updated=self.updated,
            images=[Image(url=i.url, caption=i.caption, credit=i.credit) for i in self.images],
            text=text,
            paragraphs=paragraphs,
            removed=self.removed,
            warnings=self.warnings,
            source_map=source_map,
        )

    def _field_segments(self) -> list[SourceSegment]:
        segments = []
        if self.headline and self.headline_raw_start is not None:
            segments.append(
                SourceSegment(
                    field="headline",
                    start=0,
                    end=len(self.headline),
                    raw_start=self.headline_raw_start,
                )
            )
        if self.standfirst and self.standfirst_raw_start is not None:
            segments.append(
                SourceSegment(
                    field="standfirst",
                    start=0,
                    end=len(self.standfirst),
                    raw_start=self.standfirst_raw_start,
                )
            )
        for index, image in enumerate(self.images):
            if image.caption and image.caption_raw_start is not None:
                segments.append(
                    SourceSegment(
                        field="caption",
                        index=index,
                        start=0,
                        end=len(image.caption),
                        raw_start=image.caption_raw_start,
                    )
                )
        return segments


def article_id(url: str | None, text: str, headline: str | None) -> str:
    """A stable id: the hash of the canonical URL, else of the headline and text."""
    key = "url:" + canonical_url(url) if url else "text:" + (headline or "") + "\n" + text
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
