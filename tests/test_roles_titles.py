"""Office titles: matching, normalisation, modifiers, plurals, and the sector of a role."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_text
from dateline.analyze.gazetteer import lookup
from dateline.analyze.roles import find_titles, make_role, title_of
from dateline.model import make_span


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("foreign minister", "foreign minister"),
        ("Foreign Minister", "foreign minister"),
        ("Minister of Foreign Affairs", "foreign minister"),
        ("minister for foreign affairs", "foreign minister"),
        ("Secretary of State", "secretary of state"),
        ("special envoy for climate", "special climate envoy"),
        ("climate envoy", "climate envoy"),
        ("deputy prime minister", "deputy prime minister"),
        ("Prime Minister", "prime minister"),
        ("chief executive", "chief executive"),
        ("CEO", "chief executive"),
        ("spokeswoman", "spokesperson"),
        ("police chief", "police chief"),
        ("Secretary-General", "secretary general"),
        ("acting mayor", "acting mayor"),
        ("then president", "president"),
        ("defense secretary", "defence minister"),
        # a government portfolio with either word order
        ("Fisheries Minister", "fisheries minister"),
        ("minister for veterans affairs", "veterans affairs minister"),
        ("Minister of Public Works", "public works minister"),
    ],
)
def test_roles_title_normalised(text: str, title: str) -> None:
    assert title_of(text) == title


@pytest.mark.parametrize("text", ["the ministry", "public", "walked", "presidency", ""])
def test_roles_title_of_non_titles_is_none(text: str) -> None:
    assert title_of(text) is None


def test_roles_find_titles_in_running_text() -> None:
    text = "The Foreign Minister met two former presidents and the general public."
    found = [(text[m.start : m.end], m.title, m.plural, m.bare) for m in find_titles(text)]
    assert found == [
        ("Foreign Minister", "foreign minister", False, True),
        ("former presidents", "former president", True, True),
        ("general", "general", False, False),
    ]


@pytest.mark.parametrize(
    ("title_text", "affiliation", "sector", "country"),
    [
        ("foreign minister", "Russian", "GOV", "RUS"),
        ("president", "Microsoft", "BUS", "USA"),
        ("spokesman", "Pentagon", "MIL", "USA"),
        ("secretary general", "NATO", "IGO", "NATO"),
        ("general", "Chinese", "MIL", "CHN"),
    ],
)
def test_roles_make_role_sector_and_country(
    title_text: str, affiliation: str, sector: str, country: str
) -> None:
    text = f"{affiliation} {title_text}"
    title = find_titles(text)[-1]
    role = make_role(title, lookup(affiliation), make_span(text, 0, len(text)))
    assert (role.sector, role.country) == (sector, country)


@pytest.mark.parametrize(
    ("sentence", "title", "affiliation", "sector"),
    [
        (
            "Eva Lunde, chief executive of Vestnett, said the peak was near.",
            "chief executive",
            "Vestnett",
            "BUS",
        ),
        (
            "Eva Lunde, who is chief executive of Vestnett, said so.",
            "chief executive",
            "Vestnett",
            "BUS",
        ),
        # An organisation of unknown kind: no government guess from "spokeswoman".
        (
            "Eva Lunde, a spokeswoman for Halvorsen Shipping, said so.",
            "spokesperson",
            "Halvorsen Shipping",
            None,
        ),
    ],
)
def test_roles_unknown_organisation_after_a_title_is_the_affiliation(
    sentence: str, title: str, affiliation: str, sector: str | None
) -> None:
    article = analyze_text(sentence, published="2024-03-04")
    person = next(e for e in article.entities if e.type == "person")
    assert [(r.title, r.affiliation, r.sector) for r in person.roles] == [
        (title, affiliation, sector)
    ]
    assert any(e.type == "organisation" and e.name == affiliation for e in article.entities)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "Danish Prime Minister Lars Winther and his Polish counterpart, Tomasz Nowak, "
            "signed the deal.",
            "Tomasz Nowak",
            ("prime minister", "Poland", "POL", "GOV"),
        ),
        (
            "Foreign Minister Ingrid Solheim of Norway met her Canadian counterpart, Daniel "
            "Okafor, in Oslo.",
            "Daniel Okafor",
            ("foreign minister", "Canada", "CAN", "GOV"),
        ),
    ],
)
def test_roles_a_counterpart_holds_the_office_named_before_for_its_own_country(
    sentence: str, name: str, role: tuple[str, str, str, str]
) -> None:
    article = analyze_text(sentence, published="2024-03-04")
    person = next(e for e in article.entities if e.name == name)
    assert [(r.title, r.affiliation, r.country, r.sector) for r in person.roles] == [role]
    assert "counterpart" in person.roles[0].evidence.text


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        (
            "The British physicist Arthur Pelling said the result was clear.",
            "Arthur Pelling",
            ("physicist", "United Kingdom", "GBR", "EDU"),
        ),
        (
            "Economist Maria Lund of Oslo University said prices would rise.",
            "Maria Lund",
            ("economist", "Oslo University", None, "BUS"),
        ),
        (
            "Defence lawyer Tom Berg said his client was innocent.",
            "Tom Berg",
            ("defence lawyer", None, None, "JUD"),
        ),
        (
            "Berg, a lawyer for the family, said they would appeal.",
            "Berg",
            ("lawyer", None, None, "JUD"),
        ),
        (
            "Film director Anna Holt said the festival mattered.",
            "Anna Holt",
            ("film director", None, None, "CVL"),
        ),
        (
            "Norwegian striker Erik Dahl scored twice.",
            "Erik Dahl",
            ("striker", "Norway", "NOR", "CVL"),
        ),
        (
            "Farmer Ole Sand said the drought had ruined his crop.",
            "Ole Sand",
            ("farmer", None, None, "AGR"),
        ),
        ("Nurse Ida Holm, 31, said the ward was full.", "Ida Holm", ("nurse", None, None, "MED")),
    ],
)
def test_roles_professions_are_roles(
    sentence: str, name: str, role: tuple[str, str | None, str | None, str]
) -> None:
    article = analyze_text(sentence, published="2024-03-04")
    person = next(e for e in article.entities if e.name == name)
    assert [(r.title, r.affiliation, r.country, r.sector) for r in person.roles] == [role]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "The British physicist Arthur Pelling spoke. The physicist said more was needed.",
            "The physicist",
        ),
        (
            "Tom Berg, a lawyer for the family, spoke. The lawyer said it was unfair.",
            "The lawyer",
        ),
        ("Norwegian striker Erik Dahl scored twice. The striker said he was happy.", "The striker"),
    ],
)
def test_roles_a_profession_noun_goes_to_its_holder(text: str, noun: str) -> None:
    article = analyze_text(text, published="2024-03-04")
    quote = next(q for q in article.quotes if q.speaker and q.speaker.mention.text == noun)
    assert quote.speaker is not None and quote.speaker.entity is not None
    holder = next(e for e in article.entities if e.id == quote.speaker.entity)
    assert holder.type == "person" and noun.split()[-1] in holder.roles[0].title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("film director", "film director"),
        ("defense attorney", "defence lawyer"),
        ("goalie", "goalkeeper"),
        ("policewoman", "police officer"),
        ("singer-songwriter", "singer-songwriter"),
    ],
)
def test_roles_profession_synonyms_normalised(text: str, title: str) -> None:
    assert title_of(text) == title


def test_roles_professions_with_other_senses_are_not_bare() -> None:
    """'the pilot scheme', 'the coach park', 'the player market': no person alone."""
    text = "The pilot scheme and the coach park pleased the player and the writer."
    assert [m.bare for m in find_titles(text)] == [False, False, False, False]


def test_a_title_owned_by_a_body_named_before_guesses_no_sector() -> None:
    """ "Its leader, Rosa Ibarra": the dockers' union's leader, not a government's."""
    article = analyze_text(
        "The dockers' union rejected the offer. Its leader, Rosa Ibarra, called it an insult."
    )
    person = next(e for e in article.entities if e.id == "person:rosa-ibarra")
    assert [(r.title, r.sector) for r in person.roles] == [("leader", None)]
