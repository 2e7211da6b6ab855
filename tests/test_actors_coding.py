"""Actor phrases and their codes: roles, demonyms, organisations, metonyms, appositions."""

from __future__ import annotations

import pytest

from dateline.analyze.actors import find_actors
from dateline.analyze.event_tokens import tokenize
from dateline.analyze.offices import load_offices


def actors(sentence: str, date: str | None = None) -> list[tuple[str, str | None, str | None]]:
    found = find_actors(tokenize(sentence), sentence, date=date, offices=load_offices())
    return [(a.text, a.country, a.sector) for a in found if a.kind != "pronoun"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Russian foreign minister spoke.", [("Russian foreign minister", "RUS", "GOV")]),
        ("Hungarian officials declined.", [("Hungarian officials", "HUN", "GOV")]),
        ("The Israeli army withdrew.", [("Israeli army", "ISR", "MIL")]),
        ("Kenyan police arrived.", [("Kenyan police", "KEN", "COP")]),
        ("Poland's parliament voted.", [("Poland's parliament", "POL", "LEG")]),
        ("The Pentagon said nothing.", [("Pentagon", "USA", "MIL")]),
        ("Libyans voted on Sunday.", [("Libyans", "LBY", None)]),  # a nationality: its polity
        ("Thousands of Libyans voted.", [("Libyans", "LBY", "CVL")]),  # counted: people
        ("Police deported 300 Afghans.", [("Police", None, "COP"), ("Afghans", "AFG", "CVL")]),
        ("Bosnian Serbs fled north.", [("Bosnian Serbs", "BIH", "CVL")]),  # a people of a state
        ("Ethnic Uzbeks gathered.", [("Uzbeks", None, None)]),  # an ethnicity: no state
        ("Amnesty International spoke.", [("Amnesty International", "NGO", None)]),
        ("Irish nationalist guerrillas fled.", [("Irish nationalist guerrillas", "IRL", "REB")]),
        (
            "Rebels in the Ivory Coast fled.",
            [("Rebels", "CIV", "REB"), ("Ivory Coast", "CIV", None)],
        ),
        ("The UN Security Council met.", [("UN Security Council", "UN", "GOV")]),
        ("Talks went on in the British city of Glasgow.", [("Glasgow", "GBR", None)]),
    ],
)
def test_actor_codes(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert actors(sentence) == expected


def test_capital_stands_for_its_government_but_not_after_in() -> None:
    assert actors("Washington criticized Moscow.") == [
        ("Washington", "USA", "GOV"),
        ("Moscow", "RUS", "GOV"),
    ]
    assert actors("They met in Moscow.") == [("Moscow", "RUS", None)]


def test_apposition_gives_a_named_person_the_role_codes() -> None:
    assert actors("Ines Maret, Belgium's foreign minister, arrived.")[0] == (
        "Ines Maret",
        "BEL",
        "GOV",
    )


def test_office_dictionary_on_the_date() -> None:
    assert actors("Yesterday Angela Merkel spoke.", "2019-01-01") == [
        ("Angela Merkel", "DEU", "GOV")
    ]
    assert actors("Yesterday Angela Merkel spoke.", "2023-01-01") == [("Angela Merkel", None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "They sent military aid.",  # a sector word used as an adjective
        "On Monday the weather was fine.",  # a capitalised preposition is not a name
        "Read more at #SenateWatch today.",  # a hashtag is not a name
        "The Arctic is warming.",  # a region with no country is not an actor
    ],
)
def test_not_actors(sentence: str) -> None:
    assert actors(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a role serving a body takes the body's sector
        ("Rebel leaders fled.", [("Rebel leaders", None, "REB")]),
        (
            "Egyptian intelligence officials met.",
            [("Egyptian intelligence officials", "EGY", "SPY")],
        ),
        ("The army spokesman spoke.", [("army spokesman", None, "MIL")]),
        # codebook agent words beyond the starter list
        ("Peruvian riot police arrived.", [("Peruvian riot police", "PER", "COP")]),
        ("Chilean miners marched.", [("Chilean miners", "CHL", "LAB")]),
        ("A Dutch aid worker left.", [("Dutch aid worker", "NLD", "NGO")]),
        ("A Kenyan cleric spoke.", [("Kenyan cleric", "KEN", "REL")]),
        # a people placed in another country, and foreign forces "in" a country
        (
            "The Hungarians of northern Romania voted.",
            [("Hungarians", None, None), ("Romania", "ROU", None)],
        ),
        ("Peacekeepers in Mali withdrew.", [("Peacekeepers", None, "MIL"), ("Mali", "MLI", None)]),
        # international bodies carry their own code and no sector
        (
            "The Organization of African Unity met.",
            [("Organization of African Unity", "OAU", None)],
        ),
        ("Oxfam spoke.", [("Oxfam", "NGO", None)]),
        ("The European Union spoke.", [("European Union", "EU", None)]),  # not a labour union
        ("The African Union spoke.", [("African Union", "AU", None)]),
        ("Oxfam officials spoke.", [("Oxfam officials", "NGO", None)]),
        (
            "World Food Programme officials spoke.",
            [("World Food Programme officials", "UN", "GOV")],
        ),
        # state media speak for the state (GOV); other media are JRN
        ("Iranian state television said.", [("Iranian state television", "IRN", "GOV")]),
        ("An Iranian newspaper said.", [("Iranian newspaper", "IRN", "JRN")]),
        # a country word before an unknown name: what the name is (and its sector) is unknown
        ("The Danish Mega Forum spoke.", [("Danish Mega Forum", None, None)]),
        # a country word before a land noun is part of a place
        ("Troops massed on the Thai border.", [("Troops", None, "MIL")]),
    ],
)
def test_actor_codes_precision_first(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks were with Irish nationalist", [("Irish", "IRL", None)]),
        ("Protests by Irish paper", [("Irish", "IRL", None)]),
    ],
)
def test_actors_coding_demonym_then_lowercase_word_at_sentence_end(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(sentence) == expected


def test_every_lexicon_codes_sectors_with_the_codes_sectors_tsv_defines() -> None:
    """One set of sector codes across the lexicons (PLOVER's: MED medical, JRN media)."""
    import re

    from dateline.lexicons import lexicon_text, load_jsonl, load_table

    header = "".join(
        line for line in lexicon_text("sectors.tsv").splitlines() if line.startswith("#")
    )
    defined = set(re.findall(r"\b([A-Z]{3}) [a-z]", header))
    used = {row["sector"] for row in load_table("sectors.tsv")}
    used |= {row["sector"] for row in load_table("group_nouns.tsv")}
    used |= {row["sector"] for row in load_table("organisations.tsv") if row["sector"]}
    for name in ("office_titles.jsonl", "org_patterns.jsonl"):
        used |= {
            str((e.model_extra or {}).get("sector"))
            for e in load_jsonl(name)
            if (e.model_extra or {}).get("sector")
        }
    assert used - {""} <= defined, sorted(used - defined)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Greek Cypriot negotiators walked out.", [("Greek Cypriot negotiators", "CYP", "GOV")]),
        ("Turkish Cypriot police made arrests.", [("Turkish Cypriot police", "CYP", "COP")]),
        ("Bosnian Serb soldiers withdrew.", [("Bosnian Serb soldiers", "BIH", "MIL")]),
        ("Kosovo Albanian leaders met.", [("Kosovo Albanian leaders", "XKX", "GOV")]),
    ],
)
def test_people_demonym_yields_to_the_state_they_live_in(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    # a people's name before a state's demonym: the state they live in codes them
    assert actors(sentence) == expected


def test_spiritual_leader_is_religious() -> None:
    assert actors("Tibet's spiritual leader arrived in Delhi.")[0][2] == "REL"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Khmer Rouge fighters ambushed a convoy.", ("Khmer Rouge fighters", "KHM", "REB")),
        ("FARC commanders signed the accord.", ("FARC commanders", "COL", "REB")),
        ("Tamil Tiger rebels shelled the port.", ("Tamil Tiger rebels", "LKA", "REB")),
        ("The Houthis seized a tanker.", ("Houthis", "YEM", "REB")),
    ],
)
def test_armed_groups_are_coded_by_their_country(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert actors(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Malian military government expelled him.",
            ("Malian military government", "MLI", "MIL"),
        ),
        ("The Burmese military regime freed her.", ("Burmese military regime", "MMR", "MIL")),
        ("A Kenyan rights group objected.", ("Kenyan rights group", "KEN", "NGO")),
    ],
)
def test_military_rule_and_rights_groups(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    # a government of soldiers is the military (as "junta"); a rights group is an NGO
    assert actors(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Syria expelled the IAEA inspectors.", ("IAEA inspectors", "IAEA", "GOV")),
        ("Syria let UN weapons inspectors in.", ("UN weapons inspectors", "UN", "GOV")),
        ("NATO peacekeeping troops left.", ("NATO peacekeeping troops", "NATO", "MIL")),
        ("Two police inspectors were shot.", ("police inspectors", None, "COP")),
    ],
)
def test_an_international_body_s_people_carry_their_function(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    # inspectors are officials (GOV); a descriptor may stand between the body and its people
    found = [a for a in actors(sentence) if a[0] != "Syria"]
    assert found[0] == expected


def test_an_armed_group_named_army_keeps_its_own_sector() -> None:
    # the lexicon codes the group REB: the "Army" in its name is not a state's military
    assert actors("Lord's Resistance Army commanders sent a letter.")[0] == (
        "Lord's Resistance Army commanders",
        "UGA",
        "REB",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents tried to poison a dissident in Vienna.",
        "Police detained 40 migrants in Athens.",
        "Officials deported asylum seekers in Berlin.",
        "Foreign nationals in Sudan were flown out.",
        "Rebel negotiators in Nairobi walked out.",
        "A government delegation in Geneva objected.",
    ],
)
def test_exiles_and_migrants_take_no_country_from_where_they_are(sentence: str) -> None:
    # a dissident in Vienna is seldom Austrian: the place says nothing of their country;
    # nor are negotiators and foreign nationals often of the country where they are
    assert all(country is None for _, country, sector in actors(sentence) if sector)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Malawian opposition MPs walked out.", ("Malawian opposition MPs", "MWI", "OPP")),
        ("Two opposition deputies were held.", ("opposition deputies", None, "OPP")),
        ("The Dutch charge d'affaires left.", ("Dutch charge d'affaires", "NLD", "GOV")),
    ],
)
def test_opposition_legislators_and_charges_d_affaires(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    # opposition members of parliament are the opposition (as "opposition lawmaker")
    assert actors(sentence)[0] == expected


def test_a_short_acronym_that_is_also_a_common_abbreviation_is_no_armed_group() -> None:
    from dateline import analyze_text

    article = analyze_text("The ETA for the ferry is noon, the captain said.")
    assert [e.name for e in article.entities if e.type == "organisation"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A former Danish defence minister spoke.", ("Danish defence minister", "DNK", "ELI")),
        ("Two former Chilean officials testified.", ("Chilean officials", "CHL", "ELI")),
        ("Two former Peruvian army officers were held.", ("Peruvian army officers", "PER", "ELI")),
        # a former body is no elite
        ("The former Peruvian army was disbanded.", ("Peruvian army", "PER", "MIL")),
        # a former member of a group outside the state keeps the group's sector
        ("A former Kurdish rebel commander spoke.", ("Kurdish rebel commander", None, "REB")),
    ],
)
def test_a_former_official_is_an_elite(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    # CAMEO codes people who held a state office and no longer do as elites (ELI)
    assert actors(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body noun the lexicon knows as one organisation, inside a longer unknown name
        ("The ruling Zambian National Congress met.", ("Zambian National Congress", None, None)),
        ("The Pan Asian Congress met.", ("Pan Asian Congress", None, None)),
        ("The Congress party met.", ("Congress party", None, "PTY")),
        # a newspaper's one-word name before another kind of body is some other body's
        ("The Guardian Council vetoed it.", ("Guardian Council", None, "GOV")),
        # a body noun of the known body's own kind after it is that body's organ
        ("The Kremlin administration said.", ("Kremlin administration", "RUS", "GOV")),
        # the same noun alone or after a state's name is that state's body
        ("The Chilean Congress voted.", ("Chilean Congress", "CHL", "LEG")),
        ("Congress voted on Monday.", ("Congress", "USA", "LEG")),
    ],
)
def test_a_body_noun_inside_a_longer_name_is_not_the_known_body(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert actors(sentence)[-1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an activist of a named body takes the body's sector
        ("Hezbollah activists marched.", ("Hezbollah activists", "LBN", "REB")),
        ("Opposition activists were held.", ("Opposition activists", None, "OPP")),
        ("Bolivian activists marched.", ("Bolivian activists", "BOL", "CVL")),
    ],
)
def test_activists_serve_their_body(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert actors(sentence)[0] == expected


def test_a_patrol_or_garrison_is_its_force() -> None:
    # a unit named by its demonym is that state's military; a police patrol is the police
    assert actors("An Estonian patrol was ambushed.") == [("Estonian patrol", "EST", "MIL")]
    assert actors("A Malian garrison surrendered.") == [("Malian garrison", "MLI", "MIL")]
    assert actors("An Iraqi police patrol was hit.") == [("Iraqi police patrol", "IRQ", "COP")]
    assert actors("A Libyan warplane crashed.") == [("Libyan warplane", "LBY", "MIL")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an army or forces the gazetteer does not know, named as fighting the state: rebels
        ("The Free Malian Army shelled Gao.", ("Free Malian Army", "MLI", "REB")),
        ("The Ogaden Liberation Army struck.", ("Ogaden Liberation Army", None, "REB")),
        ("The Allied Democratic Forces struck.", ("Allied Democratic Forces", None, "REB")),
        # a state's own army, and one the gazetteer knows, keep their codes
        ("The Malian Army shelled Gao.", ("Malian Army", "MLI", "MIL")),
        ("The People's Liberation Army drilled.", ("People's Liberation Army", "CHN", "MIL")),
        # the elite unit is no party of the United States
        ("Iraq's Republican Guard moved south.", ("Iraq's Republican Guard", "IRQ", "MIL")),
    ],
)
def test_a_force_named_as_fighting_the_state_is_rebels(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert actors(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a body name many states share, then "of" and the state it belongs to
        ("The Democratic Party of Japan won.", ("Democratic Party of Japan", "JPN", "PTY")),
        ("The Labour Party of Norway won.", ("Labour Party of Norway", "NOR", "PTY")),
        # an international body keeps its own code
        ("The United Nations of course objected.", ("United Nations", "UN", None)),
    ],
)
def test_a_shared_body_name_takes_the_country_named_after_it(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert actors(sentence)[0] == expected


def test_a_name_hyphenated_to_a_participle_only_modifies_the_noun_after_it() -> None:
    # who leads or backs a force is not the force: "U.S.-led troops" may be a coalition
    assert actors("U.S.-led troops crossed the river.") == [("troops", None, "MIL")]
    assert actors("U.N.-funded clinics closed.") == []
    assert actors("The U.S. - long a donor - paid.") == [("U.S.", "USA", None)]


def test_a_foreign_policy_chief_is_government() -> None:
    assert actors("EU foreign policy chief Kaja Pold spoke.")[0] == (
        "EU foreign policy chief Kaja Pold",
        "EU",
        "GOV",
    )


def test_a_sector_word_hyphenated_to_a_holding_participle_names_the_holder() -> None:
    # "rebel-held territory" is held by rebels: with a demonym, that country's rebels
    assert actors("Chadian rebel-held towns were shelled.") == [
        ("Chadian rebel-held", "TCD", "REB")
    ]
    assert actors("Chadian government-controlled towns fell.") == [
        ("Chadian government-controlled", "TCD", "GOV")
    ]


def test_a_town_several_countries_share_is_placed_by_the_country_the_sentence_names() -> None:
    # two countries have a large Tripoli: the sentence names Lebanon as the place
    assert actors("Gunmen in Tripoli fired at the Lebanese port's harbour.")[0] == (
        "Gunmen",
        "LBN",
        "REB",
    )
    assert actors("Police in Valencia, Spain, fired.")[0] == ("Police", "ESP", "COP")
    # a demonym of people says nothing of where the town is
    assert actors("Police in Valencia held Spanish fans.")[0] == ("Police", "VEN", "COP")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a leadership is its body's: a state's is the government
        ("The Cuban leadership objected.", ("Cuban leadership", "CUB", "GOV")),
        ("The Hezbollah leadership objected.", ("Hezbollah leadership", "LBN", "REB")),
        # staff of a body no lexicon knows: neither its kind nor its country is sure
        ("Kenya Railways staff walked out.", ("Kenya Railways staff", None, None)),
    ],
)
def test_a_leadership_or_staff_is_its_body_s(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert actors(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Yemeni gunman fired.", ("Yemeni gunman", "YEM", "REB")),
        ("Liberian warlord Tom Kolo spoke.", ("Liberian warlord Tom Kolo", "LBR", "REB")),
        ("Colombian drug cartels struck.", ("Colombian drug cartels", "COL", "CRM")),
        ("Sikh secessionists struck.", ("secessionists", None, "REB")),
        ("Yemeni tribesmen blocked roads.", ("Yemeni tribesmen", "YEM", "CVL")),
        ("Haitian rioters burned shops.", ("Haitian rioters", "HTI", "CVL")),
        ("Afghan mullahs objected.", ("Afghan mullahs", "AFG", "REL")),
        ("Swiss bankers objected.", ("Swiss bankers", "CHE", "BUS")),
        ("Kenyan voters queued.", ("Kenyan voters", "KEN", "CVL")),
        ("Two Polish airmen died.", ("Polish airmen", "POL", "MIL")),
    ],
)
def test_agent_words_of_the_codebook(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert actors(sentence)[0] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Leaders of the Malawian opposition met.",
            [("Leaders of the Malawian opposition", "MWI", "OPP")],
        ),
        (
            "A spokesman for the Kenyan army spoke.",
            [("spokesman for the Kenyan army", "KEN", "MIL")],
        ),
        (
            "Supporters of the ruling party marched.",
            [("Supporters of the ruling party", None, "PTY")],
        ),
        # a profession keeps its own sector: the workers of a firm are labour
        (
            "Workers of a Kenyan bank struck.",
            [("Workers", "KEN", "LAB"), ("Kenyan bank", "KEN", "BUS")],
        ),
    ],
)
def test_a_serving_role_and_the_body_after_its_of_are_one_actor(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert actors(sentence) == expected
