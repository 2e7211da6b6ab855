"""Coreference: link every person mention to one person entity.

Rules, in order:
  1. a full name ("John Kerry") is an entity; a later (or, failing that, earlier) single
     word equal to its short form ("Kerry", "Kerry's"; the family name for "Xi Jinping")
     is a surname mention of it — the nearest full name before wins when two people share
     a surname, passing over one named as a relative ("her daughter, Ingrid Berg"); a
     single word equal to the first name of exactly one person is a name mention of that
     person, and one equal to an inner word of exactly one full name is a surname mention
     ("Lula" of "Luiz Inacio Lula da Silva", "Lopez" of "Andres Manuel Lopez Obrador");
  2. a role noun ("the foreign minister", "US climate envoy") goes to the entity that holds
     a matching title in the article (same head word, the role noun's words all in the
     held title, same country when the role noun names one): the nearest holder before,
     else the first after; a role noun that names a country matches a holder whose country
     is unknown when that holder is the only one of the title; a generic role noun ("the
     Australian leader") with no holder of its own title goes to a holder of an office it
     stands for (lexicons/role_generics.tsv), for the same country;
  3. a third-person pronoun (he/she/his/her ...) goes to the most salient compatible person:
     the first person mention (the subject) of its sentence before it, else of the nearest
     earlier sentence that has one; gender from the given-name lexicon, honorifics and
     pronouns already resolved. An unnamed person described by a role ("a spokeswoman for
     the board", "an official") counts as a mention there: a pronoun that means them stays
     unresolved rather than skip back to a named person. "I"/"you" are left to the quotes
     step; "they" is not resolved to one person.
Mentions that resolve to nothing are dropped (precision first).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from dateline.lexicons import load_table


@dataclass
class Cand:
    """A person-ish mention candidate, in reading order."""

    field: str
    index: int
    start: int
    end: int
    kind: str  # name | surname | pronoun | role
    sent: int  # body sentence number; -1 outside the body
    name: str | None = None
    short: str | None = None
    gender: str | None = None
    sure: bool = False  # a person by context, even when its name is one word
    title: str | None = None
    country: str | None = None
    entity: str | None = None
    relative: bool = False  # named as someone's relative ("her daughter, Ingrid Berg")


@dataclass
class Person:
    """What coreference knows about one person entity."""

    id: str
    name: str
    short: str
    gender: str | None = None
    titles: list[tuple[str, str | None]] = field(default_factory=list)


def person_id(name: str) -> str:
    """The stable id of a person: "person:john-kerry"."""
    from dateline.analyze.gazetteer import slug

    return f"person:{slug(name)}"


def resolve_names(cands: list[Cand], people: dict[str, Person]) -> None:
    """Rule 1: full names make people; single words join the person they shorten."""
    for cand in cands:
        if cand.kind == "name" and cand.sure and cand.name and " " in cand.name:
            pid = person_id(cand.name)
            person = people.get(pid)
            if person is None:
                person = people[pid] = Person(pid, cand.name, cand.short or cand.name)
            if cand.gender in ("m", "f") and person.gender is None:
                person.gender = cand.gender
            cand.entity = pid
    by_short: dict[str, list[tuple[int, str]]] = {}
    for pos, cand in enumerate(cands):
        if cand.entity is not None:
            by_short.setdefault(people[cand.entity].short, []).append((pos, cand.entity))
    # people introduced as someone's relative: a shared bare surname skips them
    relatives = {c.entity for c in cands if c.relative and c.entity is not None}
    by_first: dict[str, set[str]] = {}
    by_inner: dict[str, set[str]] = {}
    for person in people.values():
        words = person.name.split()
        by_first.setdefault(words[0], set()).add(person.id)
        for word in words[1:-1]:
            if word[:1].isupper():  # "Lula" of "Luiz Inacio Lula da Silva"
                by_inner.setdefault(word, set()).add(person.id)
    for pos, cand in enumerate(cands):
        if cand.entity is not None or cand.kind not in ("name", "surname") or not cand.name:
            continue
        full = person_id(cand.name)
        if " " in cand.name:
            if full in people:
                cand.entity = full
            continue
        holders = by_short.get(cand.name)
        first_of = by_first.get(cand.name, set())
        inner_of = by_inner.get(cand.name, set())
        if not holders and len(first_of) == 1:
            cand.entity = next(iter(first_of))
            cand.kind = "name"
        elif not holders and not first_of and len(inner_of) == 1:
            cand.entity = next(iter(inner_of))  # the name a person goes by, inside the full one
            cand.kind = "surname"
        elif holders:
            before = [pid for p, pid in holders if p < pos]
            principals = [pid for pid in before if pid not in relatives]
            cand.entity = (principals or before or [holders[0][1]])[-1]
            cand.kind = "surname"
        elif cand.sure:
            pid = person_id(cand.name)
            people.setdefault(pid, Person(pid, cand.name, cand.name, cand.gender))
            cand.entity = pid
            cand.kind = "name"
            by_short.setdefault(cand.name, []).append((pos, pid))
        if cand.entity and cand.gender in ("m", "f") and people[cand.entity].gender is None:
            people[cand.entity].gender = cand.gender


def _title_matches(noun: str, held: str) -> bool:
    noun_words, held_words = noun.split(), held.split()
    if noun_words[-1] != held_words[-1]:
        return False
    return all(word in held_words for word in noun_words)


@cache
def role_generics() -> dict[str, frozenset[str]]:
    """Generic title -> the offices it can stand for ("leader" -> president, prime minister ...)."""
    offices: dict[str, set[str]] = {}
    for row in load_table("role_generics.tsv"):
        offices.setdefault(row["generic"], set()).add(row["office"])
    return {generic: frozenset(titles) for generic, titles in offices.items()}


def _role_holders(cand: Cand, by_head: dict[str, list[tuple[str, str, str | None]]]) -> set[str]:
    """The people a role noun can be: same title (and country), else one holder of the title
    whose country is unknown, else, for a generic noun, holders of an office it stands for."""
    title = cand.title or ""
    same_title = [
        (pid, country)
        for pid, held, country in by_head.get(title.split()[-1], [])
        if _title_matches(title, held)
    ]
    holders = {pid for pid, country in same_title if cand.country in (None, country)}
    if holders:
        return holders
    unknown = {pid for pid, country in same_title if country is None}
    if cand.country is not None and len({pid for pid, _ in same_title}) == 1 and unknown:
        return unknown
    if same_title or cand.country is None:
        return set()
    offices = role_generics().get(title, frozenset())
    return {
        pid
        for held_list in by_head.values()
        for pid, held, country in held_list
        if held in offices and country == cand.country
    }


def resolve_roles(cands: list[Cand], people: dict[str, Person]) -> None:
    """Rule 2: role nouns go to the person holding that title in the article."""
    by_head: dict[str, list[tuple[str, str, str | None]]] = {}
    for person in people.values():
        for title, country in person.titles:
            by_head.setdefault(title.split()[-1], []).append((person.id, title, country))
    for pos, cand in enumerate(cands):
        if cand.kind != "role" or cand.entity is not None or not cand.title:
            continue
        holders = _role_holders(cand, by_head)
        if not holders:
            continue
        cand.entity = _nearest(cands, pos, holders) or sorted(holders)[0]


def _nearest(cands: list[Cand], pos: int, wanted: set[str]) -> str | None:
    for other in reversed(cands[:pos]):
        if other.entity in wanted:
            return other.entity
    for other in cands[pos + 1 :]:
        if other.entity in wanted:
            return other.entity
    return None


def resolve_pronouns(cands: list[Cand], people: dict[str, Person], lookback: int = 6) -> None:
    """Rule 3: pronouns to the subject of their sentence, else of the nearest before."""
    by_sentence: dict[int, list[Cand]] = {}
    for cand in cands:
        if cand.sent < 0:
            continue
        if cand.kind == "pronoun":
            _resolve_pronoun(cand, by_sentence, people, lookback)
        if (cand.entity is not None and cand.entity in people) or (
            cand.kind == "role" and cand.entity is None
        ):
            # an unnamed person ("a spokeswoman for the board") is who a pronoun after it
            # can mean: it stops the search, and the pronoun stays unresolved
            by_sentence.setdefault(cand.sent, []).append(cand)


def _resolve_pronoun(
    cand: Cand, by_sentence: dict[int, list[Cand]], people: dict[str, Person], lookback: int
) -> None:
    for sent in range(cand.sent, max(-1, cand.sent - lookback - 1), -1):
        for other in by_sentence.get(sent, []):
            if other.entity is None:
                if other.gender in (None, cand.gender):
                    return
                continue
            person = people[other.entity]
            if person.gender in (None, cand.gender):
                cand.entity = person.id
                if person.gender is None and cand.gender in ("m", "f"):
                    person.gender = cand.gender
                return
