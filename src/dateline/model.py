"""The data contract: every type dateline reads, stores and prints.

One `Article` holds the only copy of the clean body (`Article.text`). Every fact
points to its words with a `Span`: half-open character offsets (Python string
indices) into `text`, or into another text field of the article named by
`Span.field` (the headline, the standfirst, or one image caption). The `text`
carried inside a span is a convenience for readers and pipes; the offsets are
the truth, and `Article` checks that the two agree.

The models are frozen pydantic v2 models. `SCHEMA_VERSION` changes whenever the
JSON shape changes; `dateline schema` prints the JSON Schema generated from here.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.1"

SpanField = Literal["text", "headline", "standfirst", "caption"]
PageKind = Literal["article", "liveblog", "not_article"]
TimezoneBasis = Literal["stated", "inferred", "none"]
ParagraphKind = Literal["body", "crosshead", "blockquote", "list", "update"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Frozen):
    """A half-open `[start, end)` range of characters in one text field of an article."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="The characters covered, for readers; offsets are the truth.")
    field: SpanField = Field(default="text", description="Which text the offsets index.")
    index: int = Field(default=0, ge=0, description="For field 'caption': which image.")


class Outlet(_Frozen):
    name: str | None = None
    domain: str | None = None


class Author(_Frozen):
    name: str
    email: str | None = None


class Dateline(_Frozen):
    """Where the story was filed from ("MOSCOW (Reuters) -", "By Ren Qi in Moscow")."""

    place: str
    source: str | None = Field(default=None, description="The words it was read from.")


class Timestamp(_Frozen):
    """A publication or update time as the page states it, normalised to ISO 8601.

    `value` carries a UTC offset only when the page states one (`timezone`
    "stated") or a documented rule supplies it (`timezone` "inferred", with the
    rule named in `timezone_rule`, e.g. the outlet's home zone from
    `lexicons/outlets.tsv`). Otherwise `value` is a local time or a bare date.
    """

    value: str = Field(description="ISO 8601: date, local date-time, or date-time with offset.")
    timezone: TimezoneBasis = "none"
    timezone_rule: str | None = None
    source: str = Field(
        description="Where it was found: json-ld, meta, time-tag, url, headline-date,"
        " labelled-date, text, dateline; given: passed by the caller (`read(published=)`)."
    )
    raw: str | None = Field(default=None, description="The words it was parsed from.")


class Image(_Frozen):
    url: str | None = None
    caption: str | None = None
    credit: str | None = None


