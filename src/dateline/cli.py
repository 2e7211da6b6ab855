"""The `dateline` command: one verb per library function.

Each command parses its arguments, calls the library, prints, and turns a
`DatelineError` into a one-line message and a non-zero exit code.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from dateline import __version__
from dateline.analyze.speech_cues import CUE_CLASSES
from dateline.archive import DEFAULT_ARCHIVE, Archive, open_archive
from dateline.errors import DatelineError
from dateline.extract.decode import MAX_PAGE_BYTES
from dateline.model import Article, Event, json_schema
from dateline.reader import given_timestamp, read
from dateline.render import actor_label, article_as_text, event_actors, event_kind, event_sentence

if TYPE_CHECKING:
    from dateline.batch import IngestSummary

EXIT_USAGE = 2
EXIT_FAILED = 1
SOME_ITEMS_FAILED = 3  # `ingest`: the run finished, but some items could not be stored


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
@click.option(
    "--published",
    metavar="DATE",
    help="Publication date (ISO 8601) to use when the page states none; relative dates "
    "such as 'on Monday' are resolved against it.",
)
def read_command(
    page: str,
    url: str | None,
    output_format: str,
    input_format: str,
    no_facts: bool,
    published: str | None,
) -> None:
    """Read one news page (HTML or scraped text) into a structured article.

    PAGE is a file path, or - to read standard input.

    \b
    Examples:
      dateline read examples/harbour-talks.html
      dateline read examples/wire-story.txt --format text
      dateline read scraped.txt --published 2025-11-25 --format text
    """
    data = _read_input(page)
    if published is not None:  # checked here: read() raises ConfigError for other causes too
        try:
            given_timestamp(published)
        except DatelineError as exc:
            fail(f"--published: {exc}", EXIT_USAGE)
    try:
        article = read(
            data,
            url=url,
            format=input_format,  # type: ignore[arg-type]
            facts=not no_facts,
            published=published,
        )
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
    """The bytes of one page file (or standard input for "-"); a one-line error and exit
    when it cannot be read."""
    try:
        return _page_bytes(page)
    except _PageError as exc:
        fail(str(exc))


class _PageError(Exception):
    """A page file that cannot be read: missing, a folder, too large, unreadable."""


def _page_bytes(page: str) -> bytes:
    if page == "-":
        data = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
    else:
        path = Path(page)
        if not path.exists():
            raise _PageError(f"{page}: no such file")
        if path.is_dir():
            raise _PageError(f"{page}: is a folder; give one page (use 'dateline ingest' for many)")
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise _PageError(f"{page}: {size:,} bytes, over the {MAX_PAGE_BYTES:,}-byte page limit")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise _PageError(f"{page}: cannot read ({exc.strerror})") from exc
    if len(data) > MAX_PAGE_BYTES:
        raise _PageError(f"{page}: over the {MAX_PAGE_BYTES:,}-byte page limit")
    return data


# ---- the archive: ingest, search, quotes, export, stats -----------------------------------

OUTPUT_FORMATS = ("table", "jsonl", "csv")
# A direct quote's content carries its own marks; an indirect one is given a pair.
QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e")


def db_option(fn: Callable[..., None]) -> Callable[..., None]:
    """The `--db` option every archive command shares (env: DATELINE_DB)."""
    return click.option(
        "--db",
        envvar="DATELINE_DB",
        default=DEFAULT_ARCHIVE,
        show_default=True,
        help="Archive: a SQLite file path, sqlite:///path, or postgresql://... (env DATELINE_DB).",
    )(fn)


def format_option(fn: Callable[..., None]) -> Callable[..., None]:
    """The `--format` option of the listing commands."""
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(OUTPUT_FORMATS),
        default="table",
        show_default=True,
        help="table for people; jsonl or csv for programs and spreadsheets.",
    )(fn)


def limit_option(default: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The `--limit` option of the listing commands."""
    return click.option(
        "--limit",
        type=click.IntRange(min=1),
        default=default,
        show_default=True,
        help="At most this many.",
    )


def _open(db: str, *, create: bool = False) -> Archive:
    try:
        return open_archive(db, create=create)
    except DatelineError as exc:
        fail(f"{exc}")


