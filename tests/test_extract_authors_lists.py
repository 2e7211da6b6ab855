"""Author lists on HTML pages: co-authors a visible byline adds to the metadata's first name."""

from __future__ import annotations

import pytest

from dateline import read
from dateline.extract.authors import extend_authors

_BODY = "<p>" + "The council met on Tuesday to discuss the harbour plan. " * 6 + "</p>"


def _page(head: str, byline: str) -> str:
    return (
        f"<html><head><title>Harbour plan approved</title>{head}</head><body><article>"
        f"<h1>Harbour plan approved</h1>{byline}{_BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [
        (  # meta names the first author, author links name three
            '<meta name="author" content="Mara Quint">',
            '<div class="meta"><a href="/author/mara-quint/">Mara Quint</a>, '
            '<a href="/author/olek-varn/">Olek Varn</a> and '
            '<a href="/author/ines-toll/">Ines Toll</a></div>',
            ["Mara Quint", "Olek Varn", "Ines Toll"],
        ),
        (  # separators in their own elements
            '<meta name="author" content="Mara Quint">',
            '<div class="names"><a href="/authors/mq">Mara Quint</a><span>, </span>'
            '<a href="/authors/ov">Olek Varn</a><span> &amp; </span>'
            '<a href="/authors/it">Ines Toll</a></div>',
            ["Mara Quint", "Olek Varn", "Ines Toll"],
        ),
        (  # the visible byline is about other people: metadata wins alone
            '<meta name="author" content="Mara Quint">',
            '<div class="meta"><a href="/author/olek-varn/">Olek Varn</a>, '
            '<a href="/author/ines-toll/">Ines Toll</a></div>',
            ["Mara Quint"],
        ),
        (  # a single name in both: nothing added
            '<meta name="author" content="Mara Quint">',
            '<p class="byline">By Mara Quint</p>',
            ["Mara Quint"],
        ),
    ],
)
def test_extract_authors_visible_byline_adds_coauthors(
    head: str, byline: str, expected: list[str]
) -> None:
    article = read(_page(head, byline), format="html", facts=False)
    assert [a.name for a in article.authors] == expected


@pytest.mark.parametrize(
    ("chosen", "shown", "expected"),
    [
        (["Ana Lee"], ["Dr Ana Lee", "Tom Park"], ["Ana Lee", "Tom Park"]),
        (["Ana Lee"], ["Tom Park", "Ana Lee", "Tom Park"], ["Ana Lee", "Tom Park"]),
        (["Ana Lee", "Eve Moss"], ["Ana Lee", "Tom Park"], ["Ana Lee", "Eve Moss"]),
        (["Ana Lee"], [], ["Ana Lee"]),
    ],
)
def test_extend_authors_keeps_order_and_needs_every_chosen_name(
    chosen: list[str], shown: list[str], expected: list[str]
) -> None:
    assert extend_authors(chosen, shown) == expected


def test_extract_authors_fact_checker_link_is_not_a_coauthor() -> None:
    byline = (
        '<div class="meta">By <a href="/author/mara-quint/">Mara Quint</a> | Fact-checked by '
        '<a href="/author/olek-varn/">Olek Varn</a></div>'
    )
    page = _page('<meta name="author" content="Mara Quint">', byline)
    article = read(page, format="html", facts=False)
    assert [a.name for a in article.authors] == ["Mara Quint"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            '<div class="x"><div>Written by</div><div class="y">Mara Quint</div></div>',
            ["Mara Quint"],
        ),
        (
            "<ul><li>Published 4 May 2024</li><li>Author</li><li>Olek D. Varn</li></ul>",
            ["Olek D. Varn"],
        ),
        ("<div><span>By</span> <span>the harbour desk</span></div>", []),
        ("<div><span>Written by</span><span>Read more</span></div>", []),
    ],
)
def test_extract_authors_name_after_a_label_of_its_own(byline: str, expected: list[str]) -> None:
    article = read(_page("", byline), format="html", facts=False)
    assert [a.name for a in article.authors] == expected


@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [
        ('<meta name="author" content="harbour_desk">', "", ["harbour_desk"]),
        ('<meta name="author" content="mara.quint">', "", ["mara.quint"]),
        ('<meta name="author" content="admin">', "", []),  # a placeholder
        ('<meta name="author" content="u83412x">', "", []),  # a generated id
        (
            '<meta name="author" content="mara.quint@harbour.example">',
            "",
            ["mara.quint@harbour.example"],
        ),
        (  # a person's name anywhere wins over the account
            '<meta name="author" content="mquint">',
            '<p class="byline">By Mara Quint</p>',
            ["Mara Quint"],
        ),
    ],
)
def test_extract_authors_account_name_is_the_last_resort(
    head: str, byline: str, expected: list[str]
) -> None:
    article = read(_page(head, byline), format="html", facts=False)
    assert [a.name for a in article.authors] == expected


