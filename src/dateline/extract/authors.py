"""Who wrote an HTML page: JSON-LD authors, author <meta> tags, rel=author, byline elements.

The first source that yields a person's name wins; its names are split ("A and
B", "A, B & C"), stripped of "By" and of trailing credentials ("MD", "PhD"),
and checked: an outlet's name, a desk or a staff credit is not an author.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from lxml import etree

from dateline.extract.lines import EMAIL_ADDRESS
from dateline.extract.metadata import (
    ORGANISATION_TYPES,
    JsonObject,
    PageSignals,
    clean_text,
    element_text,
    in_noise,
    in_teaser,
    squash,
    text_length,
    types_of,
)
from dateline.extract.newsline import (
    BYLINE_TAIL,
    NAME_PARTICLES,
    Byline,
    find_byline,
    is_furniture,
    is_journalist_role,
    newsline_words,
    outlet_info,
    parse_byline,
)
from dateline.extract.timestamps import parse_date_words
from dateline.given_names import given_names
from dateline.lexicons import load_table
from dateline.model import Author

# <meta> keys (lower-cased) that name the author.
AUTHOR_META = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "citation_author",
    "og:article:author",
    "cxenseparse:author",
)
_MAX_BYLINE_ELEMENTS = 40
# Label/value <meta> pairs that publishing tools add for link previews
# (twitter:label1 "Written by", twitter:data1 "Jane Doe"); a label ending in "by" names the author.
_LABEL_PAIRS = 4
_AUTHOR_PAIR_LABEL = re.compile(r"\bby\s*:?\s*$", re.IGNORECASE)
# Links to an author's page (/author/jane-doe, /authors/, /writers/, /contributors/).
_AUTHOR_LINKS = etree.XPath(
    "//body//a[contains(@href,'/author/') or contains(@href,'/authors/')"
    " or contains(@href,'/writers/') or contains(@href,'/writer/')"
    " or contains(@href,'/contributors/') or contains(@href,'/contributor/')]"
    "[not(ancestor::*[contains(@class,'comment') or contains(@id,'comment')])]"
)
_H1 = etree.XPath("//h1")
# A site menu's element: <nav>, or a class word "menu" ("menu-item", "sub-menu", "main-menu").
_MENU_HOOK = re.compile(r"(?:^|[\s_-])menu(?:$|[\s_-])", re.I)
# What may stand between two co-authors' links: a comma, "and", "&".
_LIST_JOIN = re.compile(r"^\s*,?\s*(?:&|\band\b)?\s*$", re.IGNORECASE)
_MAX_JOIN_CHARS = 12
_AFTER_H1_ELEMENTS = 25
# Texts of the page body, in order, and a label standing alone before an author's name.
_BODY_TEXTS = etree.XPath("//body//text()[normalize-space()]")
# "Written by", "Article written by", "This post was written by": who wrote the page.
_WORK = r"(?:(?:this\s+)?(?:article|post|story|piece)\s+(?:was\s+)?)?"
_LABEL = re.compile(
    rf"^\s*(?:{_WORK}(?:written|posted|published)\s+by|(?:story|words|text|article)\s+by|by"
    r"|authors?(?:\(s\))?"
    r"|contributors?)"
    r"\s*[:\-–—]?\s*$",
    re.IGNORECASE,
)
_MAX_LABELS = 5
_MAX_LISTED = 12  # texts read after a label: names and the commas between them
# A whole text that is an authorship label with its name ("Written by Jane Doe").
_WRITTEN_BY = re.compile(
    rf"^\s*{_WORK}(?:written|posted|authored|published)\s+by\s*:?\s+\S", re.IGNORECASE
)
# What parts a name from the writer's role or employer in one author string ("Jane Doe -
# Staff Writer", "Jane Doe | The Lakeside Post"): a bar or a dash between spaces.
_AFFILIATION = re.compile(r"\s+[|\-–—]\s+")
_SPLIT = re.compile(r"\s*(;|,|\s&\s|\band\b|\bund\b|\bet\b|\by\b|\+)\s*", re.IGNORECASE)
_CREDENTIAL = re.compile(
    r"^(?:(?:[A-Z][A-Za-z]{0,2}\.){1,3}|[A-Z0-9®&()\-]{2,8}|(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z.]{2,6}"
    r"|Dr\.?|Jr\.?|Sr\.?|\d+)$"
)
_BY = re.compile(
    r"^\s*(?:(?:(?:written|posted|published|reported|words|story|text|article)\s+)?by\b"
    r"|authors?\b|byline\b|von\b|par\b|por\b|door\b)\s*[:\-–—]?\s*",
    re.IGNORECASE,
)
_NOT_NAME = re.compile(r"[@/\\|<>{}=_#\d®©™]|https?:|www\.")
_MAX_NAME_WORDS = 5
_MAX_LINK_WORDS = 3  # link text read as a name is short ("Sign In", "Read more")
_MAX_BYLINE_CHARS = 160


@cache
def _not_author_words() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in load_table("not_author_words.tsv"))


def in_menu(element: etree._Element) -> bool:
    """Whether an element stands in the site's menu: links there ("Our Writers", an
    author's page listed as a section) credit no one with the story."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("body", "html"):  # the page's own classes name its theme's menus
            return False
        if node.tag == "nav" or _MENU_HOOK.search(node.get("class", "")):
            return True
    return False


