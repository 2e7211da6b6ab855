"""A town named after a country or a city, placed in a region of another country, is that
town, not the country or the city ("Lebanon, Ohio"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline import read


def _places(sentence: str) -> list[tuple[str, str, str | None]]:
    article = read(f"Storm report\n\nBy Jo Lee\n\n{sentence} The roads were closed.\n")
    return [(e.name, e.type, e.country) for e in article.entities]


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("Residents of East Palestine, Ohio, met the governor.", "East Palestine"),
        ("She grew up in Paris, Texas, near the border.", "Paris"),
        ("The plant in Lebanon, Ohio, will close.", "Lebanon"),
    ],
)
def test_a_name_before_a_region_of_another_country_is_a_town_there(
    sentence: str, town: str
) -> None:
    assert (town, "place", "USA") in _places(sentence)
    assert not [p for p in _places(sentence) if p[2] in ("PSE", "FRA", "LBN")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks were held in Geneva, Vienna and Paris.",  # a list of cities
        "Officials in Syria, Iraq and Jordan met.",  # a list of countries
        "He flew to Kyiv, Ukraine, on Monday.",  # a city in its own country
    ],
)
def test_lists_and_a_city_in_its_own_country_stay_as_they_are(sentence: str) -> None:
    countries = {p[0]: p[2] for p in _places(sentence)}
    expected = {"Geneva": "CHE", "Vienna": "AUT", "Paris": "FRA", "Syria": "SYR"}
    expected |= {"Iraq": "IRQ", "Jordan": "JOR", "Kyiv": "UKR", "Ukraine": "UKR"}
    assert countries == {name: expected[name] for name in countries}
    assert countries


def test_a_town_keeps_an_id_of_its_own_beside_the_city_it_is_named_after() -> None:
    article = read(
        "Storm report\n\nBy Jo Lee\n\nShe flew from Paris to Paris, Texas, on Monday."
        " The roads were closed.\n"
    )
    ids = {(e.name, e.country): e.id for e in article.entities}
    assert ids[("Paris", "FRA")] != ids[("Paris", "USA")]
