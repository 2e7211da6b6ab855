"""The event helpers the CLI's table and csv use: actors with codes, kind, sentence."""

from __future__ import annotations

from dateline.render import event_actors, event_kind, event_sentence
from tests.events_helpers import make_article


def test_meeting_of_equals_reads_both_ways() -> None:
    article = make_article(
        [
            "Chilean Foreign Minister Alberto Vidal met Peruvian Foreign Minister Rosa Quispe "
            "in Lima on Monday."
        ]
    )
    (event,) = article.events
    assert event_kind(event) == "CONSULT (meet)"
    assert event_actors(event) == "CHL GOV Alberto Vidal <-> PER GOV Rosa Quispe"


def test_directed_event_has_an_arrow_and_its_sentence() -> None:
    article = make_article(["The weather was calm.", "Norway sent humanitarian aid to Sudan."])
    (event,) = article.events
    assert event_kind(event) == "AID"
    assert event_actors(event) == "NOR Norway -> SDN Sudan"
    assert event_sentence(article, event) == "Norway sent humanitarian aid to Sudan."
