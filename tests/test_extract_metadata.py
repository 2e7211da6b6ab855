"""Unit tests of the page-metadata readers: JSON-LD, <meta>, headline, dates, authors."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from dateline import read
from dateline.extract.authors import choose_authors, clean_author, page_byline, split_authors
from dateline.extract.headline import choose_headline, site_from_title, strip_site_name
from dateline.extract.metadata import language_of, parse_jsonld, read_signals
from dateline.extract.page_dates import choose_timestamps, parse_timestamp, url_timestamp
from dateline.extract.sections import choose_section
from dateline.extract.timestamps import printed_days


def page(head: str, body: str = "") -> lxml_html.HtmlElement:
    return lxml_html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


@pytest.mark.parametrize(
    ("script", "types"),
    [
        ('{"@type": "NewsArticle", "headline": "A"}', [["NewsArticle"]]),
        (
            '[{"@type": "WebSite"}, {"@type": ["Article", "NewsArticle"]}]',
            [["WebSite"], ["Article", "NewsArticle"]],
        ),
        (
            '{"@graph": [{"@type": "Organization"}, {"@type": "BlogPosting"}]}',
            [["Organization"], ["BlogPosting"]],
        ),
        ('{"@type": "NewsArticle", "headline": "A",}', [["NewsArticle"]]),
        ('<!-- {"@type": "Article"} -->', [["Article"]]),
        ('{"@type": "NewsArticle", "headline": "line\nbreak"}', [["NewsArticle"]]),
        ("not json at all", []),
    ],
)
def test_metadata_parse_jsonld_is_lenient(script: str, types: list[list[str]]) -> None:
    objects = parse_jsonld(script)
    got = [o["@type"] if isinstance(o["@type"], list) else [o["@type"]] for o in objects]
    assert got == types


def test_metadata_read_signals_collects_meta_links_and_article() -> None:
    tree = page(
        '<meta property="og:title" content="Dock &amp;amp; harbour">'
        '<meta name="Author" content="X">'
        '<link rel="canonical" href="https://a.example/x">'
        '<script type="application/ld+json">{"@type": "WebPage", "mainEntity":'
        ' {"@type": "NewsArticle", "headline": "Inner"}}</script><title> T </title>',
        "<h1>Head</h1><time datetime='2024-01-02'>2 Jan</time>",
    )
    signals = read_signals(tree)
    assert signals.first_meta("og:title") == "Dock & harbour"
    assert signals.meta["author"] == ("X",)
    assert signals.links["canonical"] == ("https://a.example/x",)
    assert signals.article() == {"@type": "NewsArticle", "headline": "Inner"}
    assert signals.title == "T"
    assert signals.h1 == ("Head",)
    assert signals.times[0].datetime == "2024-01-02"


@pytest.mark.parametrize(
    ("head", "lang"),
    [
        ("", None),
        ('<meta property="og:locale" content="fr_FR">', "fr"),
        ('<meta http-equiv="content-language" content="de-AT">', "de"),
    ],
)
def test_metadata_language_from_meta(head: str, lang: str | None) -> None:
    assert language_of(read_signals(page(head)), None) == lang


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Port strike ends | The Harbour Gazette", "Port strike ends"),
        ("The Harbour Gazette - Port strike ends", "Port strike ends"),
        ("Port strike ends – harbourgazette.example", "Port strike ends"),
        ("Strike ends - and talks begin", "Strike ends - and talks begin"),
        ("Port strike ends", "Port strike ends"),
    ],
)
def test_headline_strip_site_name(title: str, expected: str) -> None:
    keys = ["theharbourgazette", "harbourgazette", "harbourgazetteexample"]
    assert strip_site_name(title, keys) == expected


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("<title>Port strike ends | Gazette</title>", "", "Port strike ends"),
        (
            "<title>Port strike ends | Gazette</title>",
            "<h1>Gazette</h1><h1>Port strike ends at last</h1>",
            "Port strike ends at last",
        ),
        (
            '<meta property="og:title" content="Dockers end strike">',
            "<h1>Port strike ends</h1>",
            "Port strike ends",
        ),
        (  # what follows a bar is a tagline or a section, not the headline
            "<title>Best ferries in 2025 | Top 10 Picks | Gazette</title>",
            "<h1>Best ferries in 2025 | Top 10 Picks</h1>",
            "Best ferries in 2025",
        ),
        ("<title>Port strike ends | Business | Gazette</title>", "", "Port strike ends"),
        (  # a capitalised <h1> in the stated title's own case
            "<title>Ferry Fares Rise in May 2025: What Riders Pay | Gazette</title>",
            "<h1>FERRY FARES RISE IN MAY: WHAT RIDERS PAY</h1>",
            "Ferry Fares Rise in May 2025: What Riders Pay",
        ),
        (  # a JSON-LD headline cut at a length limit gives way to the whole title
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline":'
            ' "Harbour board votes to extend the night ferry (Including"}</script>'
            "<title>Harbour board votes to extend the night ferry (Including Sundays) - Gazette"
            "</title>",
            "",
            "Harbour board votes to extend the night ferry (Including Sundays)",
        ),
        (  # the longer title only adds the site name: the shorter stays
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline":'
            ' "Harbour board votes"}</script><title>Harbour board votes - Coast Post</title>',
            "",
            "Harbour board votes",
        ),
        ("", "", None),
    ],
)
def test_headline_choose_prefers_matching_h1(head: str, body: str, expected: str | None) -> None:
    signals = read_signals(page(head, body))
    assert choose_headline(signals, signals.article(), "Gazette", "gazette.example") == expected


def test_headline_site_from_title() -> None:
    signals = read_signals(page("<title>Port strike ends - Coast Ledger</title>"))
    assert site_from_title(signals, "Port strike ends") == "Coast Ledger"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2021-07-14T09:30:00+08:00", ("2021-07-14T09:30:00+08:00", True)),
        ("2021-07-14T09:30:00.000Z", ("2021-07-14T09:30:00+00:00", True)),
        ("2021-07-14T09:30:00+0530", ("2021-07-14T09:30:00+05:30", True)),
        ("2021-07-14 09:30", ("2021-07-14T09:30:00", False)),
        ("2021-07-14", ("2021-07-14", False)),
        ("Wed, 14 Jul 2021 09:30:00 GMT", ("2021-07-14T09:30:00+00:00", True)),
        ("2021 Jul 14", ("2021-07-14", False)),
        ("2021 Jul 34", None),
        ("2021-02-30", None),
        ("1850-01-01", None),
        ("", None),
    ],
)
def test_page_dates_parse_timestamp(raw: str, expected: tuple[str, bool] | None) -> None:
    assert parse_timestamp(raw) == expected


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("https://a.example/2021/07/14/story", "2021-07-14"),
        ("https://a.example/news/20210714-story.html", "2021-07-14"),
        ("https://a.example/story-12345", None),
        (None, None),
    ],
)
def test_page_dates_url_timestamp(url: str | None, value: str | None) -> None:
    stamp = url_timestamp(url)
    assert (stamp.value if stamp else None) == value


def test_page_dates_jsonld_first_and_updated_after_published() -> None:
    tree = page(
        '<meta property="article:published_time" content="2020-01-01T00:00:00Z">'
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "datePublished": "2024-05-01T10:00:00+02:00",'
        ' "dateModified": "2024-05-01T10:00:00+02:00"}'
        "</script>"
    )
    signals = read_signals(tree)
    published, updated = choose_timestamps(tree, signals, signals.article(), None)
    assert published is not None
    assert (published.value, published.timezone, published.source) == (
        "2024-05-01T10:00:00+02:00",
        "stated",
        "json-ld",
    )
    assert updated is None  # equal to published: not an update


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Jane Doe, MD, PhD", ["Jane Doe"]),
        ("Ana Lima, Ben Ode & Cy Pratt", ["Ana Lima", "Ben Ode", "Cy Pratt"]),
        ("Written by: Tom Vale", ["Tom Vale"]),
        ("Harbour Gazette Staff", []),
        ("https://a.example/author/jane", []),
        ("Maria &amp; Katerina", ["Maria", "Katerina"]),
    ],
)
def test_authors_split(text: str, names: list[str]) -> None:
    assert split_authors(text, None) == names


@pytest.mark.parametrize(
    "text",
    ["Sign In", "Read more", "Home Security Expert", "Senior Director", "The Author", "Anon Staff"],
)
def test_authors_link_text_and_roles_are_not_names(text: str) -> None:
    assert clean_author(text, None) is None
    assert split_authors(f"Dara Quill, {text}", None) == ["Dara Quill"]


def test_authors_outlet_is_not_an_author() -> None:
    assert clean_author("The Harbour Gazette", "The Harbour Gazette") is None
    assert clean_author("Reuters", None) is None


def test_authors_jsonld_reference_and_organisation() -> None:
    tree = page(
        '<script type="application/ld+json">{"@graph": ['
        '{"@type": "NewsArticle", "author": [{"@id": "#p1"},'
        ' {"@type": "Organization", "name": "Gazette"}]},'
        '{"@type": "Person", "@id": "#p1", "name": "Lea Marsh"}]}</script>'
    )
    signals = read_signals(tree)
    authors = choose_authors(tree, signals, signals.article(), "Gazette")
    assert [a.name for a in authors] == ["Lea Marsh"]


def test_authors_byline_element() -> None:
    tree = page("", '<h1>H</h1><div class="article-byline">By Omar Haddad in Tunis</div>')
    signals = read_signals(tree)
    byline = page_byline(signals, None)
    assert byline is not None
    assert byline.place == "Tunis"
    names = [a.name for a in choose_authors(tree, signals, None, None, byline)]
    assert names == ["Omar Haddad"]


def test_sections_from_jsonld_breadcrumbs() -> None:
    tree = page(
        '<script type="application/ld+json">{"@type": "BreadcrumbList", "itemListElement": ['
        '{"@type": "ListItem", "position": 3, "name": "Port strike ends"},'
        '{"@type": "ListItem", "position": 1, "name": "Home"},'
        '{"@type": "ListItem", "position": 2, "name": "Business"}]}</script>'
    )
    signals = read_signals(tree)
    assert choose_section(signals, None, "Port strike ends") == ["Business"]


@pytest.mark.parametrize(
    ("head", "body", "names"),
    [
        # The page's only byline is a team: that credit is what the page states.
        (
            "",
            '<h1>H</h1><div class="byline">By the Fernhill Garden Team</div>',
            ["the Fernhill Garden Team"],
        ),
        (
            "",
            '<h1>H</h1><span class="author-name">Quayside Staff | 3 May 2024</span>',
            ["Quayside Staff"],
        ),
        (
            '<script type="application/ld+json">{"@type": "BlogPosting",'
            ' "author": {"@type": "Organization", "name": "Lumen Tools"}}</script>',
            "<h1>H</h1>",
            ["Lumen Tools"],
        ),
        # A person named anywhere beats the credit.
        (
            '<script type="application/ld+json">{"@type": "BlogPosting",'
            ' "author": {"@type": "Person", "name": "Nia Okoro"}}</script>',
            '<h1>H</h1><div class="byline">Lumen Tools Team</div>',
            ["Nia Okoro"],
        ),
        # A link-preview label pair names the team; the site's default account is none.
        (
            '<meta name="twitter:label1" content="Written by">'
            '<meta name="twitter:data1" content="Fernhill Garden Team">',
            "<h1>H</h1>",
            ["Fernhill Garden Team"],
        ),
        ("", '<h1>H</h1><div class="byline">Harbour Admin</div>', []),
        # Placeholders and link text are not credits.
        ("", '<h1>H</h1><div class="author">Contributors</div>', []),
        ("", '<h1>H</h1><div class="author-box"><a>Read more</a></div>', []),
        ("", '<h1>H</h1><div class="author">Name *</div>', []),
        ("", "<h1>H</h1><p>No byline on this page.</p>", []),
    ],
)
def test_authors_organisation_byline_when_no_person(head: str, body: str, names: list[str]) -> None:
    story = "".join(
        f"<p>The harbour board met on day {n} to discuss the new ferry timetable and fares.</p>"
        for n in range(1, 6)
    )
    markup = f"<html><head>{head}</head><body><article>{body}{story}</article></body></html>"
    article = read(markup.encode(), facts=False)
    assert [a.name for a in article.authors] == names


_STORY = "<p>" + "The ferry service resumes next week after the storm repairs. " * 5 + "</p>"


@pytest.mark.parametrize(
    ("header", "value", "source"),
    [
        (
            '<h1>Ferry service resumes</h1><div class="meta"><span>March 2, 2025</span></div>',
            "2025-03-02",
            "headline-date",
        ),
        (
            '<div class="kicker">12 May 2024</div><h1>Ferry service resumes</h1>',
            "2024-05-12",
            "headline-date",
        ),
        (
            "<h1>Ferry service resumes</h1><p>Published on 7 June 2023 · 4 min read</p>",
            "2023-06-07",
            "labelled-date",
        ),
    ],
)
def test_page_dates_printed_beside_the_headline(header: str, value: str, source: str) -> None:
    tree = page("<title>Ferry service resumes</title>", f"<main>{header}{_STORY}</main>")
    signals = read_signals(tree)
    published, _ = choose_timestamps(tree, signals, None, None, "Ferry service resumes")
    assert published is not None
    assert (published.value, published.source) == (value, source)


def test_page_dates_a_modification_date_is_no_publication_date() -> None:
    tree = page(
        '<meta property="article:modified_time" content="2024-09-03T10:00:00+00:00">'
        "<title>Ferry service resumes</title>",
        f"<main><h1>Ferry service resumes</h1>{_STORY}</main>",
    )
    signals = read_signals(tree)
    published, updated = choose_timestamps(tree, signals, None, None, "Ferry service resumes")
    assert published is None
    assert updated is not None and updated.value.startswith("2024-09-03")


_LONG_STORY = "".join(
    f"<p>Paragraph {n}: the ferry service resumes next week after the storm repairs.</p>"
    for n in range(14)
)


@pytest.mark.parametrize(
    ("extra", "value"),
    [
        ("<footer><p>Last updated May 4, 2019</p></footer>", None),  # the site's, not the story's
        ('<div id="site-footer">Copyright notice revised 4 May 2019</div>', None),
        ("<aside><p>Posted May 4, 2019</p></aside>", "2019-05-04"),  # printed for readers
        ('<meta itemprop="uploadDate" content="2019-05-04">', "2019-05-04"),  # stated in markup
        ("<aside><p>Updated on: May 4, 2019</p></aside>", None),  # printed only as an update
        ("<aside><span>Last updated</span> <span>May 4, 2019</span></aside>", None),
        (  # stated as the day of the last review
            '<aside><p>May 4, 2019</p></aside><meta itemprop="lastReviewed" content="2019-05-04">',
            None,
        ),
    ],
)
def test_page_dates_a_guess_must_be_shown_or_stated(extra: str, value: str | None) -> None:
    tree = page(
        "<title>Ferry service resumes</title>",
        f"<main><h1>Ferry service resumes</h1>{_LONG_STORY}</main>{extra}",
    )
    signals = read_signals(tree)
    published, _ = choose_timestamps(tree, signals, None, None, "Ferry service resumes")
    assert (published.value[:10] if published else None) == value


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Filed 12 Oct 2022, revised March 3, 2023.", {"2022-10-12", "2023-03-03"}),
        ("2024-01-05T10:00 and 2024/01/06", {"2024-01-05", "2024-01-06"}),
        ("In 2023 we met 12 times", set()),
    ],
)
def test_timestamps_printed_days(text: str, days: set[str]) -> None:
    assert printed_days(text) == days


_STATED_2019 = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry service'
    ' resumes", "datePublished": "2019-01-10T08:00:00+00:00",'
    ' "dateModified": "2024-06-02T08:00:00+00:00"}</script>'
)


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("<p>March 2, 2025</p>", "2025-03-02"),  # the page prints its own date
        ("<p>Last updated: March 2, 2025</p>", "2019-01-10"),  # an update is no publication
        ("<p>June 2, 2024</p>", "2019-01-10"),  # the stated modification date
        ("<p>March 2, 2025</p><footer>First posted 10 January 2019</footer>", "2019-01-10"),
        ("<p>January 11, 2019</p>", "2019-01-10"),  # the same moment in another zone
    ],
)
def test_page_dates_a_printed_date_beats_a_stated_one_never_shown(header: str, value: str) -> None:
    tree = page(
        f"<title>Ferry service resumes</title>{_STATED_2019}",
        f"<main><h1>Ferry service resumes</h1>{header}{_STORY}</main>",
    )
    signals = read_signals(tree)
    published, _ = choose_timestamps(
        tree, signals, signals.article(), None, "Ferry service resumes"
    )
    assert published is not None and published.value[:10] == value


@pytest.mark.parametrize(
    ("extra", "value"),
    [
        (  # a stated date never printed yields to the one the page labels as its publication
            f"{_STATED_2019}<div class='meta'>Published <time>May 5, 2023</time></div>",
            "2023-05-05",
        ),
        (  # an unlabelled header date is the latest revision of a story first out earlier
            "<p class='note'>This guide was first published on 12 May 2021 at 9:15am and is"
            " reviewed every year.</p>",
            "2021-05-12",
        ),
        ("<p class='note'>Posted on: Monday, 8 July 2024</p>", "2024-07-08"),
        ("<p>Reed K. Published online May 22, 2019: doi 10.1/x</p>", "2025-03-02"),  # a citation
        ("<p>Posted in Travel</p><p>May 4, 2019</p>", "2025-03-02"),  # the label names no date
        ("<footer><p>Published: 4 May 2019</p></footer>", "2025-03-02"),  # the site's footer
    ],
)
def test_page_dates_a_date_labelled_as_the_publication_wins(extra: str, value: str) -> None:
    tree = page(
        "<title>Ferry service resumes</title>",
        "<main><h1>Ferry service resumes</h1><span>March 2, 2025</span>"
        f"{_LONG_STORY}{extra}</main>",
    )
    signals = read_signals(tree)
    published, _ = choose_timestamps(
        tree, signals, signals.article(), None, "Ferry service resumes"
    )
    assert published is not None and published.value[:10] == value


@pytest.mark.parametrize("hook", ["field--name-changed", "date-modified", "last-updated"])
def test_page_dates_a_time_tag_marked_as_a_change_is_no_publication(hook: str) -> None:
    tree = page(
        "<title>Ferry service resumes</title>",
        f"<main><h1>Ferry service resumes</h1>{_LONG_STORY}"
        f"<time class='{hook}' datetime='2024-09-03T10:00:00Z'>3 Sept 2024</time></main>",
    )
    published, updated = choose_timestamps(
        tree, read_signals(tree), None, None, "Ferry service resumes"
    )
    assert published is None
    assert updated is not None and updated.value.startswith("2024-09-03")


@pytest.mark.parametrize(
    ("stated", "url", "value"),
    [
        ("2024-05-04T02:30:00+00:00", "https://news.example/2024/05/03/ferry", "2024-05-03"),
        ("2024-05-04T02:30:00+00:00", "https://news.example/2024/05/01/ferry", "2024-05-04"),
        ("2024-05-04T02:30:00-05:00", "https://news.example/2024/05/03/ferry", "2024-05-04"),
    ],
)
def test_page_dates_a_utc_time_a_day_off_the_url_date_is_the_url_day(
    stated: str, url: str, value: str
) -> None:
    tree = page(
        f'<meta property="article:published_time" content="{stated}">',
        f"<main><h1>Ferry service resumes</h1>{_STORY}</main>",
    )
    published, _ = choose_timestamps(tree, read_signals(tree), None, url, "Ferry service resumes")
    assert published is not None and published.value[:10] == value


@pytest.mark.parametrize(
    ("label", "names"),
    [
        ("Written by", ["Nia Okoro"]),
        ("Interview by", ["Nia Okoro"]),
        ("Est. reading time", ["Tomas Reyes"]),  # no author label: the card's name stays
    ],
)
def test_authors_link_preview_label_pair_beats_a_related_card(label: str, names: list[str]) -> None:
    head = (
        f'<meta name="twitter:label1" content="{label}">'
        '<meta name="twitter:data1" content="Nia Okoro">'
    )
    body = (
        '<aside><div class="card"><span itemprop="author">By Tomas Reyes</span></div></aside>'
        "<article><h1>Ferry service resumes</h1>" + _STORY + "</article>"
    )
    markup = f"<html><head>{head}</head><body>{body}</body></html>"
    article = read(markup.encode(), facts=False)
    assert [a.name for a in article.authors] == names


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        # a section head set as <h1>, the post title printed as an <h2>
        ("But the ferry is only half the story", "Why islanders love the night ferry"),
        # an <h1> that says most of what the title says stays the headline
        ("Why islanders love the ferry at night", "Why islanders love the ferry at night"),
    ],
)
def test_metadata_stated_title_printed_as_a_heading_beats_a_stray_h1(
    h1: str, expected: str
) -> None:
    head = "<title>Why islanders love the night ferry | Harbour Notes</title>"
    body = f"<h2>Why islanders love the night ferry</h2><h1>{h1}</h1><p>Text.</p>"
    signals = read_signals(page(head, body))
    assert choose_headline(signals, None, None, "notes.example.org") == expected
