"""Authors and dates as pages state them in markup: the common variants of each mechanism."""

from __future__ import annotations

import pytest

from dateline import read

_STORY = "The quarry board met on Friday to weigh the new lease terms. " * 6


def _authors(head: str, top: str = "") -> list[str]:
    """The authors read from a page with this <head> and this markup above its story."""
    page = (
        f"<html><head><title>Quarry lease renewed</title>{head}</head><body><article>"
        f"<h1>Quarry lease renewed</h1>{top}<p>{_STORY}</p></article></body></html>"
    )
    return [a.name for a in read(page, format="html", facts=False).authors]


@pytest.mark.parametrize(
    "stated",
    [
        "Selma Orvik - Staff Writer",
        "Selma Orvik | The Fjordside Ledger",
        "Selma Orvik — Contributing Editor",
    ],
)
def test_author_meta_with_a_role_or_employer_after_a_separator(stated: str) -> None:
    assert _authors(f'<meta name="author" content="{stated}">') == ["Selma Orvik"]


def test_byline_element_names_whom_the_writer_wrote_for() -> None:
    byline = '<p class="byline">By Selma Orvik for the Fjordside Ledger</p>'
    assert _authors("", byline) == ["Selma Orvik"]


@pytest.mark.parametrize(
    "item",
    [
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Selma Orvik</span><span itemprop="jobTitle">Reporter</span></div>',
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<meta itemprop="name" content="Selma Orvik"><img src="/selma.jpg" alt=""></div>',
    ],
)
def test_microdata_author_item_is_read_through_its_name(item: str) -> None:
    assert _authors("", item) == ["Selma Orvik"]


def test_microdata_author_item_name_is_not_its_employers() -> None:
    item = (
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Selma Orvik</span> of <span itemprop="worksFor" itemscope>'
        '<span itemprop="name">Fjordside Ledger</span></span></div>'
    )
    assert _authors("", item) == ["Selma Orvik"]


def test_jsonld_person_named_by_its_parts() -> None:
    script = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Quarry lease'
        ' renewed", "author": {"@type": "Person", "givenName": "Selma", "familyName": "Orvik"}}'
        "</script>"
    )
    assert _authors(script) == ["Selma Orvik"]


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        ('{"title": "Quarry lease renewed", "author": "Selma Orvik"}', ["Selma Orvik"]),
        ('{"authors": ["Selma Orvik", "Bram Kettle"]}', ["Selma Orvik", "Bram Kettle"]),
        ("not json", []),
    ],
)
def test_parsely_page_meta_names_the_authors(stated: str, expected: list[str]) -> None:
    assert _authors(f"<meta name='parsely-page' content='{stated}'>") == expected


def test_parsely_page_meta_states_the_publication_date() -> None:
    meta = "<meta name='parsely-page' content='{\"pub_date\": \"2023-11-07T16:20:00Z\"}'>"
    page = (
        f"<html><head>{meta}</head><body><h1>Quarry lease renewed</h1><p>{_STORY}</p></body></html>"
    )
    published = read(page, format="html", facts=False).published
    assert published is not None and published.value == "2023-11-07T16:20:00+00:00"


def test_microdata_author_of_a_listed_post_is_not_the_pages() -> None:
    card = (
        '<div itemscope itemtype="https://schema.org/BlogPosting">'
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<meta itemprop="name" content="{name}"></div></div>'
    )
    listing = card.format(name="Bram Kettle") + card.format(name="Ola Fenn")
    assert _authors("", f"<div>{listing}</div>") == []


@pytest.mark.parametrize(
    "stamps",
    [
        '<p>Updated <time datetime="2023-12-01">Dec 1</time></p>'
        '<p>Published <time datetime="2023-11-07">Nov 7</time></p>',
        '<p><span>Last updated:</span> <time datetime="2023-12-01">Dec 1</time> | '
        'Posted on <time datetime="2023-11-07">Nov 7</time></p>',
    ],
)
def test_time_elements_read_by_the_label_printed_before_them(stamps: str) -> None:
    page = (
        "<html><head><title>Quarry lease renewed</title></head><body><article>"
        f"<h1>Quarry lease renewed</h1>{stamps}<p>{_STORY}</p></article></body></html>"
    )
    article = read(page, format="html", facts=False)
    assert article.published is not None and article.published.value == "2023-11-07"
    assert article.updated is not None and article.updated.value == "2023-12-01"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            '<div class="entry-meta">Posted on November 7, 2023 by <span class="vcard">'
            '<a class="url fn n" href="/people/selma/">Selma Orvik</a></span></div>',
            ["Selma Orvik"],
        ),
        ('<div class="entry-meta">7 Nov 2023 by Selma Orvik</div>', ["Selma Orvik"]),
        ('<div class="entry-meta">Photo by Selma Orvik</div>', []),
    ],
)
def test_a_date_line_ends_with_its_writer(line: str, expected: list[str]) -> None:
    assert _authors("", line) == expected


