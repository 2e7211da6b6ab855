"""Gazetteer: countries, demonyms, cities, organisations, metonyms, one-pass matching."""

from __future__ import annotations

import pytest

from dateline.analyze.gazetteer import country_entry, find, is_metonym, lookup


@pytest.mark.parametrize(
    ("text", "entity_id", "country", "sector"),
    [
        ("Russia", "country:rus", "RUS", None),
        ("Russian Federation", "country:rus", "RUS", None),
        ("Russian", "country:rus", "RUS", None),
        ("RUS", "country:rus", "RUS", None),
        ("US", "country:usa", "USA", None),
        ("U.S.", "country:usa", "USA", None),
        ("American", "country:usa", "USA", None),
        ("British", "country:gbr", "GBR", None),
        ("UK", "country:gbr", "GBR", None),
        ("Chinese", "country:chn", "CHN", None),
        ("Germany", "country:deu", "DEU", None),
        ("Ivorian", "country:civ", "CIV", None),
        ("Moscow", "place:moscow", "RUS", None),
        ("Glasgow", "place:glasgow", "GBR", None),
        ("Geneva", "place:geneva", "CHE", None),
        ("MOSCOW", "place:moscow", "RUS", None),
        ("the White House", "organisation:white-house", "USA", "GOV"),
        ("the Kremlin", "organisation:kremlin", "RUS", "GOV"),
        ("Pentagon", "organisation:pentagon", "USA", "MIL"),
        ("NATO", "organisation:north-atlantic-treaty-organization", "NATO", "IGO"),
        ("EU", "organisation:european-union", "EU", "IGO"),
        ("G20", "organisation:group-of-20", "G20", "IGO"),
        ("Xinhua", "organisation:xinhua", "CHN", "JRN"),
        ("Crimea", "place:crimea", "UKR", None),
        # parties named alike in many countries: not the US Democratic Party
        ("Social Democrats", "organisation:social-democratic-party", None, "PTY"),
        ("the Greens", "organisation:green-party", None, "PTY"),
        ("Democrats", "organisation:democratic-party", "USA", "PTY"),
    ],
)
def test_gazetteer_lookup_known_names(
    text: str, entity_id: str, country: str, sector: str | None
) -> None:
    entry = lookup(text)
    assert entry is not None
    assert (entry.id, entry.country, entry.sector) == (entity_id, country, sector)


@pytest.mark.parametrize("text", ["Kerry", "The", "said", "Minister", "", "   "])
def test_gazetteer_lookup_unknown_is_none(text: str) -> None:
    assert lookup(text) is None


def test_gazetteer_demonym_kind() -> None:
    entry = lookup("Russian")
    assert entry is not None and entry.kind == "demonym" and entry.name == "Russia"


def test_gazetteer_capital_knows_its_country() -> None:
    assert lookup("Washington").capital_of == "USA"  # type: ignore[union-attr]
    assert lookup("Glasgow").capital_of is None  # type: ignore[union-attr]
    assert country_entry("FRA").name == "France"  # type: ignore[union-attr]
    assert country_entry("ZZZ") is None


def test_gazetteer_find_longest_match_left_to_right() -> None:
    text = "Delegates of the United Nations Framework Convention on Climate Change met in Paris."
    found = [(text[m.start : m.end], m.entry.type) for m in find(text)]
    assert found == [
        ("United Nations Framework Convention on Climate Change", "organisation"),
        ("Paris", "place"),
    ]


def test_gazetteer_find_respects_bounds_and_possessive() -> None:
    text = "Talks: Russia's envoy met the British side in New Delhi."
    found = [text[m.start : m.end] for m in find(text, 7)]
    assert found == ["Russia", "British", "New Delhi"]
    assert [text[m.start : m.end] for m in find(text, 0, 20)] == ["Russia"]


