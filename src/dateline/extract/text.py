"""Text scraped from a news page -> Draft: classify each line, rebuild the article.

A scraped page is a run of lines: banners and mastheads, a breadcrumb, metadata
(times, byline), the headline, photo captions, the body with its crossheads, an
author's e-mail, then share prompts and footers. Each line is first described on its
own (`lines.py`, `newsline.py`, `furniture.py`), then placed by where it stands:

1. The story is found as the longest run of prose lines (crossheads, captions and
   furniture may interrupt it; metadata and story-ending lines break it).
2. The headline is the title-like line above that run that scores best: a byline or a
   time next to it, its words in the URL's slug, or simply being the nearest. A title
   that names a long slug wins wherever it stands (on a page with a long comment thread
   the comments are the longest run). The story starts at the first prose line below the
   headline; a prose line followed by metadata there is the standfirst.
3. Lines above the story give the outlet (a masthead), the section (a breadcrumb), the
   times and the byline (also a bare name beside a date, or "By" on its own line); a
   metadata line that adds nothing new is a duplicate, and dates in the menus far above
   the headline are ignored.
4. In the story, prose lines are paragraphs; short title-like lines between paragraphs
   are crossheads; three or more in a row are a list (sentence case) or links to other
   stories (Title Case); time stamps on their own line are live-blog updates; lines with
   a photo credit are captions. A credit line, the author's e-mail or a story-ending line
   (share prompts, related stories, copyright) ends it, once two paragraphs are read; a
   related-stories box followed by two long paragraphs was inline, and the story goes on.
5. A page with no story, or whose "story" is titles alternating with short teasers, is
   `not_article`, with a warning.

Every line that is not part of the article lands in `Draft.removed` with its reason: a
furniture id from `lexicons/furniture.jsonl`, or one of the reasons in `REASONS`.
Offsets of the headline, standfirst, captions and paragraphs point into the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from dateline.extract.authors import BIO_WINDOW, bio_opening, copyright_name
from dateline.extract.draft import Draft, DraftImage, DraftParagraph
from dateline.extract.embedded_posts import is_post_signature
from dateline.extract.furniture import FurniturePattern, furniture_rule, masthead_id
from dateline.extract.language import guess_language
from dateline.extract.lines import (
    Line,
    email_of,
    is_prose,
    is_sentence,
    is_title,
    is_update_marker,
    split_lines,
    unglue,
    word_count,
    words_of,
)
from dateline.extract.newsline import (
    BYLINE_TAIL,
    FOREIGN_BYLINE_LEADS,
    Byline,
    find_byline,
    find_timestamps,
    is_desk_label,
    is_journalist_role,
    is_person_name,
    is_section_label,
    is_team_credit,
    make_timestamp,
    names_a_newspaper,
    outlet_info,
    parse_breadcrumb,
    parse_byline,
    parse_date_words,
    parse_dateline,
    parse_lone_dateline,
    split_credit,
    title_case,
)
from dateline.extract.notes import (
    contact_emails,
    drop_author_bio,
    drop_pull_quotes,
    email_owner,
    emails_in_notes,
    is_author_bio,
)
from dateline.extract.outlets import OutletInfo, squash
from dateline.extract.page_dates import url_timestamp
from dateline.given_names import given_names
from dateline.lexicons import load_table
from dateline.model import Author, Dateline, Removed
from dateline.urls import domain_of

REASONS = {
    "masthead": "the outlet's name (read into Article.outlet)",
    "breadcrumb": "the section path (read into Article.section)",
    "metadata": "publication times or byline (read into published/updated/authors)",
    "duplicate-metadata": "metadata repeated: adds no new author or time",
    "author-email": "the author's e-mail (read into Author.email)",
    "contact-email": "an e-mail that matched no author",
    "credit": "a photo credit on its own line (read into Image.credit)",
    "link-list": "three or more Title Case lines in a row: a list of links to other stories",
    "before-headline": "an unclassified line above the headline",
    "section-label": "a section name right above the headline (read into Article.section)",
    "relative-time": 'a time given only as how long ago ("Updated 1 hour ago"): no date to read',
    "after-article": "a line after the end of the story",
    "inline-teaser": "a line of a related-stories box inside the story",
    "stray-line": "a short line in the body that is neither prose nor a crosshead",
    "listing": "a paragraph of a page that is not an article",
    "pull-quote": "a sentence of the story printed again in large type",
    "author-bio": "a line about the author after the story",
    "dateline": 'a dateline on a line of its own above the story ("Washington —"; read into '
    "Article.dateline)",
}
IMAGE_MARKERS = frozenset({"image-file", "photo-gallery"})
MAX_CAPTION = 400
CAPTION_MIN_WORDS = 5  # a caption before a credit that also looks like furniture
METADATA_REACH = 4  # lines above the headline where its times and byline may stand
MASTHEAD_REACH = 3  # lines from the top of the page where a newspaper's name is its masthead
MAX_GAP = 3  # non-prose lines in a row that a run of body paragraphs can span
MAX_OUTLET_WORDS = 6  # an outlet named in a copyright footer: longer is a sentence


@dataclass
class _Facts:
    """What one line looks like on its own."""

    line: Line
    rule: FurniturePattern | None
    furniture: str | None
    crumbs: list[str] | None
    stamps: dict[str, str]
    byline: Byline | None
    email: str | None
    credit: tuple[str, str] | None
    date_only: bool
    update: bool
    prose: bool
    sentence: bool
    title: bool
    relative: bool  # a labelled time that only says how long ago: "Published 3 hours ago"

    @property
    def metadata(self) -> bool:
        return bool(self.stamps) or self.byline is not None or self.date_only or self.relative

    @property
    def text(self) -> str:
        return self.line.text


@dataclass
class _State:
    """What has been read so far from the metadata lines."""

    stamps: dict[str, tuple[str, str]] = field(default_factory=dict)  # kind -> (words, source)
    byline: Byline | None = None
    byline_text: str | None = None
    section: list[str] | None = None
    emails: list[tuple[str, int]] = field(default_factory=list)  # (address, removed index)
    ended: bool = False
    soft_end_at: int | None = None  # index in removed where a soft end began
    page_hint: str | None = None
    byline_guessed: bool = False  # the byline is a bare name beside a date, not a "By" line
    credit_closed: bool = False  # the line just read was a credit that closed the story


def extract_text(text: str, *, url: str | None = None) -> Draft:
    """Read text scraped from a news page into a draft article.

    Args:
        text: the page's text, furniture included.
        url: where it came from (names the outlet when its masthead is not printed).

    Returns:
        The draft: metadata, captions, paragraphs with raw offsets, and what was removed.
    """
    draft = Draft(url=url)
    facts = [_describe(line) for line in split_lines(text)]
    state = _State()
    run_start = _find_body_start(facts)
    if run_start is None:
        _read_header(draft, state, facts, len(facts), None)
        _finish(draft, state, facts, url)
        return draft
    headline = _slug_headline(facts, url)
    if headline is not None:
        run_start = _first_body_after(facts, headline, len(facts))
    else:
        headline = _find_headline(facts, run_start, url)
    body_start = _first_body_after(facts, headline, run_start)
    if headline is None:
        body_start = _extend_back(facts, body_start)
    standfirst, body_start = _find_standfirst(facts, headline, body_start)
    body_start = _first_entry(facts, body_start)
    if standfirst is not None:
        draft.standfirst = facts[standfirst].text
        draft.standfirst_raw_start = facts[standfirst].line.start
    _read_header(draft, state, facts, body_start, headline, standfirst)
    _read_body(draft, state, facts[body_start:])
    _finish(draft, state, facts, url)
    return draft


# ---- describing lines -------------------------------------------------------------------


def _describe(line: Line) -> _Facts:
    """The facts of one line; lines repeat across pages (menus, footers), so text is cached."""
    values = _describe_text(line.text)
    facts = _Facts(line, *values)
    facts.stamps = dict(facts.stamps)
    facts.crumbs = list(facts.crumbs) if facts.crumbs is not None else None
    return facts


@lru_cache(maxsize=65_536)
def _describe_text(text: str) -> tuple[Any, ...]:
    if is_post_signature(text):  # "— Jo Berg (@joberg) May 2, 2026": the post above speaks
        return (None, None, None, {}, None, None, None, False, False, True, True, False, False)
    rule = furniture_rule(text)
    furniture = rule.id if rule is not None else masthead_id(text)
    words = words_of(text)
    credit = None
    if len(text) <= MAX_CAPTION:
        rest, who = split_credit(text)
        labelled = not rest and _CREDIT_LINE.match(text) is not None  # "(Image: © NASA)"
        if who is not None and (
            furniture is None or labelled or word_count(rest) >= CAPTION_MIN_WORDS
        ):
            credit = (rest, who)  # a caption with its credit, even if "©" looks like a footer
            rule = furniture = None
    short = len(text) <= 240
    meta = unglue(text) if short else text  # metadata is read with the dropped spaces back
    has_digit = _DIGIT.search(text) is not None
    hinted = short and _BYLINE_HINT.search(meta) is not None
    whole = parse_byline(meta) if hinted else None  # "By X", "Written by X", "Edited by X"
    found = find_byline(meta) if hinted and whole is None else None
    leads = whole is not None or (found is not None and found[1] == 0)
    prose = is_prose(text, words)
    inner_label = not prose and _LABEL_ANYWHERE.search(meta) is not None
    labelled = has_digit and (leads or _has_label(meta) or inner_label)
    stamps = find_timestamps(meta) if short and labelled else {}
    date_only = (
        short
        and has_digit
        and not stamps
        and len(words) <= 9
        and not prose  # "As of May 2, 2024, the agency had ..." is a sentence of the story
        and parse_date_words(meta) is not None
    )
    if found is not None and not leads and not stamps and has_digit:
        stamps = _date_before_byline(meta[: found[1]])  # "On May 2, 2024 By Jo Lee"
    if leads and not stamps and has_digit:
        stamps = _date_after_byline(meta)  # "By Jo Lee and Ana Ruiz on May 2, 2024"
    on_metadata = leads or bool(stamps) or date_only  # "October 11, 2023 by Jo Lee"
    byline = whole or (found[0] if found is not None and on_metadata else None)
    if byline is not None and not byline.authors and byline.organisation and leads:
        byline = Byline(authors=[byline.organisation])  # "By The Ledger Staff": the credit
    if byline is None and short and not prose:
        byline = _name_and_outlet(text)  # "Jo Lee   The Ledger"
    if byline is None and hinted:
        byline = _credit_byline(meta, dated=has_digit and parse_date_words(meta) is not None)
        labelled = labelled or (byline is not None and has_digit)
        if byline is not None and has_digit and not stamps:
            stamps = find_timestamps(meta)
    return (
        rule,
        furniture,
        parse_breadcrumb(text),
        stamps,
        byline,
        email_of(text) if "@" in text else None,
        credit,
        date_only,
        has_digit and is_update_marker(text),
        prose,
        is_sentence(text, words),
        is_title(text, words),
        short and labelled and not stamps and _RELATIVE_TIME.search(meta) is not None,
    )


_DIGIT = re.compile(r"\d")
# A credit of one word, a site or a first name: "Written by Kira", "by acme | May 2, 2024",
# "Posted by Acme on May 2, 2024". After a bare "By" a lone word is a filter in a menu
# ("By Industry") unless the line also carries a date.
_ONE_WORD_CREDIT = re.compile(
    r"(?P<lead>(?:(?:written|posted|published)\s+)?by):?\s+(?P<who>[^\W\d_][\w&'’\-]{2,30})"
    r"(?:\s*$|\s*[|•·,–—]|\s+-\s|\s+on\s+\S)",
    re.IGNORECASE,
)


_ELEMENTS = re.compile(r"\s{2,}|\s+[|•·]\s+")  # where a scraper joined two elements


def _name_and_outlet(text: str) -> Byline | None:
    """A bare name and a known outlet joined on one line ("Jo Lee   The Ledger", "Jo Lee |
    Reuters"): a byline without its "By". The name needs a known given name."""
    parts = _ELEMENTS.split(text.strip())
    if len(parts) != 2 or outlet_info(None, parts[1]) is None:
        return None
    name = _bare_name(parts[0])
    if name is None or name.split()[0] not in given_names():
        return None
    return Byline(authors=[name], organisation=parts[1])


DATE_LEAD_WORDS = 10  # the words before a byline that may all be its date ("On May 2, 2024")


def _date_before_byline(lead: str) -> dict[str, str]:
    """The publication time when everything before a byline in a line reads as a date
    ("On May 2, 2024 May 9, 2024 By Jo Lee": a blog's posted and updated dates)."""
    lead = lead.strip(" ,;|-–—·•\t")
    if word_count(lead) <= DATE_LEAD_WORDS and parse_date_words(lead) is not None:
        return {"published": lead}
    return {}


def _date_after_byline(text: str) -> dict[str, str]:
    """The publication time printed after a byline's names, unlabelled ("By Jo Lee, Staff
    Writer, May 2, 2024 at 9:00 am", "by Jo Lee on May 2, 2024 in Travel")."""
    tail = BYLINE_TAIL.search(text)
    if tail is None:
        return {}
    words = text[tail.start() :].strip(" ,;|-–—·•\t")
    return {"published": words} if parse_date_words(words) is not None else {}


def _credit_byline(text: str, *, dated: bool) -> Byline | None:
    """A byline that credits a site, a team or one first name, which `parse_byline` leaves
    to the organisation or takes for a menu filter."""
    match = _ONE_WORD_CREDIT.match(text)
    if match is not None and (dated or match["lead"].casefold() != "by"):
        who = match["who"]
        if who.casefold() not in _not_credits():
            return Byline(authors=[who])
    return None


@lru_cache(maxsize=1)
def _not_credits() -> frozenset[str]:
    """Words that are no credit after "by": placeholders ("admin") and function words."""
    words = {row["word"].casefold() for row in load_table("not_author_words.tsv")}
    for row in load_table("function_words.tsv"):
        words.update(row["words"].split())
    return frozenset(words)


# A time given only relative to when the page was seen: no date can be read from it.
_RELATIVE_TIME = re.compile(
    r"\b\d{1,3}\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b", re.I
)
_CREDIT_LINE = re.compile(r"[(\[].*[)\]]$|(?:image|photo|picture|credit)s?\b", re.IGNORECASE)
_BYLINE_HINT = re.compile(
    r"\b(?:by|words|authors?|byline)\b|^(?-i:" + FOREIGN_BYLINE_LEADS + r")\s", re.IGNORECASE
)
_LABEL_START = re.compile(
    r"(?:first published|published|posted|created|date|last updated|updated|last modified|"
    r"modified|last edited|edited)\b",
    re.I,
)


_LABEL_ANYWHERE = re.compile(r"\b(?:last modified|last updated|updated|published|posted)\b", re.I)
_LABEL_AFTER_SEPARATOR = re.compile(r"[|·•]\s*" + _LABEL_START.pattern, re.I)


def _has_label(text: str) -> bool:
    """A time label that opens the line or follows a separator ("... | Updated: ...")."""
    return bool(_LABEL_START.match(text) or _LABEL_AFTER_SEPARATOR.search(text))


def _is_body(fact: _Facts) -> bool:
    """A line that can be a body paragraph on its own."""
    return (
        fact.prose
        and fact.furniture is None
        and not fact.metadata
        and fact.credit is None
        and fact.email is None
        and fact.crumbs is None
    )


# ---- placing lines ----------------------------------------------------------------------


def _find_body_start(facts: list[_Facts]) -> int | None:
    """The first line of the longest run of prose (by characters).

    A run allows up to `MAX_GAP` other lines in a row (crossheads, captions, update
    stamps, furniture); metadata, an e-mail, or a line that ends a story breaks it. A
    teaser or a notice above the headline is a short run and loses to the story.
    """
    runs = _prose_runs(facts)
    if not runs:
        return None
    return max(runs, key=lambda run: (run[1], -run[0]))[0]


def _prose_runs(facts: list[_Facts]) -> list[tuple[int, int]]:
    """The runs of prose on the page: (first line, characters)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    chars = gap = 0
    for index, fact in enumerate(facts):
        if _is_body(fact):
            if start is None:
                start, chars = index, 0
            chars += len(fact.text)
            gap = 0
            continue
        if start is None:
            continue
        gap += 1
        ends = fact.rule is not None and fact.rule.ends_article and not fact.rule.soft_end
        if fact.metadata or fact.email is not None or ends or gap > MAX_GAP:
            runs.append((start, chars))
            start = None
    if start is not None:
        runs.append((start, chars))
    return runs


def _slug_headline(facts: list[_Facts], url: str | None) -> int | None:
    """The first title that names the URL's slug, wherever it stands, if a story follows.

    The slug is the page's own address: it beats the longest run of prose, which on a
    page with a long comment thread is the comments. Short slugs ("how-to-rent-a-car")
    also name crossheads, so this needs a slug of `SLUG_MIN_WORDS` words. A breadcrumb
    that ends in the title names it too, but the title is the line below.
    """
    slug = _slug_words(url)
    if len(slug) < SLUG_MIN_WORDS:
        return None
    for index, fact in enumerate(facts):
        if not _headline_line(facts, index, url, len(facts)) or _crumbs_to_title(facts, index):
            continue
        if _slug_share(fact.text, slug, strict=True) >= SLUG_STRONG:
            index = _clean_copy(facts, index, url) or index
            return index if _story_follows(facts, index) else None
    return None


STORY_OPENING = 3  # lines below the first paragraph where a story's second one stands


def _story_follows(facts: list[_Facts], index: int) -> bool:
    """Below the line, a story opens with two prose paragraphs (a crosshead or a caption
    may stand between them); an entry of a related-stories list, whose title may share
    the page's slug words, has a one-line teaser, then a block of other lines."""
    body = _first_body_after(facts, index, len(facts))
    return any(_is_body(f) for f in facts[body + 1 : body + STORY_OPENING])


def _find_headline(facts: list[_Facts], run_start: int, url: str | None) -> int | None:
    """The title-like line above the story that best looks like its headline.

    Each candidate scores: +2 when a byline or a time stands within a few lines of it,
    +3 when most of its words are in the URL's path (the slug), +2 more when it names
    every word of the slug, +1 for the nearest
    candidate above the story (with at most two prose lines between), -2 for a long line
    right below another long title-like line (a standfirst under its headline). The best wins,
    the later one on a tie; no signal at all means no headline.
    """
    opening = _titled_opening(facts, run_start, url)
    nearest = run_start if opening else _nearest_title(facts, run_start, url)
    slug = _slug_words(url)
    best: tuple[int, int] | None = None
    for index in range(run_start + opening):
        if index < run_start and not _headline_line(facts, index, url, run_start):
            continue
        if _is_byline_name(facts, index):
            continue
        if _credit_line(facts[index].text) and _beside_metadata(facts, index, 1):
            continue  # "Ledger staff", "Associated Wire" under the byline credit the desk
        if _LONE_LABEL.fullmatch(facts[index].text) or _crumbs_to_title(facts, index):
            continue
        if _clean_copy(facts, index, url) is not None:
            continue  # the title glued to a kicker or a button; its clean copy stands near
        score = _metadata_score(facts, index)
        score += 3 if slug and _slug_share(facts[index].text, slug) >= SLUG_SHARE else 0
        score += 2 if len(slug) >= SLUG_FULL_MIN and slug <= _slug_terms(facts[index].text) else 0
        score += 1 if index == nearest else 0
        score -= 2 if _below_headline(facts, index, url) else 0
        score -= 2 if _between_paragraphs(facts, index) else 0
        score += 2 if _repeated_nearby(facts, index, run_start) else 0
        if score and (best is None or (score, index) >= best):
            best = (score, index)
    return best[1] if best is not None else None


CROSSHEAD_PROSE_ABOVE = 2  # paragraphs among the three lines above a crosshead


def _between_paragraphs(facts: list[_Facts], index: int) -> bool:
    """A title-like line with paragraphs of a story right above it and one right below:
    a crosshead inside the story, not its headline (a teaser above a headline is one
    paragraph)."""
    above = facts[max(0, index - 3) : index]
    if index + 1 >= len(facts) or not above or not _is_body(above[-1]):
        return False
    return _is_body(facts[index + 1]) and sum(map(_is_body, above)) >= CROSSHEAD_PROSE_ABOVE


def _titled_opening(facts: list[_Facts], run_start: int, url: str | None) -> bool:
    """The story's first line is a Title Case title that reads as prose ("Five Soups That
    Keep You Full (and How to Cook Them)"), right below the byline or time: the headline.
    A lede in sentence case ("Remember the quest for a slogan?") is the story's."""
    if run_start + 1 >= len(facts) or not _is_body(facts[run_start + 1]):
        return False
    opening = facts[run_start]
    if not _headline_candidate(opening, url, prose=True) or _sentence_case(opening.text):
        return False
    return any(f.metadata for f in facts[max(0, run_start - METADATA_REACH + 1) : run_start])


def _below_headline(facts: list[_Facts], index: int, url: str | None) -> bool:
    """A title-like line right below another, both of `DEK_MIN_WORDS`+ words: a standfirst
    under its headline (a kicker above a headline is a word or three)."""
    if index == 0 or word_count(facts[index].text) < DEK_MIN_WORDS:
        return False
    if not _headline_candidate(facts[index], url):
        return False
    above = facts[index - 1]
    if not _headline_candidate(above, url) or _crumbs_to_title(facts, index - 1):
        return False
    if _clean_copy(facts, index - 1, url) == index:
        return False  # the line above is this title glued to a kicker
    return word_count(above.text) >= DEK_MIN_WORDS


DEK_MIN_WORDS = 6
SLUG_SHARE = 0.5  # share of words a title and the URL's slug have in common
SLUG_MIN_WORDS = 4
SLUG_FULL_MIN = 3  # a slug this long that a title names in full marks that title
SLUG_MIN_TERMS = 2  # a path segment of fewer words is an id or a page name ("/amp", "/index")
SLUG_STRONG = 0.6  # ... enough to pick the headline anywhere on the page
_SLUG_SPLIT = re.compile(r"[^a-z0-9]+")


def _headline_line(facts: list[_Facts], index: int, url: str | None, end: int) -> bool:
    """A line that may be the headline: title-like and not prose; or title-like prose (a
    question in Title Case, "Which One Should You Choose?") with a byline or a time right
    below it, or printed twice near each other, as a headline is; or such a line in Title
    Case right below a time ("May 2, 2024 / Health" over "What Sleep Does for You (and
    Why)"): a lede in sentence case there is the story's."""
    fact = facts[index]
    if _headline_candidate(fact, url):
        return True
    if not _headline_candidate(fact, url, prose=True):
        return False
    below = facts[index + 1 : index + 4]
    if any(_is_metadata_line(f) for f in below) or _repeated_nearby(facts, index, end):
        return True
    above = facts[max(0, index - TIME_ABOVE_REACH) : index]
    return not _sentence_case(fact.text) and any(f.metadata for f in above)


TIME_ABOVE_REACH = 1  # lines above a Title Case line where its time may stand


def _headline_candidate(fact: _Facts, url: str | None, *, prose: bool = False) -> bool:
    """A title-like line that is no furniture, metadata or outlet name (and, unless
    `prose`, does not read as running text)."""
    if not fact.title or word_count(fact.text) < 2 or " " not in fact.text:
        return False
    if is_journalist_role(fact.text):
        return False  # "Technology correspondent" under a byline
    if _is_body(fact) and not prose:
        return False
    if fact.furniture or fact.metadata or fact.crumbs is not None or fact.email:
        return False
    if fact.credit is not None or fact.update:
        return False
    if parse_lone_dateline(fact.text) is not None:
        return False  # "WASHINGTON —" on a line of its own: the story's dateline
    return not _is_outlet_name(fact.text, url)


def _nearest_title(facts: list[_Facts], run_start: int, url: str | None) -> int | None:
    """The nearest candidate above the story, with at most two prose lines between."""
    prose = 0
    for index in range(run_start - 1, -1, -1):
        fact = facts[index]
        if _is_body(fact):
            prose += 1
            if prose > 2:
                return None
            continue
        if _headline_candidate(fact, url):
            return index
    return None


def _metadata_score(facts: list[_Facts], index: int) -> int:
    """+3 when a byline or a time follows the line within a few lines (a headline reads
    "title, then byline and date"), +2 when one stands just above it."""
    if any(_is_metadata_line(f) for f in facts[index + 1 : index + 4]):
        return 3
    return 2 if any(f.metadata for f in facts[max(0, index - 2) : index]) else 0


def _is_byline_name(facts: list[_Facts], index: int) -> bool:
    """A bare person's name (or several, "Jo Lee and Ana Ruiz") after a lone "By" (or
    "Reviewed by"), or right beside a time: the byline's names; or a team after a lone "By"."""
    fact = facts[index]
    above = facts[index - 1].text if index > 0 else ""
    credited = _LONE_LEAD.fullmatch(above) is not None or _is_role_by(above)
    if credited and _organisation_credit(fact.text):
        return True
    if _bare_name(fact.text) is None and _bare_names(fact.text) is None:
        return False
    if credited:
        return True
    if fact.text.split()[0] not in given_names():
        return False  # "Balcony Herbs Guide" above a date is a title
    return _beside_metadata(facts, index, 1)


def _beside_metadata(facts: list[_Facts], index: int, reach: int) -> bool:
    """A time or byline within `reach` lines above or below, not counting separators
    printed on lines of their own ("Jo Lee", "•", "May 2, 2024")."""
    for step in (-1, 1):
        seen, at = 0, index + step
        while 0 <= at < len(facts) and seen < reach:
            if facts[at].metadata:
                return True
            seen += _SEPARATOR.fullmatch(facts[at].text) is None
            at += step
    return False


_SEPARATOR = re.compile(r"[\W_]+")


def _bare_name(text: str) -> str | None:
    """The person a bare name line names: "Jo Lee", or a given name with credentials or a
    role after commas or a separator ("Jo Lee, MS, RD", "Jo Lee | Shipping Expert"). A part
    that starts with a given name is another person: such a line is no bare name."""
    if is_person_name(text):
        return title_case(text.strip())
    head, *rest = (part.strip() for part in _NAME_PARTS.split(text))
    if not rest or not is_person_name(head) or head.split()[0] not in given_names():
        return None
    for part in rest:
        words = part.split()
        if not 1 <= len(words) <= CREDENTIAL_MAX_WORDS or words[0] in given_names():
            return None
    return title_case(head)


_NAME_PARTS = re.compile(r",|\s+[|·•–—-]\s+")  # between a name and its credentials or role
CREDENTIAL_MAX_WORDS = 4  # "MS", "Dietitian", "Senior Shipping Expert"


def _is_metadata_line(fact: _Facts) -> bool:
    """A time or byline, or the label of one whose value is on the next line ("Last
    updated", "Written by")."""
    text = fact.text
    return fact.metadata or bool(_LONE_LEAD.fullmatch(text) or _LONE_LABEL.fullmatch(text))


_LONE_LABEL = re.compile(
    r"(?:first |last |page |originally )?(?:published|posted|updated|modified|edited|reviewed)"
    r"(?: on| at)?\s*:?|(?:publication |release )?date\s*:?",
    re.I,
)
REPEAT_REACH = 6  # lines around a title where the page may print it again


def _repeated_nearby(facts: list[_Facts], index: int, end: int) -> bool:
    """The page prints the title twice near each other, above line `end` (the story): as a
    line of its own again, or as the last step of a breadcrumb ("Home » Blog » The
    title"). An entry of a table of contents is printed again too, as a crosshead in the
    story, which is why copies from `end` on do not count."""
    key = _collapse(facts[index].text)
    if len(key.split()) < 2:
        return False
    window = facts[max(0, index - REPEAT_REACH) : min(end, index + REPEAT_REACH + 1)]
    return any(
        other is not facts[index] and key in (_collapse(other.text), _last_crumb(other.text))
        for other in window
    )


GLUED_MIN_WORDS = 3  # a title found inside a longer line has at least this many words
GLUED_SHARE = 2 / 3  # ... and most of its words: a kicker or a button is a word or two


def _glued(text: str, key: str) -> bool:
    """`text` is the collapsed title `key` with a few words glued before or after it by the
    scraper: a kicker ("Guides <title>") or a button ("<title> Join now"). A short line
    that only starts a longer one ("Why Pumps Fail", "Why Pumps Fail in Cold Weather") is
    a section's name, not the title."""
    line = _collapse(text)
    size = len(key.split())
    return (
        size >= GLUED_MIN_WORDS
        and size >= GLUED_SHARE * len(line.split())
        and line != key
        and (line.startswith(key + " ") or line.endswith(" " + key))
    )


def _clean_copy(facts: list[_Facts], index: int, url: str | None) -> int | None:
    """A title-like line near `index` that is its text without the words glued to it."""
    line = facts[index].text
    low, high = max(0, index - REPEAT_REACH), min(len(facts), index + REPEAT_REACH + 1)
    for other in range(low, high):
        fact = facts[other]
        if other != index and _headline_candidate(fact, url) and _glued(line, _collapse(fact.text)):
            return other
    return None


def _crumbs_to_title(facts: list[_Facts], index: int) -> bool:
    """A breadcrumb whose last step is a title printed on its own line just below."""
    last = _last_crumb(facts[index].text)
    following = facts[index + 1 : index + REPEAT_REACH + 1]
    return bool(last) and any(_collapse(f.text) == last for f in following)


def _last_crumb(text: str) -> str:
    """The last step of a breadcrumb line ("Home » Blog » A title" -> "a title"), else "".

    "/" and "|" also part a credit ("Photo: Jo Lee / The Post"): with them it takes two."""
    sep = _crumb_separator(text)
    head, found, tail = text.rpartition(sep)
    if not found or not head.strip():
        return ""
    if sep in (" / ", " | ") and text.count(sep) < 2:
        return ""
    return _collapse(tail)


_CRUMB_SEPARATORS = (" » ", " > ", " / ", " › ", " | ")


def _crumb_separator(text: str) -> str:
    for sep in _CRUMB_SEPARATORS:
        if sep in text:
            return sep
    return "\x00"


def _collapse(text: str) -> str:
    return " ".join(_SLUG_SPLIT.split(text.casefold())).strip()


def _slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL's slug: its last path segment of `SLUG_MIN_TERMS`+ words.

    Segments before it are sections ("/online-student-help-desk/tips-online-success.php",
    "/nutrition/eat-well-on-a-budget/sample-menus"); a file extension is no word.
    """
    if not url:
        return frozenset()
    for segment in reversed(urlsplit(url).path.lower().split("/")):
        words = _slug_terms(_FILE_EXTENSION.sub("", segment))
        if len(words) >= SLUG_MIN_TERMS:
            return words
    return frozenset()


_FILE_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cfm)$")


def _slug_terms(text: str) -> frozenset[str]:
    """The words of a title or slug that can name it: three letters or more, no number."""
    return frozenset(w for w in _SLUG_SPLIT.split(text.lower()) if len(w) >= 3 and not w.isdigit())


def _slug_share(text: str, slug: frozenset[str], *, strict: bool = False) -> float:
    """How much a title and the slug share: the larger of the two directions' overlaps, or
    (`strict`) their F1, which a short title that is part of the slug does not reach."""
    words = _slug_terms(text)
    common = len(words & slug)
    if not common:
        return 0.0
    precision, recall = common / len(words), common / len(slug)
    return 2 * precision * recall / (precision + recall) if strict else max(precision, recall)


def _first_body_after(facts: list[_Facts], headline: int | None, run_start: int) -> int:
    """The story starts at the first prose line below the headline (or at the longest run,
    unless that run opens with the headline)."""
    if headline is None:
        return run_start
    for index in range(headline + 1, max(run_start, headline + 2)):
        if _is_body(facts[index]):
            return index
    return run_start


def _first_entry(facts: list[_Facts], start: int) -> int:
    """A live blog's first entry opens with its time stamp and title right above the
    story, as its later entries do ("14:52" / "Coastguard rescues two sailors" / text):
    they are the story's, not the page header's."""
    if start < 2 or not facts[start - 2].update or not _entry_title(facts[start - 1]):
        return start
    later = any(
        fact.update and _entry_title(after)
        for fact, after in zip(facts[start:], facts[start + 1 :], strict=False)
    )
    return start - 2 if later else start


def _entry_title(fact: _Facts) -> bool:
    return bool(fact.title) and not (fact.furniture or fact.metadata or fact.update)


def _extend_back(facts: list[_Facts], start: int) -> int:
    """Without a headline, short sentences just above the story are part of it."""
    while start > 0:
        fact = facts[start - 1]
        if not fact.sentence or fact.furniture or fact.metadata or fact.credit or fact.email:
            break
        start -= 1
    return start


def _find_standfirst(
    facts: list[_Facts], headline: int | None, body_start: int
) -> tuple[int | None, int]:
    """A prose line right below the headline, then metadata, then the story: a standfirst.
    So is a long title-like line right below the headline ("Workers return on Monday,
    union leaders said"), when the story starts further down."""
    if headline is None:
        return None, body_start
    below = headline + 1
    if below < body_start and _below_headline(facts, below, None) and not _is_body(facts[below]):
        return below, body_start
    index = body_start + 1
    saw_metadata = False
    while index < len(facts) and not _is_body(facts[index]):
        saw_metadata = saw_metadata or facts[index].metadata
        index += 1
    if saw_metadata and index < len(facts):
        return body_start, index
    return None, body_start


_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}", re.I)


def _outlet_of_line(text: str) -> OutletInfo | None:
    """The known outlet a masthead line names, by name or as a domain ("example.com")."""
    if _DOMAIN.fullmatch(text):
        return outlet_info(text, None)
    return outlet_info(None, text)


def _is_outlet_name(text: str, url: str | None) -> bool:
    if word_count(text) > 6:
        return False
    if _outlet_of_line(text) is not None:
        return True
    domain = domain_of(url)
    return domain is not None and squash(text) == _domain_label(domain)


def _domain_label(domain: str) -> str:
    parts = domain.split(".")
    generic = {"com", "org", "net", "co", "news", "gov", "ac", "example", "www"}
    labels = [p for p in parts[:-1] if p not in generic] or parts
    return squash(labels[-1])


# ---- the header -------------------------------------------------------------------------


def _read_header(
    draft: Draft,
    state: _State,
    facts: list[_Facts],
    end: int,
    headline: int | None,
    standfirst: int | None = None,
) -> None:
    pending_marker = False
    for index in range(end):
        fact = facts[index]
        if index == headline:
            draft.headline = fact.text
            draft.headline_raw_start = fact.line.start
            continue
        if index == standfirst:
            continue
        far = headline is not None and index < headline - METADATA_REACH
        if fact.metadata and far:
            draft.drop(fact.text, "before-headline")  # a date or "By ..." in the menus
            continue
        if _read_metadata(draft, state, fact):
            continue
        if fact.crumbs is not None:
            if state.section is None:
                state.section = fact.crumbs
            draft.drop(fact.text, "breadcrumb")
            continue
        if fact.furniture is not None:
            draft.drop(fact.text, fact.furniture)
            pending_marker = fact.furniture in IMAGE_MARKERS
            if fact.rule is not None and fact.rule.page:
                state.page_hint = fact.rule.page
            continue
        after_headline = headline is not None and index > headline
        if after_headline and (fact.credit is not None or pending_marker):
            _add_caption(draft, fact)
            pending_marker = False
            continue
        if _is_listing_title(draft, fact, headline):
            draft.headline = fact.text
            draft.headline_raw_start = fact.line.start
            continue
        if _is_masthead_line(draft, fact, facts, index, headline):
            draft.outlet_name = _outlet_display(fact.text)
            draft.drop(fact.text, "masthead")
            continue
        near_headline = headline is not None and index >= headline - METADATA_REACH
        named = (
            _names_by_metadata(facts, index, above=not after_headline)
            if state.byline is None and near_headline
            else None
        )
        if named is None and state.byline is None and after_headline:
            site = _site_credit(facts, index, draft.url)
            named = [site] if site is not None else None
        if named is not None:
            state.byline = Byline(authors=named)
            state.byline_text = fact.text
            state.byline_guessed = True
            draft.drop(fact.text, "metadata")
            continue
        if (
            headline is not None
            and index == headline - 1
            and (state.section is None or _menu_entry_of(fact.text, state.section))
            and is_section_label(fact.text)
        ):
            if state.section is not None:
                _relabel(draft, 0, "breadcrumb", "navigation")  # it was the menu
            state.section = [fact.text.strip()]  # "Politics" right above the headline
            draft.drop(fact.text, "section-label")
            continue
        if after_headline and _take_lone_dateline(draft, fact):
            continue
        draft.drop(fact.text, "before-headline" if not after_headline else "stray-line")
        pending_marker = False


def _menu_entry_of(label: str, crumbs: list[str]) -> bool:
    """Whether a section label above the headline names an entry of the path read before,
    but not its last: the path was the site's menu ("Home | News | Politics | Sport"),
    and the label is the story's section."""
    return squash(label) in {squash(c) for c in crumbs[:-1]}


def _name_by_metadata(facts: list[_Facts], index: int, *, above: bool) -> str | None:
    """A bare person's name after a lone "By" or near a time line, below the headline or
    (`above`) just above it; a team or outlet after a lone "By" ("The Ledger Staff") is the
    credit too. A name after another role's "by" ("Reviewed by", "Fact checked by") is not
    the author, nor a label ("Fact Checked", "Post Tags"). Above the headline, where menus
    stand, the name needs a known given name and a time right beside it ("Order Now" is a
    button)."""
    fact = facts[index]
    if not fact.title or fact.furniture or _is_byline_label(fact.text):
        return None
    lone_lead = index > 0 and _LONE_LEAD.fullmatch(facts[index - 1].text) is not None
    if lone_lead and (_organisation_credit(fact.text) or _one_word_credit(fact.text)):
        return title_case(fact.text.strip())
    name = _bare_name(fact.text)
    if name is None:
        return None
    if lone_lead:
        return name
    if index > 0 and _is_role_by(facts[index - 1].text):
        return None
    if above and fact.text.split()[0] not in given_names():
        return None
    return name if _beside_metadata(facts, index, 1 if above else 2) else None


def _names_by_metadata(facts: list[_Facts], index: int, *, above: bool) -> list[str] | None:
    """The byline's names on a line without "By": one bare name (`_name_by_metadata`), or
    several joined as a byline joins them ("Jo Lee and Ana Ruiz"), each with a known given
    name, beside a time."""
    name = _name_by_metadata(facts, index, above=above)
    if name is not None:
        return [name]
    fact = facts[index]
    if not fact.title or fact.furniture or (index > 0 and _is_role_by(facts[index - 1].text)):
        return None
    names = _bare_names(fact.text)
    return names if names and _beside_metadata(facts, index, 1 if above else 2) else None


def _bare_names(text: str) -> list[str] | None:
    """Two or more people's bare names joined as in a byline, each with a known given name."""
    byline = parse_byline("By " + text)
    if byline is None or len(byline.authors) < 2 or byline.organisation or byline.place:
        return None
    return byline.authors if all(n.split()[0] in given_names() for n in byline.authors) else None


_ONE_WORD = re.compile(r"[^\W\d_][\w&'’\-]{2,30}")


def _one_word_credit(text: str) -> bool:
    """One capitalised word under a credit label ("Author" / "Acme"): a site or a first
    name, unless it is a placeholder or a function word."""
    word = text.strip()
    return (
        _ONE_WORD.fullmatch(word) is not None
        and word[0].isupper()
        and word.casefold() not in _not_credits()
    )


def _is_byline_label(text: str) -> bool:
    """A label printed where a byline's name would stand (`byline_label_words.tsv`)."""
    return any(word.casefold() in _byline_label_words() for word in words_of(text))


@lru_cache(maxsize=1)
def _byline_label_words() -> frozenset[str]:
    return frozenset(row["word"].casefold() for row in load_table("byline_label_words.tsv"))


_OTHER_ROLE_BY = re.compile(r"\w\s+by:?$", re.I)  # "Reviewed by", "Fact checked by"


def _is_role_by(text: str) -> bool:
    """A short label that credits its role to the name on the next line ("Reviewed by")."""
    return word_count(text) <= 4 and _OTHER_ROLE_BY.search(text) is not None


def _credit_line(text: str) -> bool:
    """A desk's or an agency's credit on a line of its own ("Ledger staff", "Associated
    Wire"): beside a byline or a time it credits the story, it does not title it."""
    return is_team_credit(text) or _organisation_credit(text)


def _organisation_credit(text: str) -> bool:
    """A team or outlet a byline would credit ("The Ledger Staff", "Associated Press")."""
    byline = parse_byline("By " + text)
    return byline is not None and not byline.authors and byline.organisation == text.strip()


_LONE_LEAD = re.compile(
    r"(?:(?:article|post|story) )?(?:written |words |story |reported )?by:?|authors?:?|words:", re.I
)


def _is_listing_title(draft: Draft, fact: _Facts, headline: int | None) -> bool:
    """On a page without a body, the first title-like line that is not the outlet."""
    if headline is not None or draft.headline or not fact.title or fact.prose:
        return False
    return not _is_outlet_name(fact.text, draft.url)


def _is_masthead_line(
    draft: Draft, fact: _Facts, facts: list[_Facts], index: int, headline: int | None
) -> bool:
    if draft.outlet_name is not None or headline is None or index >= headline:
        return False
    return fact.title and word_count(fact.text) <= 6 and _masthead(fact, facts, draft)


def _names_site(text: str, url: str | None) -> bool:
    """The line is the site's own name, as its domain spells it ("Acme" on acme.com)."""
    domain = domain_of(url)
    return domain is not None and bool(squash(text)) and squash(text) == _domain_label(domain)


def _site_credit(facts: list[_Facts], index: int, url: str | None) -> str | None:
    """The site's own name, or a team's ("Acme Editorial Team"), on a line of its own beside
    a date, below the headline: a company's blog credits itself where a newspaper prints a
    reporter's name."""
    fact = facts[index]
    if fact.furniture or not (_names_site(fact.text, url) or is_team_credit(fact.text)):
        return None
    return fact.text.strip() if _beside_metadata(facts, index, 1) else None


_CREDIT_DATE_SEPARATOR = re.compile(r"\s{2,}|\s*[|•·–—-]\s+|\s+[|•·–—-]\s*")


def _credit_and_date(text: str, url: str | None) -> tuple[str, str] | None:
    """A credit and a date joined on one line, either way round ("Acme - May 2, 2024",
    "May 2, 2024 | Jo Lee", "Updated: May 2, 2024 | Jo Lee"): the site's own name, or a
    bare person's name with a known given name. Returns (name, date words)."""
    parts = [part.strip() for part in _CREDIT_DATE_SEPARATOR.split(text.strip())]
    if len(parts) != 2:
        return None
    for name, words in (parts, parts[::-1]):
        if parse_date_words(words) is None:
            continue
        if _names_site(name, url):
            return name, words
        person = _bare_name(name)
        if person is not None and person.split()[0] in given_names():
            return person, words
    return None


_NAME_THEN_DATE = re.compile(
    r"(?P<name>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})\s*[,|•·–—-]?\s+(?P<date>\S.*\d.*)"
)


def _name_then_date(text: str) -> tuple[str, str] | None:
    """A bare name, then a date ("Ida Marsh October 14, 2025"): the longest name whose
    rest reads as a date. A lone given name counts ("Susan December 9, 2024": a blog that
    signs with the first name), a month's name does not."""
    match = _NAME_THEN_DATE.fullmatch(text)
    if match is None:
        return None
    words = match["name"].split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        rest = text[len(name) :].lstrip(" ,|•·–—-")
        if size == 1 and (name not in given_names() or name.casefold() in _months()):
            continue
        if (size == 1 or is_person_name(name)) and parse_date_words(rest) is not None:
            return name, rest
    return None


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    """Month names, some of which are given names too ("April", "June")."""
    return frozenset(row["name"].casefold() for row in load_table("month_names.tsv"))


def _read_metadata(draft: Draft, state: _State, fact: _Facts) -> bool:
    """Read times and bylines from a metadata line; drop it. False if it is not one."""
    if not fact.metadata:
        return False
    new = False
    stamps = dict(fact.stamps)
    if fact.relative and not stamps and fact.byline is None:
        draft.drop(fact.text, "relative-time")  # "Updated 1 hour ago": of no date we know
        return True
    if fact.date_only and not stamps:
        stamps = {"published": unglue(fact.text)}  # read as `_describe_text` read it
        named = _name_then_date(fact.text) if state.byline is None else None
        if named is None and state.byline is None:
            named = _credit_and_date(fact.text, draft.url)
        if named is not None:
            state.byline = Byline(authors=[title_case(named[0])])
            state.byline_text = named[0]
            state.byline_guessed = True
            stamps = {"published": named[1]}
    elif stamps and fact.byline is None and state.byline is None:
        named = _credit_and_date(fact.text, draft.url)  # "Updated: May 2, 2024 | Jo Lee"
        if named is not None:
            state.byline = Byline(authors=[named[0]])
            state.byline_text = named[0]
            state.byline_guessed = True
    for kind, words in stamps.items():
        if kind not in state.stamps:
            state.stamps[kind] = (words, "text")
            new = True
    # a "By" line beats a bare name taken beside a date, while the story has not begun
    replaces = state.byline is None or (state.byline_guessed and not draft.paragraphs)
    if fact.byline is not None and fact.byline.authors and replaces:
        state.byline = fact.byline
        state.byline_text = fact.text
        state.byline_guessed = False
        new = True
    draft.drop(fact.text, "metadata" if new else "duplicate-metadata")
    return True


def _masthead(fact: _Facts, facts: list[_Facts], draft: Draft) -> bool:
    """A short line above the headline that names the outlet: known, the URL's or e-mail's
    domain, or repeated in capitals elsewhere on the page."""
    key = squash(fact.text)
    if not key:
        return False
    if _outlet_of_line(fact.text) is not None:
        return True
    domain = domain_of(draft.url)
    if domain and key == _domain_label(domain):
        return True
    position = facts.index(fact)
    if position <= MASTHEAD_REACH and names_a_newspaper(fact.text):
        return True  # "Lakeside Tribune" at the top of the page
    following = facts[position + 1] if position + 1 < len(facts) else None
    if following is not None and following.crumbs is not None and position <= MASTHEAD_REACH:
        return True  # the masthead at the top, then the site's navigation (not a menu's end)
    if is_desk_label(fact.text):
        return False  # "Politics", named again in "our Politics newsletter": a section
    for other in facts:
        if other is fact:
            continue
        if other.email and key == _domain_label(other.email.split("@", 1)[1]):
            return True
        if other.text.isupper() and squash(other.text) == key:
            return True
        # named again, as printed, outside the story: a footer, an app prompt (a menu word
        # in lower case in a heading, or a section in the breadcrumb, is no outlet's name)
        # (a masthead in capitals is named in the footer in ordinary case)
        flags = re.IGNORECASE if fact.text.isupper() else 0
        named_again = re.search(rf"\b{re.escape(fact.text.strip())}\b", other.text, flags)
        outside_story = not _is_body(other) and other.crumbs is None
        if named_again is not None and outside_story and not _is_menu_entry(fact.text, other.text):
            return True

    return False


_MENU_SEPARATOR = re.compile(r"\s*[|•·›»/]\s*")


def _is_menu_entry(word: str, line: str) -> bool:
    """Whether `word` is one entry of a menu line ("World | Europe | Business"): a section
    the site lists, not the outlet's name."""
    entries = _MENU_SEPARATOR.split(line.strip())
    return len(entries) > 1 and squash(word) in {squash(entry) for entry in entries}


def _outlet_display(text: str) -> str:
    info = _outlet_of_line(text)
    if info is not None:
        return info.name
    # a masthead in mixed case is spelled as the outlet spells it ("KVRN 7 News")
    return title_case(text) if text.isupper() else text.strip()


_CAPTION_LABEL = re.compile(r"\s*(?P<label>[^\W\d_]{2,12})\s*:\s+(?=\S)")


def _add_caption(draft: Draft, fact: _Facts) -> None:
    caption, credit = fact.credit if fact.credit is not None else (fact.text, None)
    start = fact.line.start
    label = _CAPTION_LABEL.match(caption)
    rule = furniture_rule(f"{label['label']}:") if label is not None else None
    if label is not None and rule is not None and rule.id in IMAGE_MARKERS:
        caption, start = caption[label.end() :], start + label.end()  # "VIDEO: Crews ..."
    draft.images.append(
        DraftImage(
            caption=caption or None,
            credit=credit,
            caption_raw_start=start if caption else None,
        )
    )


# ---- the body ---------------------------------------------------------------------------


def _read_body(draft: Draft, state: _State, facts: list[_Facts]) -> None:
    pending_marker = False
    credited: str | None = None  # the name line of a labelled credit read on the line above
    for index, fact in enumerate(facts):
        if fact.text == credited:
            draft.drop(fact.text, "metadata")
            credited = None
            continue
        story = [p for p in draft.paragraphs if p.kind == "body"]
        if state.byline is None and len(story) >= 2 and (name := _bio_box_name(facts, index)):
            state.byline, state.byline_text = Byline(authors=[name]), fact.text
            draft.drop(fact.text, "metadata")
            state.ended = state.credit_closed = True  # an author box after the story
            continue
        if state.byline is None and (name := _boxed_bio_subject(facts, index)) is not None:
            state.byline, state.byline_text = Byline(authors=[name]), fact.text
            draft.drop(fact.text, "author-bio")  # "About the author" / "Jo Lee is a ..."
            continue
        if state.byline is None and (name := _labelled_credit(facts, index)) is not None:
            state.byline, state.byline_text = Byline(authors=[name]), facts[index + 1].text
            credited = facts[index + 1].text
            draft.drop(fact.text, "metadata")
            if len([p for p in draft.paragraphs if p.kind == "body"]) >= 3:
                state.ended = state.credit_closed = True  # an author box after the story
            continue
        if state.ended and state.soft_end_at is not None and _story_resumes(facts, index):
            _relabel(draft, state.soft_end_at, "after-article", "inline-teaser")
            state.ended, state.soft_end_at = False, None  # an inline "Related" box was it
        if state.ended:
            state.credit_closed = _read_after(draft, state, fact)
            continue
        if fact.email is not None:
            state.emails.append((fact.email, len(draft.removed)))
            draft.drop(fact.text, "contact-email")
            state.ended = bool(draft.paragraphs)
            continue
        if fact.furniture is not None:
            if fact.rule is not None and fact.rule.page:
                state.page_hint = fact.rule.page
            story = [p for p in draft.paragraphs if p.kind == "body"]
            if fact.rule is not None and fact.rule.ends_article and len(story) >= 2:
                state.ended = True  # share prompts above the story do not end it
                state.soft_end_at = len(draft.removed) if fact.rule.soft_end else None
            draft.drop(fact.text, fact.furniture)
            pending_marker = fact.furniture in IMAGE_MARKERS
            continue
        if fact.update:
            draft.paragraphs.append(DraftParagraph(fact.text, "update", fact.line.start))
            continue
        if _other_story_date(state, fact, draft):
            draft.drop(fact.text, "duplicate-metadata")  # a related story's or a comment's
            continue
        first_byline = state.byline is None and fact.byline is not None and fact.byline.authors
        if _read_metadata(draft, state, fact):
            story = [p for p in draft.paragraphs if p.kind == "body"]
            if first_byline and len(story) <= 2:
                _restart_story(draft)  # the byline comes after a summary or a promo
            elif fact.byline is not None and len(story) >= 3:
                state.ended = True  # a credit line after the story closes it
                state.credit_closed = True
            continue
        if fact.credit is not None and not (fact.prose and len(fact.text) > MAX_CAPTION):
            if fact.credit[0]:
                _add_caption(draft, fact)
            elif _caption_above(draft):
                para = draft.paragraphs.pop()  # the line above a lone credit is its caption
                draft.images.append(DraftImage(None, para.text, fact.credit[1], para.raw_start))
                draft.drop(fact.text, "credit")
            elif draft.images and draft.images[-1].credit is None:
                draft.images[-1].credit = fact.credit[1]
                draft.drop(fact.text, "credit")
            else:
                draft.drop(fact.text, "credit")
            pending_marker = False
            continue
        if pending_marker and len(fact.text) <= MAX_CAPTION:
            _add_caption(draft, fact)  # the line below an image file name is its caption
            pending_marker = False
            continue
        pending_marker = False
        if fact.prose or fact.sentence:
            draft.paragraphs.append(DraftParagraph(fact.text, "body", fact.line.start))
            continue
        if _take_lone_dateline(draft, fact):
            continue
        if fact.title and fact.crumbs is None:
            draft.paragraphs.append(DraftParagraph(fact.text, "crosshead", fact.line.start))
            continue
        draft.drop(fact.text, "stray-line")
    _settle_crossheads(draft)


_AUTHOR_LABEL = re.compile(r"(?:(?:article|post|story) )?written by:?|authors?:?", re.I)


def _labelled_credit(facts: list[_Facts], index: int) -> str | None:
    """An authorship label on its own line, then a name, in or after the story ("Written
    by" / "Jo Lee, MD" in an author box): the author, when the header gave none. A bare
    "By" there may credit a related story, so it needs the word "written" or "author"."""
    if index + 1 >= len(facts) or _AUTHOR_LABEL.fullmatch(facts[index].text) is None:
        return None
    below = facts[index + 1]
    if not below.title or below.furniture or _is_byline_label(below.text):
        return None
    if _organisation_credit(below.text) or _one_word_credit(below.text):
        return title_case(below.text.strip())
    return _bare_name(below.text)


def _bio_box_name(facts: list[_Facts], index: int) -> str | None:
    """A bare name on its own line, then within a few lines a biography that opens with it
    ("Jo Lee" ... "Jo is a reporter who ..."): the name in an author box. Lists of things
    are printed the same way ("Art Deco" ... "Art Deco is a style"), so the name needs a
    known given name."""
    name = _bare_name(facts[index].text.rstrip(":"))
    if name is None or name.split()[0] not in given_names():
        return None
    bio = bio_opening(name.split()[0], name)
    following = facts[index + 1 : index + 1 + BIO_WINDOW]
    return name if any(bio.search(f.text) for f in following) else None


AUTHOR_BOX = "author-box"  # the furniture id of an author box's heading ("About the author")
_NAME_LEAD = re.compile(r"[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3}")


def _boxed_bio_subject(facts: list[_Facts], index: int) -> str | None:
    """Under an author box's heading, a biography that opens with a person's full name ("Jo
    Lee is a reporter who ..."): that person, with a known given name."""
    if index == 0 or facts[index - 1].furniture != AUTHOR_BOX:
        return None
    lead = _NAME_LEAD.match(facts[index].text)
    if lead is None:
        return None
    words = lead[0].split()
    for size in range(len(words), 1, -1):
        name = " ".join(words[:size])
        if words[0] in given_names() and is_author_bio(facts[index].text, [name]):
            return name
    return None


def _other_story_date(state: _State, fact: _Facts, draft: Draft) -> bool:
    """A bare date below the story's paragraphs on a page whose header gave a time: the
    date of an entry in a related-stories list or of a comment, not a time of this page."""
    bare = fact.date_only and not fact.stamps and fact.byline is None
    return bare and bool(state.stamps) and any(p.kind == "body" for p in draft.paragraphs)


def _caption_above(draft: Draft) -> bool:
    """The last line read was a short paragraph that a credit line now closes."""
    if not draft.paragraphs or draft.paragraphs[-1].kind != "body":
        return False
    return len(draft.paragraphs[-1].text) <= MAX_CAPTION and not (
        draft.images and draft.images[-1].caption == draft.paragraphs[-1].text
    )


def _restart_story(draft: Draft) -> None:
    """What was read before the byline is not the story: a summary, then promos."""
    for index, para in enumerate(draft.paragraphs):
        if index == 0 and para.kind == "body" and draft.standfirst is None:
            draft.standfirst, draft.standfirst_raw_start = para.text, para.raw_start
        else:
            draft.drop(para.text, "stray-line")
    draft.paragraphs = []


RESUME_MIN = 150  # two prose paragraphs this long together after a soft end: the story goes on
RESUME_WORDS = 8  # ... each a whole sentence of at least this many words
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "…", "。", "！", "？")


