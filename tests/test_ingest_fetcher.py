"""The polite fetcher against a real HTTP server on 127.0.0.1 (see ingest_site.py)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dateline.errors import ConfigError, FetchError
from dateline.ingest.addresses import blocked_reason, resolve_host
from dateline.ingest.fetcher import (
    DEFAULT_USER_AGENT,
    Fetcher,
    FetchResult,
    FetchSettings,
    parse_retry_after,
)
from dateline.ingest.remote import fetch_in_order
from dateline.ingest.validators import JsonValidatorStore, SqliteValidatorStore

from .ingest_site import BIG_BYTES, LAST_MODIFIED, FakeClock, Site, serve_site, story_html


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running


def local(**overrides: object) -> FetchSettings:
    """Settings for tests: loopback allowed, no pacing, short timeouts."""
    values: dict[str, object] = {
        "allow_private": True,
        "min_interval": 0.0,
        "timeout": 5.0,
        "retries": 2,
        "backoff": 0.25,
    }
    values.update(overrides)
    return FetchSettings(**values)  # type: ignore[arg-type]


def make(clock: FakeClock | None = None, **overrides: object) -> Fetcher:
    clock = clock or FakeClock()
    return Fetcher(local(**overrides), clock=clock.clock, sleep=clock.sleep)


def test_fetcher_gets_a_page_with_its_user_agent(site: Site) -> None:
    with make() as fetcher:
        result = fetcher.fetch(site.url("/news/1.html"))
    assert result.status == 200
    assert result.data == story_html(1)
    assert result.content_type == "text/html"
    assert result.final_url == result.url == site.url("/news/1.html")
    assert site.headers["/news/1.html"][-1]["User-Agent"] == DEFAULT_USER_AGENT
    assert DEFAULT_USER_AGENT.startswith("dateline/")
    assert "(+https://dateline.dev/bot)" in DEFAULT_USER_AGENT


def test_fetcher_user_agent_is_overridable(site: Site) -> None:
    with make(user_agent="newsroom-archiver/2.0 (+mailto:desk@example.org)") as fetcher:
        fetcher.fetch(site.url("/news/2.html"))
    assert site.headers["/news/2.html"][-1]["User-Agent"].startswith("newsroom-archiver/2.0")


def test_fetcher_refuses_a_path_robots_disallows(site: Site) -> None:
    with make() as fetcher, pytest.raises(FetchError, match=r"disallowed by robots\.txt") as info:
        fetcher.fetch(site.url("/private/secret.html"))
    assert info.value.url == site.url("/private/secret.html")
    assert site.hits["/private/secret.html"] == 0


def test_fetcher_reads_robots_once_per_host(site: Site) -> None:
    before = site.hits["/robots.txt"]
    with make() as fetcher:
        for number in (1, 2, 3):
            fetcher.fetch(site.url(f"/news/{number}.html"))
    assert site.hits["/robots.txt"] == before + 1


def test_fetcher_can_be_told_to_ignore_robots(site: Site) -> None:
    with make(obey_robots=False) as fetcher:
        assert fetcher.fetch(site.url("/private/secret.html")).status == 200


def test_fetcher_times_out_on_a_slow_endpoint(site: Site) -> None:
    with make(timeout=0.2) as fetcher, pytest.raises(FetchError, match="timed out") as info:
        fetcher.fetch(site.url("/slow"))
    assert info.value.url == site.url("/slow")


def test_fetcher_retries_a_flaky_endpoint_with_backoff(site: Site) -> None:
    clock = FakeClock()
    with make(clock) as fetcher:
        result = fetcher.fetch(site.url("/flaky/retry"))
    assert result.data == story_html(2)
    assert site.hits["/flaky/retry"] == 2
    assert clock.sleeps == [0.25]


def test_fetcher_honours_retry_after_on_429(site: Site) -> None:
    clock = FakeClock()
    with make(clock) as fetcher:
        result = fetcher.fetch(site.url("/throttled/honour"))
    assert result.data == story_html(3)
    assert site.hits["/throttled/honour"] == 2
    assert clock.sleeps == [7.0]


def test_fetcher_gives_up_when_retry_after_is_too_long(site: Site) -> None:
    with make(max_retry_after=5.0) as fetcher, pytest.raises(FetchError, match="retry after 7s"):
        fetcher.fetch(site.url("/throttled/too-long"))
    assert site.hits["/throttled/too-long"] == 1


def test_fetcher_gives_up_after_its_retries(site: Site) -> None:
    clock = FakeClock()
    before = site.hits["/always503"]
    with make(clock, retries=3) as fetcher, pytest.raises(FetchError, match="HTTP 503 after 4"):
        fetcher.fetch(site.url("/always503"))
    assert site.hits["/always503"] == before + 4
    assert clock.sleeps == [0.25, 0.5, 1.0]


def test_fetcher_backoff_is_capped(site: Site) -> None:
    clock = FakeClock()
    fetcher = make(clock, retries=3, backoff=2.0, max_backoff=3.0)
    with fetcher, pytest.raises(FetchError, match="HTTP 503"):
        fetcher.fetch(site.url("/always503"))
    assert clock.sleeps == [2.0, 3.0, 3.0]


@pytest.mark.parametrize("path", ["/big", "/big-stream"])
def test_fetcher_stops_at_the_size_limit(site: Site, path: str) -> None:
    with make(max_bytes=64 * 1024) as fetcher, pytest.raises(FetchError, match="byte limit"):
        fetcher.fetch(site.url(path))


def test_fetcher_reads_a_body_under_the_size_limit(site: Site) -> None:
    with make(max_bytes=BIG_BYTES * 2) as fetcher:
        assert len(fetcher.fetch(site.url("/big-stream")).data) == BIG_BYTES


def test_fetcher_follows_a_redirect(site: Site) -> None:
    with make() as fetcher:
        result = fetcher.fetch(site.url("/redirect"))
    assert result.url == site.url("/redirect")
    assert result.final_url == site.url("/news/1.html")
    assert result.data == story_html(1)


def test_fetcher_stops_a_redirect_loop(site: Site) -> None:
    before = site.hits["/loop"]
    with make(max_redirects=4) as fetcher, pytest.raises(FetchError, match="too many redirects"):
        fetcher.fetch(site.url("/loop"))
    assert site.hits["/loop"] == before + 5


def test_fetcher_sends_if_none_match_and_takes_304(site: Site) -> None:
    url = site.url("/etag/a")
    with make() as fetcher:
        first = fetcher.fetch(url)
        fetcher.remember(first)
        second = fetcher.fetch(url)
    assert first.status == 200 and first.validators.etag == '"v1"'
    assert second.not_modified and second.data == b""
    assert site.headers["/etag/a"][-1]["If-None-Match"] == '"v1"'
    assert site.downloads["/etag/a"] == 1


def test_fetcher_sends_if_modified_since_and_takes_304(site: Site) -> None:
    url = site.url("/lastmod/a")
    with make() as fetcher:
        fetcher.remember(fetcher.fetch(url))
        assert fetcher.fetch(url).not_modified
    assert site.headers["/lastmod/a"][-1]["If-Modified-Since"] == LAST_MODIFIED
    assert site.downloads["/lastmod/a"] == 1


def test_fetcher_without_remember_downloads_again(site: Site) -> None:
    url = site.url("/etag/forgotten")
    with make() as fetcher:
        fetcher.fetch(url)
        assert fetcher.fetch(url).status == 200
    assert site.downloads["/etag/forgotten"] == 2


@pytest.mark.parametrize("kind", ["json", "sqlite"])
def test_fetcher_validators_persist_across_fetchers(site: Site, tmp_path: Path, kind: str) -> None:
    url = site.url(f"/etag/persist-{kind}")

    def store() -> JsonValidatorStore | SqliteValidatorStore:
        if kind == "json":
            return JsonValidatorStore(tmp_path / "validators.json")
        return SqliteValidatorStore(tmp_path / "archive.db")

    clock = FakeClock()
    with Fetcher(local(), store=store(), clock=clock.clock, sleep=clock.sleep) as fetcher:
        fetcher.remember(fetcher.fetch(url))
    with Fetcher(local(), store=store(), clock=clock.clock, sleep=clock.sleep) as fetcher:
        assert fetcher.fetch(url).not_modified
    assert site.downloads[f"/etag/persist-{kind}"] == 1
    if kind == "json":
        saved = json.loads((tmp_path / "validators.json").read_text())
        assert saved == {url: {"etag": '"v1"', "last_modified": None}}
    else:
        with sqlite3.connect(tmp_path / "archive.db") as db:
            assert db.execute("SELECT url, etag FROM http_validators").fetchall() == [(url, '"v1"')]


def test_fetcher_spaces_requests_to_one_host(site: Site) -> None:
    clock = FakeClock()
    with make(clock, min_interval=5.0) as fetcher:
        for number in (1, 2):
            fetcher.fetch(site.url(f"/news/{number}.html"))
    # robots.txt at t=0, then each page 5 s after the request before it
    assert clock.sleeps == [5.0, 5.0]


@pytest.mark.parametrize(("overall", "per_host", "limit"), [(2, 4, 2), (4, 1, 1)])
def test_fetcher_limits_requests_in_flight(
    site: Site, overall: int, per_host: int, limit: int
) -> None:
    site.max_in_flight = 0
    urls = [site.url(f"/wait/{overall}-{per_host}-{n}") for n in range(8)]
    with Fetcher(local(concurrency=overall, per_host_concurrency=per_host)) as fetcher:
        outcomes = list(fetch_in_order(urls, fetcher))
    assert [outcome[0] for outcome in outcomes] == urls  # type: ignore[index]
    assert all(isinstance(outcome[1], FetchResult) for outcome in outcomes)  # type: ignore[index]
    assert 1 <= site.max_in_flight <= limit


@pytest.mark.parametrize("path", ["/news/1.html", "/robots.txt"])
def test_fetcher_refuses_loopback_by_default(site: Site, path: str) -> None:
    before = sum(site.hits.values())
    with Fetcher(FetchSettings()) as fetcher, pytest.raises(FetchError, match="loopback") as info:
        fetcher.fetch(site.url(path))
    assert info.value.url == site.url(path)
    assert sum(site.hits.values()) == before


def test_fetcher_refuses_localhost_by_name(site: Site) -> None:
    port = site.base.rsplit(":", 1)[1]
    with Fetcher(FetchSettings()) as fetcher, pytest.raises(FetchError, match="refused"):
        fetcher.fetch(f"http://localhost:{port}/news/1.html")


@pytest.mark.parametrize("url", ["ftp://example.org/a", "file:///etc/passwd", "http:///nohost"])
def test_fetcher_refuses_urls_it_cannot_fetch(url: str) -> None:
    with Fetcher(FetchSettings()) as fetcher, pytest.raises(FetchError):
        fetcher.fetch(url)


def test_fetcher_reports_http_errors_with_status(site: Site) -> None:
    with make() as fetcher, pytest.raises(FetchError, match="HTTP 404") as info:
        fetcher.fetch(site.url("/news/99.html"))
    assert str(info.value) == f"{site.url('/news/99.html')}: HTTP 404"


def test_fetcher_connection_refused_is_retried_then_fails() -> None:
    clock = FakeClock()
    with make(clock, retries=1) as fetcher, pytest.raises(FetchError, match="unreachable"):
        # nothing listens on port 9 of 127.0.0.1: robots.txt cannot be read
        fetcher.fetch("http://127.0.0.1:9/news/1.html")
    assert clock.sleeps == [0.25]


# ---- what a real loopback server cannot show: public names, redirects to private hosts ----


PUBLIC_DNS = {"news.example": ["93.184.216.34"], "intranet.example": ["10.1.2.3"]}


def fake_resolver(host: str, port: int) -> list[str]:
    return PUBLIC_DNS.get(host, ["93.184.216.34"])


def public_site(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/robots.txt":
        return httpx.Response(404)
    if request.url.path == "/to-intranet":
        return httpx.Response(302, headers={"Location": "http://intranet.example/admin"})
    if request.url.path == "/to-loopback":
        return httpx.Response(302, headers={"Location": "http://127.0.0.1/admin"})
    return httpx.Response(200, html="<p>ok</p>")


@pytest.mark.parametrize(
    ("path", "refused"),
    [("/to-intranet", "http://intranet.example/admin"), ("/to-loopback", "http://127.0.0.1/admin")],
)
def test_fetcher_rechecks_every_redirect_hop(path: str, refused: str) -> None:
    client = httpx.Client(transport=httpx.MockTransport(public_site))
    fetcher = Fetcher(FetchSettings(min_interval=0), client=client, resolver=fake_resolver)
    with fetcher, pytest.raises(FetchError, match="refused") as info:
        fetcher.fetch(f"http://news.example{path}")
    assert info.value.url == refused
    client.close()


def test_fetcher_refuses_a_host_with_any_private_address() -> None:
    def split_horizon(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "192.168.0.7"]

    client = httpx.Client(transport=httpx.MockTransport(public_site))
    fetcher = Fetcher(FetchSettings(), client=client, resolver=split_horizon)
    with fetcher, pytest.raises(FetchError, match=r"192\.168\.0\.7, a private address"):
        fetcher.fetch("http://mixed.example/")
    client.close()


def test_fetcher_injected_client_is_left_open() -> None:
    client = httpx.Client(transport=httpx.MockTransport(public_site))
    with Fetcher(FetchSettings(min_interval=0), client=client, resolver=fake_resolver) as f:
        assert f.fetch("http://news.example/story").data == b"<p>ok</p>"
    assert not client.is_closed
    client.close()


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("7", 7.0),
        (" 0 ", 0.0),
        (None, None),
        ("soon", None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
    ],
)
def test_fetcher_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


@pytest.mark.parametrize(
    "overrides",
    [{"timeout": 0}, {"concurrency": 0}, {"retries": -1}, {"user_agent": " "}, {"max_bytes": 0}],
)
def test_fetcher_settings_reject_bad_values(overrides: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        FetchSettings(**overrides)  # type: ignore[arg-type]


@pytest.mark.parametrize("url", ["http://[::1", "http://\x00/", "http://[not-ipv6]/"])
def test_fetcher_malformed_urls_are_fetch_errors(url: str) -> None:
    client = httpx.Client(transport=httpx.MockTransport(public_site))
    fetcher = Fetcher(FetchSettings(), client=client, resolver=fake_resolver)
    with fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    assert info.value.message.startswith("malformed URL (")
    assert info.value.url == url
    client.close()


@pytest.mark.parametrize("host", ["a..b", "a" * 300 + ".com"])
def test_fetcher_names_that_cannot_be_encoded_do_not_resolve(host: str) -> None:
    # the IDNA encoding fails before any lookup is sent
    with pytest.raises(FetchError, match="cannot resolve host"):
        resolve_host(host, 80)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "private"),
        ("100.64.0.1", "not globally routable"),
        ("::ffff:127.0.0.1", "loopback"),
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_fetcher_address_policy(address: str, reason: str | None) -> None:
    assert blocked_reason(address) == reason
