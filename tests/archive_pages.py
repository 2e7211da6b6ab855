"""HTML news pages written by code for the batch tests: fictional, each one different."""

from __future__ import annotations

import random
from pathlib import Path

from dateline.model import RawPage

_WHO = ["The council", "Harbour officials", "The ferry company", "Local farmers", "The mayor"]
_WHO += ["Teachers", "The water board", "Rail engineers", "The museum director", "Nurses"]
_DID = ["announced", "postponed", "debated", "approved", "rejected", "questioned", "welcomed"]
_WHAT = ["a new bridge", "the winter timetable", "repairs to the sea wall", "a school budget"]
_WHAT += ["plans for a cycle path", "the festival programme", "a pay offer", "flood defences"]
_WHEN = ["on Monday", "after a long meeting", "late on Friday", "this week", "at dawn"]
_WHERE = ["in Lowmarsh", "at Kestrel Bay", "in the old town hall", "near the canal", "upstream"]


def story(number: int, paragraphs: int = 5) -> tuple[str, list[str]]:
    """A headline and paragraphs, different for every `number` (seeded)."""
    rng = random.Random(number)
    headline = f"{rng.choice(_WHO)} {rng.choice(_DID)} {rng.choice(_WHAT)} (report {number})"
    body = []
    for _ in range(paragraphs):
        sentences = [
            f"{rng.choice(_WHO)} {rng.choice(_DID)} {rng.choice(_WHAT)} {rng.choice(_WHEN)} "
            f"{rng.choice(_WHERE)}, with {rng.randint(2, 900)} people and {rng.randint(1, 60)} "
            f"boats counted by case {number}-{rng.randint(1000, 9999)}."
            for _ in range(3)
        ]
        body.append(" ".join(sentences))
    return headline, body


def page_html(number: int) -> str:
    """A small news page: title, headline, date, byline and paragraphs."""
    headline, body = story(number)
    paras = "\n".join(f"<p>{p}</p>" for p in body)
    day = number % 28 + 1
    return (
        "<!doctype html><html><head>"
        f"<title>{headline}</title>"
        f'<meta property="article:published_time" content="2024-02-{day:02d}T09:00:00Z">'
        "</head><body><article>"
        f"<h1>{headline}</h1><p class='byline'>By Ada Reporter</p>{paras}"
        "</article></body></html>"
    )


def write_pages(folder: Path, count: int) -> list[Path]:
    """Write `count` different pages into `folder`; returns their paths in name order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"page-{number:04d}.html"
        path.write_text(page_html(number), encoding="utf-8")
        paths.append(path)
    return paths


def raw_page(number: int, *, source: str | None = None, url: str | None = None) -> RawPage:
    """A page as a source would yield it."""
    return RawPage(
        data=page_html(number).encode("utf-8"),
        url=url,
        source=source or f"page-{number:04d}.html",
        content_type="text/html",
    )