def _author_links(tree: etree._Element) -> list[etree._Element]:
    """Links to author pages, outside comments and the site's menus."""
    return [link for link in _AUTHOR_LINKS(tree) if not in_menu(link)]


def is_site_name(name: str, domain: str | None) -> bool:
    """Whether an author string is the site's own name, spelled as its domain.

    Sites state their brand as the author ("Harbour Notes" on harbournotes.com,
    "Quillpad.net"). A name that starts with a known given name ("Marta Ekholm" on
    martaekholm.com) is the person whose site it is, and stays an author.

    >>> is_site_name("Harbour Notes", "blog.harbournotes.com")
    True
    >>> is_site_name("Marta Ekholm", "martaekholm.com")
    False
    """
    if not domain:
        return False
    key = squash(name)
    labels = domain.split(".")
    keys = {squash(label) for label in labels[:-1]} | {squash(domain)}
    if len(key) < 4 or key not in keys:
        return False
    return name.split()[0] not in given_names()


@cache
def _site_placeholder_words() -> frozenset[str]:
    """Words of a site's default account ("admin", "webmaster"): no credit contains them."""
    rows = load_table("not_author_words.tsv")
    return frozenset(r["word"].lower() for r in rows if r["why"].startswith("site placeholder"))


def clean_author(name: str, outlet: str | None) -> str | None:
    """A person's name from one author string, or None when it is not a person.

    >>> clean_author("By Jane Doe", None)
    'Jane Doe'
    >>> clean_author("Harbour Gazette Staff", None) is None
    True
    """
    text = clean_text(_BY.sub("", clean_text(name))).strip(" ,;:-–—|")
    if not text or _NOT_NAME.search(text) or ":" in text:
        return None
    words = text.split()
    if len(words) > _MAX_NAME_WORDS or not any(w[:1].isupper() for w in words):
        return None
    if {w.lower().strip(".,'’()") for w in words} & _not_author_words():
        return None
    if len(words) <= _MAX_LINK_WORDS and is_furniture(text) is not None:
        return None  # link text in a byline box ("Sign In", "Read more")
    if outlet and squash(text) == squash(outlet) and not looks_like_person(text):
        return None
    if outlet_info(None, text) is not None:
        return None
    return text


def looks_like_person(name: str) -> bool:
    """Two to five words, each capitalised (name particles such as "van" aside).

    >>> looks_like_person("Ana van der Berg"), looks_like_person("Share this")
    (True, False)
    """
    words = name.split()
    if not 2 <= len(words) <= _MAX_NAME_WORDS:
        return False
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


def split_authors(text: str, outlet: str | None) -> list[str]:
    """The names in one author string: "A, B and C" -> [A, B, C].

    Credentials after a comma ("Jane Doe, MD, PhD") are not names and are dropped; so is
    what follows a bar or a spaced dash after names ("Jane Doe - Staff Writer").
    """
    text = _BY.sub("", clean_text(html.unescape(text)))
    parts = _AFFILIATION.split(text, maxsplit=1)
    first = split_authors(parts[0], outlet) if len(parts) > 1 else []
    if first and all(looks_like_person(n) for n in first):
        return first  # "Jane Doe - Staff Writer", "Jane Doe | The Lakeside Post"
    names: list[str] = []
    for piece in _name_pieces(text):
        name = clean_author(piece, outlet)
        if name and name not in names:
            names.append(name)
    return names


def _name_pieces(text: str) -> Iterator[str]:
    """The pieces of an author string that may be names, in order: "A, B and C" -> A, B, C,
    less credentials ("Jane Doe, MD, PhD") and a journalist's job ("Jane Doe, Political
    Editor") after a comma."""
    pieces = _SPLIT.split(text)
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        after_comma = index > 0 and pieces[index - 1] == ","
        if not piece or (after_comma and all(_CREDENTIAL.match(w) for w in piece.split())):
            continue
        if after_comma and is_journalist_role(piece):
            continue  # her job, not a second author
        yield piece


def _jsonld_authors(
    signals: PageSignals, article: JsonObject | None, outlet: str | None
) -> list[str]:
    if article is None:
        return []
    raw = signals.resolve(article.get("author") or article.get("creator"))
    items = raw if isinstance(raw, list) else [raw]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            if types_of(item) & ORGANISATION_TYPES:
                continue
            item = item.get("name") or _given_and_family(item)
            if isinstance(item, list):
                item = ", ".join(i for i in item if isinstance(i, str))
        if isinstance(item, str):
            names.extend(n for n in split_authors(item, outlet) if n not in names)
    return names


def _parsely_authors(signals: PageSignals, outlet: str | None) -> list[str]:
    """The authors a `parsely-page` <meta> tag names: "author" (a string) or "authors" (a list).

    >>> _parsely_authors(PageSignals(meta={"parsely-page": ('{"authors": ["Jo Lee"]}',)}), None)
    ['Jo Lee']
    """
    page = signals.parsely_page()
    raw = page.get("authors") or page.get("author")
    names: list[str] = []
    for value in raw if isinstance(raw, list) else [raw]:
        if isinstance(value, str):
            names.extend(n for n in split_authors(value, outlet) if n not in names)
    return names


