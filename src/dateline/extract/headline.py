"""The headline, standfirst and outlet name of an HTML page.

A page states its title several times: JSON-LD `headline`, `og:title`, the
visible `<h1>` and `<title>`, the last two often with the outlet's name added
("Port strike ends | The Harbour Gazette"). The visible `<h1>` wins when it
agrees with a stated title (it is what readers see); otherwise the stated title
with the site name removed.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.extract.metadata import (
    ORGANISATION_TYPES,
    JsonObject,
    PageSignals,
    clean_text,
    element_text,
    jsonld_text,
    squash,
    text_length,
    types_of,
)
from dateline.lexicons import load_table

# Separators between a headline and a site name in <title> and og:title.
_SEPARATOR = re.compile(r"\s+[|\-–—:·•»/]{1,2}\s+|\s*[|·•»]\s*")
_TRAILING_SEPARATOR = re.compile(r"[\s|\-–—:·•»/]+$")
_LEADING_SEPARATOR = re.compile(r"^[\s|\-–—:·•»/]+")
_MAX_SITE_WORDS = 6
_MAX_H1 = 5
_MANY_H1 = 3  # a page with this many <h1>s sets section heads in them too
# an <h1> sharing less than this share of its words with the stated titles is some other
# heading (a section head, the blog's name) when the page prints the stated title too
_MIN_H1_AGREEMENT = 0.5
_MAX_HEADLINE_WORDS = 40
_MIN_BAR_WORDS = 2  # what stays before a "|" must still read as a headline
_WORD = re.compile(r"\w+")
_URLISH = re.compile(r"https?:|www\.|/")


def outlet_name(signals: PageSignals, article: JsonObject | None) -> str | None:
    """The outlet's name: og:site_name, then the article's JSON-LD publisher, then the site's."""
    name = signals.first_meta("og:site_name", "application-name", "al:ios:app_name")
    if name and not _URLISH.search(name):
        return name
    if article is not None:
        publisher = jsonld_text(signals.resolve(article.get("publisher")))
        if publisher and not _URLISH.search(publisher):
            return publisher
    for obj in signals.jsonld:
        if types_of(obj) & (ORGANISATION_TYPES | {"WebSite"}):
            text = jsonld_text(obj.get("name"))
            if text and not _URLISH.search(text):
                return text
    return None


def site_from_title(signals: PageSignals, headline: str | None) -> str | None:
    """The outlet name a title adds to the headline ("Headline - Outlet"), if it does."""
    if not headline:
        return None
    key = squash(headline)
    for title in (signals.first_meta("og:title"), signals.title):
        if not title:
            continue
        parts = _SEPARATOR.split(title)
        if len(parts) < 2:
            continue
        rest = parts[-1] if squash(title).startswith(key) else parts[0]
        if squash(title).startswith(key) or squash(title).endswith(key):
            words = clean_text(rest)
            if words and squash(words) != key and len(words.split()) <= _MAX_SITE_WORDS:
                return words
    return None


def site_keys(name: str | None, domain: str | None) -> list[str]:
    """The squashed forms a site name may take in a title: its name and its domain's stem."""
    keys = []
    if name:
        keys.append(squash(name))
    if domain:
        labels = domain.lower().split(".")
        stem = labels[-2] if len(labels) >= 2 else labels[0]
        if len(labels) >= 3 and len(labels[-2]) <= 3:  # example.co.uk
            stem = labels[-3]
        keys.extend([squash(stem), squash(domain)])
    return [k for k in keys if len(k) >= 2]


def strip_site_name(title: str, keys: list[str]) -> str:
    """Remove a leading or trailing site name ("Headline | Outlet", "Outlet - Headline")."""
    parts = _SEPARATOR.split(title)
    if len(parts) < 2 or not keys:
        return title
    separators = _SEPARATOR.findall(title)
    last, first = squash(parts[-1]), squash(parts[0])
    if _is_site(last, parts[-1], keys):
        return clean_text(title[: len(title) - len(parts[-1]) - len(separators[-1])])
    if _is_site(first, parts[0], keys):
        return clean_text(title[len(parts[0]) + len(separators[0]) :])
    return title


def _is_site(key: str, words: str, keys: list[str]) -> bool:
    if not key or len(words.split()) > _MAX_SITE_WORDS:
        return False
    return any(key == k or key.startswith(k) or k.startswith(key) for k in keys)


