"""Given names from our own list and the name package, on names and sentences written here."""

from __future__ import annotations

import pytest

from dateline.extract.authors import is_site_name, site_owner
from dateline.given_names import curated_names, given_name, package_names
from dateline.reader import read

from .test_entities_mentions import _article


def _people(body: str) -> list[str]:
    return [e.name for e in _article(body).entities if e.type == "person"]


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Bence", "m"), ("Owain", "m"), ("Alban", "m"), ("Cassidy", "f"), ("Abdel-Fattah", "m")],
)
def test_names_from_around_the_world_come_from_the_package(name: str, gender: str) -> None:
    assert name not in curated_names()
    assert given_name(name) == gender


@pytest.mark.parametrize("word", ["Hope", "Chase", "Will", "May", "Summer", "Houston", "India"])
def test_words_and_places_the_package_lists_are_no_given_names(word: str) -> None:
    assert given_name(word) is None


@pytest.mark.parametrize(("name", "gender"), [("Rose", "f"), ("Grant", "m"), ("Bill", "m")])
def test_our_list_keeps_names_that_are_also_words(name: str, gender: str) -> None:
    assert given_name(name) == gender


def test_names_are_capitalised_and_three_letters_long_when_they_come_from_the_package() -> None:
    assert given_name("bence") is None
    assert all(len(name) >= 3 and name[0].isupper() for name in package_names())


def test_our_list_overrides_the_package_gender() -> None:
    curated = curated_names()
    overridden = {
        name: gender
        for name, gender in curated.items()
        if gender != "u" and package_names().get(name) not in (None, gender)
    }
    assert overridden
    assert all(given_name(name) == gender for name, gender in overridden.items())


@pytest.mark.parametrize(
    ("name", "gender"), [("Elizabeth", "f"), ("Rahul", "m"), ("Taylor", "u"), ("Yuki", "u")]
)
def test_the_package_settles_a_gender_our_list_leaves_open_only_when_it_is_sure(
    name: str, gender: str
) -> None:
    assert curated_names()[name] == "u"
    assert given_name(name) == gender


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Despite Owain Pritchard's warning, the council voted to close the pool.",
            "Owain Pritchard",
        ),
        ("Yesterday Alban Rexhepi opened the new library.", "Alban Rexhepi"),
        ("Residents met Bence Kovacs at the town hall on Friday.", "Bence Kovacs"),
    ],
)
def test_a_given_name_from_the_package_starts_a_person(body: str, person: str) -> None:
    assert person in _people(body)


def test_a_pronoun_finds_the_person_a_package_name_starts() -> None:
    article = _article("Cassidy Moreau arrived late. She said the ferry had been cancelled.")
    pronouns = [(m.span.text, m.entity) for m in article.mentions if m.kind == "pronoun"]
    assert pronouns == [("She", "person:cassidy-moreau")]


def test_a_word_the_package_lists_as_a_name_starts_no_person() -> None:
    assert _people("Chase Manor was sold last year for a record price.") == []


def test_a_site_named_after_a_person_with_a_world_name_is_that_person() -> None:
    assert not is_site_name("Owain Pritchard", "owainpritchard.net")


@pytest.mark.parametrize(
    ("body", "pronoun", "person"),
    [
        (
            "Elizabeth Marlow met Tom Reyes at the port. He said the cranes were idle.",
            "He",
            "person:tom-reyes",
        ),
        (
            "Priya Nandan met Rahul Mehta in Pune. He said the deal was close.",
            "He",
            "person:rahul-mehta",
        ),
    ],
)
def test_a_pronoun_skips_a_person_whose_name_the_package_genders(
    body: str, pronoun: str, person: str
) -> None:
    article = _article(body)
    assert [(m.span.text, m.entity) for m in article.mentions if m.kind == "pronoun"] == [
        (pronoun, person)
    ]


_BODY = (
    "<p>I moved the home server into the loft last winter, and the fans have been quieter "
    "since. The cable run took a whole weekend and two trips to the hardware shop.</p>"
    "<p>The second disk arrived broken, so the array waited a week for its replacement. "
    "Everything has run without a restart since the new disk went in.</p>"
)


def _personal_page(site: str) -> str:
    return (
        f"<html><head><title>Moving the server | {site}</title>"
        f'<meta property="og:site_name" content="{site}"></head>'
        f"<body><header><h1>{site}</h1></header><article><h1>Moving the server</h1>"
        f"{_BODY}</article></body></html>"
    )


def test_a_personal_site_named_after_its_owner_credits_the_owner() -> None:
    article = read(
        _personal_page("Owain Pritchard"), url="https://owain.example.blog/server", facts=False
    )
    assert [a.name for a in article.authors] == ["Owain Pritchard"]


def test_a_site_whose_name_starts_with_no_given_name_credits_nobody() -> None:
    article = read(
        _personal_page("Loft Notes"), url="https://loftnotes.example.blog/server", facts=False
    )
    assert article.authors == []


@pytest.mark.parametrize(
    ("site", "domain", "owner"),
    [
        ("Owain Pritchard", "owain.example.blog", "Owain Pritchard"),
        ("Bence Kovacs", "bencekovacs.net", "Bence Kovacs"),
        ("Cornell Garden Club", "garden.cornell.edu", None),
        ("Harbour Notes", "harbournotes.com", None),
        ("Owain Pritchard", "example.blog", None),
    ],
)
def test_the_site_owner_is_a_person_the_domain_spells(
    site: str, domain: str, owner: str | None
) -> None:
    assert site_owner(site, domain) == owner
