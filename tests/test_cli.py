"""The `dateline` command, run in-process with click's CliRunner."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dateline.cli import main

from .conftest import EXAMPLES


def test_read_example_html_prints_json() -> None:
    result = CliRunner().invoke(main, ["read", str(EXAMPLES / "harbour-talks.html")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["headline"] == "Norway and Canada agree to share Arctic shipping data"


def test_read_missing_file_is_one_line_error() -> None:
    result = CliRunner().invoke(main, ["read", "no/such/page.html"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "no such file" in result.output


def test_read_empty_file_fails_cleanly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "empty.html"
    page.write_bytes(b"")
    result = CliRunner().invoke(main, ["read", str(page)])
    assert result.exit_code == 1
    assert "empty" in result.output
    assert "Traceback" not in result.output


def test_schema_is_json() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["title"] == "Article"


def test_read_example_text_view_shows_dateline_and_standfirst() -> None:
    result = CliRunner().invoke(
        main, ["read", str(EXAMPLES / "harbour-talks.html"), "--format", "text"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "dateline: Oslo" in [line.strip() for line in lines]
    standfirst = "The two foreign ministers met in Oslo as ice-free summers open new routes."
    assert lines[2] == standfirst
    assert lines.count(standfirst) == 1


_UNDATED = (
    "Ferry strike ends after pay deal\n\n"
    "Ferry crews returned to work on Monday after the union accepted a new pay offer, "
    "ending a strike that had cut the island off for a week.\n"
)


def test_read_published_dates_an_undated_page_and_its_relative_times(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "undated.txt"
    page.write_text(_UNDATED)
    result = CliRunner().invoke(main, ["read", str(page)])
    data = json.loads(result.output)
    assert data["published"] is None
    assert [t["value"] for t in data["timexes"] if t["span"]["text"] == "Monday"] == ["XXXX-WXX-1"]
    assert any("--published" in w for w in data["warnings"])
    result = CliRunner().invoke(main, ["read", str(page), "--published", "2025-11-26"])
    data = json.loads(result.output)
    given = data["published"]
    assert (given["value"], given["timezone"], given["source"]) == ("2025-11-26", "none", "given")
    assert [t["value"] for t in data["timexes"] if t["span"]["text"] == "Monday"] == ["2025-11-24"]


def test_read_published_that_is_no_date_is_a_usage_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "undated.txt"
    page.write_text(_UNDATED)
    result = CliRunner().invoke(main, ["read", str(page), "--published", "last week"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "ISO 8601" in result.output


def test_read_published_never_overrides_the_date_the_page_states(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "dated.txt"
    page.write_text(_UNDATED.replace("\n\n", "\nPublished: 3 March 2024\n\n", 1))
    result = CliRunner().invoke(main, ["read", str(page), "--published", "2025-11-26"])
    assert json.loads(result.output)["published"]["value"] == "2024-03-03"
