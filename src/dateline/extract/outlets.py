"""News outlets: name a page's outlet from its domain or masthead (`lexicons/outlets.tsv`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dateline.lexicons import load_table


@dataclass(frozen=True)
class OutletInfo:
    """One row of `outlets.tsv`: an outlet and its home facts."""

    name: str
    domains: tuple[str, ...]
    timezone: str
    country: str
    language: str


_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def squash(name: str) -> str:
    """A name reduced for comparison: lower-case letters and digits, no leading "The".

    "The" stays when one word follows it ("The Local", "The Star"), so that a section
    called "Local" is not taken for the outlet.
    """
    words = name.split()
    if len(words) > 2 and words[0].casefold() == "the":
        words = words[1:]
    return _NOT_ALNUM.sub("", " ".join(words).casefold())


@cache
def _index() -> tuple[dict[str, OutletInfo], dict[str, OutletInfo]]:
    by_domain: dict[str, OutletInfo] = {}
    by_name: dict[str, OutletInfo] = {}
    for row in load_table("outlets.tsv"):
        domains = tuple(d.strip().lower() for d in row["domains"].split(",") if d.strip())
        info = OutletInfo(
            name=row["name"],
            domains=domains,
            timezone=row["tz"],
            country=row["country"],
            language=row["language"],
        )
        for domain in domains:
            by_domain.setdefault(domain, info)
        by_name.setdefault(squash(info.name), info)
    return by_domain, by_name


def outlet_info(domain: str | None, name: str | None) -> OutletInfo | None:
    """The outlet a domain (subdomains included) or a masthead name belongs to.

    Args:
        domain: a host such as "www.example.com" or "edition.cnn.com", or None.
        name: a masthead such as "CHINA DAILY" or "The Guardian", or None.

    Returns:
        The outlet's row, the domain taking precedence; None when neither is known.
    """
    by_domain, by_name = _index()
    if domain:
        host = domain.strip().lower().rstrip(".")
        host = host.removeprefix("www.")
        parts = host.split(".")
        for start in range(len(parts) - 1):
            info = by_domain.get(".".join(parts[start:]))
            if info is not None:
                return info
    if name:
        key = squash(name)
        if key:
            return by_name.get(key)
    return None