def _given_and_family(person: JsonObject) -> str | None:
    """A schema.org Person's name from its parts, when it states no `name` ({"givenName":
    "Jane", "familyName": "Doe"} -> "Jane Doe")."""
    parts = [person.get("givenName"), person.get("familyName")]
    words = [p.strip() for p in parts if isinstance(p, str) and p.strip()]
    return " ".join(words) if len(words) == 2 else None


def labelled_meta_authors(signals: PageSignals) -> list[str]:
    """The author strings of labelled <meta> pairs (twitter:label1 "Written by", twitter:data1).

    >>> labelled_meta_authors(PageSignals(meta={"twitter:label1": ("Written by",),
    ...     "twitter:data1": ("Jane Doe",)}))
    ['Jane Doe']
    """
    found = []
    for index in range(1, _LABEL_PAIRS + 1):
        label = signals.first_meta(f"twitter:label{index}")
        value = signals.first_meta(f"twitter:data{index}")
        if label and value and _AUTHOR_PAIR_LABEL.search(label):
            found.append(value)
    return found


def page_byline(signals: PageSignals, outlet: str | None) -> Byline | None:
    """The first byline element of the page that names a person ("By A in Moscow").

    A byline box holding an element of its own for the name ("author-name",
    "byline__name") is read through that element: the box adds the role, the
    date or the biography.
    """
    elements = signals.marked.get("byline", ())[:_MAX_BYLINE_ELEMENTS]
    name_parts = [e for e in elements if _NAME_HOOK.search(_hooks(e))]
    for element in elements:
        if text_length(element) > _MAX_BYLINE_CHARS * 4 or in_noise(element) or in_menu(element):
            continue
        if _DESCRIPTION_HOOK.search(_hooks(element)) or in_teaser(element):
            continue  # the author's description ("author-description"), another story's card
        if any(part is not element and _inside(part, element) for part in name_parts):
            continue
        child = _name_child(element)
        text = element_text(element if child is None else child, spaced=True)
        if not text or len(text) > _MAX_BYLINE_CHARS:
            continue
        byline = parse_byline(text)
        names = byline.authors if byline is not None else []
        if not names and len(text.split()) <= _MAX_NAME_WORDS * 2:
            names = split_authors(text, outlet) or split_authors(_without_role(text), outlet)
        names = [n for n in (clean_author(a, outlet) for a in names) if n and looks_like_person(n)]
        names = names or dated_names(text, outlet)
        names = [n for n in names if not _is_section_label(n, element)]
        names = _within_pieces(names, element if child is None else child, outlet)
        if names:
            place = byline.place if byline is not None else None
            organisation = byline.organisation if byline is not None else None
            return Byline(authors=names, place=place, organisation=organisation)
    return None


def _within_pieces(names: list[str], box: etree._Element, outlet: str | None) -> list[str]:
    """Names read from a byline box, each within one of its text pieces.

    A box sets the name and what follows it in elements of their own ("<div>Jane
    Doe</div><div>Founder</div>", a name repeated for screen readers); read as one line
    they run together ("Jane Doe Founder"). A name that spans pieces gives way to the
    first of its pieces that is a person's name alone; when none is, the names stand.
    """
    pieces = _box_pieces(box)
    keys = [squash(n) for n in names]
    if all(any(key in squash(piece) for piece in pieces) for key in keys):
        return names
    for piece in pieces:
        if not any(squash(piece) in key for key in keys):
            continue  # a piece of the run-together names, not other words of the box
        found = [n for n in split_authors(piece, outlet) if looks_like_person(n)]
        if found:
            return found
    return names


def _box_pieces(box: etree._Element) -> list[str]:
    """The text pieces of an element that a reader sees, whitespace collapsed."""
    pieces: list[str] = []
    for node in box.iter():
        if not isinstance(node.tag, str) or node.tag in _INVISIBLE:
            texts = [node.tail]
        else:
            texts = [node.text, node.tail if node is not box else None]
        pieces.extend(t for t in (clean_text(x) for x in texts) if t)
    return pieces


_NAME_HOOK = re.compile(r"name", re.I)
_DESCRIPTION_HOOK = re.compile(r"desc", re.I)
# Separators of a meta line ("May 3, 2024 · Jane Doe"), and what follows a name in it.
_META_SEPARATOR = re.compile(r"\s*[·•]\s*|\s+\|\s+")
_ON_BEHALF = re.compile(r"\s+(?:on behalf of|for)\s.*$", re.IGNORECASE)
_MAX_DATE_SEGMENT = 40
# "name" as a word of a class ("name", "author__name", "authorName"), not "className".
_NAME_CHILD = re.compile(r"(?<![A-Za-z])name|(?<!class)Name")


def _name_child(box: etree._Element) -> etree._Element | None:
    """The element of a byline box that holds the name alone (class "name", "author-name")."""
    for node in box.iterdescendants():
        if isinstance(node.tag, str) and _NAME_CHILD.search(_hooks(node)):
            return node
    return None


@cache
def _role_words() -> frozenset[str]:
    rows = load_table("not_author_words.tsv")
    return frozenset(r["word"].lower() for r in rows if r["why"].startswith("role"))


