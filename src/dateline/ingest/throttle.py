"""Per-host pacing: a minimum interval between requests to one host, and deferrals.

The throttle hands out request slots per host under a lock and sleeps outside
it, so threads fetching from different hosts never wait on each other.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class HostThrottle:
    """Spaces requests to each host at least `interval` seconds apart."""

    def __init__(self, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str, interval: float) -> None:
        """Block until this host may be sent a request, and book the slot after it."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + interval
        if slot > now:
            self._sleep(slot - now)

    def defer(self, host: str, delay: float) -> None:
        """Push the next request to this host at least `delay` seconds from now."""
        with self._lock:
            now = self._clock()
            self._next[host] = max(self._next.get(host, now), now + delay)
