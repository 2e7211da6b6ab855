"""Copies of one story are grouped under it, not stored as new stories."""

from __future__ import annotations

import pytest

from dateline.archive import Archive
from dateline.archive.fingerprint import NEAR_THRESHOLD, fingerprint, similarity

from .archive_articles import HARBOUR_PARAGRAPHS, harbour_article, plain_article


@pytest.mark.parametrize(
    "copy_url",
    [
        "https://news.example.org/world/harbour-talks?utm_source=feed",
        "HTTPS://www.News.example.org/world/harbour-talks/#comments",
    ],
)
def test_archive_dedup_same_canonical_url(archive: Archive, copy_url: str) -> None:
    original = harbour_article()
    assert archive.add(original, source="first") == "ok"
    copy = harbour_article(url=copy_url)
    assert archive.add(copy, source="second") == "duplicate"
    [dup] = archive.duplicates(original.id)
    assert (dup.kind, dup.source, dup.story_id) == ("url", "second", original.id)
    assert archive.stats().articles == 1


def test_archive_dedup_same_text_other_url(archive: Archive) -> None:
    archive.add(harbour_article(), source="first")
    mirror = harbour_article(url="https://mirror.example.com/harbour", domain="mirror.example.com")
    assert archive.add(mirror, source="mirror") == "duplicate"
    [dup] = archive.duplicates()
    assert (dup.kind, dup.outlet_domain, dup.similarity) == ("text", "mirror.example.com", 1.0)


def test_archive_dedup_text_only_article_twice(archive: Archive) -> None:
    assert archive.add(harbour_article(url=None), source="a.txt") == "ok"
    assert archive.add(harbour_article(url=None), source="copy-of-a.txt") == "duplicate"
    assert archive.duplicates()[0].kind == "text"


def _wire_copy() -> list[str]:
    """The same wire story as another outlet runs it: a changed line, an added credit."""
    edited = list(HARBOUR_PARAGRAPHS)
    edited[3] = edited[3].replace("in the autumn", "in October")
    return [*edited, "Additional reporting by the Coastal Desk."]


def test_archive_dedup_near_copy_of_wire_story(archive: Archive) -> None:
    original = harbour_article()
    archive.add(original, source="wire")
    copy = harbour_article(
        url="https://other.example.net/2024/03/harbour",
        domain="other.example.net",
        paragraphs=_wire_copy(),
        headline="Shipping data deal for the strait",
    )
    assert archive.add(copy, source="other") == "duplicate"
    [dup] = archive.duplicates(original.id)
    assert dup.kind == "near"
    assert NEAR_THRESHOLD <= dup.similarity < 1.0
    assert dup.headline == "Shipping data deal for the strait"
    assert archive.stats().articles == 1


def test_archive_dedup_different_stories_both_stored(archive: Archive) -> None:
    statuses = [archive.add(plain_article(n), source=f"s{n}") for n in range(1, 8)]
    assert statuses == ["ok"] * 7
    assert archive.duplicates() == []


def test_archive_dedup_short_texts_are_not_called_copies(archive: Archive) -> None:
    a = plain_article(1, text="Page not found.")
    b = plain_article(2, text="Page not found.")
    assert [archive.add(a), archive.add(b)] == ["ok", "ok"]


def test_fingerprint_near_copy_scores_high_and_other_story_low() -> None:
    base = fingerprint("\n\n".join(HARBOUR_PARAGRAPHS))
    near = fingerprint("\n\n".join(_wire_copy()))
    other = fingerprint(plain_article(3).text)
    assert similarity(base.minhash, near.minhash) >= NEAR_THRESHOLD
    assert similarity(base.minhash, other.minhash) < 0.2
    assert set(base.buckets) & set(near.buckets)


def test_fingerprint_ignores_case_spacing_and_punctuation() -> None:
    text = "\n\n".join(HARBOUR_PARAGRAPHS)
    shouted = text.upper().replace(",", "").replace("  ", " ").replace("\n\n", "\n")
    assert fingerprint(text).text_hash == fingerprint(shouted).text_hash
    assert fingerprint(text) == fingerprint(text)
