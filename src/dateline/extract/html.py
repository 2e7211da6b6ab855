"""HTML page -> Draft: trafilatura for the main content, plus dateline's news layer.

The page is parsed once. The news layer reads what the page states about itself
(`metadata.read_signals`) and its figures before trafilatura, which works on its
own copy of the tree, finds the main content; then the body is cleaned of
captions and furniture, and the dateline is read from its first paragraph.
"""

from __future__ import annotations

import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from dateline.extract.authors import (
    account_name,
    choose_authors,
    copyright_holder,
    linked_account,
    organisation_byline,
    page_byline,
    site_owner,
    split_authors,
)
from dateline.extract.body import body_paragraphs, clean_paragraphs, take_standfirst
from dateline.extract.draft import Draft, DraftParagraph
from dateline.extract.embedded_posts import keep_post_signatures
from dateline.extract.figures import read_figures
from dateline.extract.headline import (
    choose_headline,
    choose_standfirst,
    outlet_name,
    site_from_title,
    standfirst_texts,
)
from dateline.extract.metadata import (
    JsonObject,
    PageSignals,
    element_text,
    language_of,
    read_signals,
)
from dateline.extract.newsline import Byline, outlet_info, parse_dateline
from dateline.extract.notes import (
    contact_emails,
    drop_author_bio,
    drop_pull_quotes,
    emails_in_notes,
)
from dateline.extract.page_dates import choose_timestamps
from dateline.extract.page_kind import (
    is_liveblog,
    linked_share,
    not_article_reason,
    update_headers,
)
from dateline.extract.sections import choose_section
from dateline.model import Author, Dateline
from dateline.urls import domain_of

_MAX_DATELINE_SCAN = 2
_LINKS = etree.XPath("//a")


def extract_html(html: str, *, url: str | None = None) -> Draft:
    """Read an HTML news page into a draft article.

    Args:
        html: the page's markup, already decoded.
        url: where it came from; without it the page's canonical URL is used.

    Returns:
        The draft, with `kind` "not_article" and a warning when there is no article.
    """
    tree = load_html(html)
    draft = Draft(url=url)
    if tree is None:
        draft.kind = "not_article"
        draft.warnings.append("the page could not be parsed as HTML")
        return draft
    signals = read_signals(tree)
    article = signals.article()
    draft.url = url or page_url(signals)
    domain = domain_of(draft.url)
    draft.outlet_name = outlet_name(signals, article)
    if draft.outlet_name is None:
        info = outlet_info(domain, None)
        draft.outlet_name = info.name if info is not None else None
    draft.language = language_of(signals, article)
    draft.headline = choose_headline(signals, article, draft.outlet_name, domain)
    if draft.outlet_name is None:
        draft.outlet_name = site_from_title(signals, draft.headline)
    figures = read_figures(tree, signals, draft.url)
    element_byline = page_byline(signals, draft.outlet_name)
    draft.authors = choose_authors(
        tree, signals, article, draft.outlet_name, element_byline, domain
    )
    draft.published, draft.updated = choose_timestamps(
        tree, signals, article, draft.url, draft.headline
    )
    draft.section = choose_section(signals, article, draft.headline)

    keep_post_signatures(tree)  # after the news layer read the page as it was
    paragraphs = article_body_breaks(main_content(tree, draft.url), article)
    kept, removed, bylines = clean_paragraphs(
        paragraphs, captions=figures.caption_texts, headline=draft.headline
    )
    standfirst, kept, moved = take_standfirst(kept, standfirst_texts(signals))
    draft.paragraphs = kept
    draft.removed.extend(removed)
    draft.removed.extend(moved)
    draft.images = list(figures.images)
    _apply_bylines(draft, bylines)
    if not draft.authors:  # no person anywhere: the team or brand the page credits
        credit = (
            organisation_byline(signals, article)
            or account_name(signals, article, draft.outlet_name)
            or linked_account(tree)
            or copyright_holder(tree, draft.outlet_name)
            or site_owner(draft.outlet_name, domain)
        )
        draft.authors = [Author(name=credit)] if credit else []
    kept, notes = drop_pull_quotes(kept)
    kept, bio = drop_author_bio(kept, draft.authors)
    draft.paragraphs = kept
    draft.removed += notes + bio
    draft.authors = emails_in_notes([item.text for item in bio], draft.authors)
    draft.authors = contact_emails(draft.removed, draft.authors, "reporter-contact")
    if element_byline is not None:
        bylines.append(element_byline)
    draft.dateline = find_dateline(kept, bylines)
    first = kept[0].text if kept else None
    draft.standfirst = standfirst or choose_standfirst(signals, article, draft.headline, first)
    _classify(draft, signals, article, tree)
    return draft