def test_extract_authors_an_authority_link_is_no_byline() -> None:
    menu = (
        '<nav><ul><li class="menu-item authorities-board">'
        '<a href="/about/investigatory-authority">Investigatory Authority</a></li></ul></nav>'
    )
    article = read(_page("", menu), format="html", facts=False)
    assert article.authors == []


def test_extract_authors_byline_box_read_through_its_name_element() -> None:
    byline = (
        '<div class="author-box"><span class="author-label">Written by:</span> '
        '<span class="author-name">Mara Quint</span> '
        '<span class="author-title">Harbour Correspondent</span></div>'
    )
    article = read(_page("", byline), format="html", facts=False)
    assert [a.name for a in article.authors] == ["Mara Quint"]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "<div><h6>Author(s)</h6><ul><li><a href='/library?a=mq'>Mara Quint</a></li>"
            "<li><a href='/library?a=ov'>Olek Varn</a></li></ul><h6>Topics</h6></div>",
            ["Mara Quint", "Olek Varn"],
        ),
        ("<div><strong>Contributors:</strong> Ines Toll</div>", ["Ines Toll"]),
        (  # the next heading is not another name
            "<div><h3>Author</h3><p>Ines Toll</p></div><div><h3>Related Topics</h3></div>",
            ["Ines Toll"],
        ),
        (  # menu links are not labels
            "<nav><a href='/about/contributors/'>Contributors</a>"
            "<a href='/about/services/'>Online Services</a></nav>",
            [],
        ),
    ],
)
def test_extract_authors_names_listed_after_a_label(byline: str, expected: list[str]) -> None:
    article = read(_page("", byline), format="html", facts=False)
    assert [a.name for a in article.authors] == expected


def test_extract_authors_written_by_in_an_author_box_after_the_story() -> None:
    story = "".join(f"<p>Paragraph {n} of the harbour story.</p>" for n in range(40))
    page = (
        "<html><head><title>Harbour plan approved</title></head><body><article>"
        f"<h1>Harbour plan approved</h1>{story}</article>"
        '<div class="box"><h3>Written by Ines Toll</h3><p>Ines covers ports.</p></div>'
        "</body></html>"
    )
    article = read(page, format="html", facts=False)
    assert [a.name for a in article.authors] == ["Ines Toll"]


def _story_with(after: str, url: str | None = None) -> str:
    story = "".join(f"<p>Paragraph {n} of the harbour story.</p>" for n in range(20))
    return (
        "<html><head><title>Harbour plan approved</title></head><body><article>"
        f"<h1>Harbour plan approved</h1>{story}</article>{after}</body></html>"
    )


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        (  # a given name, then a biography opening with it
            "<div><h4>Julia Marsh</h4><p>Julia is a harbour reporter for the paper.</p></div>",
            ["Julia Marsh"],
        ),
        (  # the role between them, a colon after the name, the name later in the sentence
            "<div><strong>David Orrin:</strong><h6>Editor</h6>"
            "<p>Since joining in 2011, David has edited the port pages.</p></div>",
            ["David Orrin"],
        ),
        (  # a name that is no known given name, inside a box marked as the author's
            '<div class="post-author-box"><h3>Odran Vesk</h3>'
            "<p>Odran Vesk writes about shipping and trade.</p></div>",
            ["Odran Vesk"],
        ),
        (  # the same shape in a list of things is no author box
            "<div><h3>Art Deco</h3><p>Art Deco is a style of the 1920s.</p></div>",
            [],
        ),
        (  # a name without a biography after it
            "<div><h4>Julia Marsh</h4><p>Read the next story.</p></div>",
            [],
        ),
    ],
)
def test_extract_authors_name_in_an_author_box_before_its_biography(
    box: str, expected: list[str]
) -> None:
    article = read(_story_with(box), format="html", facts=False)
    assert [a.name for a in article.authors] == expected