def _story_resumes(facts: list[_Facts], index: int) -> bool:
    """Two long prose paragraphs in a row (blank lines and furniture aside): the story goes
    on after an inline "Related" box. Right below an inline link ("Read more: ..."), two
    whole sentences long enough together will do: news paragraphs are often short, and a
    teaser block starts with a title, not a sentence."""
    prose = [f for f in facts[index : index + 4] if f.furniture is None and not f.metadata][:2]
    if len(prose) < 2 or not all(_is_body(f) for f in prose):
        return False
    if all(len(f.text) >= RESUME_MIN for f in prose):
        return True
    return (
        _right_below_soft_end(facts, index)
        and all(_whole_sentences(f) for f in prose)
        and sum(len(f.text) for f in prose) >= RESUME_MIN
    )


def _right_below_soft_end(facts: list[_Facts], index: int) -> bool:
    """Whether only furniture stands between this line and a soft end above it."""
    k = index - 1
    while k >= 0 and facts[k].furniture is not None:
        rule = facts[k].rule
        if rule is not None and rule.soft_end:
            return True
        k -= 1
    return False


def _whole_sentences(fact: _Facts) -> bool:
    return len(words_of(fact.text)) >= RESUME_WORDS and fact.text.rstrip().endswith(SENTENCE_ENDS)