def choose_headline(
    signals: PageSignals,
    article: JsonObject | None,
    site: str | None,
    domain: str | None,
) -> str | None:
    """The page's headline, without the outlet name.

    The visible <h1> is what readers see as the headline, so it wins; when a page
    has several, the one sharing most words with the stated titles (JSON-LD,
    og:title, <title>). An <h1> that is the site's name is not a headline. Without
    a usable <h1>, the stated title with the site name removed. Whatever follows
    a vertical bar is not the headline.

    Args:
        signals: what the page states about itself.
        article: its JSON-LD article object, if any.
        site: the outlet name, if known.
        domain: the page's domain, if known.
    """
    headline = _choose_headline(signals, article, site, domain)
    return _without_format_label(_before_bar(headline)) if headline else headline


@cache
def _format_labels() -> frozenset[str]:
    return frozenset(row["label"].lower() for row in load_table("title_format_labels.tsv"))


def _without_format_label(headline: str) -> str:
    """A headline less the label a title adds for the story's form ("... - Infographic").

    >>> _without_format_label("Ferry fares compared - Infographic")
    'Ferry fares compared'
    """
    parts = _SEPARATOR.split(headline)
    if len(parts) < 2 or clean_text(parts[-1]).lower() not in _format_labels():
        return headline
    rest = _TRAILING_SEPARATOR.sub("", headline[: len(headline) - len(parts[-1])])
    return rest if len(rest.split()) >= _MIN_BAR_WORDS else headline


def _before_bar(headline: str) -> str:
    """A headline cut at a vertical bar, where page titles add a section or a tagline.

    Headlines do not hold a "|"; titles add what follows it ("Port strike ends |
    Business", "Best ferries in 2025 | Top 10 Picks").
    """
    first = headline.split("|", 1)[0].strip()
    return first if len(first.split()) >= _MIN_BAR_WORDS else headline


def _choose_headline(
    signals: PageSignals,
    article: JsonObject | None,
    site: str | None,
    domain: str | None,
) -> str | None:
    keys = site_keys(site, domain)
    stated = [
        jsonld_text(article.get("headline") or article.get("name")) if article else None,
        signals.first_meta("og:title", "twitter:title", "dc.title", "title", "headline"),
        signals.title,
    ]
    titles = [strip_site_name(t, keys) for t in stated if t]
    keys = keys + [squash(p) for t in stated if t for p in _site_segments(t)]
    keys = keys + [squash(p) for p in _added_segments([t for t in stated if t])]
    shown_h1s = [_without_kicker(h, signals, titles) for h in signals.h1[:_MAX_H1]]
    h1s = [h for h in shown_h1s if _plausible_h1(h, keys)]
    if len(signals.h1) >= _MANY_H1 and titles:
        h1s = [h for h in h1s if _covers_a_title(h, titles)]
    if h1s:
        words = {w for t in titles for w in _words(t)}
        best = max((_overlap(h, words), -i, h) for i, h in enumerate(h1s))
        shown = _shown_title(signals, titles)
        if shown is not None and best[0] < _MIN_H1_AGREEMENT:
            return shown  # the stated title printed as a heading beats an <h1> it disowns
        if best[0] > 0 or not titles:
            headline = best[2]
            return _cased(headline, titles) if headline.isupper() else headline
    if titles:
        return _shortest_agreed(titles)
    return None


def _shown_title(signals: PageSignals, titles: list[str]) -> str | None:
    """A stated title the page also prints as an <h2>/<h3> heading (a blog's post title
    under a site-name <h1>, a post whose <h1> is one of its own section heads)."""
    shown = {squash(h) for h in signals.subheads}
    pieces = [piece for t in titles for piece in (t, _without_site_segment(t))]
    return next((clean_text(p) for p in pieces if squash(p) and squash(p) in shown), None)


def _without_site_segment(title: str) -> str:
    """ "What people love | Rust Blog" -> "What people love": the title before its last
    separator, when what follows may be a site's name."""
    segments = _site_segments(title)
    if not segments:
        return title
    cut = title.rfind(segments[0])
    return _TRAILING_SEPARATOR.sub("", title[:cut]) if cut > 0 else title


def _added_segments(stated: list[str]) -> list[str]:
    """What one stated title adds to another across a separator: the site's name.

    "Harbour Log: Ferries return" beside og:title "Ferries return" shows that
    "Harbour Log" is the site, wherever it stands, so an <h1> reading only that is
    the site's banner, not the headline.

    >>> _added_segments(["Harbour Log: Ferries return", "Ferries return"])
    ['Harbour Log']
    """
    added = []
    for longer in stated:
        for shorter in stated:
            whole, part = longer.lower(), shorter.lower()
            if len(whole) <= len(part) or not part.strip():
                continue
            if whole.endswith(part):
                cut = longer[: len(longer) - len(shorter)]
                segment = _TRAILING_SEPARATOR.sub("", cut)
            elif whole.startswith(part):
                cut = longer[len(shorter) :]
                segment = _LEADING_SEPARATOR.sub("", cut)
            else:
                continue
            if segment != cut.strip() and 0 < len(segment.split()) <= _MAX_SITE_WORDS:
                added.append(clean_text(segment))  # cut at a separator, not inside a word
    return added


