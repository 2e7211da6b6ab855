"""disk_cache: slow tables are built once, kept on disk, and never trusted when anything
they were built from changed or the file is damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline import disk_cache
from dateline.analyze import gazetteer, timex, timex_scan
from dateline.disk_cache import cached


class Builder:
    """A table builder that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(disk_cache.ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


TABLE = {"paris": ("FRA", True), "lyon": ("FRA", False), "keys": frozenset({"a", "b"})}


def test_a_table_is_built_once_and_then_read_from_disk(folder: Path) -> None:
    build = Builder(TABLE)
    assert cached("places", "v1", __file__, build) == TABLE
    assert cached("places", "v1", __file__, build) == TABLE
    assert build.calls == 1
    assert len(list(folder.glob("places-*.marshal"))) == 1


def test_a_new_key_is_a_new_table(folder: Path) -> None:
    build = Builder(TABLE)
    cached("places", "v1", __file__, build)
    cached("places", "v2", __file__, build)
    assert build.calls == 2


def test_a_damaged_file_is_built_again(folder: Path) -> None:
    build = Builder(TABLE)
    cached("places", "v1", __file__, build)
    (entry,) = folder.glob("places-*.marshal")
    entry.write_bytes(entry.read_bytes()[:10])  # a write cut short
    assert cached("places", "v1", __file__, build) == TABLE
    assert build.calls == 2


@pytest.mark.parametrize("setting", ["off", ""])
def test_the_cache_can_be_turned_off(
    setting: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(disk_cache.ENV, setting)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    build = Builder(TABLE)
    cached("places", "v1", __file__, build)
    cached("places", "v1", __file__, build)
    assert build.calls == 2
    assert not any(tmp_path.rglob("*.marshal"))


def test_an_unwritable_folder_only_costs_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(disk_cache.ENV, str(blocker / "cache"))
    build = Builder(TABLE)
    assert cached("places", "v1", __file__, build) == TABLE
    assert cached("places", "v1", __file__, build) == TABLE
    assert build.calls == 2


def test_without_a_setting_the_cache_is_under_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(disk_cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert disk_cache.cache_dir() == tmp_path / "dateline"


def test_cached_city_and_timex_tables_equal_freshly_built_ones(folder: Path) -> None:
    """What the disk gives back is exactly what building gives (tuples stay tuples)."""
    gazetteer._city_rows.cache_clear()
    first = gazetteer._city_rows()
    gazetteer._city_rows.cache_clear()
    assert gazetteer._city_rows() == first == gazetteer._build_city_rows()
    assert any(folder.glob("cities-*.marshal"))
    regexes = tuple(p.regex for p in timex._patterns())
    timex._scanner.cache_clear()
    timex._scanner()
    timex._scanner.cache_clear()
    scanner = timex._scanner()
    assert scanner == timex_scan.make_scanner(regexes, timex._BOUNDED.split("(?:")[0])
