"""Lexicons: data the project writes and owns (speech cues, office titles, event
triggers, furniture patterns, outlets). Each file starts with a `#` header saying
what it holds. Files load once per process via `importlib.resources`."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.resources import files
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from dateline.errors import LexiconError

_HASHES: dict[str, str] = {}


class LexiconEntry(BaseModel):
    """One line of a `.jsonl` lexicon: what it is, how to match it, a stable id."""

    model_config = ConfigDict(frozen=True, extra="allow")

    label: str
    pattern: str | list[dict[str, Any]]
    id: str


def lexicon_text(name: str) -> str:
    """The raw text of a lexicon file shipped in this package; records its hash."""
    try:
        data = files(__package__).joinpath(name).read_bytes()
    except FileNotFoundError as exc:
        raise LexiconError("lexicon file not found", path=name) from exc
    _HASHES[name] = hashlib.sha256(data).hexdigest()[:16]
    return data.decode("utf-8")


@cache
def load_jsonl(name: str) -> tuple[LexiconEntry, ...]:
    """Load a `{"label","pattern","id"}`-per-line lexicon, checking every line."""
    entries = []
    for number, line in enumerate(lexicon_text(name).splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            entries.append(LexiconEntry.model_validate(json.loads(stripped)))
        except (ValueError, ValidationError) as exc:
            first = str(exc).splitlines()[0]
            raise LexiconError(f"bad lexicon line: {first}", path=name, line=number) from exc
    return tuple(entries)


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Load a tab-separated lexicon: `#` header lines, then a column row, then rows."""
    rows: list[dict[str, str]] = []
    columns: list[str] | None = None
    for number, line in enumerate(lexicon_text(name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if columns is None:
            columns = cells
            continue
        if len(cells) > len(columns):
            raise LexiconError(
                f"{len(cells)} cells, header has {len(columns)}", path=name, line=number
            )
        rows.append(dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True)))
    return tuple(rows)


def loaded_hashes() -> dict[str, str]:
    """File -> content hash of every lexicon loaded in this process, sorted."""
    return dict(sorted(_HASHES.items()))
