"""The archive commands: ingest, search, quotes, export, stats, run with CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.archive import open_archive
from dateline.cli import main

from .archive_articles import harbour_article
from .archive_pages import story, write_pages


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def harbour_db(tmp_path: Path) -> str:
    """An archive holding the harbour story with its hand-built facts."""
    db = str(tmp_path / "harbour.db")
    with open_archive(db) as archive:
        archive.add(harbour_article())
    return db


def test_cli_ingest_folder_then_again(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 5)
    db = str(tmp_path / "a.db")
    code, out, err = _run("ingest", str(tmp_path / "pages"), "--db", db, "--workers", "2")
    assert code == 0, err
    assert out.startswith("5 pages in ")
    assert "5 stored, 0 duplicates, 0 failed, 0 already in the archive" in out
    code, out, err = _run("ingest", str(tmp_path / "pages"), "--db", db, "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["stored"], summary["skipped"], summary["archive"]) == (0, 5, f"sqlite:///{db}")


def test_cli_ingest_db_from_environment(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 2)
    db = tmp_path / "from-env.db"
    code, _, err = _run(
        "ingest", str(tmp_path / "pages"), "--workers", "1", env={"DATELINE_DB": str(db)}
    )
    assert code == 0, err
    with open_archive(db) as archive:
        assert archive.stats().articles == 2


def test_cli_ingest_missing_source_is_recorded_not_fatal(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    code, out, err = _run("ingest", str(tmp_path / "nowhere"), "--db", db, "--json")
    assert code == 3, err  # finished, but not everything is in the archive
    assert json.loads(out)["failed"] == 1
    code, out, err = _run("ingest", str(tmp_path / "nowhere"), "--db", db, "--retry-failed")
    assert code == 3 and "1 failed" in out
    assert f"failed: {tmp_path / 'nowhere'}: " in err  # which item, and why
    assert "--retry-failed" in err


def test_cli_ingest_a_missing_file_given_later_is_settled_by_a_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file named by a relative path that did not exist yet is the same item once it
    does: the retry stores it and no failure is left behind."""
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "a.db")
    code, _, _ = _run("ingest", "page-0000.html", "--db", db)
    assert code == 3
    write_pages(tmp_path, 1)
    code, _, err = _run("ingest", "page-0000.html", "--db", db, "--retry-failed")
    assert code == 0, err
    with open_archive(db) as archive:
        assert archive.stats().failed == 0
        assert [item.status for item in archive.sources()] == ["ok"]


def test_cli_search_formats(tmp_path: Path) -> None:
    write_pages(tmp_path / "pages", 4)
    db = str(tmp_path / "a.db")
    _run("ingest", str(tmp_path / "pages"), "--db", db, "--workers", "1")
    headline, _ = story(2)
    code, out, err = _run("search", '"report 2"', "--db", db)
    assert code == 0, err
    assert headline in out
    code, out, _ = _run("search", "boats", "--db", db, "--format", "jsonl", "--limit", "3")
    hits = [json.loads(line) for line in out.splitlines()]
    assert len(hits) == 3 and all("[boats]" in h["snippet"].lower() for h in hits)
    code, out, _ = _run("search", "boats", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 4
    assert list(rows[0]) == ["id", "url", "headline", "outlet", "published", "snippet", "score"]


def test_cli_quotes_show_sentence_and_link(harbour_db: str) -> None:
    code, out, err = _run("quotes", "--db", harbour_db, "--speaker", "olsen", "--text", "sailors")
    assert code == 0, err
    assert out.startswith("Marta Olsen (said): \u201cThis agreement protects")
    assert 'sentence: "This agreement protects' in out
    assert "https://news.example.org/world/harbour-talks" in out


def test_cli_quotes_jsonl(harbour_db: str) -> None:
    _, out, _ = _run("quotes", "--db", harbour_db, "--addressee", "brandt", "--format", "jsonl")
    [quote] = [json.loads(line) for line in out.splitlines()]
    assert (quote["speaker"], quote["addressee"], quote["cue"]) == (
        "Marta Olsen",
        "Ivo Brandt",
        "told",
    )


@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_cli_export(harbour_db: str, tmp_path: Path, format: str) -> None:
    code, out, err = _run(
        "export", "--db", harbour_db, "--format", format, "--out", str(tmp_path / "x")
    )
    assert code == 0, err
    assert f"quotes.{format}: 2 rows" in out
    assert (tmp_path / "x" / f"events.{format}").exists()


def test_cli_stats(harbour_db: str) -> None:
    code, out, _ = _run("stats", "--db", harbour_db)
    assert code == 0
    assert out.startswith("1 articles from 1 outlets; 2 people, 2 quotes, 2 events")
    assert "2024-03" in out
    code, out, _ = _run("stats", "--db", harbour_db, "--json")
    assert json.loads(out)["by_month"] == [
        {"month": "2024-03", "articles": 1, "quotes": 2, "events": 2}
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "x", "--since", "last week"], "--since 'last week': give a date"),
        (["search", "--", "-x"], "at least one word"),
        (["search", "x", "--db", "mysql://h/db"], "unknown archive scheme"),
        (["stats", "--db", "postgresql://nobody@127.0.0.1:1/none"], "cannot connect"),
        (["export", "--format", "csv", "--out", "OUT", "--table", "nope"], "no table 'nope'"),
    ],
)
def test_cli_archive_errors_are_one_line(
    harbour_db: str, tmp_path: Path, args: list[str], message: str
) -> None:
    args = [a.replace("OUT", str(tmp_path / "o")) for a in args]
    if "--db" not in args:
        args = [args[0], "--db", harbour_db, *args[1:]]
    code, _, err = _run(*args)
    assert code == 1
    assert err.startswith("dateline: error: ") and message in err
    assert err.strip().count("\n") == 0 and "Traceback" not in err


