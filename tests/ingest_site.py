"""A small news site the ingest tests serve on 127.0.0.1 (a real threaded HTTP server).

Every page and feed here is written for the tests (fictional towns and people).
Endpoints that keep state (flaky, throttled, etag, lastmod) take a key in the
path, so tests sharing one server do not see each other's hits.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BIG_BYTES = 300_000
SLOW_SECONDS = 1.5
LAST_MODIFIED = "Wed, 14 Jul 2021 12:00:00 GMT"

STORIES = {
    1: ("Harbour council approves new ferry timetable", "Ferries to Lindholm will run hourly."),
    2: ("Library extends opening hours in Marrow Vale", "The reading room now opens at seven."),
    3: ("Cycling path reopens after spring floods", "Crews cleared the last debris on Monday."),
    4: ("Students win regional robotics final", "The team from Eastbrook built a rover."),
}


class FakeClock:
    """A clock that moves only when the fetcher sleeps; records every wait."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


def story_html(number: int) -> bytes:
    """An article page for one of the fictional stories."""
    headline, body = STORIES[number]
    return (
        f"<!DOCTYPE html><html><head><title>{headline}</title></head><body>"
        f"<article><h1>{headline}</h1><p>{body}</p>"
        "<p>Residents said they welcomed the change.</p></article></body></html>"
    ).encode()


@dataclass
class Site:
    """What the server saw: hits per path, request headers, peak concurrency on /wait/."""

    base: str = ""
    robots_status: int = 200
    robots: bytes = b"User-agent: *\nDisallow: /private/\n"
    hits: Counter[str] = field(default_factory=Counter)
    headers: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    in_flight: int = 0
    max_in_flight: int = 0
    downloads: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        """The absolute URL of a path on this site."""
        return f"{self.base}{path}"


def _rss(site: Site) -> bytes:
    items = "".join(
        f"<item><title>{STORIES[n][0]}</title><link>{site.url(f'/news/{n}.html')}</link></item>"
        for n in (1, 2)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Lindholm Ledger</title><link>{site.url('/')}</link>{items}</channel></rss>"
    ).encode()


def _atom() -> bytes:
    return (
        b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<title>Lindholm Ledger</title><id>urn:ledger</id><updated>2021-07-14T12:00:00Z</updated>"
        b"<entry><title>Cycling</title><id>urn:ledger:3</id><updated>2021-07-14T12:00:00Z</updated>"
        b'<link rel="alternate" href="/news/3.html"/></entry></feed>'
    )


def _urlset(locs: list[str], *, news: bool = False) -> bytes:
    ns = ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    ns += ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
    ns += ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
    urls = []
    for loc in locs:
        extra = (
            "<news:news><news:publication><news:name>Ledger</news:name>"
            "<news:language>en</news:language></news:publication>"
            "<news:publication_date>2021-07-14</news:publication_date>"
            "<news:title>A story</news:title></news:news>"
            if news
            else f"<image:image><image:loc>{loc}.png</image:loc></image:image>"
        )
        urls.append(f"<url><loc>{loc}</loc>{extra}</url>")
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset{ns}>{"".join(urls)}</urlset>'.encode()