def _without_role(text: str) -> str:
    """A byline without the role words printed after the name ("Jane Doe Writer" -> "Jane Doe")."""
    words = text.split()
    while len(words) > 2 and words[-1].lower().strip(".,") in _role_words():
        words.pop()
    return " ".join(words)


def dated_names(text: str, outlet: str | None) -> list[str]:
    """The names in a meta line that joins a date and a name by a dot ("May 3, 2024 · Jane Doe")
    or by "by" ("Posted on May 3, 2024 by Jane Doe").

    The name may stand for a group ("Jane Doe on behalf of the docs team"): what
    follows "on behalf of" or "for" is not a name.

    >>> dated_names("Dec. 3, 2024 · Jane Doe on behalf of the docs team", None)
    ['Jane Doe']
    >>> dated_names("Harbour · Jane Doe", None)
    []
    """
    segments = [s for s in _META_SEPARATOR.split(text) if s.strip()]
    dates = [len(s) <= _MAX_DATE_SEGMENT and parse_date_words(s) is not None for s in segments]
    if len(segments) < 2 or not any(dates):
        return _names_after_date(text, outlet)
    for segment, is_date in zip(segments, dates, strict=True):
        if is_date:
            continue
        found = split_authors(_ON_BEHALF.sub("", segment), outlet)
        names = [n for n in found if looks_like_person(n)]
        if names:
            return names
    return []


def _names_after_date(text: str, outlet: str | None) -> list[str]:
    """The writer a date line ends with: "Posted on May 3, 2024 by Jane Doe".

    The words before "by" must hold a date, so a credit for other work ("Photo by",
    "Reviewed by") names no writer.

    >>> _names_after_date("Posted on May 3, 2024 by Jane Doe", None)
    ['Jane Doe']
    >>> _names_after_date("Photo by Jane Doe", None)
    []
    """
    if len(text) > _MAX_BYLINE_CHARS or (found := find_byline(text)) is None:
        return []
    byline, start = found
    if parse_date_words(text[:start]) is None:
        return []
    names = [clean_author(a, outlet) for a in byline.authors]
    return [n for n in names if n and looks_like_person(n)]


