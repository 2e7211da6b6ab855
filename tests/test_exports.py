"""The public API: `dateline.__all__` is sorted, complete and importable."""

from __future__ import annotations

import dateline


def test_all_is_sorted() -> None:
    assert dateline.__all__ == sorted(dateline.__all__)


def test_all_names_resolve() -> None:
    for name in dateline.__all__:
        assert hasattr(dateline, name), name


def test_public_classes_are_exported() -> None:
    public = {name for name in vars(dateline) if not name.startswith("_") and name[0].isupper()}
    public -= {"MAX_PAGE_BYTES", "SCHEMA_VERSION"}
    assert public <= set(dateline.__all__)
