"""The public API: `dateline.__all__` is sorted, complete and importable."""

from __future__ import annotations

import dateline


def _isort_key(name: str) -> tuple[int, str]:
    """Constants, then classes, then functions: the order ruff's RUF022 keeps."""
    group = 0 if name.isupper() else 1 if name[0].isupper() else 2
    return group, name


def test_all_is_sorted() -> None:
    assert dateline.__all__ == sorted(dateline.__all__, key=_isort_key)


def test_all_names_resolve() -> None:
    for name in dateline.__all__:
        assert hasattr(dateline, name), name


def test_public_classes_are_exported() -> None:
    public = {name for name in vars(dateline) if not name.startswith("_") and name[0].isupper()}
    public -= {"MAX_PAGE_BYTES", "SCHEMA_VERSION"}
    assert public <= set(dateline.__all__)