def _hooks(element: etree._Element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


def _inside(element: etree._Element, container: etree._Element) -> bool:
    return any(a is container for a in element.iterancestors())


def _author_link_names(tree: etree._Element, outlet: str | None) -> list[str]:
    """Names from the first link to an author page that reads as a person's name.

    Further author links in the same parent element (a multi-author byline) add theirs.
    """
    links = _author_links(tree)[:_MAX_BYLINE_ELEMENTS]
    for link in links:
        names = [n for n in split_authors(element_text(link), outlet) if looks_like_person(n)]
        if not names:
            continue
        parent = link.getparent()
        for other in links:
            if other is not link and other.getparent() is parent:
                found = split_authors(element_text(other), outlet)
                names.extend(n for n in found if looks_like_person(n) and n not in names)
        return names
    return []


def _labelled_name(tree: etree._Element, outlet: str | None) -> list[str]:
    """Names printed after a label of their own ("Written by" | "Jane Doe").

    The label is a whole text of the page ("Written by", "Author(s):",
    "Contributors:"); the names are the texts after it, each read as a person's
    name, the list ending at the first text that is not one (or a joining ","
    "and"). A whole text "Written by Jane Doe" is a label with its name.
    """
    texts = _BODY_TEXTS(tree)
    labels = 0
    for index, text in enumerate(texts):
        written = _WRITTEN_BY.match(text)
        if not written and not _LABEL.match(text):
            continue
        labels += 1
        if labels > _MAX_LABELS:
            return []
        parent = text.getparent()
        if parent is not None and (parent.tag in ("script", "style") or _in_link(parent)):
            continue  # a menu link ("Contributors") is no label
        if written:
            names = leading_names(str(text)[written.end() - 1 :], outlet)
        else:
            names = _names_after(texts[index + 1 : index + 1 + _MAX_LISTED], outlet)
        if names:
            return names
    return []


def leading_names(text: str, outlet: str | None) -> list[str]:
    """The names a credit opens with, up to the first piece that is not one.

    What follows the names is their role ("Jane Doe, Head of Community Development"):
    its pieces may look like names too, so the list ends where a piece is not a name.

    >>> leading_names("Jane Doe and Tom Park, Head of Community Development", None)
    ['Jane Doe', 'Tom Park']
    """
    names: list[str] = []
    for piece in _name_pieces(clean_text(html.unescape(text))):
        name = clean_author(piece, outlet)
        if name is None or not looks_like_person(name):
            break
        names.append(name)
    return list(dict.fromkeys(names))


def _bio_box_name(tree: etree._Element, outlet: str | None) -> list[str]:
    """The name printed on its own in an author box, before a biography that opens with it.

    Author boxes print the writer's name (a heading, a bold line, a caption) and,
    a line or two later, a biography that starts from the same name: "Jane Doe"
    ... "Jane is a reporter who ...". The name may carry a trailing colon, and stands on
    its own (not a link in a sentence: "<a>Harbour</a> and the coast"). Lists
    of things are printed the same way ("Art Deco" ... "Art Deco is a style"), so
    the name starts with a known given name or stands in a box marked as the
    author's (class or id "author", "bio", "profile").
    """
    texts = [t for t in _BODY_TEXTS(tree) if t.getparent().tag not in _INVISIBLE]
    boxed: set[etree._Element] | None = None  # the elements inside author boxes, when needed
    for index, text in enumerate(texts):
        if _in_sentence(text):
            continue
        shown = clean_text(str(text)).rstrip(":").strip()
        words = shown.split()
        if not 1 <= len(words) <= _MAX_NAME_WORDS - 1 or not shown[:1].isupper():
            continue
        if words[0] not in given_names():
            boxed = _inside_author_boxes(tree) if boxed is None else boxed
            if text.getparent() not in boxed:
                continue
        if len(words) > 1 and not looks_like_person(shown):
            continue
        if text.getparent().tag == "h1" or clean_author(shown, outlet) != shown:
            continue
        bio = bio_opening(words[0], shown)
        if any(bio.search(str(t)) for t in texts[index + 1 : index + 1 + BIO_WINDOW]):
            return [shown]
    return []


def _in_sentence(text: Any) -> bool:
    """Whether a text piece runs on into words of a sentence: an element's words followed, in
    the same line, by words that no colon sets apart ("<a>Harbour</a> and the coast ...")."""
    parent = text.getparent()
    if text.is_tail or parent is None:
        return False
    after = clean_text(parent.tail)
    colon = after.startswith(":") or str(text).rstrip().endswith(":")
    return bool(after) and not colon  # "<b>Jane Doe:</b> Jane is ..."


def _described_name(signals: PageSignals, outlet: str | None) -> list[str]:
    """The name printed just before the author's description ("author-description").

    Author boxes put the writer's name and the lines about them in elements of their
    own, the description marked as such: the element before it names the writer.
    """
    for element in signals.marked.get("byline", ())[:_MAX_BYLINE_ELEMENTS]:
        if not _DESCRIPTION_HOOK.search(_hooks(element)) or in_noise(element):
            continue
        before = element.getprevious()
        shown = element_text(before) if before is not None else ""
        if looks_like_person(shown) and clean_author(shown, outlet) == shown:
            return [shown]
    return []


_PORTRAITS = etree.XPath("//body//img[@alt]")
_TEXTS_AFTER = etree.XPath("following::text()[normalize-space()][position() <= $n]")


def _portrait_name(tree: etree._Element, outlet: str | None) -> list[str]:
    """The name a portrait's alt text gives, when the biography after it opens with it.

    A writer's note closes many posts: their photo (alt "Jane Doe") and "Jane Doe is
    a travel writer who ...". A picture of someone the story is about is not
    followed by a biography that opens with their name.
    """
    for image in _PORTRAITS(tree):
        shown = clean_text(image.get("alt"))
        words = shown.split()
        if not looks_like_person(shown) or words[0] not in given_names():
            continue
        if clean_author(shown, outlet) != shown:
            continue
        bio = bio_opening(words[0], shown)
        texts = _TEXTS_AFTER(image, n=BIO_WINDOW)
        if any(bio.search(str(t)) for t in texts):
            return [shown]
    return []


_MARKED = etree.XPath("//body//*[@class or @id]")


def _inside_author_boxes(tree: etree._Element) -> set[etree._Element]:
    """Every element in a box marked as the author's, the box included: one pass over the
    page, where asking it of each text would climb the text's ancestors each time."""
    inside: set[etree._Element] = set()
    for box in _MARKED(tree):
        if box not in inside and _AUTHOR_BOX.search(_hooks(box)):
            inside.update(box.iter())
    return inside


_AUTHOR_BOX = re.compile(r"author(?!it)|(?:^|[\s_-])bio(?:$|[\s_-])|profile", re.I)
# "© 2024 Jane Doe." / "Copyright 2019-2024 Jane Doe, all rights reserved".
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?"
    r"(?P<name>[^.,|©]+?)\s*(?:[.,|]|$)",
    re.IGNORECASE,
)


def copyright_name(line: str) -> str | None:
    """Who a copyright line names: "© 2024 Jane Doe. All rights reserved" -> "Jane Doe"."""
    match = _COPYRIGHT.match(line)
    if match is None:
        return None
    return clean_text(match["name"]) or None


def copyright_holder(tree: etree._Element, outlet: str | None) -> str | None:
    """The person a personal site's copyright line names ("© 2024 Jane Doe. All rights reserved").

    A site whose copyright belongs to a person is that person's own, and so are
    its posts: the last resort, after any credit or account the page states. The
    holder must read as a person whose first word is a known given name: a
    company's line ("© 2024 Harbour Media Ltd") names no author.
    """
    for text in reversed(_BODY_TEXTS(tree)):
        name = copyright_name(str(text))
        if name is None:
            continue
        if looks_like_person(name) and name.split()[0] in given_names():
            return name if split_authors(name, outlet) == [name] else None
        return None
    return None