def _relabel(draft: Draft, start: int, old: str, new: str) -> None:
    for i in range(start, len(draft.removed)):
        if draft.removed[i].reason == old:
            draft.removed[i] = Removed(text=draft.removed[i].text, reason=new)


def _read_after(draft: Draft, state: _State, fact: _Facts) -> bool:
    """Read a line after the end of the story; True when it is a credit that closes the
    story, so that a date right below it is the story's."""
    if state.credit_closed and fact.date_only and not state.stamps:
        _read_metadata(draft, state, fact)  # "By Jo Lee" / "May 2, 2024" closing the story
        return False
    if state.byline is None and fact.byline is not None and fact.byline.authors:
        # "By Sam Whitfield, BBC News, York" under a live blog's last post: the page's only
        # credit, after the share prompt that ended the story
        _read_metadata(draft, state, fact)
        return True
    if fact.email is not None:
        state.emails.append((fact.email, len(draft.removed)))
        draft.drop(fact.text, "contact-email")
        return False
    draft.drop(fact.text, fact.furniture or "after-article")
    return False


def _mostly_sentences(run: list[DraftParagraph]) -> bool:
    """Items in sentence case ("Low use of existing servers") make a list; Title Case
    items ("Ferry Fares To Rise") are headlines of other stories."""
    return sum(_sentence_case(p.text) for p in run) * 2 > len(run)


