"""The data contract: spans must point into their text; output is deterministic."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from dateline.model import SCHEMA_VERSION, Article, Entity, Mention, Span, json_schema, make_span


def _article(text: str = "Kerry met Lavrov in Moscow.") -> Article:
    return Article(id="x", text=text, headline="Talks in Moscow")


def test_span_must_match_its_text() -> None:
    article = _article()
    good = make_span(article.text, 0, 5)
    entity = Entity(id="person:kerry", type="person", name="Kerry")
    Article(
        id="x",
        text=article.text,
        entities=[entity],
        mentions=[Mention(entity=entity.id, kind="surname", span=good)],
    )
    bad = Span(start=0, end=5, text="Lavro")
    with pytest.raises(ValidationError, match="text mismatch"):
        Article(
            id="x",
            text=article.text,
            entities=[entity],
            mentions=[Mention(entity=entity.id, kind="surname", span=bad)],
        )


def test_span_outside_text_is_rejected() -> None:
    span = Span(start=20, end=40, text="x")
    with pytest.raises(ValidationError, match="outside"):
        Article(id="x", text="short", sentences=[span])


def test_span_into_headline() -> None:
    span = make_span("Talks in Moscow", 9, 15, field="headline")
    article = Article(id="x", text="body", headline="Talks in Moscow", sentences=[span])
    assert article.field_text("headline")[span.start : span.end] == "Moscow"


def test_models_are_frozen() -> None:
    with pytest.raises(ValidationError):
        _article().headline = "changed"  # type: ignore[misc]


def test_json_schema_names_the_version() -> None:
    schema = json_schema()
    assert schema["$id"].endswith(f"article-{SCHEMA_VERSION}.json")
    assert "quotes" in schema["properties"]
    json.dumps(schema)
