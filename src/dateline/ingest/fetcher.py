"""The polite fetcher: one HTTP GET at a time, the way a well-behaved crawler does it.

For every URL (and every redirect hop) the fetcher:

1. refuses schemes other than http/https, and hosts that resolve to private,
   loopback, link-local or reserved addresses unless `allow_private` is set;
2. reads the host's robots.txt once (cached per origin) and refuses disallowed
   paths; a `Crawl-delay` there lengthens the per-host interval (capped);
3. waits its turn: at least `min_interval` seconds between requests to one host,
   at most `per_host_concurrency` requests in flight per host and `concurrency`
   in flight overall (the fetcher is thread-safe);
4. sends a clear User-Agent and, when it has fetched the URL before, the
   `If-None-Match` / `If-Modified-Since` validators it kept (a 304 means
   "not modified": no body is downloaded);
5. retries 429 and 5xx answers and connection failures with exponential
   backoff, honouring `Retry-After` (up to `max_retry_after` seconds);
6. streams the body and stops once it passes `max_bytes` (or `total_timeout`);
7. follows at most `max_redirects` redirects, checking each hop as in 1 and 2.

Everything that goes wrong is a `FetchError` with `url=` set.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from dateline import __version__
from dateline.errors import ConfigError, FetchError
from dateline.extract.decode import MAX_PAGE_BYTES
from dateline.ingest.addresses import Resolver, check_public, resolve_host
from dateline.ingest.clock import now_iso
from dateline.ingest.robots import disallow_all, robots_url, rules_for_status
from dateline.ingest.throttle import HostThrottle
from dateline.ingest.validators import MemoryValidatorStore, Validators, ValidatorStore

DEFAULT_USER_AGENT = f"dateline/{__version__} (+https://dateline.dev/bot)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
RETRYABLE_ERRORS = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class FetchSettings:
    """How politely to fetch. The defaults suit a laptop crawling news sites.

    Attributes:
        user_agent: sent with every request, and matched against robots.txt groups.
        timeout: seconds allowed for connecting and for each read or write.
        total_timeout: seconds allowed for one response body to arrive in full.
        retries: extra attempts after a 429, a 5xx or a connection failure.
        backoff: seconds before the first retry; doubles on each retry.
        max_backoff: the longest backoff wait.
        max_retry_after: the longest `Retry-After` honoured; a longer one fails the URL.
        min_interval: seconds between two requests to one host.
        max_crawl_delay: the longest robots.txt `Crawl-delay` honoured.
        concurrency: requests in flight at once, over all hosts.
        per_host_concurrency: requests in flight at once to one host.
        max_bytes: the largest response body read; larger ones fail.
        max_redirects: redirects followed before giving up.
        obey_robots: read and obey robots.txt.
        robots_max_bytes: the largest robots.txt read.
        allow_private: fetch from private, loopback, link-local and reserved addresses.
    """

    user_agent: str = DEFAULT_USER_AGENT
    timeout: float = 20.0
    total_timeout: float = 120.0
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 60.0
    max_retry_after: float = 120.0
    min_interval: float = 1.0
    max_crawl_delay: float = 30.0
    concurrency: int = 4
    per_host_concurrency: int = 2
    max_bytes: int = MAX_PAGE_BYTES
    max_redirects: int = 5
    obey_robots: bool = True
    robots_max_bytes: int = 512 * 1024
    allow_private: bool = False

    def __post_init__(self) -> None:
        for name in ("timeout", "total_timeout"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"fetch setting {name} must be positive")
        for name in ("concurrency", "per_host_concurrency", "max_bytes", "robots_max_bytes"):
            if getattr(self, name) < 1:
                raise ConfigError(f"fetch setting {name} must be at least 1")
        for name in (
            "retries",
            "backoff",
            "max_backoff",
            "max_retry_after",
            "min_interval",
            "max_crawl_delay",
            "max_redirects",
        ):
            if getattr(self, name) < 0:
                raise ConfigError(f"fetch setting {name} must not be negative")
        if not self.user_agent.strip():
            raise ConfigError("fetch setting user_agent must not be empty")


@dataclass(frozen=True)
class FetchResult:
    """One fetched URL: the final answer after redirects.

    Attributes:
        url: the URL asked for.
        final_url: the URL that answered (after redirects).
        status: the final HTTP status (2xx, or 304 when not modified).
        data: the body (empty when not modified).
        content_type: the media type without parameters, lower-case, or None.
        fetched_at: when the answer arrived (ISO 8601, UTC).
        validators: the ETag / Last-Modified the answer carried.
    """

    url: str
    final_url: str
    status: int
    data: bytes
    content_type: str | None
    fetched_at: str
    validators: Validators = field(default_factory=Validators)

    @property
    def not_modified(self) -> bool:
        """True when the server said the copy fetched before is still current (304)."""
        return self.status == 304


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: httpx.Headers
    data: bytes


class _RetryableStatusError(Exception):
    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after


class Fetcher:
    """A polite, thread-safe HTTP fetcher (see the module docstring for what it does).

    Args:
        settings: politeness settings; `FetchSettings()` by default.
        client: an `httpx.Client` to send requests with (one is made, and
            closed by `close()`, when none is given). Redirects, timeouts and the
            User-Agent are set per request, whatever the client's defaults.
        store: where ETag / Last-Modified are kept; in memory by default.
        resolver: host name -> IP addresses, for the address policy.
        clock: a monotonic clock in seconds (for pacing).
        sleep: how to wait (for pacing and backoff).

    Example:
        >>> with Fetcher(FetchSettings(min_interval=2.0)) as fetcher:
        ...     result = fetcher.fetch("https://example.org/news/1")
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        client: httpx.Client | None = None,
        store: ValidatorStore | None = None,
        resolver: Resolver = resolve_host,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings or FetchSettings()
        self._own_client = client is None
        self._client = client or httpx.Client(follow_redirects=False, trust_env=False)
        self.store: ValidatorStore = store if store is not None else MemoryValidatorStore()
        self._resolver = resolver
        self._clock = clock
        self._throttle = HostThrottle(clock, sleep)
        self._slots = threading.BoundedSemaphore(self.settings.concurrency)
        self._lock = threading.Lock()
        self._host_slots: dict[str, threading.BoundedSemaphore] = {}
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._robots_errors: dict[str, str] = {}

    # ---- public -------------------------------------------------------------------------

    def fetch(
        self, url: str, *, max_bytes: int | None = None, conditional: bool = True
    ) -> FetchResult:
        """GET a URL politely and return its final answer (a 2xx, or a 304 when not modified).

        Args:
            url: an http or https URL.
            max_bytes: the largest body to read (default: the settings' `max_bytes`).
            conditional: send the validators kept from an earlier fetch.

        Raises:
            FetchError: refused (scheme, address, robots.txt), failed (status,
                timeout, connection, size), or too many redirects.
        """
        try:
            return self._fetch(url.strip(), max_bytes or self.settings.max_bytes, conditional)
        except (ValueError, httpx.InvalidURL) as exc:
            raise FetchError(f"malformed URL ({_describe(exc)})", url=url) from exc

    def _fetch(self, url: str, limit: int, conditional: bool) -> FetchResult:
        hop = url
        for _ in range(self.settings.max_redirects + 1):
            self._check_allowed(hop)
            validators = self.store.get(hop) if conditional else None
            headers = validators.headers() if validators else {}
            answer = self._get(hop, headers, limit)
            location = answer.headers.get("location")
            if answer.status in REDIRECT_STATUSES and location:
                hop = urljoin(hop, location.strip())
                continue
            if answer.status == 304 and validators:
                return self._result(url, hop, answer, validators)
            if 200 <= answer.status < 300:
                return self._result(url, hop, answer, _validators_of(answer.headers))
            raise FetchError(f"HTTP {answer.status}", url=hop)
        raise FetchError(f"too many redirects (more than {self.settings.max_redirects})", url=url)

    def remember(self, result: FetchResult) -> None:
        """Keep a result's validators so the next fetch of its URL is conditional."""
        if result.validators.etag or result.validators.last_modified:
            self.store.put(result.final_url, result.validators)

    def robots_allow(self, url: str) -> bool:
        """True when the URL's robots.txt lets this user agent fetch it."""
        return self._robots_for(_origin(url)).can_fetch(self.settings.user_agent, url)

    def close(self) -> None:
        """Close the client (if the fetcher made it) and the validator store."""
        self.store.close()
        if self._own_client:
            self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ---- policy -------------------------------------------------------------------------

    def _check_allowed(self, url: str) -> None:
        self._check_address(url)
        if self.settings.obey_robots and not self.robots_allow(url):
            with self._lock:
                reason = self._robots_errors.get(_origin(url))
            if reason:
                raise FetchError(f"robots.txt is unreachable ({reason}), so not fetching", url=url)
            raise FetchError("disallowed by robots.txt", url=url)

    def _check_address(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchError(f"unsupported URL scheme {parts.scheme!r}", url=url)
        try:
            host, port = parts.hostname, parts.port
        except ValueError as exc:
            raise FetchError(f"malformed URL ({exc})", url=url) from exc
        if not host:
            raise FetchError("URL has no host", url=url)
        if not self.settings.allow_private:
            default = 443 if parts.scheme.lower() == "https" else 80
            check_public(host, port or default, url, self._resolver)

    def _robots_for(self, origin: str) -> RobotFileParser:
        with self._lock:
            if origin in self._robots:
                return self._robots[origin]
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            with self._lock:
                if origin in self._robots:
                    return self._robots[origin]
            rules = self._load_robots(origin)
            with self._lock:
                self._robots[origin] = rules
            # the first page waits out the crawl delay after robots.txt itself
            self._throttle.defer(urlsplit(origin).netloc, self._interval(origin))
            return rules

    def _load_robots(self, origin: str) -> RobotFileParser:
        """Fetch and read an origin's robots.txt; unreachable means "allow nothing"."""
        hop = robots_url(origin)
        try:
            for _ in range(self.settings.max_redirects + 1):
                self._check_address(hop)
                answer = self._get(hop, {}, self.settings.robots_max_bytes)
                location = answer.headers.get("location")
                if answer.status in REDIRECT_STATUSES and location:
                    hop = urljoin(hop, location.strip())
                    continue
                return rules_for_status(answer.status, answer.data)
            reason = "too many redirects"
        except FetchError as exc:
            reason = exc.message
        with self._lock:
            self._robots_errors[origin] = reason
        return disallow_all()

    def _interval(self, url: str) -> float:
        interval = self.settings.min_interval
        if self.settings.obey_robots:
            origin = _origin(url)
            with self._lock:
                rules = self._robots.get(origin)
            delay = rules.crawl_delay(self.settings.user_agent) if rules else None
            if delay:
                interval = max(interval, min(float(delay), self.settings.max_crawl_delay))
        return interval

    def _host_slot(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            slot = self._host_slots.get(host)
            if slot is None:
                slot = threading.BoundedSemaphore(self.settings.per_host_concurrency)
                self._host_slots[host] = slot
            return slot

    # ---- transport ----------------------------------------------------------------------

    def _get(self, url: str, headers: dict[str, str], limit: int) -> _Answer:
        """One GET (no redirects followed) with pacing, concurrency limits and retries."""
        host = urlsplit(url).netloc.lower()
        attempt = 0
        while True:
            self._throttle.wait(host, self._interval(url))
            try:
                with self._host_slot(host), self._slots:
                    return self._send(url, headers, limit)
            except _RetryableStatusError as exc:
                if attempt >= self.settings.retries:
                    tries = f" after {attempt + 1} attempts" if attempt else ""
                    raise FetchError(f"HTTP {exc.status}{tries}", url=url) from exc
                delay = exc.retry_after if exc.retry_after is not None else self._backoff(attempt)
                if delay > self.settings.max_retry_after:
                    raise FetchError(
                        f"HTTP {exc.status}: asked to retry after {delay:.0f}s, "
                        f"over the {self.settings.max_retry_after:.0f}s limit",
                        url=url,
                    ) from exc
            except RETRYABLE_ERRORS as exc:
                if attempt >= self.settings.retries:
                    raise FetchError(f"connection failed: {_describe(exc)}", url=url) from exc
                delay = self._backoff(attempt)
            except httpx.TimeoutException as exc:
                raise FetchError(f"timed out after {self.settings.timeout:g}s", url=url) from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"request failed: {_describe(exc)}", url=url) from exc
            self._throttle.defer(host, delay)
            attempt += 1

    def _send(self, url: str, headers: dict[str, str], limit: int) -> _Answer:
        request = self._client.build_request(
            "GET",
            url,
            headers={"User-Agent": self.settings.user_agent, "Accept": ACCEPT, **headers},
            timeout=httpx.Timeout(self.settings.timeout),
        )
        response = self._client.send(request, stream=True, follow_redirects=False)
        try:
            status = response.status_code
            if status in RETRY_STATUSES:
                raise _RetryableStatusError(
                    status, parse_retry_after(response.headers.get("retry-after"))
                )
            if not 200 <= status < 300:
                return _Answer(status, response.headers, b"")
            return _Answer(status, response.headers, self._read_body(response, url, limit))
        finally:
            response.close()

    def _read_body(self, response: httpx.Response, url: str, limit: int) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(
                f"response is {int(declared):,} bytes, over the {limit:,}-byte limit", url=url
            )
        deadline = self._clock() + self.settings.total_timeout
        parts: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"response is over the {limit:,}-byte limit", url=url)
            if self._clock() > deadline:
                raise FetchError(f"response took over {self.settings.total_timeout:g}s", url=url)
            parts.append(chunk)
        return b"".join(parts)

    def _backoff(self, attempt: int) -> float:
        return float(min(self.settings.backoff * (2**attempt), self.settings.max_backoff))

    def _result(
        self, url: str, final_url: str, answer: _Answer, validators: Validators
    ) -> FetchResult:
        content_type = answer.headers.get("content-type")
        media = content_type.split(";", 1)[0].strip().lower() if content_type else None
        return FetchResult(
            url=url,
            final_url=final_url,
            status=answer.status,
            data=answer.data,
            content_type=media or None,
            fetched_at=now_iso(),
            validators=validators,
        )


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return max(0.0, moment.timestamp() - time.time())


def _validators_of(headers: httpx.Headers) -> Validators:
    return Validators(etag=headers.get("etag"), last_modified=headers.get("last-modified"))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _describe(exc: Exception) -> str:
    return str(exc) or type(exc).__name__
