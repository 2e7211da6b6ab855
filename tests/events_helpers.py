"""Build articles by hand for the event tests and run the real analysis steps on them."""

from __future__ import annotations

from dateline.analyze.entities import entities_step
from dateline.analyze.event_coder import EventMention, code_sentence, main_event
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


def sentence_event(sentence: str) -> EventMention:
    """The main event the sentence coder reads in `sentence` (the test fails when none)."""
    event = main_event(code_sentence(sentence))
    assert event is not None, f"no event in {sentence!r}"
    return event


def event_actors(event: EventMention) -> list[tuple[str, str | None, str | None]]:
    """(text, country, sector) of an event's source and target actors, in order."""
    return [(a.text, a.country, a.sector) for a in (*event.source, *event.target)]
