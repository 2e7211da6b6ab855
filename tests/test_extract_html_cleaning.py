"""The news layer fixes trafilatura where it is wrong for news: captions and furniture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import trafilatura
from lxml import html as lxml_html

from dateline import read
from dateline.extract.body import clean_paragraphs, take_standfirst
from dateline.extract.draft import DraftParagraph
from dateline.extract.figures import read_caption, read_figures
from dateline.extract.metadata import read_signals
from dateline.extract.page_kind import is_liveblog, not_article_reason, update_headers

PAGES = Path(__file__).parent / "fixtures" / "pages"
CAPTION = "Readers queue at the new entrance on Monday morning. Photo: Ben Adair"
SHARE = "Share this story"


def test_html_cleaning_trafilatura_alone_keeps_caption_and_share_prompt() -> None:
    raw = trafilatura.extract((PAGES / "caption_share_left.html").read_text("utf-8"))
    assert raw is not None
    assert CAPTION in raw.splitlines()
    assert SHARE in raw.splitlines()


def test_html_cleaning_dateline_drops_them_and_says_why() -> None:
    article = read((PAGES / "caption_share_left.html").read_bytes(), facts=False)
    assert CAPTION not in article.text
    assert SHARE not in article.paragraph_texts()
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons[CAPTION] == "caption"
    assert reasons[SHARE] == "share-prompt"
    assert article.images[0].caption == "Readers queue at the new entrance on Monday morning."
    assert article.images[0].credit == "Ben Adair"


@pytest.mark.parametrize(
    ("texts", "kept", "reasons"),
    [
        (["Headline here", "Body one is long enough."], ["Body one is long enough."], ["headline"]),
        (["Body.", "A caption seen on the page."], ["Body."], ["caption"]),
        (["By Rana Aziz", "Body text."], ["Body text."], ["byline"]),
        (["Body text.", "Share this article"], ["Body text."], ["share-prompt"]),
        # a kicker and the headline the extractor kept above the story, and its date line
        (
            ["Harbour 2025", "Headline here", "Published 3 May 2025, 10:15", "Body text."],
            ["Body text."],
            ["before-headline", "headline", "metadata"],
        ),
    ],
)
def test_html_cleaning_clean_paragraphs(
    texts: list[str], kept: list[str], reasons: list[str]
) -> None:
    paragraphs = [DraftParagraph(t) for t in texts]
    got, removed, _ = clean_paragraphs(
        paragraphs, captions=frozenset({"A caption seen on the page."}), headline="Headline here"
    )
    assert [p.text for p in got] == kept
    assert [r.reason for r in removed] == reasons


@pytest.mark.parametrize(
    ("markup", "caption", "credit"),
    [
        (
            "<figcaption>Boats at dawn. <span class='credit'>Photo: Ida Lund</span></figcaption>",
            "Boats at dawn.",
            "Ida Lund",
        ),
        (
            "<figcaption>Boats at dawn. (IDA LUND / COAST WIRE)</figcaption>",
            "Boats at dawn.",
            "IDA LUND / COAST WIRE",
        ),
        ("<figcaption>Boats at dawn.</figcaption>", "Boats at dawn.", None),
        ("<figcaption>Boats <em>at</em> dawn.</figcaption>", "Boats at dawn.", None),
    ],
)
def test_figures_read_caption_splits_credit(markup: str, caption: str, credit: str | None) -> None:
    element = lxml_html.fromstring(markup)
    assert read_caption(element) == (caption, credit)


def test_figures_resolve_lazy_and_relative_urls() -> None:
    tree = lxml_html.fromstring(
        "<html><body><figure><img src='data:image/gif;base64,AA' data-src='/a.jpg'>"
        "<figcaption>One.</figcaption></figure>"
        "<figure><img srcset='/b.jpg 1x, /b2.jpg 2x'><figcaption>Two.</figcaption></figure>"
        "</body></html>"
    )
    figures = read_figures(tree, read_signals(tree), "https://news.example/story")
    assert [i.url for i in figures.images] == [
        "https://news.example/a.jpg",
        "https://news.example/b.jpg",
    ]
    assert {"One.", "Two."} <= figures.caption_texts


def test_page_kind_liveblog_from_timestamped_updates() -> None:
    texts = ["09:00 GMT Start", "Body.", "10:15 GMT More", "Body.", "11:30 Next", "12:45 pm Last"]
    paragraphs = [DraftParagraph(t) for t in texts]
    signals = read_signals(lxml_html.fromstring("<html><body></body></html>"))
    assert update_headers(paragraphs) == [0, 2, 4, 5]
    assert is_liveblog(signals, paragraphs)
    assert not is_liveblog(signals, paragraphs[:3])


@pytest.mark.parametrize(
    ("head", "texts", "reason"),
    [
        ("", [], "no main content found"),
        (
            '<script type="application/ld+json">{"@type": "Product", "name": "Kettle"}</script>',
            ["A kettle that boils a litre of water in under two minutes, in four colours."],
            "the page declares itself Product, not an article",
        ),
        (
            '<meta property="og:type" content="product">',
            ["Buy now."],
            "a product page, not an article",
        ),
        ("", [f"Teaser headline number {i}" for i in range(8)], "only 32 words of main content"),
        ("", ["Short story text."] * 2, "only 6 words of main content"),
        (
            "",
            [f"Teaser headline number {i} about the harbour works" for i in range(8)],
            "mostly short lines (an index page, a list, a recipe), no story",
        ),
    ],
)
def test_page_kind_not_article_reasons(head: str, texts: list[str], reason: str) -> None:
    tree = lxml_html.fromstring(f"<html><head>{head}</head><body></body></html>")
    signals = read_signals(tree)
    paragraphs = [DraftParagraph(t) for t in texts]
    assert not_article_reason(signals, signals.article(), paragraphs, has_date=False) == reason


def test_page_kind_article_with_date_is_not_rejected_for_length() -> None:
    signals = read_signals(lxml_html.fromstring("<html><body></body></html>"))
    paragraphs = [DraftParagraph("A short brief of a dozen words filed late on Sunday night.")]
    assert not_article_reason(signals, None, paragraphs, has_date=True) is None


@pytest.mark.parametrize(
    ("standfirsts", "moved"),
    [
        (["A short dek about the vote that follows."], True),
        (["  a short DEK about the vote that follows "], True),
        (["A different summary of the story."], False),
        ([], False),
    ],
)
def test_take_standfirst_moves_only_a_matching_first_paragraph(
    standfirsts: list[str], moved: bool
) -> None:
    paragraphs = [
        DraftParagraph("A short dek about the vote that follows.", "body"),
        DraftParagraph("ROME — The senate voted on Friday.", "body"),
    ]
    standfirst, kept, removed = take_standfirst(paragraphs, standfirsts)
    assert (standfirst is not None) is moved
    assert len(kept) == (1 if moved else 2)
    assert [r.reason for r in removed] == (["standfirst"] if moved else [])


def test_a_page_whose_text_is_mostly_links_to_stories_is_no_article() -> None:
    """A section front lists other stories' headlines as links: no article, flagged so."""
    items = "".join(
        f'<li><a href="/{k}">{title}</a> <span>{k} hours ago</span></li>'
        for k, title in enumerate(
            [
                "Ferry operator cuts winter crossings to the outer isles",
                "Harbour board approves new breakwater after long delay",
                "Island school reopens after storm damage repairs",
                "Fish prices climb as the fleet stays in port",
            ],
            start=1,
        )
    )
    page = (
        "<html><head><title>Islands - The Harbour Gazette</title></head><body>"
        f"<h1>Islands</h1><ul>{items}</ul></body></html>"
    )
    article = read(page, facts=False)
    assert article.kind == "not_article"
    assert any("mostly links" in w for w in article.warnings)