def _sentence_case(text: str) -> bool:
    words = words_of(text)[1:]
    return len(words) >= 2 and sum(w[0].islower() for w in words) * 2 >= len(words)


def _settle_crossheads(draft: Draft) -> None:
    """Keep crossheads that stand between body paragraphs; runs of 3+ titles are link lists."""
    paragraphs = draft.paragraphs
    keep: list[DraftParagraph] = []
    index = 0
    while index < len(paragraphs):
        para = paragraphs[index]
        if para.kind != "crosshead":
            keep.append(para)
            index += 1
            continue
        run_end = index
        while run_end < len(paragraphs) and paragraphs[run_end].kind == "crosshead":
            run_end += 1
        run = paragraphs[index:run_end]
        has_before = any(p.kind in ("body", "update") for p in keep)
        has_after = any(p.kind == "body" for p in paragraphs[run_end:])
        if len(run) >= 3 and has_before and has_after and _mostly_sentences(run):
            keep.extend(DraftParagraph(p.text, "list", p.raw_start) for p in run)
        elif len(run) >= 3:
            for p in run:
                draft.drop(p.text, "link-list")
        elif has_before and has_after:
            keep.extend(run)
        else:
            for p in run:
                draft.drop(p.text, "stray-line" if has_after else "after-article")
        index = run_end
    # trailing update stamps with nothing after them are not entries
    while keep and keep[-1].kind == "update":
        draft.drop(keep.pop().text, "after-article")
    draft.paragraphs = keep


