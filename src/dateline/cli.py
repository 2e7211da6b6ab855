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
from dateline.model import json_schema
from dateline.reader import read
from dateline.render import article_as_text

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