def site_owner(outlet: str | None, domain: str | None) -> str | None:
    """The person a personal site is named after, when the site's name is the person's.

    Personal blogs state the owner's name as the site name ("Ines Varga" on
    ines.example.blog, inesvarga.net): the name reads as a person whose first word
    is a known given name, and the domain spells the whole name, or its first label the
    given name (a department's "cornell" in gardening.cornell.edu is its institution). The
    last resort, after any credit, account or copyright line the page states.

    >>> site_owner("Ines Varga", "ines.example.blog")
    'Ines Varga'
    >>> site_owner("Harbour Notes", "harbournotes.com") is None
    True
    >>> site_owner("Cornell Garden Club", "garden.cornell.edu") is None
    True
    """
    if not outlet or not domain or not looks_like_person(outlet):
        return None
    words = outlet.split()
    if words[0] not in given_names() or split_authors(outlet, None) != [outlet]:
        return None
    labels = [squash(label) for label in domain.split(".")[:-1]]
    spelled = squash(outlet) in labels or labels[:1] == [squash(words[0])]
    return outlet if spelled else None


BIO_WINDOW = 3
_BIO_WORDS = 12  # how far into the biography the name may stand ("Since 1998, Jane has ...")
_INVISIBLE = frozenset({"script", "style", "noscript", "template"})


@cache
def _bio_verbs() -> str:
    words = sorted((row["word"] for row in load_table("author_bio_verbs.tsv")), key=len)
    return "|".join(re.escape(w) for w in reversed(words))


def bio_opening(first: str, full: str) -> re.Pattern[str]:
    """A biography that opens with the name, in full or by its first word, within its first
    words ("Jane Doe is ...", "Since 1998, Jane has ...", "Jane's work ...")."""
    name = f"(?:{re.escape(full)}|{re.escape(first)})"
    lead = rf"^\s*(?:\S+\s+){{0,{_BIO_WORDS}}}?"
    return re.compile(rf"{lead}{name}(?:\s+(?:{_bio_verbs()})\b|['’]s\b)")


def _names_after(texts: list[Any], outlet: str | None) -> list[str]:
    """The names in the texts after a label: the first, then more in elements of its kind."""
    names: list[str] = []
    kind = None
    for text in texts:
        if names and _LIST_JOIN.match(text):
            continue
        parent = text.getparent()
        shape = (parent.tag, parent.get("class")) if parent is not None else None
        if names and shape != kind:
            break
        found = [n for n in split_authors(str(text), outlet) if looks_like_person(n)]
        if not found:
            break
        kind = shape
        names.extend(n for n in found if n not in names)
    return names


def _in_link(element: etree._Element) -> bool:
    return element.tag == "a" or any(a.tag == "a" for a in element.iterancestors())


def _after_headline_byline(tree: etree._Element, outlet: str | None) -> list[str]:
    """A "By ..." line among the first elements after the page's <h1>."""
    for h1 in _H1(tree)[:1]:
        seen = 0
        for element in h1.itersiblings():
            for node in element.iter():
                if not isinstance(node.tag, str) or node.tag in ("script", "style"):
                    continue
                seen += 1
                if seen > _AFTER_H1_ELEMENTS:
                    return []
                text = element_text(node)
                if len(text) > _MAX_BYLINE_CHARS:  # a standfirst may end with its writer
                    standfirst = len(text) <= _MAX_BYLINE_CHARS * 4 and node is element
                    if standfirst and (names := signed_standfirst(text, outlet)):
                        return names
                    continue
                byline = parse_byline(text) if text else None
                if byline is not None:
                    names = [n for n in (clean_author(a, outlet) for a in byline.authors) if n]
                    names = _within_pieces(names, node, outlet)
                    if names:
                        return names
                elif text and (
                    names := dated_names(text, outlet) or signed_standfirst(text, outlet)
                ):
                    return names
    return []


@cache
def _signed_standfirst() -> re.Pattern[str]:
    verbs = sorted(newsline_words("signing_verb"), key=len)
    verb = "|".join(re.escape(v) for v in reversed(verbs))
    name = r"[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){1,3}"
    return re.compile(rf"[,.]\s+(?i:{verb})\s+(?P<name>{name})\s*\.?\s*$")


def signed_standfirst(text: str, outlet: str | None) -> list[str]:
    """The writer a standfirst names at its end, in capitals ("..., says JANE DOE.").

    Columns sign their standfirst so; a person the story quotes is named in
    ordinary case ("..., says Jane Doe").

    >>> signed_standfirst("Three evergreens to plant this winter, writes JANE O'NEILL.", None)
    ["Jane O'Neill"]
    >>> signed_standfirst("Three evergreens to plant this winter, says Jane Doe.", None)
    []
    """
    match = _signed_standfirst().search(text)
    if match is None:
        return []
    name = match["name"].title()
    return [name] if clean_author(name, outlet) == name else []


def choose_authors(
    tree: etree._Element,
    signals: PageSignals,
    article: JsonObject | None,
    outlet: str | None,
    byline: Byline | None = None,
    domain: str | None = None,
) -> list[Author]:
    """The page's authors, from the first source that names a person.

    Args:
        tree: the parsed page, for byline elements.
        signals: what the page states about itself.
        article: its JSON-LD article object, if any.
        outlet: the outlet's name, never an author.
        byline: the page's byline element, read by `page_byline()`.
        domain: the page's host; a name that spells it is the site, not an author.

    Returns:
        Authors in the order the source gives them.
    """
    handles: list[str] = []
    for names in _candidates(tree, signals, article, outlet, byline):
        unique = [n for n in dict.fromkeys(names) if not is_site_name(n, domain)]
        if unique and not handles and all(_is_handle(n) for n in unique):
            handles = unique  # kept unless a later source names a person in full
            continue
        if unique and (not handles or any(looks_like_person(n) for n in unique)):
            for shown in _visible_lists(tree, outlet, byline):
                unique = extend_authors(unique, shown)
            return [Author(name=n) for n in unique]
    return [Author(name=n) for n in handles]


