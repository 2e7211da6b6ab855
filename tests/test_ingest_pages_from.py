"""`pages_from` end to end: URLs, feeds, sitemaps and URL lists against a real local server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.ingest import (
    Fetcher,
    FetchSettings,
    MemoryValidatorStore,
    RawPage,
    SourceFailure,
    pages_from,
)

from .ingest_site import Site, serve_site, story_html


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serve_site() as running:
        yield running


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    settings = FetchSettings(allow_private=True, min_interval=0, timeout=5.0, retries=1, backoff=0)
    with Fetcher(settings, sleep=lambda seconds: None) as made:
        yield made


def summary(items: list[RawPage | SourceFailure]) -> list[tuple[str, str]]:
    """(kind, source) per item, for comparing whole runs."""
    return [("page" if isinstance(item, RawPage) else "fail", item.source) for item in items]


def test_pages_from_a_page_url(site: Site, fetcher: Fetcher) -> None:
    (page,) = pages_from([site.url("/news/1.html")], fetcher=fetcher)
    assert isinstance(page, RawPage)
    assert (page.source, page.url, page.content_type) == (
        site.url("/news/1.html"),
        site.url("/news/1.html"),
        "text/html",
    )
    assert page.data == story_html(1)
    assert page.fetched_at and page.fetched_at.endswith("Z")


def test_pages_from_a_redirect_keeps_the_listed_url_as_source(site: Site, fetcher: Fetcher) -> None:
    (page,) = pages_from([site.url("/redirect")], fetcher=fetcher)
    assert isinstance(page, RawPage)
    assert (page.source, page.url) == (site.url("/redirect"), site.url("/news/1.html"))


def test_pages_from_an_rss_feed_fetches_its_items(site: Site, fetcher: Fetcher) -> None:
    items = list(pages_from([site.url("/feed.xml")], fetcher=fetcher))
    assert summary(items) == [
        ("page", site.url("/news/1.html")),
        ("page", site.url("/news/2.html")),
    ]
    assert [item.data for item in items] == [story_html(1), story_html(2)]  # type: ignore[union-attr]


def test_pages_from_an_atom_feed_resolves_relative_links(site: Site, fetcher: Fetcher) -> None:
    assert summary(list(pages_from([site.url("/atom.xml")], fetcher=fetcher))) == [
        ("page", site.url("/news/3.html"))
    ]


def test_pages_from_a_sitemap_index_follows_sitemaps_and_news_sitemaps(
    site: Site, fetcher: Fetcher
) -> None:
    items = list(pages_from([site.url("/sitemap_index.xml")], fetcher=fetcher))
    assert summary(items) == [
        ("page", site.url("/news/1.html")),
        ("page", site.url("/news/4.html")),
        ("page", site.url("/news/2.html")),
    ]
    assert site.hits["/news/1.html.png"] == 0  # image:loc is not a page


def test_pages_from_a_sitemap_index_stops_at_the_depth_limit(site: Site, fetcher: Fetcher) -> None:
    items = list(pages_from([site.url("/deep/0.xml")], fetcher=fetcher))
    assert len(items) == 1
    assert isinstance(items[0], SourceFailure)
    assert "deeper than" in items[0].error
    assert site.hits["/deep/4.xml"] == 0


def test_pages_from_a_url_list_goes_on_past_bad_items(
    site: Site, fetcher: Fetcher, tmp_path: Path
) -> None:
    listing = tmp_path / "morning.txt"
    listing.write_text(
        "# the morning's links\n"
        f"{site.url('/news/1.html')}\n"
        "\n"
        "not a url\n"
        f"{site.url('/news/99.html')}\n"
        f"{site.url('/private/secret.html')}\n"
        f"{site.url('/image.png')}\n"
        f"{site.url('/notes.txt')}\n"
        f"{site.url('/feed.xml')}\n"
    )
    items = list(pages_from([str(listing)], fetcher=fetcher))
    assert summary(items) == [
        ("page", site.url("/news/1.html")),
        ("fail", f"{listing}:4"),
        ("fail", site.url("/news/99.html")),
        ("fail", site.url("/private/secret.html")),
        ("fail", site.url("/image.png")),
        ("page", site.url("/notes.txt")),
        ("page", site.url("/news/1.html")),
        ("page", site.url("/news/2.html")),
    ]
    errors = [item.error for item in items if isinstance(item, SourceFailure)]
    assert errors == [
        "not an http(s) URL",
        "HTTP 404",
        "disallowed by robots.txt",
        "not an HTML or text page (image/png)",
    ]
    assert items[5].content_type == "text/plain"  # type: ignore[union-attr]


def test_pages_from_local_feed_and_sitemap_files(
    site: Site, fetcher: Fetcher, tmp_path: Path
) -> None:
    feed = tmp_path / "saved-feed.xml"
    feed.write_text(
        "<rss version='2.0'><channel><title>Ledger</title>"
        f"<item><title>Library</title><link>{site.url('/news/2.html')}</link></item>"
        "<item><title>Relative</title><link>/news/3.html</link></item>"
        "</channel></rss>"
    )
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{site.url('/news/4.html')}</loc></url></urlset>"
    )
    items = list(pages_from([str(feed), str(sitemap)], fetcher=fetcher))
    assert summary(items) == [
        ("page", site.url("/news/2.html")),
        ("fail", "/news/3.html"),
        ("page", site.url("/news/4.html")),
    ]


def test_pages_from_a_second_run_skips_unmodified_pages(site: Site, fetcher: Fetcher) -> None:
    url = site.url("/etag/second-run")
    first = list(pages_from([url], fetcher=fetcher))
    second = list(pages_from([url], fetcher=fetcher))
    assert summary(first) == [("page", url)]
    assert second == []
    assert site.headers["/etag/second-run"][-1]["If-None-Match"] == '"v1"'
    assert site.downloads["/etag/second-run"] == 1


def test_pages_from_remembers_a_page_only_after_it_was_taken(site: Site) -> None:
    store = MemoryValidatorStore()
    settings = FetchSettings(allow_private=True, min_interval=0)
    url = site.url("/etag/taken")
    with Fetcher(settings, store=store) as fetcher:
        items = pages_from([url, site.url("/news/1.html")], fetcher=fetcher)
        assert isinstance(next(items), RawPage)
        assert store.get(url) is None  # a crash here must not lose the page next run
        next(items)
        assert store.get(url) is not None
        items.close()


def test_pages_from_refuses_loopback_unless_allowed(site: Site) -> None:
    (failure,) = pages_from([site.url("/news/2.html")])
    assert isinstance(failure, SourceFailure)
    assert "loopback" in failure.error
    assert failure.source == failure.url == site.url("/news/2.html")


@pytest.mark.slow
def test_pages_from_allow_private_fetches_loopback(site: Site) -> None:
    (page,) = pages_from([site.url("/news/2.html")], allow_private=True)
    assert isinstance(page, RawPage) and page.data == story_html(2)


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/broken-feed.xml", "not a readable feed"),
        ("/big", "byte limit"),
        ("/slow", "timed out"),
        ("/loop", "too many redirects"),
    ],
)
def test_pages_from_bad_urls_are_failures(
    site: Site, fetcher: Fetcher, path: str, error: str
) -> None:
    settings = FetchSettings(
        allow_private=True, min_interval=0, timeout=0.2, retries=0, max_bytes=64 * 1024
    )
    with Fetcher(settings) as small:
        items = list(pages_from([site.url(path), site.url("/news/3.html")], fetcher=small))
    assert summary(items) == [("fail", site.url(path)), ("page", site.url("/news/3.html"))]
    assert error in items[0].error  # type: ignore[union-attr]


def test_pages_from_mixed_specs_never_stop(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "one.html").write_bytes(story_html(1))
    specs = [
        str(tmp_path / "missing.html"),
        "ftp://example.org/file",
        str(tmp_path / "pages"),
        site.url("/news/4.html"),
    ]
    items = list(pages_from(specs, fetcher=fetcher))
    assert summary(items) == [
        ("fail", str(tmp_path / "missing.html")),
        ("fail", "ftp://example.org/file"),
        ("page", str(tmp_path / "pages" / "one.html")),
        ("page", site.url("/news/4.html")),
    ]


def test_pages_from_is_lazy(site: Site, fetcher: Fetcher, tmp_path: Path) -> None:
    (tmp_path / "one.html").write_bytes(story_html(1))
    items = pages_from([str(tmp_path / "one.html"), site.url("/news/3.html?lazy")], fetcher=fetcher)
    assert isinstance(next(items), RawPage)
    assert site.hits["/news/3.html?lazy"] == 0
    items.close()


def test_pages_from_an_unchanged_feed_yields_nothing_the_second_time(
    site: Site, fetcher: Fetcher
) -> None:
    url = site.url("/etag-feed/clean.xml")
    assert len(list(pages_from([url], fetcher=fetcher))) == 2
    assert list(pages_from([url], fetcher=fetcher)) == []
    assert site.downloads["/etag-feed/clean.xml"] == 1


def test_pages_from_a_feed_with_failed_items_is_read_again(site: Site, fetcher: Fetcher) -> None:
    url = site.url("/etag-feed/broken.xml")
    first = list(pages_from([url], fetcher=fetcher))
    second = list(pages_from([url], fetcher=fetcher))
    assert summary(first) == [
        ("page", site.url("/news/1.html")),
        ("fail", site.url("/news/99.html")),
    ]
    assert summary(second) == summary(first)  # the failed item is tried again
    assert site.downloads["/etag-feed/broken.xml"] == 2


def test_pages_from_a_sitemap_cut_short_keeps_the_links_before_the_break(
    site: Site, fetcher: Fetcher, tmp_path: Path
) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{site.url('/news/3.html')}</loc></url>"
        f"<url><loc>{site.url('/news/4.html')}</loc></url>"
        "<url><loc>https://example.org/cut"
    )
    items = list(pages_from([str(sitemap)], fetcher=fetcher))
    assert summary(items) == [
        ("page", site.url("/news/3.html")),
        ("page", site.url("/news/4.html")),
        ("fail", str(sitemap)),
    ]
    assert "malformed sitemap XML" in items[-1].error  # type: ignore[union-attr]


def test_pages_from_takes_one_bare_spec_as_a_list(tmp_path: Path) -> None:
    (tmp_path / "one.html").write_bytes(story_html(1))
    (page,) = pages_from(str(tmp_path))  # type: ignore[arg-type]
    assert isinstance(page, RawPage) and page.data == story_html(1)
