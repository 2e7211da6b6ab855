"""robots.txt as the fetcher reads it, from real servers answering in different ways."""

from __future__ import annotations

import pytest

from dateline.errors import FetchError
from dateline.ingest.fetcher import Fetcher, FetchSettings
from dateline.ingest.robots import rules_for_status

from .ingest_site import FakeClock, serve_site, story_html

AGENT_RULES = b"User-agent: dateline\nDisallow: /news/\n\nUser-agent: *\nAllow: /\n"


def make(clock: FakeClock, **overrides: object) -> Fetcher:
    values: dict[str, object] = {"allow_private": True, "min_interval": 0.0, "retries": 1}
    values.update(overrides)
    return Fetcher(FetchSettings(**values), clock=clock.clock, sleep=clock.sleep)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", [404, 410, 403])
def test_robots_missing_or_forbidden_allows_everything(status: int) -> None:
    with serve_site(robots_status=status) as site, make(FakeClock()) as fetcher:
        assert fetcher.fetch(site.url("/private/secret.html")).data == story_html(1)


def test_robots_unreachable_allows_nothing() -> None:
    with serve_site(robots_status=503) as site, make(FakeClock()) as fetcher:
        with pytest.raises(FetchError, match=r"robots\.txt is unreachable \(HTTP 503"):
            fetcher.fetch(site.url("/news/1.html"))
        assert site.hits["/news/1.html"] == 0
        assert site.hits["/robots.txt"] == 2  # one retry, then cached


@pytest.mark.parametrize(
    ("agent", "allowed"),
    [("dateline/0.1.0 (+https://dateline.dev/bot)", False), ("otherbot/1.0", True)],
)
def test_robots_groups_match_the_user_agent(agent: str, allowed: bool) -> None:
    with serve_site(robots=AGENT_RULES) as site, make(FakeClock(), user_agent=agent) as fetcher:
        assert fetcher.robots_allow(site.url("/news/1.html")) is allowed
        assert fetcher.robots_allow(site.url("/about.html")) is True


def test_robots_crawl_delay_spaces_requests() -> None:
    clock = FakeClock()
    rules = b"User-agent: *\nCrawl-delay: 3\n"
    with serve_site(robots=rules) as site, make(clock) as fetcher:
        for number in (1, 2):
            fetcher.fetch(site.url(f"/news/{number}.html"))
    assert clock.sleeps == [3.0, 3.0]


def test_robots_crawl_delay_is_capped() -> None:
    clock = FakeClock()
    rules = b"User-agent: *\nCrawl-delay: 86400\n"
    with serve_site(robots=rules) as site, make(clock, max_crawl_delay=10.0) as fetcher:
        fetcher.fetch(site.url("/news/1.html"))
    assert clock.sleeps == [10.0]


@pytest.mark.parametrize(
    ("status", "body", "allowed"),
    [
        (200, b"User-agent: *\nDisallow: /\n", False),
        (200, b"", True),
        (200, b"\xff\xfe garbage \x00", True),
        (404, b"User-agent: *\nDisallow: /\n", True),
        (500, b"", False),
    ],
)
def test_robots_rules_for_status(status: int, body: bytes, allowed: bool) -> None:
    rules = rules_for_status(status, body)
    assert rules.can_fetch("dateline/0.1", "https://example.org/news/1") is allowed