@pytest.mark.parametrize(
    ("text", "name", "metonym"),
    [
        ("Officials said Washington wanted a deal.", "Washington", True),
        ("Cooperation between Washington and Moscow grew.", "Moscow", True),
        ("They met in Moscow on Monday.", "Moscow", False),
        ("She flew to Beijing.", "Beijing", False),
        ("Beijing said it would respond.", "Beijing", True),
        ("MOSCOW, March 3 - Talks began.", "MOSCOW", False),
        ("Earlier text.\n\nOSLO — Talks began.", "OSLO", False),
        ("Oslo - Talks began.", "Oslo", False),
        ("Earlier text.\n\nOslo said it would wait.", "Oslo", True),
        ("Rain fell on Glasgow, which is not a capital.", "Glasgow", False),
    ],
)
def test_gazetteer_metonym(text: str, name: str, metonym: bool) -> None:
    match = next(m for m in find(text) if text[m.start : m.end] == name)
    assert is_metonym(text, match) is metonym


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A cable was cut in the Gulf of Finland on Monday.", "Gulf of Finland"),
        ("Storms hit the Bay of Biscay.", "Bay of Biscay"),
        ("Ships crossed the Sea of Japan.", "Sea of Japan"),
        ("Tankers wait in the Strait of Hormuz.", "Strait of Hormuz"),  # a gazetteer name
    ],
)
def test_gazetteer_named_feature_of_a_name_is_one_place(text: str, name: str) -> None:
    [match] = find(text)
    assert (match.entry.name, match.entry.type) == (name, "place")


def test_gazetteer_feature_word_alone_keeps_its_own_reading() -> None:
    assert [m.entry.name for m in find("Gulf states met. The bay of the town froze.")] == ["Gulf"]


@pytest.mark.parametrize(
    ("plain", "accented", "capital_of"),
    [
        ("Zurich", "Zürich", None),
        ("Bogota", "Bogotá", "COL"),
        ("Sao Paulo", "São Paulo", None),
        ("Reykjavik", "Reykjavík", "ISL"),
        ("Yaounde", "Yaoundé", "CMR"),
    ],
)
def test_an_accented_name_is_found_under_its_plain_spelling(
    plain: str, accented: str, capital_of: str | None
) -> None:
    entry = lookup(plain)
    assert entry is not None and entry == lookup(accented)
    assert entry.capital_of == capital_of


def test_a_short_plain_spelling_that_is_an_english_word_is_no_place() -> None:
    # Salé (Morocco) without its accent is the word "Sale".
    assert lookup("Sale") is None
    assert [m.entry.name for m in find("Talks in Reykjavik ended.")] == ["Reykjavík"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Floods hit Harlan County on Monday.", [("Harlan County", None)]),
        ("Troops left Kandahar Province.", [("Kandahar Province", "AFG")]),
        # the area word alone is no capital ("The Valley", Anguilla) inside a longer name
        ("Teams reached the Dunmore Valley.", [("Dunmore Valley", None)]),
        # a longer name goes on: an organisation's, not a place's
        ("The Harlan County Council met.", []),
        ("The Island was quiet.", []),
    ],
)
def test_capitalised_words_and_an_area_word_are_one_place(
    text: str, places: list[tuple[str, str | None]]
) -> None:
    found = [(m.entry.name, m.entry.country) for m in find(text) if m.entry.type == "place"]
    assert found == places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Crews flew from New York City to Glasgow.", ["New York City", "Glasgow"]),
        ("CREWS FLEW FROM NEW YORK CITY TO GLASGOW.", ["New York City", "Glasgow"]),
        ("The United Kingdom and the UNITED KINGDOM agreed.", ["United Kingdom"] * 2),
        ("New rules for York were set.", ["York"]),
    ],
)
def test_longest_name_is_read_through_its_words_in_any_case(text: str, names: list[str]) -> None:
    """The reading of a name stops once no longer key starts with the words read, and not
    before: the longest key wins, as written or in capitals."""
    assert [m.entry.name for m in find(text)] == names