def _is_handle(name: str) -> bool:
    """A login rather than a name: one word with a capital inside it ("KatieS", "jDoe").

    Publishing tools state the account that posted as the author; the byline the
    reader sees then prints the writer's full name, which is the better credit.
    """
    return " " not in name and any(c.isupper() for c in name[1:]) and name.isalpha()


def _same_person(a: str, b: str) -> bool:
    """Whether two renderings name one person ("Dr Ana Lee" and "Ana Lee")."""
    x, y = squash(a), squash(b)
    return bool(x) and bool(y) and (x == y or x.endswith(y) or y.endswith(x))


def extend_authors(chosen: list[str], shown: list[str]) -> list[str]:
    """The chosen authors plus the co-authors a visible byline adds.

    Metadata often names only the first of several authors. When a byline the
    reader sees names every chosen author and more, the others follow, in the
    byline's order; a byline that misses one of them is about someone else.

    >>> extend_authors(["Ana Lee"], ["Ana Lee", "Tom Park"])
    ['Ana Lee', 'Tom Park']
    >>> extend_authors(["Ana Lee"], ["Tom Park", "Eve Moss"])
    ['Ana Lee']
    """
    if len(shown) <= len(chosen):
        return chosen
    if not all(any(_same_person(c, s) for s in shown) for c in chosen):
        return chosen
    extra = [s for s in shown if not any(_same_person(s, c) for c in chosen)]
    return chosen + list(dict.fromkeys(extra))


def _visible_lists(
    tree: etree._Element, outlet: str | None, byline: Byline | None
) -> Iterator[list[str]]:
    """Author lists the reader sees on the page: the byline element, a list of author links."""
    yield byline.authors if byline is not None else []
    yield _coauthor_links(tree, outlet)


def _coauthor_links(tree: etree._Element, outlet: str | None) -> list[str]:
    """Names from the first run of author-page links joined only by "," "and" "&".

    A link after other words ("Fact-checked by <a>") names someone else's role.
    """
    links = _author_links(tree)
    for link in links[:_MAX_BYLINE_ELEMENTS]:
        names = [n for n in split_authors(element_text(link), outlet) if looks_like_person(n)]
        if not names:
            continue
        gap = link.tail or ""
        for sibling in link.itersiblings():
            if sibling in links:
                if not gap.strip() or not _LIST_JOIN.match(gap):
                    break
                found = split_authors(element_text(sibling), outlet)
                names.extend(n for n in found if looks_like_person(n) and n not in names)
                gap = sibling.tail or ""
                continue
            if isinstance(sibling.tag, str):
                gap += "".join(sibling.itertext())
            gap += sibling.tail or ""
            if len(gap.strip()) > _MAX_JOIN_CHARS:
                break
        return names
    return []


_CREDIT_CUT = re.compile(r"\s+[|•·/]\s*|\s+[-–—]\s+|\s*\bsays\b|:")
_CREDIT_NOT = re.compile(r"[@\\<>{}=#*?!®©™]|https?:|www\.")


def clean_credit(text: str) -> str | None:
    """A team or brand credit from a byline or author field ("By the Acme Team" -> "the Acme Team").

    The text before a date, a separator or a colon, one to five words starting
    with a capital and no digits; None when nothing of that shape is left, or when
    it is only a placeholder word or link text.

    >>> clean_credit("By Harbour Gazette Staff | 4 May 2024")
    'Harbour Gazette Staff'
    >>> clean_credit("Name *") is None
    True
    """
    rest = clean_text(_BY.sub("", clean_text(html.unescape(text))))
    cut = BYLINE_TAIL.search(" " + rest)
    if cut is not None:
        rest = rest[: max(0, cut.start() - 1)]
    rest = _CREDIT_CUT.split(rest, maxsplit=1)[0].strip(" ,;-–—")
    words = rest.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or _CREDIT_NOT.search(rest):
        return None
    if any(ch.isdigit() for ch in rest) or not any(w[:1].isupper() for w in words):
        return None
    if rest.lower() in _not_author_words() or is_furniture(rest) is not None:
        return None  # a bare placeholder ("Contributors") or link text ("Read more")
    if {w.lower() for w in words} & _site_placeholder_words():
        return None  # the site's default account ("Site Admin")
    return rest


def organisation_byline(signals: PageSignals, article: JsonObject | None) -> str | None:
    """The credit a page gives when no person wrote it: a team, a desk or the brand.

    Read from the article's JSON-LD author (an Organization, or a name that is a
    staff or team credit), else from the page's first byline element. Only asked
    when no source names a person, so a person's byline always wins.
    """
    if article is not None:
        raw = signals.resolve(article.get("author"))
        for item in raw if isinstance(raw, list) else [raw]:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str) and (credit := clean_credit(name)):
                return credit
    for value in labelled_meta_authors(signals):
        if credit := clean_credit(value):
            return credit
    for element in signals.marked.get("byline", ())[:_MAX_BYLINE_ELEMENTS]:
        if text_length(element) > _MAX_BYLINE_CHARS or in_noise(element) or in_menu(element):
            continue
        if _DESCRIPTION_HOOK.search(_hooks(element)) or in_teaser(element):
            continue
        credit = clean_credit(element_text(element, spaced=True))
        if credit and not _is_section_label(credit, element):
            return credit
    return None


