"""The dated office dictionary: terms on dates, user files merged over the starter."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.analyze.offices import date_bounds, load_offices, read_office_file
from dateline.errors import ConfigError, LexiconError

HEADER = "name\taliases\toffice\tcountry\tsector\tstart\tend\n"


@pytest.mark.parametrize(
    ("name", "date", "office"),
    [
        ("Putin", "2010-06-01", "prime minister"),
        ("Putin", "2014-06-01", "president"),
        ("Vladimir Putin", "2006", "president"),
        ("John Kerry", "2015-03", "secretary of state"),
        ("Kerry", "2021-07-12", "special presidential envoy for climate"),
        ("Lavrov", "2021-07-12", "foreign minister"),
    ],
)
def test_lookup_gives_the_office_held_on_the_date(name: str, date: str, office: str) -> None:
    term = load_offices().lookup(name, date)
    assert term is not None
    assert term.office == office


@pytest.mark.parametrize(
    ("name", "date"),
    [("John Kerry", "2019-05-01"), ("Boris Johnson", "2019-07-01"), ("Boris Johnson", "2023")],
)
def test_lookup_is_empty_outside_every_term(name: str, date: str) -> None:
    assert load_offices().lookup(name, date) is None


def test_term_ends_on_its_end_date() -> None:
    offices = load_offices()
    assert offices.lookup("Angela Merkel", "2021-12-07") is not None
    assert offices.lookup("Angela Merkel", "2021-12-08") is None
    assert offices.lookup("Olaf Scholz", "2021-12-08") is not None


def test_lookup_without_date_needs_one_reading() -> None:
    offices = load_offices()
    term = offices.lookup("Bush")  # both presidents Bush: one country, one sector
    assert term is not None
    assert (term.country, term.sector) == ("USA", "GOV")
    assert offices.lookup("Nobody Atall") is None


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2021-07-12", ("2021-07-12", "2021-07-12")),
        ("2021-02", ("2021-02-01", "2021-02-28")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2021", ("2021-01-01", "2021-12-31")),
        ("XXXX-WXX-1", None),
        (None, None),
    ],
)
def test_date_bounds(value: str | None, bounds: tuple[str, str] | None) -> None:
    assert date_bounds(value) == bounds


def test_user_file_adds_and_replaces(tmp_path: Path) -> None:
    path = tmp_path / "offices.tsv"
    path.write_text(
        "# my newsroom's additions\n"
        + HEADER
        + "Ada Lindqvist\tLindqvist\tprime minister\tSWE\tGOV\t2030-01-01\t\n"
        + "Sergey Lavrov\tLavrov\tforeign minister\tRUS\tGOV\t2004-03-09\t2030-01-01\n",
        encoding="utf-8",
    )
    offices = load_offices(path)
    added = offices.lookup("Lindqvist", "2030-05-05")
    assert added is not None
    assert added.country == "SWE"
    assert offices.lookup("Lindqvist", "2029-12-31") is None
    assert offices.lookup("Lavrov", "2031-01-01") is None  # the user's end date wins
    assert offices.lookup("Putin", "2021-01-01") is not None  # the starter stays


def test_user_file_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env-offices.tsv"
    path.write_text(HEADER + "Mira Okonjo\t\tpresident\tKEN\tGOV\t2031-01-01\t\n", encoding="utf-8")
    monkeypatch.setenv("DATELINE_OFFICES", str(path))
    assert load_offices().lookup("Mira Okonjo", "2031-02-02") is not None


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Ada\t\tminister\tSWE\tGOV\t1 May 2030\t\n", "is not YYYY-MM-DD"),
        ("\t\tminister\tSWE\tGOV\t\t\n", "missing name"),
        ("Ada\t\tminister\tSWE\tGOV\t\t\textra\n", "cells"),
    ],
)
def test_bad_user_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as caught:
        read_office_file(path)
    assert str(caught.value).startswith(f"{path}:2:")


def test_missing_user_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        read_office_file(tmp_path / "absent.tsv")
