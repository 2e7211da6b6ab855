"""The readable events section and the one-line event summary."""

from __future__ import annotations

from dateline.render import event_line, events_as_text
from tests.events_helpers import make_article


def test_event_line_reads_who_met_whom_where_and_when() -> None:
    article = make_article(
        [
            "Chilean Foreign Minister Alberto Vidal met Peruvian Foreign Minister Rosa Quispe "
            "in Lima on Monday."
        ]
    )
    (event,) = article.events
    assert event_line(event) == (
        "2024-03-11 CONSULT (meet) CHL GOV Alberto Vidal <-> PER GOV Rosa Quispe, Lima"
    )


def test_events_section_lists_events_and_sentences() -> None:
    article = make_article(
        ["Norway will send aid to Sudan.", "Kenya and Uganda agreed to share data."]
    )
    text = events_as_text(article)
    assert text.startswith("events (2):")
    assert "[scheduled]" in text
    assert '"Kenya and Uganda agreed to share data."' in text


def test_no_events_no_section() -> None:
    assert events_as_text(make_article(["The harbour was calm."])) == ""