_HOOK_WORD = re.compile(r"[a-z]+")


@cache
def _section_hook_words() -> frozenset[str]:
    return frozenset(row["word"] for row in load_table("section_hook_words.tsv"))


def _is_section_label(credit: str, box: etree._Element) -> bool:
    """Whether a credit read from a byline box is the box's section or category label.

    Byline boxes print the story's section beside the date ("March 3 | Health &
    Wellness"); the part that holds it says so in its class, id or link address
    ("byline__category", href="/category/health/"), and names no one.
    """
    key = squash(credit)
    for part in box.iter():
        if not isinstance(part.tag, str) or squash(element_text(part)) != key:
            continue
        hooks = f"{_hooks(part)} {part.get('href', '')}".lower()
        if set(_HOOK_WORD.findall(hooks)) & _section_hook_words():
            return True
    return False


_ACCOUNT = re.compile(rf"^(?:[A-Za-z][A-Za-z._-]{{2,39}}|{EMAIL_ADDRESS})$")


def account_name(
    signals: PageSignals, article: JsonObject | None, outlet: str | None = None
) -> str | None:
    """The user account a page's author metadata names, when it names no person or team.

    Blogs often state the author as the login of whoever posted ("jdoe",
    "news.desk", "site_editor"): one token of letters joined by "." "_" "-", no
    digits (generated ids are not names), or the e-mail address it logs in with
    ("jane.doe@example.org"); not a placeholder ("admin") nor the outlet's own
    name. It is the page's own credit, so it is kept, but only as the last resort.

    >>> account_name(PageSignals(meta={"author": ("harbour_desk",)}), None)
    'harbour_desk'
    >>> account_name(PageSignals(meta={"author": ("admin",)}), None) is None
    True
    >>> account_name(PageSignals(meta={"author": ("jo.lee@example.org",)}), None)
    'jo.lee@example.org'
    """
    raws: list[str] = []
    if article is not None:
        raw = signals.resolve(article.get("author") or article.get("creator"))
        for item in raw if isinstance(raw, list) else [raw]:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str):
                raws.append(name)
    raws.extend(v for key in AUTHOR_META for v in signals.meta.get(key, ()))
    for raw in raws:
        text = clean_text(html.unescape(raw))
        if not _ACCOUNT.match(text) or text.lower() in _not_author_words():
            continue
        if outlet and squash(text) == squash(outlet):
            continue
        if is_furniture(text) is None and outlet_info(None, text) is None:
            return text
    return None


def linked_account(tree: etree._Element) -> str | None:
    """The account a link to its own author page names: `<a href="/author/jdoe/">jdoe</a>`.

    Blogs credit the account that posted, linked to its author page, often in lower
    case ("by whova", "By thegrangehall"), which no name check accepts. The link's
    text spells the last segment of its address, so it is that account and no menu
    link; a placeholder account ("admin") is no credit. Asked only when no person,
    team or stated account is credited.

    >>> from lxml import html as lxml_html
    >>> linked_account(lxml_html.fromstring(
    ...     '<html><body><a href="/author/harbour-notes/">harbour notes</a></body></html>'))
    'harbour notes'
    """
    for link in _author_links(tree)[:_MAX_BYLINE_ELEMENTS]:
        text = element_text(link)
        slug = (link.get("href") or "").split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        if not text or len(text.split()) > _MAX_LINK_WORDS or _NOT_NAME.search(text):
            continue
        if squash(text) != squash(slug) or text.lower() in _not_author_words():
            continue
        return text
    return None


def _candidates(
    tree: etree._Element,
    signals: PageSignals,
    article: JsonObject | None,
    outlet: str | None,
    byline: Byline | None,
) -> Iterator[list[str]]:
    """Author lists from each source in turn, most trusted first (computed lazily)."""
    yield _jsonld_authors(signals, article, outlet)
    for key in AUTHOR_META:
        yield [n for v in signals.meta.get(key, ()) for n in split_authors(v, outlet)]
    yield _parsely_authors(signals, outlet)
    yield [n for v in labelled_meta_authors(signals) for n in split_authors(v, outlet)]
    stated = [v for v in signals.itemprops.get("author", ())[:1] if len(v) <= _MAX_BYLINE_CHARS]
    yield [n for v in stated for n in split_authors(v, outlet)]  # not an author box's biography
    yield [n for v in signals.rel_authors for n in split_authors(v, outlet) if " " in n]
    yield byline.authors if byline is not None else []
    yield _after_headline_byline(tree, outlet)
    yield _author_link_names(tree, outlet)
    yield _labelled_name(tree, outlet)
    yield _bio_box_name(tree, outlet)
    yield _described_name(signals, outlet)
    yield _portrait_name(tree, outlet)