SCRIPTED_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Island ferry to run all winter | Bay Courier</title>
<script type="application/ld+json">{{"@context": "https://schema.org",
"@type": "NewsArticle", "headline": "Island ferry to run all winter",
"datePublished": "2025-02-11T08:00:00+01:00", "articleBody": {body}}}</script>
</head><body><div id="app"></div>{html_story}</body></html>"""

SCRIPTED_STORY = [
    "The island ferry will run all winter for the first time, the harbour board said.",
    "Two crews will share the crossings, and the timetable will be set in March.",
    '"Islanders have waited long enough," the board\'s chair, Ada Brenn, said.',
]


def test_html_cleaning_a_story_drawn_by_script_keeps_its_json_ld_paragraphs() -> None:
    """A page that draws its story with JavaScript leaves only the JSON-LD articleBody:
    its line breaks are the paragraph breaks."""
    body = json.dumps("\n\n".join(SCRIPTED_STORY))
    article = read(SCRIPTED_PAGE.format(body=body, html_story=""), facts=False)
    assert article.paragraph_texts() == SCRIPTED_STORY


def test_html_cleaning_paragraphs_the_page_prints_beat_the_json_ld_copy() -> None:
    body = json.dumps("\n\n".join(SCRIPTED_STORY[:2]))  # an older, shorter copy
    printed = "".join(f"<p>{p}</p>" for p in SCRIPTED_STORY)
    page = SCRIPTED_PAGE.format(body=body, html_story=f"<article>{printed}</article>")
    assert read(page, facts=False).paragraph_texts() == SCRIPTED_STORY
