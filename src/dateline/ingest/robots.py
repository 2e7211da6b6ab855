"""robots.txt rules, read the way RFC 9309 says to treat each answer.

- 2xx: the file's rules apply.
- 4xx (404, 410, even 401/403): there are no rules; everything may be fetched.
- 5xx or no answer at all: the site is "unreachable"; nothing may be fetched.
"""

from __future__ import annotations

from urllib.robotparser import RobotFileParser


def robots_url(origin: str) -> str:
    """The robots.txt URL of an origin (`scheme://host[:port]`)."""
    return f"{origin}/robots.txt"


def parse_robots(body: bytes) -> RobotFileParser:
    """Rules read from a robots.txt body (undecodable bytes are replaced)."""
    parser = RobotFileParser()
    parser.parse(body.decode("utf-8", errors="replace").splitlines())
    return parser


def allow_all() -> RobotFileParser:
    """Rules that allow everything (no robots.txt)."""
    return parse_robots(b"")


def disallow_all() -> RobotFileParser:
    """Rules that allow nothing (robots.txt unreachable)."""
    return parse_robots(b"User-agent: *\nDisallow: /\n")


def rules_for_status(status: int, body: bytes) -> RobotFileParser:
    """The rules a robots.txt answer stands for, by its status code."""
    if 200 <= status < 300:
        return parse_robots(body)
    if 400 <= status < 500:
        return allow_all()
    return disallow_all()