@main.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes reading pages (default: one per core; the main process writes).",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow fetching from private, loopback and link-local addresses.",
)
@click.option("--no-facts", is_flag=True, help="Store the articles only; skip the analysis.")
@click.option(
    "--retry-failed", is_flag=True, help="Read again the items that failed in an earlier run."
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
def ingest_command(
    sources: tuple[str, ...],
    db: str,
    workers: int | None,
    allow_private: bool,
    no_facts: bool,
    retry_failed: bool,
    as_json: bool,
) -> None:
    """Read many pages into the archive: safe to stop and run again.

    SOURCES are folders, page files, URL lists, feed or sitemap URLs, and WARC
    files. A page already in the archive is skipped; copies of a stored story
    (same URL, same text, or a near-identical wire copy) are grouped under it.

    \b
    Examples:
      dateline ingest pages/ --db news.db
      dateline ingest https://example.org/sitemap.xml urls.txt crawl.warc.gz

    Exits 0 when every item was stored or already there, 3 when the run finished
    but some items failed (named on stderr; --retry-failed reads them again).
    """
    from dateline.batch import ingest
    from dateline.ingest import pages_from

    archive = _open(db, create=True)
    try:
        with _progress_bar(enabled=sys.stderr.isatty()) as progress:
            items = pages_from(list(sources), allow_private=allow_private)
            summary = ingest(
                items,
                archive,
                workers=workers,
                facts=not no_facts,
                progress=progress,
                retry_failed=retry_failed,
            )
    except DatelineError as exc:
        fail(f"{exc}")
    except KeyboardInterrupt:
        fail("interrupted; what was committed is kept: run the same command to resume", 130)
    finally:
        archive.close()
    if as_json:
        click.echo(json.dumps(summary.as_dict(), indent=2, sort_keys=True))
    else:
        click.echo(summary.line())
        _echo_failures(summary)
    if summary.failed:
        # The batch finished and kept its work, but a script must be able to tell that
        # some items are missing from the archive without parsing the summary.
        sys.exit(SOME_ITEMS_FAILED)


def _echo_failures(summary: IngestSummary) -> None:
    """Say on stderr which items failed and why, and how to try them again."""
    for source, error in summary.errors:
        click.echo(f"failed: {source}: {error}", err=True)
    if summary.failed > len(summary.errors):
        click.echo(f"... and {summary.failed - len(summary.errors)} more", err=True)
    if summary.failed:
        click.echo("fix the cause, then run the same command with --retry-failed", err=True)


@contextmanager
def _progress_bar(*, enabled: bool) -> Iterator[Callable[[IngestSummary], None] | None]:
    """A live line on stderr: pages done, pages/s, and what became of them."""
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, TextColumn, TimeElapsedColumn

    # auto_refresh=False: no display thread, so worker processes fork cleanly.
    bar = Progress(
        TextColumn("[bold]{task.completed}[/] pages"),
        TextColumn("{task.fields[rate]:.1f} pages/s"),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        auto_refresh=False,
        transient=True,
    )
    task = bar.add_task("ingest", total=None, rate=0.0, detail="")

    def update(summary: IngestSummary) -> None:
        detail = (
            f"{summary.stored} stored, {summary.duplicates} duplicates,"
            f" {summary.failed} failed, {summary.skipped} skipped"
        )
        done = summary.processed + summary.skipped
        bar.update(task, completed=done, rate=summary.pages_per_second, detail=detail)
        bar.refresh()

    with bar:
        yield update


@main.command("search")
@click.argument("query", default="")
@db_option
@click.option("--since", help="Published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--outlet", help="Only this outlet (domain or name, any case).")
@click.option("--person", help="Only articles naming a person whose name contains this.")
@click.option("--place", help="Only articles about a place (entity, dateline or event place).")
@click.option("--event-type", help="Only articles reporting this PLOVER event type (e.g. AGREE).")
@limit_option(20)
@format_option
def search_command(
    query: str,
    db: str,
    since: str | None,
    until: str | None,
    outlet: str | None,
    person: str | None,
    place: str | None,
    event_type: str | None,
    limit: int,
    output_format: str,
) -> None:
    """Search the archive's headlines and texts; best matches first.

    QUERY: words (all must match), "a phrase", word* (prefix), a OR b, -word
    (exclude). An empty QUERY lists what the filters select, newest first.

    \b
    Examples:
      dateline search 'harbour "shipping data"' --since 2024-01
      dateline search '' --person Kerry --format jsonl
    """
    with _open(db) as archive:
        try:
            hits = archive.search(
                query,
                since=since,
                until=until,
                outlet=outlet,
                person=person,
                place=place,
                event_type=event_type,
                limit=limit,
            )
        except DatelineError as exc:
            fail(f"{exc}")
    if output_format != "table":
        _print_records([asdict(h) for h in hits], output_format)
        return
    for hit in hits:
        date = (hit.published or "")[:10] or "----------"
        click.echo(f"{date}  {hit.outlet or '-'}  {hit.headline or '(no headline)'}")
        click.echo(f"    {' '.join(hit.snippet.split())}")
        click.echo(f"    {hit.url or hit.id}")
    if not hits:
        click.echo("no articles found", err=True)


@main.command("quotes")
@db_option
@click.option("--speaker", help="Speaker's name contains this (any case).")
@click.option("--addressee", help="Addressee's name contains this (any case).")
@click.option("--text", help="The quote contains these words (any case).")
@click.option(
    "--class",
    "cue_class",
    type=click.Choice(CUE_CLASSES, case_sensitive=False),
    help="Only attributions of this kind: speech (said, told ...), belief (believes, "
    "expects ...), intention, evaluation, evidence (a poll shows ...), source (according to), "
    "act (released a report ...), refusal (declined to comment ...).",
)
@limit_option(50)
@format_option
def quotes_command(
    db: str,
    speaker: str | None,
    addressee: str | None,
    text: str | None,
    cue_class: str | None,
    limit: int,
    output_format: str,
) -> None:
    """List quotes in the archive, each with its sentence and link.

    \b
    Examples:
      dateline quotes --speaker Kerry
      dateline quotes --speaker Kerry --class speech      what he said, not what he believes
      dateline quotes --text "shipping" --format csv > quotes.csv
    """
    with _open(db) as archive:
        hits = archive.quotes(
            speaker=speaker, addressee=addressee, text=text, cue_class=cue_class, limit=limit
        )
    if output_format != "table":
        _print_records([asdict(h) for h in hits], output_format)
        return
    for hit in hits:
        to = f" to {hit.addressee}" if hit.addressee else ""
        cue = f" ({hit.cue})" if hit.cue else ""
        content = hit.content if hit.content[:1] in QUOTE_MARKS else f"\u201c{hit.content}\u201d"
        click.echo(f"{hit.speaker or '(unknown speaker)'}{cue}{to}: {content}")
        click.echo(f"    sentence: {' '.join(hit.sentence.split())}")
        source = " · ".join(x for x in (hit.headline, hit.outlet, (hit.published or "")[:10]) if x)
        click.echo(f"    {source}")
        click.echo(f"    {hit.url or hit.article_id}")
    if not hits:
        click.echo("no quotes found", err=True)


@main.command("export")
@db_option
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    required=True,
    help="File format: one file per table.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write the files into (created if missing).",
)
@click.option(
    "--table",
    "tables",
    multiple=True,
    help="Only this table (repeatable): articles, authors, images, entities, roles, "
    "mentions, quotes, timexes, events, actors.",
)
def export_command(db: str, export_format: str, out_dir: Path, tables: tuple[str, ...]) -> None:
    """Export the archive: one file per kind of fact (schema: docs/export.md).

    \b
    Example:
      dateline export --format parquet --out export/
    """
    from dateline.archive.export import export

    with _open(db) as archive:
        try:
            counts = export(archive, out_dir, export_format, tables=list(tables) or None)  # type: ignore[arg-type]
        except DatelineError as exc:
            fail(f"{exc}")
        except OSError as exc:
            fail(f"{out_dir}: cannot write ({exc.strerror or exc})")
    for name, count in counts.items():
        click.echo(f"{out_dir / f'{name}.{export_format}'}: {count} rows")


