"""What an HTML page says about itself: JSON-LD, OpenGraph and <meta> tags, microdata.

`read_signals()` walks the parsed page once and gathers every machine-readable
statement into a `PageSignals` value; the news layer (`headline.py`,
`authors.py`, `timestamps.py`, `sections.py`) chooses among them. Nothing here
decides; it only collects, in document order.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

JsonObject = dict[str, Any]

# schema.org types that describe one article (the object whose headline, authors and
# dates are the page's own).
ARTICLE_TYPES = frozenset(
    {
        "AdvertiserContentArticle",
        "AnalysisNewsArticle",
        "Article",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "NewsArticle",
        "OpinionNewsArticle",
        "Report",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "SatiricalArticle",
        "ScholarlyArticle",
        "SocialMediaPosting",
        "TechArticle",
        "VideoObject",
    }
)
# schema.org types of pages that are not one article.
NOT_ARTICLE_TYPES = frozenset(
    {"CollectionPage", "ItemList", "Product", "ProductGroup", "SearchResultsPage", "ProfilePage"}
)
PAGE_TYPES = frozenset({"WebPage", "ItemPage"})
ORGANISATION_TYPES = frozenset({"Organization", "NewsMediaOrganization", "Corporation"})

_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """Lower-case letters and digits only: the key two spellings of a name share."""
    return _NON_WORD.sub("", text.lower())


_INVISIBLE = frozenset({"script", "style", "noscript", "template"})
_BLOCK = frozenset(
    {"br", "p", "div", "li", "ul", "ol", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"figcaption", "figure", "section", "article", "header", "footer", "time"}
)
_JSON_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")

_STRING = etree.XPath("string()")
_JSONLD = etree.XPath("//script[contains(translate(@type,'LDJSON','ldjson'),'ld+json')]")
_META = etree.XPath("//meta")
_LINK = etree.XPath("//link[@rel][@href]")
_TITLE = etree.XPath("//title")
_H1 = etree.XPath("//h1")
_SUBHEADS = etree.XPath("(//h2|//h3)[position() <= 12]")
_ITEMPROP = etree.XPath("//*[@itemprop]")
_TIME = etree.XPath("//time")
_REL_AUTHOR = etree.XPath(
    "//a[contains(concat(' ', @rel, ' '), ' author ')]"
    "[not(ancestor::*[contains(@class,'comment') or contains(@id,'comment')])]"
)


@dataclass(frozen=True)
class TimeTag:
    """One <time> element: its machine value, its words, and its class/ancestry hints."""

    datetime: str | None
    text: str
    hint: str  # class/itemprop/pubdate words of the tag and its parent, and its label, lower-cased
    in_article: bool
    in_teaser: bool = False  # in another story's card: a nested <article> or one of a list


# Elements the news layer looks for by their markup hooks (class, id, itemprop, rel,
# aria-label, itemtype), found in one pass: category -> (allowed tags or None, pattern).
_HEADLINE_INSIDE = etree.XPath("boolean(.//h1)")
_MARKED = etree.XPath("//body//*[@class or @id or @itemprop or @rel or @aria-label or @itemtype]")
MARKS: dict[str, tuple[frozenset[str] | None, re.Pattern[str]]] = {
    "byline": (
        frozenset({"div", "span", "p", "a", "address", "li", "strong", "b", "em", "aside"})
        | frozenset({"h3", "h4", "h5", "h6", "cite", "small"}),
        re.compile(r"author(?!it)|byline|writer|contributor", re.I),  # not "authority"
    ),
    "caption": (None, re.compile(r"caption", re.I)),
    "standfirst": (
        frozenset({"p", "h2", "div", "span", "h3"}),
        re.compile(
            r"(?:^|[\s_-])(?:standfirst|sub-?headline|subhead|subtitle|dek|deck|strapline|"
            r"article-summary|article__summary|lede|lead-in|teaser-text|description)(?:$|[\s_-])",
            re.I,
        ),
    ),
    "breadcrumb": (None, re.compile(r"breadcrumb", re.I)),
    "figure": (None, re.compile(r"(?:^|\s)wp-caption(?:\s|$)|image-block|media-figure", re.I)),
}
# Every MARKS pattern needs one of these words: a cheap test before the patterns run.
_MARK_WORDS = (
    *("author", "byline", "writer", "contributor", "caption", "breadcrumb", "figure"),
    *("standfirst", "headline", "subhead", "subtitle", "dek", "deck", "strapline", "summary"),
    *("lede", "lead-in", "teaser", "description", "image-block"),
)
_MARK_WORD = re.compile("|".join(re.escape(word) for word in _MARK_WORDS))
_NOISE_ANCESTOR = re.compile(r"comment", re.I)


def _marked_elements(tree: etree._Element) -> dict[str, tuple[etree._Element, ...]]:
    found: dict[str, list[etree._Element]] = {name: [] for name in MARKS}
    for element in _MARKED(tree):
        hooks = " ".join(element.attrib.values()).lower()
        if _MARK_WORD.search(hooks) is None:
            continue
        for name, (tags, pattern) in MARKS.items():
            if (tags is None or element.tag in tags) and pattern.search(hooks):
                found[name].append(element)
    return {name: tuple(elements) for name, elements in found.items()}


def in_noise(element: etree._Element) -> bool:
    """True inside a comments section (its class or id says "comment")."""
    for ancestor in element.iterancestors():
        if _NOISE_ANCESTOR.search(ancestor.get("class", "") + " " + ancestor.get("id", "")):
            return True
    return False


@dataclass(frozen=True)
class PageSignals:
    """Every machine-readable statement a page makes about itself, in document order."""

    jsonld: tuple[JsonObject, ...] = ()
    meta: dict[str, tuple[str, ...]] = field(default_factory=dict)
    itemprops: dict[str, tuple[str, ...]] = field(default_factory=dict)
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)
    lang: str | None = None
    title: str | None = None
    h1: tuple[str, ...] = ()
    # an <h1> that opens with a line of its own (a kicker) -> the rest of it
    h1_after_kicker: dict[str, str] = field(default_factory=dict)
    subheads: tuple[str, ...] = ()  # the first <h2>/<h3> texts
    times: tuple[TimeTag, ...] = ()
    rel_authors: tuple[str, ...] = ()
    marked: dict[str, tuple[etree._Element, ...]] = field(default_factory=dict)

    def resolve(self, value: Any) -> Any:
        """Follow a JSON-LD reference (`{"@id": ...}` without content) to its object."""
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if isinstance(value, dict) and "@id" in value and "name" not in value:
            for obj in self.jsonld:
                if obj.get("@id") == value["@id"] and obj is not value:
                    return obj
        return value

    def first_meta(self, *keys: str) -> str | None:
        """The first non-empty value of the first `<meta>` key present."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value:
                    return value
        return None

    def parsely_page(self) -> JsonObject:
        """The JSON object a `parsely-page` <meta> tag holds (Parse.ly's older form: title,
        author or authors, pub_date), or {} when there is none or it cannot be read."""
        raw = self.first_meta("parsely-page")
        if not raw or not raw.lstrip().startswith("{"):
            return {}
        try:
            data = json.loads(raw)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def article(self) -> JsonObject | None:
        """The JSON-LD object describing this page's article, if any.

        Of several, the first that names this page (its address is the page's canonical
        one, or its headline is the page's title or <h1>): pages state the stories they
        link to as articles too, sometimes before their own.
        """
        found = [obj for obj in self.jsonld if types_of(obj) & ARTICLE_TYPES]
        if len(found) > 1:
            return next((obj for obj in found if self._names_page(obj)), found[0])
        if found:
            return found[0]
        for obj in self.jsonld:
            if types_of(obj) & PAGE_TYPES:
                main = obj.get("mainEntity")
                if isinstance(main, dict) and types_of(main) & ARTICLE_TYPES:
                    return main
        return None

    def _names_page(self, obj: JsonObject) -> bool:
        """Whether a JSON-LD object is about this page: by its address or its headline."""
        addresses = {
            a.rstrip("/")
            for a in (*self.links.get("canonical", ()), *self.meta.get("og:url", ()))
            if a
        }
        own = [obj.get("url"), obj.get("@id"), self.resolve(obj.get("mainEntityOfPage"))]
        for value in own:
            value = value.get("@id") if isinstance(value, dict) else value
            if isinstance(value, str) and value.split("#", 1)[0].rstrip("/") in addresses:
                return True
        headline = squash(jsonld_text(obj.get("headline") or obj.get("name")) or "")
        titles = (*self.h1, *self.meta.get("og:title", ()), self.title or "")
        return bool(headline) and any(squash(t).startswith(headline) for t in titles)

    def objects_of(self, types: frozenset[str]) -> list[JsonObject]:
        """Every JSON-LD object whose @type is one of `types`."""
        return [obj for obj in self.jsonld if types_of(obj) & types]


