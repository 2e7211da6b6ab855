"""Unit tests of the publication dates a page prints, and how they weigh against its markup."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from dateline.extract.metadata import read_signals
from dateline.extract.page_dates import choose_timestamps

_HEADLINE = "Harbour ferry returns to the island"
_PARAGRAPHS = "".join(
    f"<p>Part {n}: the island ferry sails again after the winter repairs to the pier.</p>"
    for n in range(16)
)


def _published(body: str, head: str = "", url: str | None = None) -> tuple[str | None, str | None]:
    tree = lxml_html.fromstring(
        f"<html><head><title>{_HEADLINE}</title>{head}</head><body>{body}</body></html>"
    )
    signals = read_signals(tree)
    published, _ = choose_timestamps(tree, signals, signals.article(), url, _HEADLINE)
    return (published.value[:10], published.source) if published else (None, None)


def test_a_header_line_with_both_labels_gives_its_publication() -> None:
    body = (
        f"<main><h1>{_HEADLINE}</h1><p>Updated: May 9, 2024 · Date: May 2, 2024</p>"
        f"{_PARAGRAPHS}</main>"
    )
    assert _published(body) == ("2024-05-02", "headline-date")


@pytest.mark.parametrize(
    ("card", "value"),
    [  # far below the headline, after the story
        (
            '<p class="date">June 3, 2025. <i>Updated: June 7, 2025</i></p>',
            ("2025-06-03", "date-element"),
        ),
        ('<span class="entry-date">4 February 2023</span>', ("2023-02-04", "date-element")),
        (  # hAtom: the full date in the title
            '<abbr class="published" title="2023-02-04T09:00:00">Feb 4</abbr>',
            ("2023-02-04", "date-element"),
        ),
        ('<span class="event-date">4 February 2023</span>', None),  # an event's day
        ('<span class="post-date">Updated: 4 February 2023</span>', None),
        ('<footer><span class="post-date">4 February 2023</span></footer>', None),
    ],
)
def test_an_element_whose_class_names_the_publication_date(
    card: str, value: tuple[str, str] | None
) -> None:
    body = f"<main><h1>{_HEADLINE}</h1>{_PARAGRAPHS}<div class='credit'>{card}</div></main>"
    found = _published(body)
    if value is None:
        assert found[1] != "date-element"
    else:
        assert found == value


def test_the_readers_today_is_no_publication_date() -> None:
    body = (
        f"<main><h1>{_HEADLINE}</h1>{_PARAGRAPHS}</main>"
        "<div class='visit'><h3>Today's opening</h3><div>May 9, 2027</div></div>"
    )
    assert _published(body) == (None, None)


def test_a_time_element_without_a_value_counts_by_its_words() -> None:
    body = f"<article><h1>{_HEADLINE}</h1><time>May 5, 2023</time>{_PARAGRAPHS}</article>"
    assert _published(body) == ("2023-05-05", "time-tag")


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://ferries.example.co.uk/news/ferry", "2021-07-04"),  # day first
        ("https://ferries.example.us/news/ferry", "2021-04-07"),  # month first
        ("https://ferries.example.com/news/ferry", None),  # no national order: no guess
    ],
)
def test_a_numeric_date_follows_the_outlets_national_order(url: str, value: str | None) -> None:
    body = f"<main><h1>{_HEADLINE}</h1><p>Posted: 04/07/2021</p>{_PARAGRAPHS}</main>"
    assert _published(body, url=url)[0] == value


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("<p>Date published: 12 May 2021</p>", "2021-05-12"),
        ("<p>Veröffentlicht: 3. März 2024</p>", "2024-03-03"),
        ("<p>Pubblicato il 3 marzo 2024</p>", "2024-03-03"),
        ("<p>发布时间：2024年3月5日 10:20</p>", "2024-03-05"),
    ],
)
def test_more_publication_labels(line: str, value: str) -> None:
    story = f"<main><h1>{_HEADLINE}</h1><p>June 1, 2020</p>{_PARAGRAPHS}{line}</main>"
    assert _published(story)[0] == value


def test_a_compact_publication_date_meta_key() -> None:
    body = f"<main><h1>{_HEADLINE}</h1>{_PARAGRAPHS}</main>"
    assert _published(body, head='<meta name="pdate" content="20240305">') == (
        "2024-03-05",
        "meta",
    )


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://ferries.example/world/2024/mar/05/island-ferry", "2024-03-05"),
        ("https://ferries.example/2023/sept/9/island-ferry", "2023-09-09"),
        ("https://ferries.example/2024/news/05/island-ferry", None),  # no month there
    ],
)
def test_a_month_name_in_the_url_path(url: str, value: str | None) -> None:
    body = f"<main><h1>{_HEADLINE}</h1>{_PARAGRAPHS}</main>"
    assert _published(body, url=url)[0] == value


def test_a_publication_label_with_the_author_between_it_and_its_date() -> None:
    body = (
        f"<main><h1>{_HEADLINE}</h1><p>June 1, 2020</p>{_PARAGRAPHS}"
        "<p>Posted by Mara Lindqvist on 8 October 2022</p></main>"
    )
    assert _published(body) == ("2022-10-08", "labelled-date")


# A JSON-LD block and the <meta> tags that state different publication days.
_TWO_STATEMENTS = (
    '<script type="application/ld+json">{"@type": "NewsArticle",'
    ' "headline": "Night buses", "datePublished": "2019-03-01T10:00:00Z"}</script>'
    '<meta property="article:published_time" content="2024-06-05T14:00:00Z">'
)


def test_a_stale_jsonld_date_loses_to_the_printed_meta_date() -> None:
    body = f"<main><h1>{_HEADLINE}</h1><p>Updated: Jun 5, 2024 10:00 AM EDT</p>{_PARAGRAPHS}</main>"
    assert _published(body, _TWO_STATEMENTS) == ("2024-06-05", "meta")


def test_disagreeing_statements_none_printed_keep_the_first() -> None:
    body = f"<main><h1>{_HEADLINE}</h1>{_PARAGRAPHS}</main>"
    assert _published(body, _TWO_STATEMENTS) == ("2019-03-01", "json-ld")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (  # a quoted e-mail's header: the quoted message's date
            "",
            "<p>The first message read:</p>"
            "<pre>Date: Tue, 5 Mar 2013 09:12:40 -0500\nFrom: Ola Brenne\nSubject: pier</pre>",
        ),
        (  # an element whose class names another date
            "",
            "</main><aside>"
            '<span class="git-revision-date-plugin">March 11, 2026</span></aside><main>',
        ),
        (  # a <time> printing only a month: its datetime's day is not shown
            "",
            '<p>Reviewed: <time datetime="2023-09-14T12:00:00Z">September 2023</time></p>',
        ),
        (  # an update beside a publication known only by its month
            "<p>Originally published in May 2021. Last updated on August 3, 2023.</p>",
            "",
        ),
    ],
)
def test_dates_that_are_not_the_publication(before: str, after: str) -> None:
    body = f"<main><h1>{_HEADLINE}</h1>{before}{_PARAGRAPHS}{after}</main>"
    assert _published(body) == (None, None)


@pytest.mark.parametrize(
    "cards",
    [  # another story's card: nested in the page's <article>, or one of a list of them
        '<article><h1>{h}</h1>{p}<article><h3>Ferry fares</h3><time datetime="{d}">x</time>'
        "</article></article>",
        '<main><h1>{h}</h1>{p}</main><article><h3>Ferry fares</h3><time datetime="{d}">x</time>'
        '</article><article><h3>Pier works</h3><time datetime="{d}">y</time></article>',
    ],
    ids=["nested", "listed"],
)
def test_a_time_element_in_another_storys_card_is_no_publication(cards: str) -> None:
    body = cards.format(h=_HEADLINE, p=_PARAGRAPHS, d="2021-12-08T08:00:00Z")
    assert _published(body)[1] != "time-tag"


def test_a_time_element_in_the_first_of_endless_scroll_stories_is_its_publication() -> None:
    story = '<article><h1>{h}</h1><time datetime="{d}">{d}</time>{p}</article>'
    body = story.format(h=_HEADLINE, d="2024-05-02", p=_PARAGRAPHS) + story.format(
        h="Ferry fares rise", d="2024-05-01", p=_PARAGRAPHS
    )
    assert _published(body) == ("2024-05-02", "time-tag")