# ---- finishing --------------------------------------------------------------------------


def _finish(draft: Draft, state: _State, facts: list[_Facts], url: str | None) -> None:
    if draft.outlet_name is None:
        info = outlet_info(domain_of(url), None)
        if info is not None:
            draft.outlet_name = info.name
    if draft.outlet_name is None:
        draft.outlet_name = _copyright_outlet(draft.removed)
    info = outlet_info(domain_of(url), draft.outlet_name)
    home_zone = info.timezone if info is not None else None
    draft.section = state.section or []
    for kind, (words, source) in state.stamps.items():
        stamp = make_timestamp(words, source=source, home_zone=home_zone)
        if stamp is not None:
            setattr(draft, kind, stamp)
    if state.byline is not None:
        draft.authors = [Author(name=_undoubled(name)) for name in state.byline.authors]
        if state.byline.place:
            draft.dateline = Dateline(place=state.byline.place, source=state.byline_text)
        if draft.outlet_name is None and state.byline.organisation:
            draft.outlet_name = state.byline.organisation  # "By Jo Lee, Capitol Wire"
    _assign_emails(draft, state)
    draft.paragraphs, pulled = drop_pull_quotes(draft.paragraphs)
    draft.paragraphs, bio = drop_author_bio(draft.paragraphs, draft.authors)
    draft.removed += pulled + bio
    draft.authors = emails_in_notes([item.text for item in bio], draft.authors)
    body = [p for p in draft.paragraphs if p.kind == "body"]
    if draft.dateline is None and body:
        match = parse_dateline(body[0].text)
        if match is not None:
            draft.dateline = Dateline(place=match.place, source=body[0].text[: match.end].strip())
            if draft.published is None and match.date:  # "BRUSSELS, Nov. 18, 2025 (X) -"
                draft.published = make_timestamp(match.date, source="dateline")
            if draft.outlet_name is None and match.agency:
                draft.outlet_name = match.agency  # "OSLO (Reuters) -" and no masthead: theirs
    if draft.published is None:
        draft.published = url_timestamp(url)  # "/2025/03/04/": the page prints no date
    draft.language = guess_language("\n".join(p.text for p in body))
    _decide_kind(draft, state)