def page_url(signals: PageSignals) -> str | None:
    """The URL the page states for itself: <link rel=canonical>, else og:url."""
    for value in (*signals.links.get("canonical", ()), signals.first_meta("og:url") or ""):
        if value.startswith(("http://", "https://")):
            return value
    return None


def main_content(tree: etree._Element, url: str | None) -> list[DraftParagraph]:
    """The main content as trafilatura finds it, as paragraphs with their kinds."""
    result = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, with_metadata=False, include_tables=True
    )
    body = getattr(result, "body", None)
    if body is None:
        return []
    return body_paragraphs(body)


def article_body_breaks(
    paragraphs: list[DraftParagraph], article: JsonObject | None
) -> list[DraftParagraph]:
    """The paragraphs of the JSON-LD `articleBody` when the main content is that text run
    together: a page that draws its story with JavaScript leaves only the JSON-LD copy,
    whose line breaks are the paragraph breaks."""
    body = article.get("articleBody") if article is not None else None
    if not isinstance(body, str) or "\n" not in body.strip() or not paragraphs:
        return paragraphs
    lines = [" ".join(line.split()) for line in body.splitlines()]
    lines = [line for line in lines if line]
    joined = " ".join(" ".join(p.text.split()) for p in paragraphs)
    if len(lines) <= len(paragraphs) or " ".join(lines) != joined:
        return paragraphs
    return [DraftParagraph(line) for line in lines]


def find_dateline(paragraphs: list[DraftParagraph], bylines: list[Byline]) -> Dateline | None:
    """Where the story was filed: a wire dateline opening the body, else a byline's place."""
    for para in paragraphs[:_MAX_DATELINE_SCAN]:
        if para.kind != "body":
            continue
        match = parse_dateline(para.text)
        if match is not None:
            return Dateline(place=match.place, source=para.text[: match.end].strip())
        break
    for byline in bylines:
        if byline.place:
            return Dateline(place=byline.place, source=None)
    return None


def _apply_bylines(draft: Draft, bylines: list[Byline]) -> None:
    if draft.authors:
        return
    names: list[str] = []
    for byline in bylines:
        for name in byline.authors:
            names.extend(n for n in split_authors(name, draft.outlet_name) if n not in names)
    draft.authors = [Author(name=n) for n in names]


def _classify(
    draft: Draft, signals: PageSignals, article: dict[str, object] | None, tree: etree._Element
) -> None:
    if is_liveblog(signals, draft.paragraphs):
        draft.kind = "liveblog"
        for index in update_headers(draft.paragraphs):
            draft.paragraphs[index].kind = "update"
        return
    linked = 0.0
    if article is None and draft.published is None:  # only then can links make it no article
        links = [text for text in (element_text(a) for a in _LINKS(tree)) if text]
        linked = linked_share(draft.paragraphs, links)
    reason = not_article_reason(
        signals, article, draft.paragraphs, draft.published is not None, linked
    )
    if reason is not None:
        draft.kind = "not_article"
        draft.warnings.append(f"not an article: {reason}")
