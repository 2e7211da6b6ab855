"""The readable view: metadata, body, and facts with the sentence each came from."""

from __future__ import annotations

from dateline.analyze import analyze_text
from dateline.model import (
    Actor,
    Article,
    Entity,
    Event,
    Party,
    Place,
    Quote,
    Role,
    Timex,
    make_span,
)
from dateline.render import article_as_text, event_line

TEXT = 'Ana Ruiz met Tom Berg in Lisbon on Monday. "We agreed," Ruiz said.'


def _article() -> Article:
    monday = TEXT.index("on Monday")
    quote_start = TEXT.index('"We')
    cue = TEXT.index("said")
    met = TEXT.index("met")
    return Article(
        id="a",
        headline="Talks in Lisbon",
        text=TEXT,
        sentences=[make_span(TEXT, 0, 42), make_span(TEXT, 43, len(TEXT))],
        entities=[
            Entity(
                id="person:ana-ruiz",
                type="person",
                name="Ana Ruiz",
                roles=[  # the same office found at two mentions
                    Role(
                        title="foreign minister",
                        affiliation="Spain",
                        evidence=make_span(TEXT, 0, 8),
                    ),
                    Role(
                        title="foreign minister",
                        affiliation="Spain",
                        evidence=make_span(TEXT, 56, 60),
                    ),
                ],
            )
        ],
        quotes=[
            Quote(
                id="q1",
                kind="direct",
                content=make_span(TEXT, quote_start, cue - 6),
                cue=make_span(TEXT, cue, cue + 4),
                speaker=Party(
                    entity="person:ana-ruiz",
                    name="Ana Ruiz",
                    mention=make_span(TEXT, cue - 5, cue - 1),
                ),
                paragraph=0,
            )
        ],
        timexes=[
            Timex(
                id="t1", span=make_span(TEXT, monday, monday + 9), type="DATE", value="2021-07-12"
            )
        ],
        events=[
            Event(
                id="e1",
                type="CONSULT",
                mode="meet",
                source=[Actor(text="Ana Ruiz", country="ESP", sector="GOV")],
                target=[Actor(text="Tom Berg", country="NOR", sector="GOV")],
                place=Place(name="Lisbon"),
                date="2021-07-12",
                status="occurred",
                trigger=make_span(TEXT, met, met + 3),
            )
        ],
    )


def test_event_line_reads_like_a_wire_summary() -> None:
    line = event_line(_article().events[0])
    assert line == "2021-07-12 CONSULT (meet) ESP GOV Ana Ruiz <-> NOR GOV Tom Berg, Lisbon"


def test_event_line_says_so_when_no_actor_is_named() -> None:
    """ "A summit in Lisbon in May" names no participant: the line says so rather than
    leaving a bare comma before the place."""
    event = _article().events[0].model_copy(update={"source": [], "target": []})
    assert event_line(event) == "2021-07-12 CONSULT (meet) (no actor named), Lisbon"


def test_text_view_shows_facts_with_their_sentence() -> None:
    view = article_as_text(_article())
    assert "Ana Ruiz — foreign minister (Spain)\n" in view
    assert "Ana Ruiz said [direct]" in view
    assert "2021-07-12       DATE     “on Monday”" in view
    assert "« Ana Ruiz met Tom Berg in Lisbon on Monday. »" in view


def test_text_view_names_the_kind_of_attribution_when_it_is_not_speech() -> None:
    from dateline.analyze import analyze_text

    article = analyze_text(
        "Anna Berg said the pier was safe. The harbour board believes the pier will last."
    )
    view = article_as_text(article)
    assert "Anna Berg said [indirect]\n" in view
    assert "believes [indirect, belief]" in view


def test_text_view_counts_dropped_furniture_in_words_that_agree() -> None:
    from dateline.model import Removed

    one = _article().model_copy(update={"removed": [Removed(text="Share this", reason="share")]})
    two = one.model_copy(update={"removed": one.removed * 2})
    assert "dropped 1 piece of page furniture:\n  - [share] Share this" in article_as_text(one)
    assert "dropped 2 pieces of page furniture:" in article_as_text(two)


def test_render_a_bare_title_is_not_repeated_beside_a_fuller_one() -> None:
    """ "Foreign Minister Ana Kovac ... Minister Kovac": one office, shown once, fullest."""
    article = analyze_text(
        "Danish Foreign Minister Ana Kovac met the envoy on Monday. Minister Kovac said the "
        "talks had gone well."
    )
    view = article_as_text(article)
    assert "Ana Kovac — foreign minister (Denmark)\n" in view