def clean_text(text: str | None) -> str:
    """Collapse whitespace (including non-breaking spaces), trim, and undo UTF-8 read as
    Windows-1252 or Latin-1 ("JarosÅ\x82aw" -> "Jarosław")."""
    if not text:
        return ""
    text = repair_mojibake(text)
    return _SPACE.sub(" ", text.replace("\u00a0", " ").replace("\u200b", "")).strip()


# The first character of a UTF-8 lead byte read as Windows-1252/Latin-1, then one of a
# continuation byte read so ("Ã©" for "é", "â€™" for "’", "Å\x82" for "ł").
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]"
)


def repair_mojibake(text: str) -> str:
    """The text with UTF-8 that was decoded as Windows-1252 or Latin-1 decoded again, when
    the whole text re-encodes to valid UTF-8 (a text with real accents does not: "é" alone
    is no UTF-8 sequence). Pages often carry such strings in JSON-LD and <meta> tags even
    when the page itself is decoded right."""
    if not _MOJIBAKE.search(text):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


def text_length(element: etree._Element) -> int:
    """A cheap upper bound of an element's text length (computed in C, scripts included)."""
    return len(str(_STRING(element)))


def element_text(element: etree._Element, *, spaced: bool = False) -> str:
    """The visible words of an element, whitespace collapsed (scripts and styles skipped).

    Block elements are separated by a space; with `spaced`, every element is (for
    short lines such as bylines, where "<span>Name</span><span>Role</span>" are
    two words apart on screen).
    """
    parts: list[str] = []
    for node in element.iter():
        tag = node.tag
        skipped = not isinstance(tag, str) or tag in _INVISIBLE
        block = spaced or (isinstance(tag, str) and tag in _BLOCK)
        if block:
            parts.append(" ")
        if not skipped and node.text:
            parts.append(node.text)
        if node is not element and node.tail:
            if block:
                parts.append(" ")
            parts.append(node.tail)
    return clean_text("".join(parts))