@main.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats_command(db: str, as_json: bool) -> None:
    """Count what the archive holds: articles, outlets, people, quotes, events, by month."""
    with _open(db) as archive:
        stats = archive.stats()
    if as_json:
        click.echo(json.dumps(asdict(stats), indent=2, sort_keys=True))
        return
    click.echo(
        f"{stats.articles} articles from {stats.outlets} outlets; {stats.people} people,"
        f" {stats.quotes} quotes, {stats.events} events;"
        f" {stats.duplicates} duplicates grouped, {stats.failed} sources failed"
    )
    if stats.by_month:
        click.echo("\nmonth     articles  quotes  events")
        for m in stats.by_month:
            click.echo(f"{m.month:<9} {m.articles:>8} {m.quotes:>7} {m.events:>7}")
    if stats.top_outlets:
        click.echo("\ntop outlets: " + ", ".join(f"{d} ({n})" for d, n in stats.top_outlets))
    if stats.top_people:
        click.echo("top people: " + ", ".join(f"{p} ({n})" for p, n in stats.top_people))


def _print_records(records: list[dict[str, Any]], output_format: str) -> None:
    """Records as JSON lines or CSV (lists become JSON text in CSV)."""
    if output_format == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    if not records:
        return
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(list(records[0]))
    for record in records:
        writer.writerow(
            json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
            for v in record.values()
        )
    click.echo(out.getvalue(), nl=False)


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
@db_option
@click.option("--actor", help="Archive: an actor's name contains this, or its country code.")
@click.option("--type", "event_type", help="Archive: PLOVER event type, e.g. CONSULT.")
@click.option("--since", help="Archive: events dated on or after this (YYYY[-MM[-DD]]).")
@click.option("--until", help="Archive: events dated on or before this (YYYY[-MM[-DD]]).")
@limit_option(50)
def events_command(
    pages: tuple[str, ...],
    output_format: str,
    offices: str | None,
    db: str,
    actor: str | None,
    event_type: str | None,
    since: str | None,
    until: str | None,
    limit: int,
) -> None:
    """List who met whom, where and when: the PLOVER events of pages or of the archive.

    PAGES are file paths, or - for standard input. Each event shows its date, type (mode),
    source and target actors with country and sector codes, place, and the sentence.
    With no PAGES, the events stored in the archive (--db) are listed, filtered by
    --actor, --type, --since and --until.

    \b
    Examples:
      dateline events examples/harbour-talks.html
      dateline events *.html --format csv > events.csv
      DATELINE_OFFICES=my-offices.tsv dateline events page.txt
      dateline events --db news.db --actor RUS --type CONSULT --since 2021-07

    A page that cannot be read is named on stderr and the others are listed; the exit
    code is then 3 (1 when no page could be read).
    """
    if not pages:
        _archive_events(db, actor, event_type, since, until, limit, output_format)
        return
    from dateline.analyze.events import article_events
    from dateline.analyze.offices import load_offices

    try:
        dictionary = load_offices(offices) if offices else None
    except DatelineError as exc:
        fail(str(exc))
    rows: list[tuple[Article, Event]] = []
    failed = 0
    for page in pages:
        try:
            article = read(_page_bytes(page))
            if dictionary is not None:
                article = article.model_copy(
                    update={"events": article_events(article, offices=dictionary)}
                )
        except _PageError as exc:
            failed += 1  # the other pages are still read: one bad file spoils no batch
            click.echo(f"dateline: error: {exc}", err=True)
            continue
        except DatelineError as exc:
            failed += 1
            click.echo(f"dateline: error: {page}: {exc}", err=True)
            continue
        rows.extend((article, event) for event in article.events)
    if failed == len(pages):
        sys.exit(EXIT_FAILED)
    if output_format == "jsonl":
        for article, event in rows:
            record = {"article": article.id, "url": article.url, **event.model_dump(mode="json")}
            click.echo(json.dumps(record, sort_keys=True, ensure_ascii=False))
    elif output_format == "csv":
        _events_csv(rows)
    else:
        _events_table(rows)
    if failed:
        sys.exit(SOME_ITEMS_FAILED)


