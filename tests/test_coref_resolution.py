"""Coreference rules on plain candidate lists: surnames, role nouns, pronoun salience."""

from __future__ import annotations

import pytest

from dateline import analyze_text
from dateline.analyze.coref import (
    Cand,
    Person,
    person_id,
    resolve_names,
    resolve_pronouns,
    resolve_roles,
    role_generics,
)
from dateline.lexicons import load_jsonl


def _name(start: int, name: str, sent: int, gender: str | None = None) -> Cand:
    kind = "name" if " " in name else "surname"
    short = name.split()[-1]
    return Cand("text", 0, start, start + len(name), kind, sent, name, short, gender, True)


def _pronoun(start: int, word: str, sent: int) -> Cand:
    gender = "f" if word.lower() in ("she", "her", "hers") else "m"
    return Cand("text", 0, start, start + len(word), "pronoun", sent, gender=gender)


def _role(start: int, title: str, sent: int, country: str | None = None) -> Cand:
    return Cand("text", 0, start, start + 10, "role", sent, title=title, country=country)


def test_coref_person_id_is_stable_slug() -> None:
    assert person_id("José Álvarez-Ruiz") == "person:jose-alvarez-ruiz"


def test_coref_surname_joins_nearest_full_name_before() -> None:
    cands = [
        _name(0, "Anna Hale", 0, "f"),
        _name(20, "Tom Hale", 1, "m"),
        _name(40, "Hale", 2),
        _name(60, "Anna Hale", 3, "f"),
        _name(80, "Hale", 4),
    ]
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    assert [c.entity for c in cands] == [
        "person:anna-hale",
        "person:tom-hale",
        "person:tom-hale",
        "person:anna-hale",
        "person:anna-hale",
    ]
    assert cands[2].kind == "surname"


def test_coref_surname_passes_over_a_relative_of_the_same_name() -> None:
    # "Margit Hale, a physicist, died ... Her son, Tom Hale, said ... Hale was born in ..."
    son = _name(40, "Tom Hale", 1, "m")
    son.relative = True
    cands = [_name(0, "Margit Hale", 0, "f"), son, _name(80, "Hale", 2)]
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    assert cands[2].entity == "person:margit-hale"


def test_coref_a_name_after_a_kinship_noun_is_a_relative() -> None:
    article = analyze_text(
        "Anna Hale, a physicist, died on Sunday. Her son, Tom Hale, said she died at home. "
        "Hale was born in Bergen in 1932."
    )
    born = next(m for m in article.mentions if m.span.text == "Hale")
    assert born.entity == "person:anna-hale"


def test_coref_surname_before_full_name_links_forward() -> None:
    cands = [_name(0, "Hale", 0), _name(20, "Tom Hale", 1, "m")]
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    assert cands[0].entity == "person:tom-hale"


def test_coref_unsure_single_word_is_dropped() -> None:
    cand = _name(0, "Monday", 0)
    cand.sure = False
    people: dict[str, Person] = {}
    resolve_names([cand], people)
    assert cand.entity is None and people == {}


@pytest.mark.parametrize(
    ("noun", "country", "expected"),
    [
        ("foreign minister", None, "person:kenji-sato"),  # the nearest holder before
        ("foreign minister", "RUS", "person:ivan-petrov"),
        ("foreign minister", "JPN", "person:kenji-sato"),
        ("minister", None, "person:kenji-sato"),
        ("envoy", None, None),
        ("president", "RUS", None),
    ],
)
def test_coref_role_noun_needs_matching_title_and_country(
    noun: str, country: str | None, expected: str | None
) -> None:
    cands = [
        _name(0, "Ivan Petrov", 0, "m"),
        _name(30, "Kenji Sato", 1, "m"),
        _role(60, noun, 2, country),
    ]
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    people["person:ivan-petrov"].titles.append(("foreign minister", "RUS"))
    people["person:kenji-sato"].titles.append(("foreign minister", "JPN"))
    resolve_roles(cands, people)
    assert cands[2].entity == expected