def types_of(obj: JsonObject) -> frozenset[str]:
    """The schema.org @type names of a JSON-LD object, without URL prefixes."""
    raw = obj.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return frozenset(v.rsplit("/", 1)[-1] for v in values if isinstance(v, str))


def parse_jsonld(text: str) -> list[JsonObject]:
    """Parse one JSON-LD script into its objects, flattening lists and @graph.

    Lenient about the faults pages commonly ship: trailing commas, raw control
    characters, HTML comments around the JSON. Returns [] when it cannot be read.
    """
    body = text.strip()
    if body.startswith("<!--"):
        body = body[4:]
    if body.endswith("-->"):
        body = body[:-3]
    data: Any = None
    for attempt in (body, _JSON_TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", body))):
        try:
            data = json.loads(attempt)
            break
        except ValueError:
            continue
    objects: list[JsonObject] = []
    _flatten(data, objects)
    return objects


def _flatten(data: Any, out: list[JsonObject]) -> None:
    if isinstance(data, list):
        for item in data:
            _flatten(item, out)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            _flatten(graph, out)
        if "@type" in data:
            out.append(data)


def read_signals(tree: etree._Element) -> PageSignals:
    """Gather JSON-LD, <meta>, <link>, microdata, <title>, <h1> and <time> from a page.

    Args:
        tree: the parsed page (lxml).

    Returns:
        The page's statements about itself, in document order.
    """
    jsonld: list[JsonObject] = []
    for script in _JSONLD(tree):
        if script.text:
            jsonld.extend(parse_jsonld(script.text))

    meta: dict[str, list[str]] = {}
    for element in _META(tree):
        content = element.get("content")
        if content is None:
            continue
        key = element.get("property") or element.get("name") or element.get("itemprop")
        key = key or element.get("http-equiv")
        if key:
            meta.setdefault(key.strip().lower(), []).append(clean_text(html.unescape(content)))

    links: dict[str, list[str]] = {}
    for element in _LINK(tree):
        for rel in element.get("rel", "").lower().split():
            links.setdefault(rel, []).append(element.get("href", "").strip())

    itemprops: dict[str, list[str]] = {}
    for element in _ITEMPROP(tree):
        if element.tag == "meta" or in_teaser(element):
            continue  # a property of another story's card is not the page's
        value = element.get("content") or element.get("datetime")
        if value is None and element.get("itemscope") is not None and not _in_item_list(element):
            value = _item_name(element)
        if value is None:
            value = element_text(element) if element.tag != "a" or element.text else ""
        for prop in element.get("itemprop", "").split():
            itemprops.setdefault(prop, []).append(clean_text(value))

    titles = [element_text(t) for t in _TITLE(tree)]
    root = tree.getroottree().getroot()
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return PageSignals(
        jsonld=tuple(jsonld),
        meta={k: tuple(v) for k, v in meta.items()},
        itemprops={k: tuple(v) for k, v in itemprops.items()},
        links={k: tuple(v) for k, v in links.items()},
        lang=clean_text(lang) or None,
        title=next((t for t in titles if t), None),
        h1=tuple(t for t in (element_text(h) for h in _H1(tree)) if t),
        h1_after_kicker=dict(k for k in (_after_kicker(h) for h in _H1(tree)) if k),
        subheads=tuple(t for t in (element_text(h) for h in _SUBHEADS(tree)) if t),
        times=tuple(_time_tag(t) for t in _TIME(tree)),
        rel_authors=_rel_authors(tree),
        marked=_marked_elements(tree),
    )


_ITEM_NAMES = etree.XPath(".//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' name ')]")


def _item_name(item: etree._Element) -> str | None:
    """The `name` property of a microdata item, when it states one.

    An item's words hold its other properties too ("<div itemprop="author" itemscope>
    <span itemprop="name">Jane Doe</span><span itemprop="jobTitle">Reporter</span>");
    its name is what names it. A name of an item nested in it (the author's employer)
    is not its own.
    """
    for element in _ITEM_NAMES(item):
        owner = next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
        if owner is item:
            return element.get("content") or element_text(element)
    return None


def _in_item_list(element: etree._Element) -> bool:
    """Whether an element belongs to one of a run of items of one type (a grid of posts):
    the item it is a property of has a sibling item with the same `itemtype`."""
    owner = next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)
    if owner is None:
        return False
    kind = owner.get("itemtype")
    siblings = (*owner.itersiblings(preceding=True), *owner.itersiblings())
    return any(s.get("itemscope") is not None and s.get("itemtype") == kind for s in siblings)


