"""Search, quotes, events and stats, the same on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from dateline.archive import Archive, open_archive
from dateline.archive.query import Term, parse_query, to_fts5, to_tsquery
from dateline.errors import ConfigError
from dateline.model import Outlet

from .archive_articles import HARBOUR_PARAGRAPHS, harbour_article, plain_article
from .conftest import postgres_schema

RIVER = (
    "The river council voted to rebuild the old stone bridge before the spring floods. "
    "Engineers warned that the arches were cracking and that lorries should use the ferry "
    "until the work is done. The mayor said the budget would be found within the year, "
    "and farmers at the market welcomed the news after months of detours through the hills."
)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def filled(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Archive]:
    """An archive with the harbour story (March 2024) and two plain ones (Jan, May 2024).

    Built once per backend for this module: the tests here only read it.
    """
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = str(tmp_path_factory.mktemp("search") / "archive.db")
        else:
            url = stack.enter_context(postgres_schema())
        archive = stack.enter_context(open_archive(url))
        archive.add(harbour_article(), source="harbour")
        archive.add(plain_article(1, text=RIVER, published="2024-01-20"), source="river")
        archive.add(
            plain_article(2, published="2024-05-02", domain="gazette.example.com"), source="other"
        )
        yield archive


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("shipping", ["Norland and Westmark agree to share shipping data"]),
        ('"stone bridge"', ["Story number 1"]),
        ('"bridge stone"', []),
        ("arch*", ["Story number 1"]),
        (
            "herring OR lorries",
            ["Norland and Westmark agree to share shipping data", "Story number 1"],
        ),
        ("council -ferry", []),
        ("council", ["Story number 1"]),
        ("WESTMARK", ["Norland and Westmark agree to share shipping data"]),
        ("nothing-like-this-anywhere", []),
    ],
)
def test_archive_search_query_language(filled: Archive, query: str, expected: list[str]) -> None:
    hits = filled.search(query)
    assert sorted(h.headline or "" for h in hits) == sorted(expected)


def test_archive_search_hit_has_snippet_and_link(filled: Archive) -> None:
    [hit] = filled.search("coastguards")
    assert "coastguards" in hit.snippet.lower()
    assert hit.url == "https://news.example.org/world/harbour-talks"
    assert hit.published == "2024-03-05T10:00:00+01:00"


def test_archive_search_headline_match_ranks_first(filled: Archive) -> None:
    hits = filled.search("shipping OR bridge")
    assert hits[0].headline == "Norland and Westmark agree to share shipping data"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"since": "2024-03"}, {"harbour", "2"}),
        ({"until": "2024-03"}, {"harbour", "1"}),
        ({"since": "2024-02-01", "until": "2024-04-30"}, {"harbour"}),
        ({"until": "2023"}, set()),
        ({"outlet": "GAZETTE.example.com"}, {"2"}),
        ({"outlet": "Example News"}, {"harbour"}),
        ({"person": "olsen"}, {"harbour"}),
        ({"person": "nobody"}, set()),
        ({"place": "kestrel"}, {"harbour"}),
        ({"event_type": "agree"}, {"harbour"}),
        ({"event_type": "FIGHT"}, set()),
    ],
)
def test_archive_search_filters(
    filled: Archive, filters: dict[str, str], expected: set[str]
) -> None:
    hits = filled.search("", **filters)  # type: ignore[arg-type]
    found = {"harbour" if h.headline and "Norland" in h.headline else h.headline[-1] for h in hits}  # type: ignore[index]
    assert found == expected


def test_archive_search_filters_combine_with_words(filled: Archive) -> None:
    assert len(filled.search("shipping", person="Olsen", since="2024")) == 1
    assert filled.search("shipping", outlet="gazette.example.com") == []


def test_archive_search_empty_query_lists_newest_first(filled: Archive) -> None:
    dates = [h.published for h in filled.search("")]
    assert dates == ["2024-05-02", "2024-03-05T10:00:00+01:00", "2024-01-20"]


def test_archive_search_limit_and_offset(filled: Archive) -> None:
    first = filled.search("", limit=2)
    rest = filled.search("", limit=2, offset=2)
    assert len(first) == 2 and len(rest) == 1
    assert {h.id for h in first}.isdisjoint({h.id for h in rest})


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"since": "March 2024"}, "--since"),
        ({"until": "2024/03/01"}, "--until"),
        ({"query": "-ferry"}, "at least one word"),
    ],
)
def test_archive_search_bad_input_is_a_config_error(
    filled: Archive, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        filled.search(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"speaker": "olsen"}, ["q1", "q2"]),
        ({"addressee": "Brandt"}, ["q2"]),
        ({"text": "FISHING TOWNS"}, ["q1"]),
        ({"speaker": "Brandt"}, []),
        ({"text": "100%"}, []),
    ],
)
def test_archive_quotes_filters(filled: Archive, filters: dict[str, str], ids: list[str]) -> None:
    assert [q.quote_id for q in filled.quotes(**filters)] == ids  # type: ignore[arg-type]


def test_archive_quotes_carry_sentence_and_link(filled: Archive) -> None:
    [quote] = filled.quotes(text="sailors")
    assert quote.speaker == "Marta Olsen"
    assert quote.cue == "said"
    assert quote.sentence.startswith('"This agreement protects')
    assert quote.sentence.endswith("Kestrel Bay.")
    assert quote.url == "https://news.example.org/world/harbour-talks"


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({}, ["e2", "e1"]),
        ({"type": "agree"}, ["e1"]),
        ({"actor": "norland"}, ["e1"]),
        ({"actor": "WMK"}, ["e1"]),
        ({"actor": "governments"}, ["e2"]),
        ({"since": "2024-04"}, ["e2"]),
        ({"until": "2024-03"}, ["e1"]),
        ({"type": "FIGHT"}, []),
    ],
)
def test_archive_events_filters(filled: Archive, filters: dict[str, str], ids: list[str]) -> None:
    assert [e.event_id for e in filled.events(**filters)] == ids  # type: ignore[arg-type]


def test_archive_events_carry_actors_and_trigger(filled: Archive) -> None:
    [event] = filled.events(type="AGREE")
    assert (event.sources, event.targets) == (["Norland"], ["Westmark"])
    assert (event.source_codes, event.target_codes) == (["NRL GOV"], ["WMK"])
    assert (event.trigger, event.place, event.date) == ("agreed", "Kestrel Bay", "2024-03-05")
    assert event.sentence == HARBOUR_PARAGRAPHS[0]  # the sentence it came from


def test_archive_stats_counts_and_months(filled: Archive) -> None:
    stats = filled.stats()
    assert (stats.articles, stats.outlets, stats.people, stats.quotes, stats.events) == (
        3,
        3,
        2,
        2,
        2,
    )
    assert [(m.month, m.articles, m.quotes, m.events) for m in stats.by_month] == [
        ("2024-01", 1, 0, 0),
        ("2024-03", 1, 2, 2),
        ("2024-05", 1, 0, 0),
    ]
    assert ("Marta Olsen", 1) in stats.top_people


@pytest.mark.parametrize(
    ("query", "fts5", "tsquery"),
    [
        ("harbour talks", '(("harbour") AND ("talks"))', "(('harbour')) & (('talks'))"),
        ('"Shipping data"', '(("shipping data"))', "(('shipping' <-> 'data'))"),
        ("minist*", '(("minist"*))', "(('minist':*))"),
        ("a OR b", '(("a" OR "b"))', "(('a') | ('b'))"),
        ("x -y", '(("x")) NOT "y"', "(('x')) & !(('y'))"),
        ("U.S. talks", '(("u s") AND ("talks"))', "(('u' <-> 's')) & (('talks'))"),
        (
            "it's \"; DROP TABLE",
            '(("it s") AND ("drop table"))',
            "(('it' <-> 's')) & (('drop' <-> 'table'))",
        ),
    ],
)
def test_archive_query_translation(query: str, fts5: str, tsquery: str) -> None:
    parsed = parse_query(query)
    assert to_fts5(parsed) == fts5
    assert to_tsquery(parsed) == tsquery


def test_archive_query_prefix_only_without_quotes() -> None:
    assert parse_query('"minist*"').clauses == ((Term(("minist",), prefix=False),),)


def test_archive_events_calendar_dates_first_then_unresolved(archive: Archive) -> None:
    article = harbour_article()
    first, second = article.events
    events = [
        first.model_copy(update={"id": "a", "date": None}),
        first.model_copy(update={"id": "b", "date": "XXXX-WXX-2"}),
        second.model_copy(update={"id": "c", "date": "2023-01-01"}),
        second.model_copy(update={"id": "d", "date": "2024-02"}),
    ]
    archive.add(article.model_copy(update={"events": events}))
    assert [e.event_id for e in archive.events()] == ["d", "c", "b", "a"]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_archive_stats_count_an_outlet_known_only_by_name(backend: str, tmp_path: Path) -> None:
    with ExitStack() as stack:
        url = (
            str(tmp_path / "a.db")
            if backend == "sqlite"
            else stack.enter_context(postgres_schema())
        )
        archive = stack.enter_context(open_archive(url))
        for number in (1, 2):
            article = plain_article(number, url="")
            archive.add(
                article.model_copy(update={"url": None, "outlet": Outlet(name="The Quay Post")}),
                source=f"quay-{number}",
            )
        archive.add(plain_article(3), source="daily")
        named = plain_article(4, url="https://ledger.example.org/a/4")
        archive.add(
            named.model_copy(
                update={"outlet": Outlet(name="The Ledger", domain="ledger.example.org")}
            ),
            source="ledger",
        )
        stats = archive.stats()
    assert stats.outlets == 3
    # grouped by domain, shown by name when a page gave one
    assert stats.top_outlets == [
        ("The Quay Post", 2),
        ("The Ledger", 1),
        ("daily.example.net", 1),
    ]