@pytest.mark.parametrize("by", ["headline", "address"])
def test_jsonld_article_of_the_page_not_a_story_it_links_to(by: str) -> None:
    linked = {"headline": "Gravel road reopens", "author": "Bram Kettle"}
    own = {"headline": "Quarry lease renewed", "author": "Selma Orvik"}
    if by == "address":
        linked["headline"] = own["headline"] = "Quarry news"
        linked["url"] = "https://ledger.example/gravel"
        own["url"] = "https://ledger.example/quarry"
    scripts = "".join(
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "headline": "{story["headline"]}", '
        f'"author": {{"@type": "Person", "name": "{story["author"]}"}}'
        + (f', "url": "{story["url"]}"' if "url" in story else "")
        + "}</script>"
        for story in (linked, own)
    )
    head = scripts + '<link rel="canonical" href="https://ledger.example/quarry/">'
    assert _authors(head) == ["Selma Orvik"]


@pytest.mark.parametrize(
    "box",
    [
        '<div class="post-author"><div>Selma Orvik</div><div>Founder &amp; Editor</div></div>',
        '<div class="post-meta-author"><span class="sr-only">Written by:</span>'
        '<span>Selma Orvik</span><span class="sr-only">Selma Orvik</span></div>',
        '<div class="meta"><span>by <a href="/people/selma/">Selma Orvik</a></span>'
        '<span><a href="/topics/mining">Open Pits</a></span><span>May 2nd 2023</span></div>',
    ],
)
def test_byline_box_name_stays_within_its_own_element(box: str) -> None:
    assert _authors("", box) == ["Selma Orvik"]


def test_byline_box_name_split_over_elements_stays_whole() -> None:
    box = '<p class="byline">By <span>Selma</span> <span>Orvik</span></p>'
    assert _authors("", box) == ["Selma Orvik"]


_CARD = (
    '<article itemscope itemtype="https://schema.org/Article"><a href="/other">'
    '<h3>Gravel road reopens</h3><div itemprop="author" itemscope '
    'itemtype="https://schema.org/Person"><span itemprop="name">By Bram Kettle</span></div>'
    '<a rel="author" href="/people/bram">Bram Kettle</a></a></article>'
)


def test_author_markup_in_a_related_story_beside_the_page_is_not_its_author() -> None:
    page = (
        "<html><head><title>Quarry lease renewed</title></head><body><main><article>"
        f"<h1>Quarry lease renewed</h1><p>{_STORY}</p></article></main>"
        f"<aside><h2>Related</h2>{_CARD}</aside></body></html>"
    )
    assert [a.name for a in read(page, format="html", facts=False).authors] == []


def test_rel_author_links_further_on_credit_other_stories() -> None:
    top = '<p class="meta">By <a rel="author" href="/people/selma">Selma Orvik</a></p>'
    listing = "".join(
        f'<li><a href="/s{i}">Story {i}</a> by '
        f'<a rel="author" href="/people/{n}">{n} Kettle</a></li>'
        for i, n in enumerate(["Bram", "Ola"])
    )
    assert _authors("", f"{top}<ul>{listing}</ul>") == ["Selma Orvik"]


def test_microdata_author_box_biography_is_no_name() -> None:
    bio = "She grew up by the coast, and later, when phones had no cameras and maps were paper, "
    box = f'<div itemprop="author" itemscope><p>{bio * 2}Selma moved inland.</p></div>'
    assert _authors("", box) == []


@pytest.mark.parametrize(
    ("outer", "inner"),
    [
        ('<article class="site-page">', '<article class="post">'),  # a page-wide <article>
        ('<article class="post">', '<article class="post">'),  # the story wrapped twice
        ('<aside class="banner"><article class="post">', "<div>"),  # an unclosed <aside>
    ],
)
def test_the_story_itself_in_an_outer_article_or_aside_is_no_card(outer: str, inner: str) -> None:
    closing = "</div>" if inner == "<div>" else "</article>"
    page = (
        f"<html><head><title>Quarry lease renewed</title></head><body>{outer}{inner}"
        '<h1>Quarry lease renewed</h1><time datetime="2023-11-07">7 November</time>'
        f"<p>{_STORY}</p>{closing}</article></body></html>"
    )
    published = read(page, format="html", facts=False).published
    assert published is not None and published.value == "2023-11-07"


def test_a_name_linked_inside_a_sentence_is_no_author_box_name() -> None:
    box = (
        '<div class="author-profile"><p>Take the train to <a href="/brindlemoor">Brindlemoor</a>'
        ' and <a href="/ostvik">Ostvik</a>. Brindlemoor is an easy day out from the city.</p>'
        "</div>"
    )
    assert _authors("", box) == []


def test_an_author_box_name_set_off_by_a_colon_is_read() -> None:
    box = (
        '<div class="author-profile"><p><strong>Selma Orvik:</strong> Selma is a geologist'
        " who has written about quarries since 2009.</p></div>"
    )
    assert _authors("", box) == ["Selma Orvik"]