def _archive_events(
    db: str,
    actor: str | None,
    event_type: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    output_format: str,
) -> None:
    with _open(db) as archive:
        hits = archive.events(actor=actor, type=event_type, since=since, until=until, limit=limit)
    if output_format != "table":
        _print_records([asdict(h) for h in hits], output_format)
        return
    for hit in hits:
        mode = f" ({hit.mode})" if hit.mode else ""
        actors = " + ".join(_coded(hit.source_codes, hit.sources))
        if hit.targets:
            actors += " <-> " + " + ".join(_coded(hit.target_codes, hit.targets))
        place = f", {hit.place}" if hit.place else ""
        status = "" if hit.status in {"occurred", "unknown"} else f" [{hit.status}]"
        click.echo(f"{hit.date or '????'} {hit.type}{mode} {actors}{place}{status}")
        click.echo(f"    « {hit.trigger} » {hit.sentence or hit.headline or ''}")
        click.echo(f"    {hit.url or hit.article_id}")
    if not hits:
        click.echo("no events found", err=True)


def _coded(codes: list[str], names: list[str]) -> list[str]:
    """ "RUS GOV Sergey Lavrov" for each actor, as the page view prints them."""
    return [f"{code} {name}".strip() for code, name in zip(codes, names, strict=True)]


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