def _site_segments(title: str) -> list[str]:
    """The last segment of a "Headline | Site" title: where a site name would be."""
    parts = [p for p in _SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2 or len(parts[-1].split()) > _MAX_SITE_WORDS:
        return []
    return [parts[-1]]


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 2}


def _overlap(text: str, words: set[str]) -> float:
    own = _words(text)
    return len(own & words) / len(own) if own else 0.0


def _without_kicker(h1: str, signals: PageSignals, titles: list[str]) -> str:
    """An <h1> less the kicker it opens with, when what follows is a stated title
    ("Behind the scenes Ferry strike ends" with og:title "Ferry strike ends")."""
    rest = signals.h1_after_kicker.get(h1)
    stated = {squash(p) for t in titles for p in (t, _without_site_segment(t))}
    if rest and squash(rest) in stated:
        return rest
    return h1


def _covers_a_title(h1: str, titles: list[str]) -> bool:
    """Whether an <h1> holds at least half the words of one stated title.

    A page with many <h1>s sets its menus' and its sections' heads in them ("First
    Steps", "So many options!"); one of those that shares a word with the title is
    not the headline, which states most of the title.
    """
    own = _words(h1)
    return any(_overlap(title, own) >= _MIN_H1_AGREEMENT for title in titles)


def _plausible_h1(text: str, keys: list[str]) -> bool:
    n_words = len(text.split())
    return 1 <= n_words <= _MAX_HEADLINE_WORDS and squash(text) not in keys


def _cased(headline: str, titles: list[str]) -> str:
    """An all-capitals <h1> as a stated title writes it, when that title has all its words.

    Pages set headlines in capitals; the stated title keeps the headline's own case.
    """
    own = _words(headline)
    same = [t for t in titles if squash(t) == squash(headline)]
    same += [t for t in titles if own and own <= _words(t) and not t.isupper()]
    return same[0] if same else headline


def _shortest_agreed(titles: list[str]) -> str:
    """The first title; if a later one is a cleaner prefix of it (site name left), that one.

    A later title that continues the first one past a word (not past a separator
    to a site name) is the whole headline where the first was cut at a length limit.
    """
    best = titles[0]
    for other in titles[1:]:
        cleaner = len(other) < len(best) and squash(best).startswith(squash(other))
        if (cleaner and squash(other)) or _cut_short(best, other):
            best = other
    return best


def _cut_short(short: str, full: str) -> bool:
    """Whether `short` is `full` cut off mid-sentence ("A plan for (Including" of "... Works)")."""
    stem = short.rstrip(" .…")
    if len(full) <= len(stem) or not stem or not full.startswith(stem):
        return False
    rest = full[len(stem) :]
    return _SEPARATOR.match(rest) is None and not rest.startswith((":", ","))


_MIN_STANDFIRST_CHARS = 25
_MAX_STANDFIRST_CHARS = 500


def standfirst_texts(signals: PageSignals) -> list[str]:
    """The texts of the page's standfirst (dek) elements, short enough to be one."""
    return [
        element_text(element)
        for element in signals.marked.get("standfirst", ())
        if text_length(element) <= _MAX_STANDFIRST_CHARS * 2
    ]


def choose_standfirst(
    signals: PageSignals,
    article: JsonObject | None,
    headline: str | None,
    first_paragraph: str | None,
) -> str | None:
    """The standfirst: a dek element under the headline, else the stated description.

    A candidate that is only the start of the first paragraph (descriptions often
    are), repeats the headline, or is cut off with an ellipsis is not a standfirst.
    """
    candidates = standfirst_texts(signals)
    candidates.append(
        signals.first_meta("description", "og:description", "twitter:description") or ""
    )
    if article is not None:
        candidates.append(jsonld_text(article.get("description")) or "")
    head = squash(headline or "")
    first = squash(first_paragraph or "")
    for text in candidates:
        key = squash(text)
        if not _MIN_STANDFIRST_CHARS <= len(text) <= _MAX_STANDFIRST_CHARS or key == head:
            continue
        if text.endswith(("...", "…", "[…]", "[...]")):
            continue
        if first and (first.startswith(key) or key.startswith(first)):
            return None
        return text
    return None
