"""`dateline events`: table, jsonl and csv output; user office files; bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

PAGE = """Chile and Peru agree on fishing quotas

Published: 13 March 2024

Chilean Foreign Minister Alberto Vidal met with Peruvian Foreign Minister Rosa Quispe in Lima
on Monday.

Ada Lindqvist praised the agreement on Tuesday.
"""


@pytest.fixture
def page(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_table_lists_actors_with_codes(page: Path) -> None:
    result = CliRunner().invoke(main, ["events", str(page)])
    assert result.exit_code == 0, result.output
    assert "CONSULT (meet)" in result.output
    assert "CHL GOV Alberto Vidal" in result.output
    assert "Lima" in result.output


def test_jsonl_is_one_event_a_line_with_the_article(page: Path) -> None:
    result = CliRunner().invoke(main, ["events", str(page), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records
    meeting = next(r for r in records if r["type"] == "CONSULT")
    assert meeting["article"]
    assert {a["country"] for a in meeting["source"] + meeting["target"]} == {"CHL", "PER"}
    assert meeting["place"]["name"] == "Lima"


def test_csv_has_a_header_and_a_row_per_event(page: Path) -> None:
    result = CliRunner().invoke(main, ["events", str(page), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows
    assert rows[0].keys() >= {"date", "type", "mode", "source", "target", "place", "sentence"}
    assert any(r["place"] == "Lima" and "PER GOV" in r["source"] + r["target"] for r in rows)


def test_user_office_file_codes_a_new_name(page: Path, tmp_path: Path) -> None:
    offices = tmp_path / "offices.tsv"
    offices.write_text(
        "name\taliases\toffice\tcountry\tsector\tstart\tend\n"
        "Ada Lindqvist\tLindqvist\tprime minister\tSWE\tGOV\t2020-01-01\t\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    without = runner.invoke(main, ["events", str(page), "--format", "csv"])
    with_file = runner.invoke(
        main, ["events", str(page), "--format", "csv", "--offices", str(offices)]
    )
    assert with_file.exit_code == 0, with_file.output
    assert "SWE GOV Ada Lindqvist" not in without.output
    assert "SWE GOV Ada Lindqvist" in with_file.output


def test_bad_office_file_is_one_line_error(page: Path, tmp_path: Path) -> None:
    offices = tmp_path / "bad.tsv"
    offices.write_text("name\toffice\tcountry\tstart\nAda\tpm\tSWE\tsoon\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["events", str(page), "--offices", str(offices)])
    assert result.exit_code == 1
    assert result.output.startswith("dateline: error:")
    assert "is not YYYY-MM-DD" in result.output
    assert "Traceback" not in result.output


def test_missing_page_is_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["events", str(tmp_path / "nope.html")])
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_page_without_events_says_so(tmp_path: Path) -> None:
    path = tmp_path / "quiet.txt"
    path.write_text(
        "A quiet day\n\nThe weather was mild and the harbour was calm.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["events", str(path)])
    assert result.exit_code == 0, result.output
    assert "no events found" in result.output


def test_a_bad_page_among_several_is_named_and_the_others_are_listed(
    page: Path, tmp_path: Path
) -> None:
    """One unreadable file spoils no batch: the good page's events are listed, each bad
    page gets its one-line error, and the exit code (3) says some pages failed."""
    binary = tmp_path / "photo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    missing = tmp_path / "gone.html"
    result = CliRunner().invoke(
        main, ["events", str(binary), str(page), str(missing), "--format", "jsonl"]
    )
    assert result.exit_code == 3, result.output
    assert any(json.loads(line)["type"] == "CONSULT" for line in result.stdout.splitlines())
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert "photo.html" in errors[0] and "gone.html: no such file" in errors[1]
