"""The section path of an HTML article ("World > Europe"), outermost first.

From the JSON-LD BreadcrumbList, else a breadcrumb element in the page, else
the article's `articleSection` / `article:section`. Root and page-type crumbs
("Home", "News", "Article": `lexicons/breadcrumb_words.tsv`) and a last crumb
that repeats the headline are left out.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from dateline.extract.metadata import (
    JsonObject,
    PageSignals,
    clean_text,
    element_text,
    jsonld_text,
    squash,
)
from dateline.lexicons import load_table

_MAX_CRUMB_WORDS = 6
_MAX_CRUMBS = 6


@cache
def _not_sections() -> frozenset[str]:
    return frozenset(squash(row["word"]) for row in load_table("breadcrumb_words.tsv"))


def clean_path(crumbs: list[str], headline: str | None) -> list[str]:
    """Drop root/page-type crumbs, a last crumb equal to the headline, and repeats."""
    path: list[str] = []
    head = squash(headline or "")
    for crumb in crumbs:
        text = clean_text(crumb).strip(" >/»›|")
        key = squash(text)
        if not key or key in _not_sections() or len(text.split()) > _MAX_CRUMB_WORDS:
            continue
        if head and (key == head or (len(key) > 20 and key in head)):
            continue
        if text not in path:
            path.append(text)
    return path[:_MAX_CRUMBS]


def _position(item: Any) -> float:
    if isinstance(item, dict):
        try:
            return float(item.get("position", 0))
        except (TypeError, ValueError):
            return 0.0
    return 0.0


def _jsonld_crumbs(signals: PageSignals) -> list[str]:
    for obj in signals.objects_of(frozenset({"BreadcrumbList"})):
        items = obj.get("itemListElement")
        if not isinstance(items, list):
            continue
        names = []
        for item in sorted(items, key=_position):
            if not isinstance(item, dict):
                continue
            name = jsonld_text(item.get("name")) or jsonld_text(item.get("item"))
            if name:
                names.append(name)
        if names:
            return names
    return []


def _html_crumbs(signals: PageSignals) -> list[str]:
    for element in signals.marked.get("breadcrumb", ()):
        items = [element_text(li) for li in element.iter("li")]
        if not items:
            items = [element_text(a) for a in element.iter("a")]
        if not items:
            continue
        return [i for i in items if i]
    return []


def choose_section(
    signals: PageSignals,
    article: JsonObject | None,
    headline: str | None,
) -> list[str]:
    """The section path, outermost first.

    Args:
        signals: what the page states about itself.
        article: its JSON-LD article object, if any.
        headline: the chosen headline (a crumb equal to it is not a section).
    """
    for crumbs in (_jsonld_crumbs(signals), _html_crumbs(signals)):
        path = clean_path(crumbs, headline)
        if path:
            return path
    stated = article.get("articleSection") if article else None
    values = stated if isinstance(stated, list) else [stated]
    sections = [v for v in values if isinstance(v, str)]
    if not sections:
        sections = list(signals.meta.get("article:section", ()))
    return clean_path(sections[:1], headline)
