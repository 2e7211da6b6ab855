"""Export an archive to JSONL, CSV or Parquet: one file per kind of fact.

`EXPORT_TABLES` is the documented schema: every exported column with its type and
meaning. `docs/export.md` is generated from it (`export_docs()`), and a test keeps
the two equal. Rows come out in key order, so the same archive exports to the
same bytes (except Parquet's file metadata).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from dateline.archive.base import Archive
from dateline.errors import ConfigError

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "parquet")
ColumnType = Literal["string", "int", "float", "json"]
PARQUET_ROW_GROUP = 10_000


@dataclass(frozen=True)
class Column:
    """One exported column: name, type, and what it holds."""

    name: str
    type: ColumnType
    doc: str


def _c(name: str, type: ColumnType, doc: str) -> Column:
    return Column(name, type, doc)


_ARTICLE_ID = _c("article_id", "string", "`articles.id` of the article it belongs to")
_SPAN = (
    _c("field", "string", "text the offsets index: text, headline, standfirst or caption"),
    _c("span_index", "int", "for field caption: which image (`images.position`)"),
    _c("start_char", "int", "start offset (Python string index, inclusive)"),
    _c("end_char", "int", "end offset (exclusive)"),
)

EXPORT_TABLES: dict[str, tuple[str, tuple[Column, ...]]] = {
    "articles": (
        "One row per stored article (copies of a story are not rows; see duplicates).",
        (
            _c("id", "string", "stable id: hash of the canonical URL, else of the text"),
            _c("url", "string", "the URL the page came from"),
            _c("canonical_url", "string", "the URL without tracking parameters or fragment"),
            _c("kind", "string", "article, liveblog or not_article"),
            _c("outlet_name", "string", "the outlet's name, when the page states it"),
            _c("outlet_domain", "string", "the outlet's domain, from the URL"),
            _c("language", "string", "language code"),
            _c("headline", "string", "headline"),
            _c("standfirst", "string", "standfirst (dek, summary)"),
            _c("section", "json", "section path, outermost first"),
            _c("dateline_place", "string", "place the story was filed from"),
            _c("published", "string", "publication time, ISO 8601 as stated"),
            _c("published_date", "string", "YYYY-MM-DD part of published"),
            _c("published_timezone", "string", "stated, inferred or none"),
            _c("updated", "string", "update time, ISO 8601"),
            _c("text", "string", "the clean body; every offset points into it"),
            _c("n_paragraphs", "int", "number of paragraphs"),
            _c("warnings", "json", "what could not be read, and why"),
            _c("schema_version", "string", "version of the Article JSON schema"),
            _c("pipeline", "json", "analysis steps that produced the facts"),
            _c("lexicons", "json", "lexicon file -> content hash used for the facts"),
            _c("source", "string", "source item it was ingested from"),
            _c("fetched_at", "string", "when the page was fetched or saved"),
        ),
    ),
    "authors": (
        "Bylines, in page order.",
        (
            _ARTICLE_ID,
            _c("position", "int", "order in the byline, from 0"),
            _c("name", "string", "author name"),
            _c("email", "string", "author email, when given"),
        ),
    ),
    "images": (
        "Images with their captions and credits, in page order.",
        (
            _ARTICLE_ID,
            _c("position", "int", "order on the page, from 0 (spans' span_index)"),
            _c("url", "string", "image URL"),
            _c("caption", "string", "caption"),
            _c("credit", "string", "credit line"),
        ),
    ),
    "entities": (
        "People, organisations, countries, places and groups each article names.",
        (
            _ARTICLE_ID,
            _c("entity_id", "string", "id within the article, e.g. person:jane-doe"),
            _c("type", "string", "person, organisation, country, place or group"),
            _c("name", "string", "canonical name"),
            _c("aliases", "json", "other names used"),
            _c("country", "string", "ISO 3166 alpha-3, when known"),
            _c("sector", "string", "actor sector code (GOV, MIL, BUS...)"),
        ),
    ),
    "roles": (
        "Offices and functions entities hold, with the words that say so.",
        (
            _ARTICLE_ID,
            _c("entity_id", "string", "`entities.entity_id` holding the role"),
            _c("position", "int", "order among the entity's roles"),
            _c("title", "string", "e.g. foreign minister"),
            _c("affiliation", "string", "e.g. Russia"),
            _c("country", "string", "ISO 3166 alpha-3 of the affiliation"),
            _c("sector", "string", "sector code"),
            _c("evidence", "string", "the words"),
            *_SPAN,
        ),
    ),
    "mentions": (
        "Every place an entity is referred to.",
        (
            _ARTICLE_ID,
            _c("position", "int", "order in the article"),
            _c("entity_id", "string", "`entities.entity_id` referred to"),
            _c("kind", "string", "name, surname, pronoun, role, demonym or metonym"),
            _c("text", "string", "the words"),
            *_SPAN,
        ),
    ),
    "quotes": (
        "Quotes with speaker, cue, addressee and the sentence they sit in.",
        (
            _ARTICLE_ID,
            _c("quote_id", "string", "id within the article"),
            _c("kind", "string", "direct, indirect or mixed"),
            _c("content", "string", "what was said (offsets: field/start_char/end_char)"),
            *_SPAN,
            _c("content_parts", "json", "pieces of a split quotation, as spans"),
            _c("cue", "string", "the speech verb or cue, e.g. said"),
            _c("cue_start", "int", "cue start offset"),
            _c("cue_end", "int", "cue end offset"),
            _c("cue_lexicon_id", "string", "speech-cue lexicon entry that matched"),
            _c("speaker_entity", "string", "`entities.entity_id` of the speaker"),
            _c("speaker_name", "string", "speaker's name"),
            _c("speaker_start", "int", "speaker mention start offset"),
            _c("speaker_end", "int", "speaker mention end offset"),
            _c("addressee_entity", "string", "`entities.entity_id` of the addressee"),
            _c("addressee_name", "string", "addressee's name"),
            _c("paragraph", "int", "paragraph index; -1 outside the body"),
            _c("utterance_date", "string", "when it was said, when stated"),
            _c("sentence", "string", "the sentence(s) around the quote"),
            _c("sentence_start", "int", "sentence start offset in text"),
            _c("sentence_end", "int", "sentence end offset in text"),
            _c("setting_event", "string", "`events.event_id` of the meeting it was said at"),
            _c("inferred", "json", "fields inferred, each with its rule, e.g. utterance_date"),
        ),
    ),
    "timexes": (
        "TIMEX3 time expressions, normalised against the publication time.",
        (
            _ARTICLE_ID,
            _c("timex_id", "string", "id within the article"),
            _c("type", "string", "DATE, TIME, DURATION or SET"),
            _c("value", "string", "TIMEX3 value: 2021-07-12, 2021-W28, P3D..."),
            _c("mod", "string", "TIMEX3 mod: BEFORE, AFTER, START..."),
            _c("anchor", "string", "what it was resolved against"),
            _c("interval_start", "string", "first day covered, when narrower than the value"),
            _c("interval_end", "string", "last day covered"),
            _c("rule", "string", "id of the lexicon pattern that found it"),
            _c("text", "string", "the words"),
            *_SPAN,
        ),
    ),
    "events": (
        "PLOVER events: who did what to whom, where and when; actors in `actors`.",
        (
            _ARTICLE_ID,
            _c("event_id", "string", "id within the article"),
            _c("type", "string", "PLOVER type: CONSULT, AGREE, COOPERATE..."),
            _c("mode", "string", "PLOVER mode, e.g. meet, visit"),
            _c("status", "string", "occurred, ongoing, scheduled, cancelled or unknown"),
            _c("date", "string", "TIMEX3 value of when it happens"),
            _c("date_timex", "string", "`timexes.timex_id` the date came from"),
            _c("place", "string", "where"),
            _c("place_entity", "string", "`entities.entity_id` of the place"),
            _c("trigger", "string", "the words that signal the event"),
            *_SPAN,
            _c("evidence", "json", "further evidence spans {start, end, text, field, index}"),
            _c("sentence", "string", "the sentence (or headline, caption) of the trigger"),
        ),
    ),
    "actors": (
        "Source and target actors of each event.",
        (
            _ARTICLE_ID,
            _c("event_id", "string", "`events.event_id`"),
            _c("role", "string", "source or target"),
            _c("position", "int", "order among the event's actors in that role"),
            _c("entity_id", "string", "`entities.entity_id`, when resolved"),
            _c("text", "string", "the actor as written"),
            _c("country", "string", "ISO 3166 alpha-3 or an IGO code"),
            _c("sector", "string", "sector code"),
            _c("evidence_start", "int", "start offset in text of the actor's words"),
            _c("evidence_end", "int", "end offset"),
        ),
    ),
}


def export(
    archive: Archive,
    out_dir: str | Path,
    format: ExportFormat,
    *,
    tables: list[str] | None = None,
) -> dict[str, int]:
    """Write each table to `out_dir/<table>.<format>`.

    Args:
        archive: the archive to read.
        out_dir: folder to write into (created if missing).
        format: jsonl, csv or parquet.
        tables: which tables (default: all of `EXPORT_TABLES`).

    Returns:
        Rows written per table.
    """
    if format not in FORMATS:
        raise ConfigError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    names = tables or list(EXPORT_TABLES)
    unknown = [n for n in names if n not in EXPORT_TABLES]
    if unknown:
        raise ConfigError(f"no table {unknown[0]!r}; tables: {', '.join(EXPORT_TABLES)}")
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"{folder}: exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[format]
    counts = {}
    for name in names:
        columns = EXPORT_TABLES[name][1]
        rows = archive.table_rows(name, [c.name for c in columns])
        counts[name] = writer(folder / f"{name}.{format}", columns, rows)
    return counts


def _write_jsonl(path: Path, columns: tuple[Column, ...], rows: Iterator[tuple[Any, ...]]) -> int:
    count = 0
    is_json = [c.type == "json" for c in columns]
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for row in rows:
            record = {
                c.name: json.loads(v) if j and v is not None else v
                for c, v, j in zip(columns, row, is_json, strict=True)
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_csv(path: Path, columns: tuple[Column, ...], rows: Iterator[tuple[Any, ...]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([c.name for c in columns])
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def _write_parquet(path: Path, columns: tuple[Column, ...], rows: Iterator[tuple[Any, ...]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "json": pa.string()}
    schema = pa.schema([pa.field(c.name, types[c.type]) for c in columns])
    count = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        chunk: list[tuple[Any, ...]] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= PARQUET_ROW_GROUP:
                writer.write_table(_arrow_table(chunk, columns, schema))
                count += len(chunk)
                chunk = []
        if chunk or count == 0:
            writer.write_table(_arrow_table(chunk, columns, schema))
            count += len(chunk)
    return count


def _arrow_table(chunk: list[tuple[Any, ...]], columns: tuple[Column, ...], schema: Any) -> Any:
    import pyarrow as pa

    arrays = {c.name: [row[i] for row in chunk] for i, c in enumerate(columns)}
    return pa.Table.from_pydict(arrays, schema=schema)


def export_docs() -> str:
    """The Markdown reference of every exported table (what docs/export.md holds)."""
    lines = [
        "# Export schema",
        "",
        "`dateline export --format jsonl|csv|parquet --out DIR` writes one file per table:",
        "`DIR/<table>.<format>`. Rows come out in key order (article id, then position or id),",
        "so exporting the same archive twice gives the same files.",
        "",
        "- Offsets (`start_char`, `end_char`, `*_start`, `*_end`) are half-open Python string",
        "  indices into the article's `text`, or into the field named by `field`",
        "  (`headline`, `standfirst`, or image `caption` number `span_index`).",
        "- `json` columns hold JSON: decoded in JSONL, JSON text in CSV and Parquet.",
        "- Empty values are `null` in JSONL and Parquet and empty cells in CSV.",
        "- Join facts to their article on `article_id` = `articles.id`; entities, events and",
        "  their ids are unique within one article only.",
        "- Copies of a story (same URL, same text, near-identical wire copies) are not",
        "  exported as articles: the archive keeps them in its `duplicates` table.",
        "",
        "Generated from `dateline.archive.export.EXPORT_TABLES`; a test keeps them equal.",
    ]
    for name, (doc, columns) in EXPORT_TABLES.items():
        lines += ["", f"## {name}", "", doc, "", "| column | type | meaning |", "|---|---|---|"]
        lines += [f"| `{c.name}` | {c.type} | {c.doc} |" for c in columns]
    return "\n".join(lines) + "\n"
