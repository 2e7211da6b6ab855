"""The archive's tables: one DDL both backends run, safe to run again (IF NOT EXISTS).

`{serial}` is the only difference: SQLite's `INTEGER PRIMARY KEY` rowid, PostgreSQL's
`BIGSERIAL`. Text search is added per backend by its own migration. Columns of the
fact tables match `rows.COLUMNS`; spans are `field`, `span_index`, `start_char`,
`end_char` (half-open Python string offsets into the field's text).
"""

from __future__ import annotations

TABLES_DDL = """
CREATE TABLE IF NOT EXISTS articles (
    seq {serial},
    id TEXT NOT NULL UNIQUE,
    url TEXT,
    canonical_url TEXT,
    kind TEXT NOT NULL,
    outlet_name TEXT,
    outlet_domain TEXT,
    language TEXT,
    headline TEXT,
    standfirst TEXT,
    section TEXT NOT NULL,
    dateline_place TEXT,
    published TEXT,
    published_date TEXT,
    published_timezone TEXT,
    updated TEXT,
    text TEXT NOT NULL,
    n_paragraphs INTEGER NOT NULL,
    warnings TEXT NOT NULL,
    schema_version TEXT NOT NULL,
    pipeline TEXT NOT NULL,
    lexicons TEXT NOT NULL,
    source TEXT,
    fetched_at TEXT,
    json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_canonical_url ON articles (canonical_url);
CREATE INDEX IF NOT EXISTS articles_published_date ON articles (published_date);
CREATE INDEX IF NOT EXISTS articles_outlet_domain ON articles (outlet_domain);

CREATE TABLE IF NOT EXISTS authors (
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    email TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS images (
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    url TEXT,
    caption TEXT,
    credit TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    aliases TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS entities_type_name ON entities (type, name_key);

CREATE TABLE IF NOT EXISTS roles (
    article_id TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    affiliation TEXT,
    country TEXT,
    sector TEXT,
    evidence TEXT NOT NULL,
    field TEXT NOT NULL,
    span_index INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id, position)
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    field TEXT NOT NULL,
    span_index INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id TEXT NOT NULL,
    quote_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    field TEXT NOT NULL,
    span_index INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    content_parts TEXT NOT NULL,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_lexicon_id TEXT,
    speaker_entity TEXT,
    speaker_name TEXT,
    speaker_key TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    addressee_entity TEXT,
    addressee_name TEXT,
    addressee_key TEXT,
    paragraph INTEGER NOT NULL,
    utterance_date TEXT,
    sentence TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    PRIMARY KEY (article_id, quote_id)
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_key);
CREATE INDEX IF NOT EXISTS quotes_addressee ON quotes (addressee_key);

CREATE TABLE IF NOT EXISTS timexes (
    article_id TEXT NOT NULL,
    timex_id TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    anchor TEXT,
    interval_start TEXT,
    interval_end TEXT,
    rule TEXT,
    text TEXT NOT NULL,
    field TEXT NOT NULL,
    span_index INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    PRIMARY KEY (article_id, timex_id)
);

CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    status TEXT NOT NULL,
    date TEXT,
    date_timex TEXT,
    place TEXT,
    place_entity TEXT,
    trigger TEXT NOT NULL,
    field TEXT NOT NULL,
    span_index INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS events_type ON events (type);
CREATE INDEX IF NOT EXISTS events_date ON events (date);

CREATE TABLE IF NOT EXISTS actors (
    article_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    entity_id TEXT,
    text TEXT NOT NULL,
    text_key TEXT NOT NULL,
    country TEXT,
    sector TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    PRIMARY KEY (article_id, event_id, role, position)
);
CREATE INDEX IF NOT EXISTS actors_text ON actors (text_key);
CREATE INDEX IF NOT EXISTS actors_country ON actors (country);

CREATE TABLE IF NOT EXISTS source_items (
    key TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    error TEXT,
    article_id TEXT,
    url TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS source_items_status ON source_items (status);

CREATE TABLE IF NOT EXISTS duplicates (
    source TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    url TEXT,
    outlet_domain TEXT,
    headline TEXT,
    published TEXT,
    kind TEXT NOT NULL,
    similarity DOUBLE PRECISION NOT NULL
);
CREATE INDEX IF NOT EXISTS duplicates_story ON duplicates (story_id);

CREATE TABLE IF NOT EXISTS fingerprints (
    article_id TEXT PRIMARY KEY,
    text_hash TEXT,
    minhash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS fingerprints_text_hash ON fingerprints (text_hash);

CREATE TABLE IF NOT EXISTS lsh_buckets (
    bucket TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (bucket, article_id)
);
"""


# Columns added after the first release, in the order they were added: a migration appends
# each to its table, so old archives and new ones end up with the same columns.
QUOTE_SETTINGS_DDL = """
ALTER TABLE quotes ADD COLUMN setting_event TEXT;
ALTER TABLE quotes ADD COLUMN inferred TEXT
"""

# The sentence an event's trigger sits in (its headline or caption when it sits there), as
# `dateline events` shows it; rows stored before this migration have none.
EVENT_SENTENCE_DDL = """
ALTER TABLE events ADD COLUMN sentence TEXT
"""


def statements(ddl: str, **types: str) -> list[str]:
    """The DDL split into single statements, with backend types filled in."""
    return [s.strip() for s in ddl.format(**types).split(";") if s.strip()]