def _take_lone_dateline(draft: Draft, fact: _Facts) -> bool:
    """Read a dateline the scraper printed on a line of its own above the story
    ("Washington —", "New York CNN —") into the article; True when the line was one."""
    if any(p.kind == "body" for p in draft.paragraphs):
        return False  # only above the story's first paragraph
    match = parse_lone_dateline(fact.text)
    if match is None:
        return False
    if draft.dateline is None:
        draft.dateline = Dateline(place=match.place, source=fact.text.strip())
    if draft.outlet_name is None and match.agency:
        draft.outlet_name = match.agency
    draft.drop(fact.text, "dateline")
    return True


_DOUBLED = re.compile(r"(?P<name>\S+\s.*?\S)\s*(?P=name)")


def _undoubled(name: str) -> str:
    """A name the scraper printed twice, from an author link and its text ("Jo Lee Jo Lee",
    "Jo LeeJo Lee"), once. A name of one word twice may be a person's ("Li Li")."""
    match = _DOUBLED.fullmatch(name)
    return match["name"] if match is not None else name


def _copyright_outlet(removed: list[Removed]) -> str | None:
    """The outlet a copyright footer names ("© 2026 The Ledger. All rights reserved"), when
    the page names none in a masthead or URL; a person's name there is a blog's owner."""
    for item in removed:
        if item.reason != "copyright":
            continue
        name = copyright_name(item.text)
        if name and len(name.split()) <= MAX_OUTLET_WORDS and name.split()[0] not in given_names():
            return name
    return None


