"""The "entities" step: people, organisations, countries, places and groups, their roles,
and every mention of them (names, surnames, pronouns, role nouns, demonyms, metonyms) in
the headline, the standfirst, the image captions and the body.

`mentions.read_sentence()` codes each sentence; this module turns the coded items into
mention candidates, lets `coref` link the person ones, attaches roles, and builds the
`Entity` and `Mention` lists (sorted, so the JSON is byte-identical run to run).

For later steps:
  - every `Mention` links exactly one `Entity` (ids "person:john-kerry",
    "country:rus", "place:moscow", "organisation:white-house", "group:russian-officials");
    kinds: name, surname, pronoun, role ("the foreign minister"), demonym ("Russian"),
    metonym ("Washington wanted": the place entity, standing for its government);
  - mentions are found in the headline, standfirst and captions too (`Span.field`/`index`);
  - 1st/2nd person pronouns are not linked (inside a quote they belong to its speaker or
    addressee: the quotes step decides), nor is plural "they";
  - `actor_code(entity, kind)` gives the (country, sector) an actor codes as.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from dateline.analyze.coref import (
    Cand,
    Person,
    resolve_names,
    resolve_pronouns,
    resolve_roles,
)
from dateline.analyze.gazetteer import GazetteerEntry, slug
from dateline.analyze.gazetteer import lookup as gazetteer_lookup
from dateline.analyze.mentions import Item, SentenceReading, read_sentence
from dateline.analyze.registry import step
from dateline.analyze.roles import borrow_office, make_role, relational_titles
from dateline.analyze.sentences import split_sentences
from dateline.lexicons import load_table
from dateline.model import Article, Entity, Mention, Role, SpanField, make_span

_FIELD_ORDER = {"headline": 0, "standfirst": 1, "caption": 2, "text": 3}
_ENGLISH = re.compile(r"\b(?:the|and|of|to|in|is|that|for|was|with|said|on)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@dataclass
class _Field:
    name: SpanField
    index: int
    text: str
    spans: list[tuple[int, int]]


@dataclass
class _Collected:
    cands: list[Cand] = field(default_factory=list)
    other: list[tuple[Cand, GazetteerEntry]] = field(default_factory=list)
    roles: list[tuple[Cand, Item, Role]] = field(default_factory=list)
    texts: dict[tuple[str, int], str] = field(default_factory=dict)


def actor_code(entity: Entity, kind: str = "name") -> tuple[str | None, str | None]:
    """The (country, sector) a mention of `entity` codes as an event actor.

    A capital used as a metonym ("Moscow said") is its country's government; a country is
    the country with no sector; a person carries the country and sector of their first
    role with one; organisations and groups carry their own.

    Args:
        entity: the entity a mention refers to.
        kind: the mention's kind ("metonym" matters).

    Returns:
        (ISO alpha-3 or international body code, CAMEO-style sector), each possibly None.
    """
    if entity.type == "place" and kind == "metonym":
        entry = gazetteer_lookup(entity.name)
        capital = entry.capital_of if entry is not None else None
        return capital or entity.country, "GOV"
    if entity.type == "country":
        return entity.country, None
    return entity.country, entity.sector


def looks_english(text: str) -> bool:
    """Whether enough common English function words occur for the English rules to apply."""
    words = _WORD.findall(text[:5000])
    if len(words) < 8:
        return True
    return len(_ENGLISH.findall(text[:5000])) / len(words) >= 0.08


def _fields(article: Article) -> list[_Field]:
    out = []
    if article.headline:
        out.append(_Field("headline", 0, article.headline, [(0, len(article.headline))]))
    if article.standfirst:
        out.append(_Field("standfirst", 0, article.standfirst, split_sentences(article.standfirst)))
    for k, image in enumerate(article.images):
        if image.caption:
            out.append(_Field("caption", k, image.caption, split_sentences(image.caption)))
    spans = [(s.start, s.end) for s in article.sentences if s.field == "text"]
    out.append(_Field("text", 0, article.text, spans or split_sentences(article.text)))
    return out


def _collect(fields: list[_Field]) -> _Collected:
    """Read every sentence of every field into mention candidates and role findings."""
    got = _Collected()
    sent_no = 0
    for fld in fields:
        got.texts[(fld.name, fld.index)] = fld.text
        acronyms: dict[str, Item] = {}
        for start, end in fld.spans:
            reading = read_sentence(fld.text, start, end, acronyms)
            sent = sent_no if fld.name == "text" else -1
            _candidates(fld, reading, sent, got)
            sent_no += fld.name == "text"
    return got


def _cand(fld: _Field, item: Item, kind: str, sent: int, **extra: object) -> Cand:
    return Cand(fld.name, fld.index, item.start, item.end, kind, sent, **extra)  # type: ignore[arg-type]


def _candidates(fld: _Field, reading: SentenceReading, sent: int, got: _Collected) -> None:
    items = reading.items
    by_item: dict[int, Cand] = {}
    role_heads = {rn[1]: rn for rn in reading.role_nouns}
    for k, item in enumerate(items):
        if item.code in ("N", "X") and item.name:
            words = item.name.split()
            kind = "name" if len(words) > 1 else "surname"
            cand = _cand(
                fld,
                item,
                kind,
                sent,
                name=item.name,
                short=item.short,
                gender=item.gender,
                sure=item.code == "N",
                relative=_named_as_relative(fld.text, item.start),
            )
            if item.code == "X" and len(words) > 1:
                cand.kind = "name"
            by_item[k] = cand
            got.cands.append(cand)
        elif item.code == "P":
            cand = _cand(fld, item, "pronoun", sent, gender=item.gender)
            by_item[k] = cand
            got.cands.append(cand)
        elif k in role_heads:
            start_k, title_k, _, affiliation = role_heads[k]
            title = items[title_k].title
            first = items[start_k]
            cand = Cand(
                fld.name,
                fld.index,
                first.start,
                item.end,
                "role",
                sent,
                title=title.title if title else None,
                country=affiliation.country if affiliation else None,
                gender=gendered_nouns().get(fld.text[first.start : item.end].split()[-1].lower()),
            )
            by_item[k] = cand
            got.cands.append(cand)
        elif item.gaz is not None or item.code == "O":
            entry = _entry_of(item)
            kind = "demonym" if item.code == "D" else "metonym" if item.metonym else "name"
            got.other.append((_cand(fld, item, kind, sent), entry))
    for start_k, end_k in reading.groups:
        demonym, noun = items[start_k], items[end_k]
        text = fld.text[demonym.start : noun.end]
        country = demonym.gaz.country if demonym.gaz else None
        entry = GazetteerEntry(f"group:{slug(text)}", text, "group", country, noun.sector)
        cand = Cand(fld.name, fld.index, demonym.start, noun.end, "name", sent)
        got.other.append((cand, entry))
    relational = relational_titles()
    for finding in reading.roles:
        holder = by_item.get(finding.holder)
        title = items[finding.title].title
        if holder is None or title is None:
            continue
        if title.title in relational:
            # "Danish Prime Minister Lars Winther and his Polish counterpart, Tomasz Nowak",
            # "The president, who met her Estonian counterpart Kaarel Tamm": the office of
            # the nearest other holder or role noun before, for the counterpart's country.
            before = sorted(
                [
                    (f.title, items[f.title].title)
                    for f in reading.roles
                    if f.title < finding.title and f.holder != finding.holder
                ]
                + [
                    (title_k, items[title_k].title)
                    for _, title_k, _, _ in reading.role_nouns
                    if title_k < finding.title
                ]
            )
            office = next(
                (
                    other
                    for _, other in reversed(before)
                    if other is not None and other.title not in relational
                ),
                None,
            )
            if office is not None:
                title = borrow_office(title, office)
        span = make_span(fld.text, *finding.evidence, field=fld.name, index=fld.index)
        owned = _OWNED_BEFORE.search(fld.text, max(0, span.start - 8), span.start) is not None
        role = make_role(
            title, finding.affiliation, span, finding.affiliation_name, owned_elsewhere=owned
        )
        got.roles.append((holder, items[finding.holder], role))


# "its leader", "their spokesman": a title of a body the story named before
_OWNED_BEFORE = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)


@cache
def gendered_nouns() -> dict[str, str]:
    """Person noun -> the gender it says ("spokeswoman" -> "f"), from gendered_nouns.tsv."""
    return {row["word"]: row["gender"] for row in load_table("gendered_nouns.tsv")}


@cache
def _kinship_before() -> re.Pattern[str]:
    """A kinship noun ending where a name begins ("her daughter, ", "his wife ")."""
    words = "|".join(re.escape(row["word"]) for row in load_table("kinship_words.tsv"))
    return re.compile(rf"\b(?:{words}),?\s+$", re.IGNORECASE)


def _named_as_relative(text: str, start: int) -> bool:
    """Whether the name at `start` is introduced as a relative ("her son, Erik Berg")."""
    return _kinship_before().search(text, max(0, start - 20), start) is not None


def _entry_of(item: Item) -> GazetteerEntry:
    if item.gaz is not None:
        return item.gaz
    name = item.name or ""
    return GazetteerEntry(f"organisation:{slug(name)}", name, "organisation", None, item.sector)


def _attach_roles(got: _Collected, people: dict[str, Person], holders_resolved: bool) -> None:
    for cand, _item, role in got.roles:
        if cand.entity is None or cand.entity not in people:
            continue
        if (cand.kind == "role") != holders_resolved:
            continue
        person = people[cand.entity]
        key = (role.title, role.country)
        if key not in person.titles:
            person.titles.append(key)


def _surnames_not_places(got: _Collected, people: dict[str, Person]) -> None:
    """A one-word place name that is the surname of a person named earlier is that person
    ("President Ana Paz ... Paz said"), unless a locative word puts it as a place ("in Paz")."""
    surnames: dict[str, str] = {}
    first: dict[str, Cand] = {}
    for cand in got.cands:
        if cand.entity in people and cand.kind == "name" and cand.entity not in first:
            first[cand.entity] = cand
            surnames.setdefault(people[cand.entity].name.split()[-1], cand.entity)
    kept: list[tuple[Cand, GazetteerEntry]] = []
    for cand, entry in got.other:
        text = got.texts[(cand.field, cand.index)]
        word = text[cand.start : cand.end]
        person = surnames.get(word) if entry.type == "place" and cand.kind == "name" else None
        named_before = person is not None and _before(first[person], cand)
        # only the word before matters: a short window keeps a long text linear
        before = text[max(0, cand.start - 40) : cand.start].split() if named_before else []
        if person is None or not named_before or (before and before[-1].lower() in _locatives()):
            kept.append((cand, entry))
            continue
        cand.kind, cand.entity = "surname", person
        got.cands.append(cand)
    got.other = kept
    got.cands.sort(key=lambda c: (_FIELD_ORDER[c.field], c.index, c.start))


@cache
def _locatives() -> frozenset[str]:
    return frozenset(row["word"].lower() for row in load_table("locative_words.tsv"))


def _before(one: Cand, other: Cand) -> bool:
    return (_FIELD_ORDER[one.field], one.index, one.start) < (
        _FIELD_ORDER[other.field],
        other.index,
        other.start,
    )


def find_entities(article: Article) -> tuple[list[Entity], list[Mention]]:
    """The entities and mentions of an article (headline, standfirst, captions, body)."""
    got = _collect(_fields(article))
    people: dict[str, Person] = {}
    resolve_names(got.cands, people)
    _surnames_not_places(got, people)
    _attach_roles(got, people, holders_resolved=False)
    resolve_roles(got.cands, people)
    _attach_roles(got, people, holders_resolved=True)
    resolve_roles(got.cands, people)
    resolve_pronouns(got.cands, people)
    return _build(got, people)


def _build(got: _Collected, people: dict[str, Person]) -> tuple[list[Entity], list[Mention]]:
    """Entities (ordered by first mention) and mentions (in reading order), deduplicated."""
    found: dict[tuple[int, int, int, int], Mention] = {}
    first_seen: dict[str, tuple[int, int, int, int]] = {}
    aliases: dict[str, set[str]] = {}
    entries: dict[str, GazetteerEntry] = {}

    def add(cand: Cand, entity_id: str) -> None:
        text = got.texts[(cand.field, cand.index)]
        span = make_span(text, cand.start, cand.end, field=cand.field, index=cand.index)  # type: ignore[arg-type]
        key = (_FIELD_ORDER[cand.field], cand.index, cand.start, cand.end)
        if key in found:
            return
        found[key] = Mention(entity=entity_id, kind=cand.kind, span=span)
        first_seen[entity_id] = min(first_seen.get(entity_id, key), key)
        if cand.kind == "name":
            aliases.setdefault(entity_id, set()).add(span.text)

    for cand in got.cands:
        if cand.entity is not None:
            add(cand, cand.entity)
    for cand, entry in got.other:
        entries.setdefault(entry.id, entry)
        add(cand, entry.id)
    roles: dict[str, list[Role]] = {}
    for cand, _item, role in got.roles:
        if cand.entity is None or cand.entity not in people:
            continue
        held = roles.setdefault(cand.entity, [])
        if all(
            (r.title, r.country, r.evidence) != (role.title, role.country, role.evidence)
            for r in held
        ):
            held.append(role)
    entities = []
    for entity_id in sorted(first_seen, key=lambda e: (first_seen[e], e)):
        if entity_id in people:
            person = people[entity_id]
            held = roles.get(entity_id, [])
            country = next((r.country for r in held if r.country), None)
            sector = next((r.sector for r in held if r.sector), None)
            names = sorted(aliases.get(entity_id, set()) - {person.name})
            entities.append(
                Entity(
                    id=entity_id,
                    type="person",
                    name=person.name,
                    aliases=names,
                    roles=held,
                    country=country,
                    sector=sector,
                )
            )
            continue
        entry = entries[entity_id]
        names = sorted(aliases.get(entity_id, set()) - {entry.name})
        entities.append(
            Entity(
                id=entity_id,
                type=entry.type,
                name=entry.name,
                aliases=names,
                country=entry.country,
                sector=entry.sector,
            )
        )
    mentions = [found[key] for key in sorted(found)]
    return entities, mentions


@step(
    "entities",
    requires={"text", "sentences", "headline", "images"},
    produces={"entities", "mentions"},
)
def entities_step(article: Article) -> Article:
    """Fill `Article.entities` and `Article.mentions`; warn when the text is not English."""
    entities, mentions = find_entities(article)
    update: dict[str, object] = {"entities": entities, "mentions": mentions}
    foreign = article.language is not None and not article.language.lower().startswith("en")
    if article.text and (foreign or not looks_english(article.text)):
        note = "entities: text does not look like English; names, roles and pronouns may be missed"
        update["warnings"] = [*article.warnings, note]
    return article.model_copy(update=update)
