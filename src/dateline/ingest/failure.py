"""`SourceFailure`: one item a source could not yield, reported in place of its page."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceFailure:
    """An item (a file, a URL, a WARC record, a spec) that could not become a `RawPage`.

    Attributes:
        source: the item's stable identity, as `RawPage.source` would have been
            (a path, `path.warc.gz@offset`, a URL, `list.txt:line`, or the spec itself).
        url: the URL involved, when there is one.
        error: one line saying what went wrong.
    """

    source: str
    url: str | None
    error: str
