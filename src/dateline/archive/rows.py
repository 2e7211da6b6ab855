"""Article -> the rows the archive stores: one pure function per table.

`prepare()` runs in the worker processes of a batch, so the single writer only
executes INSERTs. The column order of each table is `COLUMNS[table]`; the DDL in
`schema.py` and the export in `export.py` use the same names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from dateline.archive.fingerprint import Fingerprint, encode_signature, fingerprint
from dateline.model import Article, Party, Span, Timestamp
from dateline.render import event_sentence
from dateline.urls import canonical_url

Row = tuple[Any, ...]

_SPAN = ("field", "span_index", "start_char", "end_char")

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "url",
        "canonical_url",
        "kind",
        "outlet_name",
        "outlet_domain",
        "language",
        "headline",
        "standfirst",
        "section",
        "dateline_place",
        "published",
        "published_date",
        "published_timezone",
        "updated",
        "text",
        "n_paragraphs",
        "warnings",
        "schema_version",
        "pipeline",
        "lexicons",
        "source",
        "fetched_at",
        "json",
    ),
    "authors": ("article_id", "position", "name", "email"),
    "images": ("article_id", "position", "url", "caption", "credit"),
    "entities": (
        "article_id",
        "entity_id",
        "type",
        "name",
        "name_key",
        "aliases",
        "country",
        "sector",
    ),
    "roles": (
        "article_id",
        "entity_id",
        "position",
        "title",
        "affiliation",
        "country",
        "sector",
        "evidence",
        *_SPAN,
    ),
    "mentions": ("article_id", "position", "entity_id", "kind", "text", *_SPAN),
    "quotes": (
        "article_id",
        "quote_id",
        "kind",
        "content",
        *_SPAN,
        "content_parts",
        "cue",
        "cue_start",
        "cue_end",
        "cue_lexicon_id",
        "speaker_entity",
        "speaker_name",
        "speaker_key",
        "speaker_start",
        "speaker_end",
        "addressee_entity",
        "addressee_name",
        "addressee_key",
        "paragraph",
        "utterance_date",
        "sentence",
        "sentence_start",
        "sentence_end",
        "setting_event",
        "inferred",
    ),
    "timexes": (
        "article_id",
        "timex_id",
        "type",
        "value",
        "mod",
        "anchor",
        "interval_start",
        "interval_end",
        "rule",
        "text",
        *_SPAN,
    ),
    "events": (
        "article_id",
        "event_id",
        "type",
        "mode",
        "status",
        "date",
        "date_timex",
        "place",
        "place_entity",
        "trigger",
        *_SPAN,
        "evidence",
        "sentence",
    ),
    "actors": (
        "article_id",
        "event_id",
        "role",
        "position",
        "entity_id",
        "text",
        "text_key",
        "country",
        "sector",
        "evidence_start",
        "evidence_end",
    ),
}

FACT_TABLES: tuple[str, ...] = (
    "authors",
    "images",
    "entities",
    "roles",
    "mentions",
    "quotes",
    "timexes",
    "events",
    "actors",
)


@dataclass(frozen=True)
class Prepared:
    """An article ready to store: its rows per table and its fingerprint."""

    article_id: str
    canonical_url: str | None
    headline: str | None
    outlet_domain: str | None
    published: str | None
    rows: dict[str, list[Row]]
    fingerprint: Fingerprint

    @property
    def minhash_text(self) -> str:
        """The MinHash signature as stored."""
        return encode_signature(self.fingerprint.minhash)


def prepare(
    article: Article, *, source: str | None = None, fetched_at: str | None = None
) -> Prepared:
    """Turn an article into the rows of every table and the fingerprint of its text."""
    rows: dict[str, list[Row]] = {
        "articles": [article_row(article, source=source, fetched_at=fetched_at)],
        "authors": [(article.id, i, a.name, a.email) for i, a in enumerate(article.authors)],
        "images": [
            (article.id, i, im.url, im.caption, im.credit) for i, im in enumerate(article.images)
        ],
        "entities": entity_rows(article),
        "roles": role_rows(article),
        "mentions": [
            (article.id, i, m.entity, m.kind, m.span.text, *_span(m.span))
            for i, m in enumerate(article.mentions)
        ],
        "quotes": quote_rows(article),
        "timexes": [
            (
                article.id,
                t.id,
                t.type,
                t.value,
                t.mod,
                t.anchor,
                t.interval[0] if t.interval else None,
                t.interval[1] if t.interval else None,
                t.rule,
                t.span.text,
                *_span(t.span),
            )
            for t in article.timexes
        ],
        "events": event_rows(article),
        "actors": actor_rows(article),
    }
    return Prepared(
        article_id=article.id,
        canonical_url=canonical_url(article.url) if article.url else None,
        headline=article.headline,
        outlet_domain=article.outlet.domain,
        published=article.published.value if article.published else None,
        rows=rows,
        fingerprint=fingerprint(article.text),
    )


def article_row(article: Article, *, source: str | None, fetched_at: str | None) -> Row:
    """The `articles` row: every Article field, flattened, plus its full JSON."""
    published = article.published
    return (
        article.id,
        article.url,
        canonical_url(article.url) if article.url else None,
        article.kind,
        article.outlet.name,
        article.outlet.domain,
        article.language,
        article.headline,
        article.standfirst,
        _json(article.section),
        article.dateline.place if article.dateline else None,
        published.value if published else None,
        published_date(published),
        published.timezone if published else None,
        article.updated.value if article.updated else None,
        article.text,
        len(article.paragraphs),
        _json(article.warnings),
        article.schema_version,
        _json(article.analysis.pipeline),
        _json(article.analysis.lexicons),
        source,
        fetched_at,
        article.model_dump_json(),
    )


def published_date(stamp: Timestamp | None) -> str | None:
    """The YYYY-MM-DD (or shorter) date of a timestamp, as stated: what filters compare."""
    return stamp.value[:10] if stamp else None


def entity_rows(article: Article) -> list[Row]:
    """One row per entity, with a lower-cased name key for case-insensitive filters."""
    return [
        (
            article.id,
            e.id,
            e.type,
            e.name,
            e.name.lower(),
            _json(e.aliases),
            e.country,
            e.sector,
        )
        for e in article.entities
    ]


def role_rows(article: Article) -> list[Row]:
    """One row per role an entity holds, with its evidence span."""
    return [
        (
            article.id,
            e.id,
            i,
            r.title,
            r.affiliation,
            r.country,
            r.sector,
            r.evidence.text,
            *_span(r.evidence),
        )
        for e in article.entities
        for i, r in enumerate(e.roles)
    ]


def quote_rows(article: Article) -> list[Row]:
    """One row per quote: content, cue, speaker, addressee and the sentence it sits in."""
    names = {e.id: e.name for e in article.entities}
    rows = []
    for q in article.quotes:
        speaker = _party_name(q.speaker, names)
        addressee = _party_name(q.addressee, names)
        sentence = enclosing_sentence(article, q.content)
        rows.append(
            (
                article.id,
                q.id,
                q.kind,
                q.content.text,
                *_span(q.content),
                _json([part.model_dump() for part in q.content_parts]),
                q.cue.text if q.cue else None,
                q.cue.start if q.cue else None,
                q.cue.end if q.cue else None,
                q.cue_lexicon_id,
                q.speaker.entity if q.speaker else None,
                speaker,
                speaker.lower() if speaker else None,
                q.speaker.mention.start if q.speaker else None,
                q.speaker.mention.end if q.speaker else None,
                q.addressee.entity if q.addressee else None,
                addressee,
                addressee.lower() if addressee else None,
                q.paragraph,
                q.utterance_date,
                sentence.text,
                sentence.start,
                sentence.end,
                q.setting_event,
                _json(q.inferred) if q.inferred else None,
            )
        )
    return rows


def enclosing_sentence(article: Article, span: Span) -> Span:
    """The sentence (or sentences) around a span; its paragraph when none is known."""
    if span.field != "text":
        return span
    inside = [s for s in article.sentences if s.end > span.start and s.start < span.end]
    if inside:
        start, end = min(s.start for s in inside), max(s.end for s in inside)
        start, end = min(start, span.start), max(end, span.end)
        return Span(start=start, end=end, text=article.text[start:end])
    for para in article.paragraphs:
        if para.start <= span.start and span.end <= para.end:
            return Span(start=para.start, end=para.end, text=article.text[para.start : para.end])
    return span


def event_rows(article: Article) -> list[Row]:
    """One row per event; its actors go to `actor_rows`."""
    return [
        (
            article.id,
            ev.id,
            ev.type,
            ev.mode,
            ev.status,
            ev.date,
            ev.date_timex,
            ev.place.name if ev.place else None,
            ev.place.entity if ev.place else None,
            ev.trigger.text,
            *_span(ev.trigger),
            _json([s.model_dump() for s in ev.evidence]),
            event_sentence(article, ev),
        )
        for ev in article.events
    ]


def actor_rows(article: Article) -> list[Row]:
    """One row per source or target actor of each event."""
    rows = []
    for ev in article.events:
        for role, actors in (("source", ev.source), ("target", ev.target)):
            for i, a in enumerate(actors):
                rows.append(
                    (
                        article.id,
                        ev.id,
                        role,
                        i,
                        a.entity,
                        a.text,
                        a.text.lower(),
                        a.country,
                        a.sector,
                        a.evidence.start if a.evidence else None,
                        a.evidence.end if a.evidence else None,
                    )
                )
    return rows


def _party_name(party: Party | None, names: dict[str, str]) -> str | None:
    if party is None:
        return None
    if party.entity and party.entity in names:
        return names[party.entity]
    return party.name or party.mention.text


def _span(span: Span) -> Row:
    return (span.field, span.index, span.start, span.end)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
