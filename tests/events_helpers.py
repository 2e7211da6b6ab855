"""Build articles by hand for the event tests and run the real analysis steps on them."""

from __future__ import annotations

from dateline.analyze.entities import entities_step
from dateline.analyze.events import events_step
from dateline.analyze.sentences import sentences_step
from dateline.analyze.timex import timexes_step
from dateline.model import Article, Dateline, Image, Outlet, Paragraph, Timestamp


def make_article(
    paragraphs: list[str],
    *,
    published: str = "2024-03-13",
    headline: str | None = None,
    captions: tuple[str, ...] = (),
    dateline: str | None = None,
    outlet: str | None = None,
) -> Article:
    """An article from paragraphs of text, with its facts analysed up to events."""
    text = "\n\n".join(paragraphs)
    spans, start = [], 0
    for para in paragraphs:
        spans.append(Paragraph(start=start, end=start + len(para)))
        start += len(para) + 2
    article = Article(
        id="test",
        headline=headline,
        text=text,
        paragraphs=spans,
        images=[Image(caption=c) for c in captions],
        published=Timestamp(value=published, source="meta"),
        dateline=Dateline(place=dateline) if dateline else None,
        outlet=Outlet(name=outlet),
    )
    return events_step(timexes_step(entities_step(sentences_step(article))))