def _assign_emails(draft: Draft, state: _State) -> None:
    """Give each author the e-mail whose local part carries their name, or the only one;
    an address inside a note after the story goes to the author the note names."""
    authors = list(draft.authors)
    for address, removed_index in state.emails:
        target = email_owner(address, authors)
        if target is None:
            continue
        authors[target] = Author(name=authors[target].name, email=address)
        removed = draft.removed[removed_index]
        draft.removed[removed_index] = type(removed)(text=removed.text, reason="author-email")
    # "Mira Okafor is our transport correspondent. Contact: m.okafor@...": a note after
    # the story gives an address for the author it names.
    notes = [r.text for r in draft.removed if r.reason == "after-article"]
    authors = emails_in_notes(notes, authors)
    draft.authors = contact_emails(draft.removed, authors, "reporter-contact")


LIVE_ENTRIES = 3  # time stamps that each open an entry of text: a live blog


def _entries(paragraphs: list[DraftParagraph]) -> int:
    """Update stamps that open an entry: a paragraph follows (after a title, perhaps).

    A stamp followed by a title and another stamp is a video's length in a playlist.
    """
    count = 0
    for index, para in enumerate(paragraphs):
        if para.kind != "update":
            continue
        following = [p.kind for p in paragraphs[index + 1 : index + 3]]
        if following[:1] == ["body"] or following == ["crosshead", "body"]:
            count += 1
    return count