class Paragraph(_Frozen):
    """One paragraph of `Article.text`: `text[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: ParagraphKind = "body"


class Removed(_Frozen):
    """A piece of page furniture that was dropped, and why (a furniture lexicon id)."""

    text: str
    reason: str


class SourceSegment(_Frozen):
    """A run of an article field copied from the raw input at `raw_start`.

    The copy is verbatim, character for character, except that a paragraph rebuilt
    from hard-wrapped lines has each whitespace character between them as one space,
    so offsets still map one to one.

    Present for text input, where offsets can be mapped back to the raw file; empty
    for HTML, whose extraction does not keep a byte-exact copy.
    """

    field: SpanField
    index: int = 0
    start: int
    end: int
    raw_start: int


class RawPage(_Frozen):
    """A page as a source yields it, before reading: bytes plus where and when."""

    data: bytes
    url: str | None = None
    fetched_at: str | None = Field(default=None, description="ISO 8601 crawl/fetch time.")
    source: str = Field(description="What produced it: a path, feed, sitemap or WARC file.")
    content_type: str | None = None


# ---- facts (filled by dateline.analyze) -------------------------------------------------

EntityType = Literal["person", "organisation", "country", "place", "group"]
MentionKind = Literal["name", "surname", "pronoun", "role", "demonym", "metonym"]
QuoteKind = Literal["direct", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EventStatus = Literal["occurred", "ongoing", "scheduled", "cancelled", "unknown"]


class Role(_Frozen):
    """An office or function held: "Russian Foreign Minister" -> title "foreign minister",
    affiliation "Russia", country "RUS", sector "GOV"."""

    title: str
    affiliation: str | None = None
    country: str | None = Field(default=None, description="ISO 3166 alpha-3 of the affiliation.")
    sector: str | None = Field(default=None, description="Actor sector code: GOV, MIL, BUS, ...")
    evidence: Span


class Entity(_Frozen):
    id: str = Field(description="Stable within the article, e.g. 'person:john-kerry'.")
    type: EntityType
    name: str
    aliases: list[str] = []
    roles: list[Role] = []
    country: str | None = Field(default=None, description="ISO 3166 alpha-3 when known.")
    sector: str | None = None


class Mention(_Frozen):
    entity: str = Field(description="Entity.id this mention refers to.")
    kind: MentionKind
    span: Span


class Party(_Frozen):
    """A speaker or addressee: the entity and the words it was found at."""

    entity: str | None = Field(default=None, description="Entity.id, when resolved.")
    name: str | None = None
    mention: Span


class Quote(_Frozen):
    id: str
    kind: QuoteKind
    content: Span
    content_parts: list[Span] = Field(
        default=[], description='The pieces of a split quotation (\'"A," X said, "B."\').'
    )
    cue: Span | None = Field(default=None, description="None for a cue-less continuation.")
    cue_lexicon_id: str | None = None
    speaker: Party | None = None
    addressee: Party | None = None
    paragraph: int = Field(description="Index into Article.paragraphs; -1 outside the body.")
    utterance_date: str | None = None
    setting_event: str | None = Field(
        default=None, description="Event.id of the meeting, talks or call it was said at."
    )
    inferred: dict[str, str] = Field(
        default={},
        description="Fields filled by inference, each with its rule id: "
        "{'utterance_date': 'setting-event', 'addressee': 'second-person-at-setting', "
        "'speaker': 'first-person-in-quote' or 'first-person-author'}.",
    )


class Timex(_Frozen):
    """A TIMEX3 time expression normalised against the publication time."""

    id: str
    span: Span
    type: TimexType
    value: str = Field(description="TIMEX3 value: 2021-07-12, 2021-06, 2021, P3D, XXXX-WXX-1 ...")
    mod: str | None = Field(default=None, description="TIMEX3 mod: BEFORE, AFTER, START, END ...")
    anchor: str | None = Field(default=None, description="What it was resolved against.")
    interval: tuple[str, str] | None = Field(
        default=None, description="First and last day covered, when narrower than the value."
    )
    rule: str | None = Field(default=None, description="Id of the lexicon pattern that found it.")


class Actor(_Frozen):
    entity: str | None = None
    text: str
    country: str | None = Field(default=None, description="ISO 3166 alpha-3, or an IGO code.")
    sector: str | None = None
    evidence: Span | None = None


class Place(_Frozen):
    name: str
    entity: str | None = None
    evidence: Span | None = None


class Event(_Frozen):
    """A PLOVER event: who did what to whom, where and when, with its evidence."""

    id: str
    type: str = Field(description="PLOVER event type: CONSULT, AGREE, COOPERATE, ...")
    mode: str | None = Field(default=None, description="PLOVER mode, e.g. meet, visit, call.")
    source: list[Actor] = []
    target: list[Actor] = []
    place: Place | None = None
    date: str | None = Field(
        default=None,
        description="TIMEX3 value of the day (or coarser) when it happens; a time of day "
        "stays in the time expression `date_timex`.",
    )
    date_timex: str | None = Field(default=None, description="Timex.id the date came from.")
    status: EventStatus = "unknown"
    trigger: Span
    evidence: list[Span] = []


class Analysis(_Frozen):
    """What produced the facts, so archived facts can be traced to lexicon versions."""

    pipeline: list[str] = []
    lexicons: dict[str, str] = Field(default={}, description="Lexicon file -> content hash.")


# ---- the article ------------------------------------------------------------------------


class Article(_Frozen):
    """A news page read into a clean article and the facts it reports."""

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="Stable: hash of the canonical URL, else of the text.")
    url: str | None = None
    kind: PageKind = "article"
    outlet: Outlet = Outlet()
    language: str | None = None
    headline: str | None = None
    standfirst: str | None = None
    section: list[str] = Field(default=[], description="Section path, outermost first.")
    authors: list[Author] = []
    dateline: Dateline | None = None
    published: Timestamp | None = None
    updated: Timestamp | None = None
    images: list[Image] = []
    text: str = ""
    paragraphs: list[Paragraph] = []
    removed: list[Removed] = []
    warnings: list[str] = Field(default=[], description="What could not be read, and why.")
    source_map: list[SourceSegment] = []

    sentences: list[Span] = []
    entities: list[Entity] = []
    mentions: list[Mention] = []
    quotes: list[Quote] = []
    timexes: list[Timex] = []
    events: list[Event] = []
    analysis: Analysis = Analysis()

    @model_validator(mode="after")
    def _spans_point_into_their_text(self) -> Article:
        self.check_spans()
        return self

    def check_spans(self) -> None:
        """Raise ValueError unless every paragraph and span lies inside its text and matches it."""
        for para in self.paragraphs:
            if not 0 <= para.start <= para.end <= len(self.text):
                raise ValueError(f"paragraph {para.start}:{para.end} outside text")
        for span in self.iter_spans():
            target = self.field_text(span.field, span.index)
            if target is None or not 0 <= span.start <= span.end <= len(target):
                raise ValueError(f"span {span.field}[{span.start}:{span.end}] outside its text")
            if target[span.start : span.end] != span.text:
                raise ValueError(f"span {span.field}[{span.start}:{span.end}] text mismatch")

    def field_text(self, field: SpanField, index: int = 0) -> str | None:
        """The text a span with this `field` (and `index`) points into."""
        if field == "text":
            return self.text
        if field == "headline":
            return self.headline
        if field == "standfirst":
            return self.standfirst
        if 0 <= index < len(self.images):
            return self.images[index].caption
        return None

    def iter_spans(self) -> list[Span]:
        """Every span the facts carry, for checks and highlighting."""
        spans: list[Span] = list(self.sentences)
        for entity in self.entities:
            spans.extend(role.evidence for role in entity.roles)
        spans.extend(m.span for m in self.mentions)
        for quote in self.quotes:
            spans.append(quote.content)
            spans.extend(quote.content_parts)
            spans.extend(s for s in (quote.cue,) if s is not None)
            spans.extend(p.mention for p in (quote.speaker, quote.addressee) if p is not None)
        spans.extend(t.span for t in self.timexes)
        for event in self.events:
            spans.append(event.trigger)
            spans.extend(event.evidence)
            spans.extend(a.evidence for a in (*event.source, *event.target) if a.evidence)
            if event.place is not None and event.place.evidence is not None:
                spans.append(event.place.evidence)
        return spans

    def reference_time(self) -> str | None:
        """The time relative dates ("on Monday", "last month") are read against: the
        publication time, else the update time (a page that shows only "Updated: ...")."""
        stamp = self.published or self.updated
        return stamp.value if stamp else None

    def paragraph_texts(self) -> list[str]:
        """The text of each paragraph, in order."""
        return [self.text[p.start : p.end] for p in self.paragraphs]

    def to_raw(self, field: SpanField, offset: int, index: int = 0) -> int | None:
        """Map an offset in a field back to the raw input, where the input was text."""
        for seg in self.source_map:
            if seg.field == field and seg.index == index and seg.start <= offset <= seg.end:
                return seg.raw_start + (offset - seg.start)
        return None


def make_span(text: str, start: int, end: int, field: SpanField = "text", index: int = 0) -> Span:
    """Build a span over `text[start:end]`, carrying its characters."""
    return Span(start=start, end=end, text=text[start:end], field=field, index=index)


def json_schema() -> dict[str, object]:
    """The JSON Schema of `Article`, as printed by `dateline schema`."""
    schema = Article.model_json_schema()
    schema["$id"] = f"https://dateline.dev/schema/article-{SCHEMA_VERSION}.json"
    return schema