@pytest.mark.parametrize(
    ("url", "author", "expected"),
    [
        ("https://www.harbournotes.com/harbour", "Harbour Notes", []),
        ("https://blog.theharbournotes.co/harbour", "The Harbour Notes", []),
        ("https://paulamerrow.com/harbour", "Paula Merrow", ["Paula Merrow"]),  # her own site
        ("https://quillpad.net/notes/harbour", "Mara Quint", ["Mara Quint"]),
    ],
)
def test_extract_authors_the_site_named_as_author_is_no_author(
    url: str, author: str, expected: list[str]
) -> None:
    head = f'<meta name="author" content="{author}">'
    article = read(_page(head, ""), url=url, format="html", facts=False)
    assert [a.name for a in article.authors] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (  # the box's name element has no "author" in its class
            '<div class="author-info"><div class="name">Mara Quint</div>'
            '<div class="post">Writer</div></div>',
            ["Mara Quint"],
        ),
        ('<p class="author-line">Olek Varn Writer</p>', ["Olek Varn"]),  # role after it
        (  # a meta line that starts with the date, the name standing for a group
            '<div class="publish-date-author">May 3, 2024 &middot; Ines Toll on behalf of '
            '<a href="/teams/docs">the docs group</a></div>',
            ["Ines Toll"],
        ),
        (  # the same line, unmarked, right under the headline
            "<div><span>2024-05-03</span><span>·</span><a><div>Ines Toll</div></a></div>",
            ["Ines Toll"],
        ),
        ("<div><span>Harbour</span><span>·</span><span>Ines Toll</span></div>", []),  # no date
    ],
)
def test_extract_authors_byline_shapes(byline: str, expected: list[str]) -> None:
    article = read(_page("", byline), format="html", facts=False)
    assert [a.name for a in article.authors] == expected


def test_extract_authors_a_generated_class_name_is_no_name_element() -> None:
    header = (  # above the headline, where no line after the <h1> can stand in
        '<div class="byline-wrap"><span class="x__className_1f">May 3, 2024</span>'
        '<span>·</span><span class="x__className_1f">Mara Quint</span></div>'
    )
    page = _page("", "").replace("<h1>", header + "<h1>")
    article = read(page, format="html", facts=False)
    assert [a.name for a in article.authors] == ["Mara Quint"]


@pytest.mark.parametrize(
    ("footer", "head", "expected"),
    [
        ("<footer><p>© 2025 Julia Marsh. All rights reserved.</p></footer>", "", ["Julia Marsh"]),
        ("<footer><p>Copyright 2019–2025 David Orrin</p></footer>", "", ["David Orrin"]),
        ("<footer><p>© 2025 Harbour Media Ltd. All rights reserved.</p></footer>", "", []),
        (  # an account the page states comes first
            "<footer><p>© 2025 Julia Marsh.</p></footer>",
            '<meta name="author" content="jmarsh">',
            ["jmarsh"],
        ),
    ],
)
def test_extract_authors_a_personal_site_copyright_holder_is_the_last_resort(
    footer: str, head: str, expected: list[str]
) -> None:
    page = _page(head, "").replace("</body>", footer + "</body>")
    article = read(page, format="html", facts=False)
    assert [a.name for a in article.authors] == expected


@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [
        (  # the metadata names the account that posted; the reader sees the writer
            '<meta name="author" content="MaraQ">',
            '<div class="x"><div>Written by</div><div class="y">Olek Varn</div></div>',
            ["Olek Varn"],
        ),
        ('<meta name="author" content="MaraQ">', "", ["MaraQ"]),  # alone, it stays
    ],
)
def test_extract_authors_an_account_handle_gives_way_to_a_full_name(
    head: str, byline: str, expected: list[str]
) -> None:
    article = read(_page(head, byline), format="html", facts=False)
    assert [a.name for a in article.authors] == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        (
            "<div><h2>Article written by:</h2><h3>Ines Toll, MD, FACP</h3></div>",
            ["Ines Toll"],
        ),
        (  # the role after the name is not a second name
            "<div class='box'>This post was written by Ines Toll, Head of Harbour Development"
            "</div>",
            ["Ines Toll"],
        ),
    ],
)
def test_extract_authors_the_work_named_before_written_by(byline: str, expected: list[str]) -> None:
    article = read(_page("", byline), format="html", facts=False)
    assert [a.name for a in article.authors] == expected


def test_extract_authors_an_author_description_is_no_byline() -> None:
    byline = '<div class="author-description">Licensed Harbour Pilot, Master Mariner</div>'
    article = read(_page("", byline), format="html", facts=False)
    assert [a.name for a in article.authors] == []


def test_extract_authors_a_job_after_a_comma_is_no_second_author() -> None:
    meta = '<meta name="author" content="Edvard Lindqvist">'
    page = _page(meta, "<p class='byline'>Edvard Lindqvist, Political Editor</p>")
    assert [a.name for a in read(page, facts=False).authors] == ["Edvard Lindqvist"]