def _rel_authors(tree: etree._Element) -> tuple[str, ...]:
    """The texts of the page's rel=author links: the first outside another story's card, and
    those beside it (in the same element); links further on credit other stories."""
    links = [a for a in _REL_AUTHOR(tree) if not in_teaser(a)]
    first = next((a for a in links if element_text(a)), None)
    if first is None:
        return ()
    parent = first.getparent()
    return tuple(t for t in (element_text(a) for a in links if a.getparent() is parent) if t)


def _after_kicker(heading: etree._Element) -> tuple[str, str] | None:
    """(the heading's text, its text after the element it opens with), when it opens with one.

    Pages set a kicker in the headline's own element ("<h1><div>Behind the
    scenes</div> Ferry strike ends</h1>"); the headline is what follows it.
    """
    first = next((c for c in heading if isinstance(c.tag, str)), None)
    if first is None or clean_text(heading.text) or not element_text(first):
        return None
    whole, kicker = element_text(heading), element_text(first)
    rest = clean_text(whole[len(kicker) :]) if whole.startswith(kicker) else ""
    return (whole, rest) if rest else None


def _time_tag(element: etree._Element) -> TimeTag:
    hints = [element.get("class", ""), element.get("itemprop", "")]
    if element.get("pubdate") is not None:
        hints.append("pubdate")
    parent = element.getparent()
    if parent is not None:
        hints.extend([parent.get("class", ""), parent.get("itemprop", "")])
    hints.append(_label_before(element, parent))
    in_article = any(a.tag in ("article", "main") for a in element.iterancestors())
    return TimeTag(
        datetime=clean_text(element.get("datetime")) or None,
        text=element_text(element),
        hint=" ".join(hints).lower(),
        in_article=in_article,
        in_teaser=in_teaser(element),
    )


