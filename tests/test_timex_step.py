"""The `timexes` analysis step: spans into headline, body and captions, ids, determinism."""

from __future__ import annotations

import pytest

from dateline.analyze.registry import build_pipeline, default_pipeline
from dateline.analyze.timex import date_order_for, timexes_step
from dateline.model import Article, Image, Outlet, Timestamp

BODY = (
    "The harbour board met on Monday to discuss the dredging plan.\n\n"
    "Work is scheduled to resume on Thursday and should take three weeks."
)


def article(published: str | None = "2021-07-14T09:00:00+02:00", **kw: object) -> Article:
    return Article(
        id="a1",
        headline=kw.get("headline", "Harbour board to resume dredging next week"),  # type: ignore[arg-type]
        text=kw.get("text", BODY),  # type: ignore[arg-type]
        images=[Image(caption="Dredgers in the harbour on Monday."), Image(caption=None)],
        published=Timestamp(value=published, source="meta") if published else None,
        outlet=kw.get("outlet", Outlet()),  # type: ignore[arg-type]
    )


def test_step_finds_timexes_in_headline_body_and_captions() -> None:
    result = timexes_step(article())
    got = [(t.id, t.span.field, t.span.index, t.span.text, t.type, t.value) for t in result.timexes]
    assert got == [
        ("t1", "headline", 0, "next week", "DATE", "2021-W29"),
        ("t2", "text", 0, "Monday", "DATE", "2021-07-12"),
        ("t3", "text", 0, "Thursday", "DATE", "2021-07-15"),
        ("t4", "text", 0, "three weeks", "DURATION", "P3W"),
        ("t5", "caption", 0, "Monday", "DATE", "2021-07-12"),
    ]


def test_step_spans_pass_the_article_validator() -> None:
    result = timexes_step(article())
    Article.model_validate(result.model_dump())  # raises when a span is off


def test_step_output_is_deterministic() -> None:
    first = timexes_step(article()).model_dump_json()
    assert timexes_step(article()).model_dump_json() == first


def test_step_without_publication_time_leaves_values_open() -> None:
    result = timexes_step(article(published=None))
    monday = next(t for t in result.timexes if t.span.text == "Monday")
    assert monday.value == "XXXX-WXX-1"
    assert monday.anchor == "none: no publication time"


@pytest.mark.parametrize(
    ("domain", "order", "value"),
    [("example.co.uk", "DMY", "2021-06-05"), ("example.com", "MDY", "2021-05-06")],
)
def test_step_numeric_dates_follow_the_outlet(domain: str, order: str, value: str) -> None:
    result = timexes_step(
        article(text="The ruling of 05/06/2021 stands.", outlet=Outlet(domain=domain))
    )
    assert date_order_for(domain, None) == order
    assert [t.value for t in result.timexes if t.span.field == "text"] == [value]


@pytest.mark.parametrize(
    ("domain", "language", "order"),
    [
        ("news.example.co.uk", None, "DMY"),
        (None, "de", "DMY"),
        ("example.com", "en", "MDY"),
        (None, "zh-CN", "YMD"),
        (None, None, "MDY"),
    ],
)
def test_step_date_order_rule(domain: str | None, language: str | None, order: str) -> None:
    assert date_order_for(domain, language) == order


def test_step_is_registered_in_the_default_pipeline() -> None:
    names = [s.name for s in default_pipeline()]
    assert "timexes" in names
    assert build_pipeline(["timexes"])[0].produces == frozenset({"timexes"})


def test_timex_step_reads_against_the_update_time_when_no_publication_time() -> None:
    from dateline.analyze.registry import analyze
    from dateline.model import Article, Paragraph, Timestamp

    text = "The mayors met the governor on Tuesday."
    article = Article(
        id="a",
        text=text,
        paragraphs=[Paragraph(start=0, end=len(text))],
        updated=Timestamp(value="2025-02-21T18:05:00-05:00", source="text"),
    )
    read = analyze(article)
    assert [t.value for t in read.timexes] == ["2025-02-18"]
    assert any("update time" in w for w in read.warnings)
    assert read.reference_time() == "2025-02-21T18:05:00-05:00"