TEASER_MAX = 250  # a listing's teasers are all shorter than this
TEASER_MEAN = 160  # ... and this long on average


def _is_listing(paragraphs: list[DraftParagraph]) -> bool:
    """Titles alternating with short teasers: a section or search page, not a story.

    An explainer with a crosshead over every paragraph has the same rhythm, but its
    paragraphs are longer than a teaser.
    """
    body = [p for p in paragraphs if p.kind == "body"]
    crossheads = [p for p in paragraphs if p.kind == "crosshead"]
    if not body or len(crossheads) < 3 or len(crossheads) * 10 < len(body) * 7:
        return False
    if _entries(paragraphs) >= LIVE_ENTRIES:
        return False
    lengths = [len(p.text) for p in body]
    return max(lengths) < TEASER_MAX and sum(lengths) / len(lengths) < TEASER_MEAN


def _decide_kind(draft: Draft, state: _State) -> None:
    body = [p for p in draft.paragraphs if p.kind == "body"]
    if not body:
        reason = "no body paragraphs found: not an article"
    elif state.page_hint == "not_article" and not state.byline:
        reason = "the page lists search results or stories: not an article"
    elif _is_listing(draft.paragraphs):
        reason = "the page alternates titles and short teasers: a list of stories, not an article"
    else:
        if _entries(draft.paragraphs) >= LIVE_ENTRIES:
            draft.kind = "liveblog"
        return
    draft.kind = "not_article"
    draft.warnings.append(reason)
    for text in (draft.headline, draft.standfirst, *(p.text for p in draft.paragraphs)):
        if text:
            draft.drop(text, "listing")
    draft.paragraphs = []
    draft.headline = draft.standfirst = None
    draft.headline_raw_start = draft.standfirst_raw_start = None
    draft.dateline = draft.published = draft.updated = None
    draft.authors = []