_MAX_TIME_LABEL = 30


def _label_before(element: etree._Element, parent: etree._Element | None) -> str:
    """The short words just before a <time> in its parent: its label ("Updated:",
    "Published on"), printed as text or in an element of its own; "" when longer.

    "<p>Updated <time>...</time> | Published <time>...</time></p>": each date's label is
    what stands between it and the element before it.
    """
    before = element.getprevious()
    if before is None:
        words = (parent.text or "") if parent is not None else ""
    elif before.tag == "time":
        words = before.tail or ""
    else:
        words = element_text(before) + " " + (before.tail or "")
    words = clean_text(words)
    return words if len(words) <= _MAX_TIME_LABEL else ""


def in_teaser(element: etree._Element) -> bool:
    """Whether an element lies in an <article> that is a card for another story.

    HTML nests an <article> in another for content related to the outer one (a comment, a
    promoted story), sets one in an <aside> for content beside the page's own (related
    reads), and a run of sibling <article> elements is a list of stories (latest news); a
    page's own story is none of these. An <article> that holds the page headline (<h1>) is
    a story of its own (the story in a page-wide <article>; the next stories of an
    endless-scroll page), and so is one wrapped in another of the same classes.
    """
    cards = [a for a in element.iterancestors() if a.tag == "article"]
    if not cards:
        return False
    twice = len({a.get("class") for a in cards}) == 1 and bool(cards[0].get("class"))
    if twice or _HEADLINE_INSIDE(cards[0]):
        cards = cards[:1]
    if len(cards) > 1 or any(_aside_of_cards(a) for a in cards[0].iterancestors()):
        return True
    siblings = (*cards[0].itersiblings(preceding=True), *cards[0].itersiblings())
    listed = any(sibling.tag == "article" for sibling in siblings)
    return listed and not _HEADLINE_INSIDE(cards[0])


def _aside_of_cards(element: etree._Element) -> bool:
    """An <aside> beside the page's story: one holding no <h1> (an unclosed <aside> that
    swallowed the page holds its headline)."""
    return element.tag == "aside" and not _HEADLINE_INSIDE(element)


def jsonld_text(value: Any) -> str | None:
    """A JSON-LD value as text: a string, the `name` of an object, or the first of a list."""
    if isinstance(value, str):
        return clean_text(html.unescape(value)) or None
    if isinstance(value, dict):
        return jsonld_text(value.get("name") or value.get("@value"))
    if isinstance(value, list):
        for item in value:
            text = jsonld_text(item)
            if text:
                return text
    return None


def language_of(signals: PageSignals, article: JsonObject | None) -> str | None:
    """The page's language as a lower-case primary subtag ("en", "fr"), if stated."""
    candidates = [
        signals.lang,
        signals.first_meta("og:locale", "content-language", "language", "dc.language"),
        jsonld_text(article.get("inLanguage")) if article else None,
    ]
    for value in candidates:
        if value:
            primary = re.split(r"[-_,;\s]", value.strip(), maxsplit=1)[0].lower()
            if re.fullmatch(r"[a-z]{2,3}", primary):
                return primary
    return None
