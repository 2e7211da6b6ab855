"""Given names, on names, sentences and pages written here."""

from __future__ import annotations

import pytest

from dateline.extract.authors import is_site_name, site_owner
from dateline.given_names import given_name
from dateline.reader import read

from .test_entities_mentions import _article


def _people(body: str) -> list[str]:
    return [e.name for e in _article(body).entities if e.type == "person"]


@pytest.mark.parametrize("word", ["Hope", "Chase", "Will", "May", "Summer", "Houston", "India"])
def test_words_and_places_are_no_given_names(word: str) -> None:
    assert given_name(word) is None


@pytest.mark.parametrize(("name", "gender"), [("Rose", "f"), ("Grant", "m"), ("Bill", "m")])
def test_names_that_are_also_words_stay_names(name: str, gender: str) -> None:
    assert given_name(name) == gender


def test_given_names_are_capitalised() -> None:
    assert given_name("Anna") == "f" and given_name("anna") is None


def test_a_word_that_is_a_name_elsewhere_starts_no_person() -> None:
    assert _people("Chase Manor was sold last year for a record price.") == []


def test_a_site_named_after_a_person_is_that_person() -> None:
    assert not is_site_name("Anna Lindqvist", "annalindqvist.net")


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
        _personal_page("Anna Lindqvist"), url="https://anna.example.blog/server", facts=False
    )
    assert [a.name for a in article.authors] == ["Anna Lindqvist"]


def test_a_site_whose_name_starts_with_no_given_name_credits_nobody() -> None:
    article = read(
        _personal_page("Loft Notes"), url="https://loftnotes.example.blog/server", facts=False
    )
    assert article.authors == []


@pytest.mark.parametrize(
    ("site", "domain", "owner"),
    [
        ("Anna Lindqvist", "anna.example.blog", "Anna Lindqvist"),
        ("Jonas Berg", "jonasberg.net", "Jonas Berg"),
        ("Cornell Garden Club", "garden.cornell.edu", None),
        ("Harbour Notes", "harbournotes.com", None),
        ("Anna Lindqvist", "example.blog", None),
    ],
)
def test_the_site_owner_is_a_person_the_domain_spells(
    site: str, domain: str, owner: str | None
) -> None:
    assert site_owner(site, domain) == owner