@pytest.mark.parametrize(
    ("noun", "country", "expected"),
    [
        ("leader", "AUS", "person:ana-reyes"),  # a generic noun: the office it stands for
        ("leader", "NZL", "person:tom-ward"),
        ("leader", "FJI", None),  # nobody leads Fiji in this story
        ("foreign minister", "AUS", "person:li-chen"),  # the only holder, country unknown
        ("trade minister", "AUS", None),
    ],
)
def test_coref_role_noun_through_generic_offices_and_unknown_countries(
    noun: str, country: str | None, expected: str | None
) -> None:
    cands = [
        _name(0, "Ana Reyes", 0, "f"),
        _name(30, "Tom Ward", 1, "m"),
        _name(60, "Li Chen", 2, "f"),
        _role(90, noun, 3, country),
    ]
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    people["person:ana-reyes"].titles.append(("prime minister", "AUS"))
    people["person:tom-ward"].titles.append(("president", "NZL"))
    people["person:li-chen"].titles.append(("foreign minister", None))
    resolve_roles(cands, people)
    assert cands[3].entity == expected


def test_coref_role_generics_name_known_offices() -> None:
    labels = {entry.label for entry in load_jsonl("office_titles.jsonl")}
    for generic, offices in role_generics().items():
        assert generic in labels
        assert offices <= labels, offices - labels


def test_coref_pronouns_agree_in_gender_and_prefer_subject() -> None:
    cands = [
        _name(0, "Anna Hale", 0, "f"),
        _name(15, "Tom Brandt", 0, "m"),
        _pronoun(30, "he", 0),
        _pronoun(40, "She", 1),
        _pronoun(50, "his", 1),
        _name(60, "Tom Brandt", 2, "m"),
        _name(75, "Anna Hale", 2, "f"),
        _pronoun(90, "He", 3),
    ]
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    resolve_pronouns(cands, people)
    assert [c.entity for c in cands if c.kind == "pronoun"] == [
        "person:tom-brandt",
        "person:anna-hale",
        "person:tom-brandt",
        "person:tom-brandt",
    ]


def test_coref_pronoun_learns_gender_of_unknown_person() -> None:
    cands = [
        _name(0, "Kim Lo", 0),
        _pronoun(10, "she", 0),
        _name(20, "Ren Qi", 1),
        _pronoun(30, "her", 2),
    ]
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    resolve_pronouns(cands, people)
    assert people["person:kim-lo"].gender == "f"
    assert cands[3].entity == "person:ren-qi"  # the nearest sentence with a compatible person


def test_coref_pronoun_without_antecedent_stays_unresolved() -> None:
    cands = [_pronoun(0, "He", 0), _name(10, "Anna Hale", 9, "f"), _pronoun(30, "he", 9)]
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    resolve_pronouns(cands, people)
    assert [c.entity for c in cands if c.kind == "pronoun"] == [None, None]


def test_a_word_inside_one_full_name_is_that_person() -> None:
    cands = [
        _name(0, "Maria Fernanda Soto Villanueva", 0, "f"),
        _name(60, "Soto", 1),
        _name(90, "Fernanda", 2),
    ]
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    assert {c.entity for c in cands} == {person_id("Maria Fernanda Soto Villanueva")}


def test_a_word_inside_two_full_names_is_left_alone() -> None:
    cands = [
        _name(0, "Ana Paula Reis Costa", 0),
        _name(40, "Joao Paula Reis Lima", 1),
        _name(90, "Reis", 2),
    ]
    cands[2].sure = False
    people: dict[str, Person] = {}
    resolve_names(cands, people)
    assert cands[2].entity is None


@pytest.mark.parametrize(
    ("between", "resolved"),
    [
        ("The pool will close, a spokeswoman for the council said.", None),
        ("The pool will close, a spokesman for the council said.", "person:ines-varga"),
    ],
)
def test_coref_a_pronoun_after_an_unnamed_person_is_not_the_named_one_before(
    between: str, resolved: str | None
) -> None:
    """ "a spokeswoman ... said. She declined": she is the spokeswoman, whom no entity stands
    for, so "she" stays unresolved; after "a spokesman" the named woman before is still she."""
    article = analyze_text(
        f"Ines Varga, 41, swims there every day. {between} She declined to say when."
    )
    she = article.text.rindex("She")
    linked = [m.entity for m in article.mentions if m.span.start == she]
    assert (linked[0] if linked else None) == resolved
