"""The `dateline` command: one verb per library function.

Each command parses its arguments, calls the library, prints, and turns a
`DatelineError` into a one-line message and a non-zero exit code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import NoReturn

import click

from dateline import __version__
from dateline.errors import DatelineError
from dateline.extract.decode import MAX_PAGE_BYTES
from dateline.model import Article, Event, json_schema
from dateline.reader import read
from dateline.render import actor_label, article_as_text, event_actors, event_kind, event_sentence

EXIT_USAGE = 2
EXIT_FAILED = 1


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print a one-line error to stderr and exit."""
    click.echo(f"dateline: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """Read news pages the way an analyst does.

    \b
    Start with one page:
      dateline read page.html                  JSON article on stdout
      dateline read page.txt --format text     a readable view
      curl -s URL | dateline read - --url URL  from a pipe
      dateline schema                          JSON Schema of the output
    """


@main.command("read")
@click.argument("page", type=click.Path(allow_dash=True, dir_okay=False, path_type=str))
@click.option("--url", help="Where the page came from: sets the outlet domain and a stable id.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "text"]),
    default="json",
    show_default=True,
    help="json for pipes and programs, text for people.",
)
@click.option(
    "--input",
    "input_format",
    type=click.Choice(["auto", "html", "text"]),
    default="auto",
    show_default=True,
    help="What PAGE holds: HTML, text scraped from a page, or sniff it.",
)
@click.option("--no-facts", is_flag=True, help="Only extract the article; skip the analysis.")
def read_command(
    page: str, url: str | None, output_format: str, input_format: str, no_facts: bool
) -> None:
    """Read one news page (HTML or scraped text) into a structured article.

    PAGE is a file path, or - to read standard input.

    \b
    Examples:
      dateline read examples/harbour-talks.html
      dateline read examples/wire-story.txt --format text
    """
    data = _read_input(page)
    try:
        article = read(data, url=url, format=input_format, facts=not no_facts)  # type: ignore[arg-type]
    except DatelineError as exc:
        fail(f"{page}: {exc}. Is it a news page (HTML or text)?")
    if output_format == "text":
        click.echo(article_as_text(article), nl=False)
    else:
        click.echo(article.model_dump_json(indent=2))


@main.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the article `dateline read` outputs."""
    click.echo(json.dumps(json_schema(), indent=2, sort_keys=True))


def _read_input(page: str) -> bytes:
    if page == "-":
        data = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
    else:
        path = Path(page)
        if not path.exists():
            fail(f"{page}: no such file")
        if path.is_dir():
            fail(f"{page}: is a folder; give one page (use 'dateline ingest' for many)")
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            fail(f"{page}: {size:,} bytes, over the {MAX_PAGE_BYTES:,}-byte page limit")
        try:
            data = path.read_bytes()
        except OSError as exc:
            fail(f"{page}: cannot read ({exc.strerror})")
    if len(data) > MAX_PAGE_BYTES:
        fail(f"{page}: over the {MAX_PAGE_BYTES:,}-byte page limit")
    return data


EVENT_COLUMNS = (
    "article",
    "url",
    "event",
    "date",
    "type",
    "mode",
    "status",
    "source",
    "target",
    "place",
    "sentence",
)


@main.command("events")
@click.argument(
    "pages",
    nargs=-1,
    required=True,
    type=click.Path(allow_dash=True, dir_okay=False, path_type=str),
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="table for people, jsonl (one event a line) or csv for programs.",
)
@click.option(
    "--offices",
    type=click.Path(exists=True, dir_okay=False, path_type=str),
    help="Your own office dictionary (TSV), merged over the starter; see docs/offices.md. "
    "Default: $DATELINE_OFFICES.",
)
def events_command(pages: tuple[str, ...], output_format: str, offices: str | None) -> None:
    """List who met whom, where and when: the PLOVER events of news pages.

    PAGES are file paths, or - for standard input. Each event shows its date, type (mode),
    source and target actors with country and sector codes, place, and the sentence.

    \b
    Examples:
      dateline events examples/harbour-talks.html
      dateline events *.html --format csv > events.csv
      DATELINE_OFFICES=my-offices.tsv dateline events page.txt
    """
    from dateline.analyze.events import article_events
    from dateline.analyze.offices import load_offices

    try:
        dictionary = load_offices(offices) if offices else None
    except DatelineError as exc:
        fail(str(exc))
    rows: list[tuple[Article, Event]] = []
    for page in pages:
        data = _read_input(page)
        try:
            article = read(data)
            if dictionary is not None:
                article = article.model_copy(
                    update={"events": article_events(article, offices=dictionary)}
                )
        except DatelineError as exc:
            fail(f"{page}: {exc}")
        rows.extend((article, event) for event in article.events)
    if output_format == "jsonl":
        for article, event in rows:
            record = {"article": article.id, "url": article.url, **event.model_dump(mode="json")}
            click.echo(json.dumps(record, sort_keys=True, ensure_ascii=False))
    elif output_format == "csv":
        _events_csv(rows)
    else:
        _events_table(rows)


def _event_record(article: Article, event: Event) -> dict[str, str]:
    return {
        "article": article.id,
        "url": article.url or "",
        "event": event.id,
        "date": event.date or "",
        "type": event.type,
        "mode": event.mode or "",
        "status": event.status,
        "source": "; ".join(actor_label(a) for a in event.source),
        "target": "; ".join(actor_label(a) for a in event.target),
        "place": event.place.name if event.place else "",
        "sentence": event_sentence(article, event),
    }


def _events_csv(rows: list[tuple[Article, Event]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EVENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for article, event in rows:
        writer.writerow(_event_record(article, event))
    click.echo(buffer.getvalue(), nl=False)


def _events_table(rows: list[tuple[Article, Event]]) -> None:
    from rich.console import Console
    from rich.table import Table

    if not rows:
        click.echo("no events found")
        return
    table = Table(show_lines=True)
    for column in ("date", "type", "who", "place", "status", "sentence"):
        table.add_column(column, overflow="fold")
    for article, event in rows:
        table.add_row(
            event.date or "",
            event_kind(event),
            event_actors(event),
            event.place.name if event.place else "",
            event.status,
            event_sentence(article, event),
        )
    width = None if sys.stdout.isatty() else 160
    Console(width=width, soft_wrap=False).print(table)
