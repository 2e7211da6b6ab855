"""Properties of the entity step on arbitrary text (hypothesis): spans stay valid."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.analyze.entities import find_entities
from dateline.analyze.sentences import split_sentences
from dateline.model import Article, make_span

from .strategies import NEWS_TEXT, NEWS_WORDS


@settings(max_examples=25, deadline=None)
@given(NEWS_TEXT, st.lists(NEWS_WORDS, max_size=8).map(" ".join))
def test_sentences_properties_entities_never_break_spans(text: str, headline: str) -> None:
    article = Article(id="p", text=text, headline=headline or None)
    article = article.model_copy(
        update={"sentences": [make_span(text, s, e) for s, e in split_sentences(text)]}
    )
    entities, mentions = find_entities(article)
    checked = Article.model_validate(
        {**article.model_dump(), "entities": entities, "mentions": mentions}
    )
    ids = {e.id for e in checked.entities}
    assert all(m.entity in ids for m in checked.mentions)