@pytest.mark.parametrize("command", ["ingest", "search", "quotes", "export", "stats"])
def test_cli_archive_every_option_has_help(command: str) -> None:
    cmd = main.commands[command]
    assert cmd.help
    for param in cmd.params:
        if param.param_type_name == "option":
            assert getattr(param, "help", None), f"{command} {param.name} has no help"


def test_cli_ingest_progress_bar_renders(capsys: pytest.CaptureFixture[str]) -> None:
    from dateline.batch import IngestSummary
    from dateline.cli import _progress_bar

    with _progress_bar(enabled=True) as update:
        assert update is not None
        update(IngestSummary(stored=3, duplicates=1, seconds=2.0))
    with _progress_bar(enabled=False) as update:
        assert update is None


def test_cli_events_from_the_archive(harbour_db: str) -> None:
    code, out, err = _run("events", "--db", harbour_db, "--type", "CONSULT")
    assert code == 0, err
    assert out.splitlines()[0] == "2024-09 CONSULT (meet) The two governments [scheduled]"
    assert out.splitlines()[1].startswith("    « meet » The two governments will meet again")
    code, out, err = _run("events", "--db", harbour_db, "--actor", "NRL", "--format", "jsonl")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["type"], r["event_id"]) for r in records] == [("AGREE", "e1")]


@pytest.mark.parametrize("command", ["search", "quotes", "events", "export", "stats"])
def test_cli_query_on_a_missing_archive_says_how_to_make_one(tmp_path: Path, command: str) -> None:
    db = tmp_path / "typo.db"
    args = [command, "--db", str(db)]
    if command == "search":
        args.insert(1, "harbour")
    if command == "export":
        args += ["--format", "jsonl", "--out", str(tmp_path / "out")]
    code, _, err = _run(*args)
    assert code == 1
    assert err.strip() == (
        f"dateline: error: no archive at {db}; create one with 'dateline ingest SOURCES --db {db}'"
    )
    assert not db.exists()


def test_cli_quotes_by_class_of_attribution(tmp_path: Path) -> None:
    from dateline import read

    from .conftest import EXAMPLES

    db = str(tmp_path / "read.db")
    with open_archive(db) as archive:
        archive.add(read((EXAMPLES / "harbour-talks.html").read_bytes()))
    _, out, _ = _run("quotes", "--db", db, "--class", "source", "--format", "jsonl")
    sources = [json.loads(line) for line in out.splitlines()]
    assert [q["cue"] for q in sources] == ["according to"]
    _, out, _ = _run("quotes", "--db", db, "--class", "SPEECH", "--format", "jsonl")
    speech = [json.loads(line) for line in out.splitlines()]
    assert speech and all(q["cue"] != "according to" for q in speech)
    code, _, err = _run("quotes", "--db", db, "--class", "rumour")
    assert code != 0 and "rumour" in err


def test_cue_classes_are_the_lexicons_labels() -> None:
    from dateline.analyze.speech_cues import CUE_CLASSES
    from dateline.lexicons import load_jsonl

    labels = {entry.label for entry in load_jsonl("speech_cues.jsonl")}
    assert labels - {"setting"} == set(CUE_CLASSES)
