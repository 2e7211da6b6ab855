"""Timestamps as sources report them: ISO 8601 in UTC with a trailing Z."""

from __future__ import annotations

from datetime import UTC, datetime


def iso_utc(moment: datetime) -> str:
    """Format a time as `YYYY-MM-DDTHH:MM:SSZ` (naive times are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_iso() -> str:
    """The current time as `iso_utc` formats it."""
    return iso_utc(datetime.now(UTC))


def parse_iso(value: str) -> str | None:
    """Normalise an ISO 8601 time (e.g. a WARC-Date) with `iso_utc`; None when unreadable."""
    try:
        return iso_utc(datetime.fromisoformat(value.strip()))
    except ValueError:
        return None