def _sitemapindex(locs: list[str]) -> bytes:
    items = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'
    ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""

    def do_GET(self) -> None:
        site = self.server.site
        path = self.path
        counted = path.startswith("/wait/")
        with site.lock:
            site.hits[path] += 1
            hit = site.hits[path]
            site.headers.setdefault(path, []).append(dict(self.headers.items()))
            if counted:
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
        try:
            self._route(site, path, hit)
        finally:
            if counted:
                with site.lock:
                    site.in_flight -= 1

    def _send(
        self,
        body: bytes,
        *,
        status: int = 200,
        ctype: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        if 200 <= status < 300 and body:
            with self.server.site.lock:
                self.server.site.downloads[self.path] += 1

    def _route(self, site: Site, path: str, hit: int) -> None:
        if path == "/robots.txt":
            self._send(site.robots, status=site.robots_status, ctype="text/plain")
        elif path.startswith("/news/") and path.endswith(".html"):
            number = int(path[len("/news/") : -len(".html")])
            if number in STORIES:
                self._send(story_html(number))
            else:
                self._send(b"not found", status=404, ctype="text/plain")
        elif path == "/private/secret.html":
            self._send(story_html(1))
        elif path == "/notes.txt":
            self._send(b"Town notes\n\nThe market moves to Friday.\n", ctype="text/plain")
        elif path == "/image.png":
            self._send(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ctype="image/png")
        elif path == "/feed.xml":
            self._send(_rss(site), ctype="application/rss+xml")
        elif path == "/atom.xml":
            self._send(_atom(), ctype="application/atom+xml")
        elif path == "/broken-feed.xml":
            self._send(b"<?xml version='1.0'?><rss><channel><item>", ctype="application/rss+xml")
        elif path == "/sitemap_index.xml":
            locs = ["/sitemap-pages.xml", "/sitemap-news.xml.gz", "/sitemap_index.xml"]
            self._send(_sitemapindex([site.url(p) for p in locs]), ctype="application/xml")
        elif path == "/sitemap-pages.xml":
            locs = [site.url("/news/1.html"), site.url("/news/4.html")]
            self._send(_urlset(locs), ctype="application/xml")
        elif path == "/sitemap-news.xml.gz":
            body = gzip.compress(_urlset([site.url("/news/2.html")], news=True))
            self._send(body, ctype="application/gzip")
        elif path.startswith("/deep/"):
            level = int(path[len("/deep/") : -len(".xml")])
            self._send(_sitemapindex([site.url(f"/deep/{level + 1}.xml")]), ctype="text/xml")
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(story_html(1))
        elif path.startswith("/flaky/"):
            if hit == 1:
                self._send(b"busy", status=503, ctype="text/plain")
            else:
                self._send(story_html(2))
        elif path.startswith("/throttled/"):
            if hit == 1:
                self._send(
                    b"slow down", status=429, ctype="text/plain", headers={"Retry-After": "7"}
                )
            else:
                self._send(story_html(3))
        elif path == "/always503":
            self._send(b"down", status=503, ctype="text/plain")
        elif path == "/big":
            self._send(b"<p>" + b"x" * BIG_BYTES + b"</p>")
        elif path == "/big-stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for _ in range(BIG_BYTES // 1000):
                self.wfile.write(b"y" * 1000)
        elif path == "/loop":
            self._send(b"", status=302, headers={"Location": "/loop"})
        elif path == "/redirect":
            self._send(b"", status=301, headers={"Location": "/news/1.html"})
        elif path.startswith("/etag/"):
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(b"", status=304, ctype="", headers={"ETag": '"v1"'})
            else:
                self._send(story_html(4), headers={"ETag": '"v1"'})
        elif path.startswith("/lastmod/"):
            if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                self._send(b"", status=304, ctype="")
            else:
                self._send(story_html(4), headers={"Last-Modified": LAST_MODIFIED})
        elif path.startswith("/etag-feed/"):
            numbers = (1, 99) if "broken" in path else (1, 2)
            items = "".join(
                f"<item><title>{n}</title><link>{site.url(f'/news/{n}.html')}</link></item>"
                for n in numbers
            )
            if self.headers.get("If-None-Match") == '"feed-v1"':
                self._send(b"", status=304, ctype="", headers={"ETag": '"feed-v1"'})
            else:
                body = f"<rss version='2.0'><channel><title>L</title>{items}</channel></rss>"
                self._send(
                    body.encode(), ctype="application/rss+xml", headers={"ETag": '"feed-v1"'}
                )
        elif path.startswith("/wait/"):
            time.sleep(0.05)
            self._send(story_html(1))
        else:
            self._send(b"not found", status=404, ctype="text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    site: Site

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that time out and hang up are expected here; stay quiet."""


@contextmanager
def serve_site(robots: bytes | None = None, robots_status: int = 200) -> Iterator[Site]:
    """Run the site on 127.0.0.1 (a free port) in a thread for the duration of the block.

    Args:
        robots: the robots.txt body (default: disallow /private/ for everyone).
        robots_status: the status robots.txt is served with.
    """
    server = _Server(("127.0.0.1", 0), _Handler)
    server.site = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.site.robots_status = robots_status
    if robots is not None:
        server.site.robots = robots
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server.site
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
