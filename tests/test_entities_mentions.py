"""Entities, mentions, roles and coreference on sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from dateline.analyze import analyze
from dateline.analyze.entities import actor_code
from dateline.model import Article, Entity, Image, Paragraph


def _article(body: str, headline: str | None = None, captions: tuple[str, ...] = ()) -> Article:
    paragraphs, offset = [], 0
    for part in body.split("\n\n"):
        paragraphs.append(Paragraph(start=offset, end=offset + len(part)))
        offset += len(part) + 2
    return analyze(
        Article(
            id="t",
            headline=headline,
            text=body,
            paragraphs=paragraphs,
            images=[Image(caption=c) for c in captions],
        )
    )


def _entity(article: Article, entity_id: str) -> Entity:
    found = {e.id: e for e in article.entities}
    assert entity_id in found, sorted(found)
    return found[entity_id]


def _links(article: Article, kind: str | None = None) -> list[tuple[str, str]]:
    return [(m.span.text, m.entity) for m in article.mentions if kind is None or m.kind == kind]


@pytest.mark.parametrize(
    ("body", "person", "title", "country", "evidence"),
    [
        (
            "Marta Kowalczyk, the Polish prime minister's special envoy for energy, arrived.",
            "person:marta-kowalczyk",
            "special energy envoy",
            "POL",
            "the Polish prime minister's special envoy for energy",
        ),
        (
            "German Economy Minister Hans Vogel met the delegation.",
            "person:hans-vogel",
            "economy minister",
            "DEU",
            "German Economy Minister",
        ),
        (
            "French President Claire Dubois spoke first.",
            "person:claire-dubois",
            "president",
            "FRA",
            "French President",
        ),
        (
            "Hans Vogel (right), German economy minister, shakes hands.",
            "person:hans-vogel",
            "economy minister",
            "DEU",
            "German economy minister",
        ),
        (
            "Hans Vogel, who is also the trade envoy of the German government, spoke.",
            "person:hans-vogel",
            "trade envoy",
            "DEU",
            "the trade envoy of the German",
        ),
        (
            "Japan's foreign minister, Kenji Sato, arrived on Monday.",
            "person:kenji-sato",
            "foreign minister",
            "JPN",
            "Japan's foreign minister",
        ),
        (
            "Kenji Sato, Japanese foreign minister, arrived.",
            "person:kenji-sato",
            "foreign minister",
            "JPN",
            "Japanese foreign minister",
        ),
        (
            "The president of Chile, Rosa Fuentes, arrived.",
            "person:rosa-fuentes",
            "president",
            "CHL",
            "The president of Chile",
        ),
        (
            "Yuri Orlov, Russia's top diplomat, arrived.",
            "person:yuri-orlov",
            "foreign minister",
            "RUS",
            "Russia's top diplomat",
        ),
        (
            "Olga Sidorova, spokeswoman for the Russian Foreign Ministry, said no.",
            "person:olga-sidorova",
            "spokesperson",
            "RUS",
            "spokeswoman for the Russian Foreign Ministry",
        ),
        (
            "Former President Jorge Lima spoke.",
            "person:jorge-lima",
            "former president",
            None,
            "Former President",
        ),
        (
            "Sen. Marla Voss opened the hearing.",
            "person:marla-voss",
            "senator",
            None,
            "Sen.",
        ),
        (
            "The talks were led by Pentagon spokesman Daniel Ortiz.",
            "person:daniel-ortiz",
            "spokesperson",
            "USA",
            "Pentagon spokesman",
        ),
    ],
)
def test_entities_roles_from_patterns(
    body: str, person: str, title: str, country: str | None, evidence: str
) -> None:
    entity = _entity(_article(body), person)
    assert [(r.title, r.country, r.evidence.text) for r in entity.roles] == [
        (title, country, evidence)
    ]
    assert entity.country == country


def test_entities_pronoun_chain_and_surnames() -> None:
    body = (
        "Hans Vogel met Marta Kowalczyk in Berlin on Tuesday.\n\n"
        "Vogel said he was hopeful. Kowalczyk said she needed time, and her team agreed.\n\n"
        "He left on Wednesday. Vogel's aides stayed."
    )
    article = _article(body)
    assert _links(article, "pronoun") == [
        ("he", "person:hans-vogel"),
        ("she", "person:marta-kowalczyk"),
        ("her", "person:marta-kowalczyk"),
        ("He", "person:hans-vogel"),
    ]
    assert ("Vogel", "person:hans-vogel") in _links(article, "surname")
    assert sum(1 for m in article.mentions if m.span.text == "Vogel") == 2


def test_entities_pronoun_prefers_subject() -> None:
    article = _article("Hans Vogel told Peter Brandt that he would resign.")
    assert _links(article, "pronoun") == [("he", "person:hans-vogel")]


def test_entities_role_noun_resolves_to_holder() -> None:
    body = (
        "Russian Foreign Minister Ivan Petrov met Kenji Sato, the Japanese trade minister.\n\n"
        "The foreign minister said talks went well. The trade minister agreed."
    )
    article = _article(body)
    assert _links(article, "role") == [
        ("The foreign minister", "person:ivan-petrov"),
        ("The trade minister", "person:kenji-sato"),
    ]


def test_entities_role_noun_with_country_and_cataphora() -> None:
    body = (
        "Anna Berg, the Swedish president's adviser, spoke.\n\n"
        "Swedish President Lars Nilsson later agreed."
    )
    article = _article(body)
    assert ("the Swedish president", "person:lars-nilsson") in _links(article, "role")


def test_entities_unresolved_role_noun_is_dropped() -> None:
    article = _article("The foreign minister said talks went well.")
    assert _links(article, "role") == []


def test_entities_headline_and_caption_mentions() -> None:
    article = _article(
        "John Hale, the US climate envoy, met officials in Tokyo.",
        headline="US climate envoy visits Japan",
        captions=("John Hale, US climate envoy, in Tokyo. (KENJI SATO / REUTERS)",),
    )
    headline = [(m.span.text, m.entity) for m in article.mentions if m.span.field == "headline"]
    assert ("US climate envoy", "person:john-hale") in headline
    assert ("Japan", "country:jpn") in headline
    caption = {
        (m.span.text, m.entity, m.span.index) for m in article.mentions if m.span.field == "caption"
    }
    assert ("John Hale", "person:john-hale", 0) in caption
    assert ("KENJI SATO", "person:kenji-sato", 0) in caption
    assert _entity(article, "person:kenji-sato").name == "Kenji Sato"


@pytest.mark.parametrize(
    ("body", "text", "entity_id", "kind"),
    [
        ("Officials said Washington wanted a deal.", "Washington", "place:washington", "metonym"),
        ("The summit was held in Moscow.", "Moscow", "place:moscow", "name"),
        (
            "Russian officials declined to comment.",
            "Russian officials",
            "group:russian-officials",
            "name",
        ),
        ("Russian officials declined to comment.", "Russian", "country:rus", "demonym"),
        ("The Kremlin said no.", "Kremlin", "organisation:kremlin", "name"),
        (
            "The Foreign Ministry said no.",
            "Foreign Ministry",
            "organisation:foreign-ministry",
            "name",
        ),
        (
            "Acme Widgets Inc. said no.",
            "Acme Widgets Inc.",
            "organisation:acme-widgets-inc",
            "name",
        ),
        (
            "The Ministry of Foreign Affairs of Peru said no.",
            "Ministry of Foreign Affairs of Peru",
            "organisation:ministry-of-foreign-affairs-of-peru",
            "name",
        ),
        ("Monday's vote in Chile was close.", "Chile", "country:chl", "name"),
    ],
)
def test_entities_mention_kinds(body: str, text: str, entity_id: str, kind: str) -> None:
    article = _article(body)
    assert (text, entity_id, kind) in [(m.span.text, m.entity, m.kind) for m in article.mentions]


def test_entities_acronym_defined_in_text() -> None:
    body = "The Northern Fisheries Council (NFC) met. Later the NFC voted."
    article = _article(body)
    links = _links(article)
    assert links.count(("NFC", "organisation:northern-fisheries-council")) == 2
    assert ("Northern Fisheries Council", "organisation:northern-fisheries-council") in links


@pytest.mark.parametrize(
    "body",
    [
        "The weather was fine. Monday brings rain. Share this story.",
        "Climate change is real. Talks continue.",
        "But it was late. However, the vote went ahead.",
        "The Port of Kestrel said the cranes were idle.",
        "Regulator says the bank broke the rules.",
    ],
)
def test_entities_capitalised_common_words_are_not_people(body: str) -> None:
    article = _article(body)
    assert [e for e in article.entities if e.type == "person"] == []


def test_entities_typographic_quotes_and_long_paragraph() -> None:
    body = "“We will act,” said Hans Vogel. " + "The ministry said he agreed. " * 400
    article = _article(body)
    pronouns = _links(article, "pronoun")
    assert len(pronouns) == 400
    assert {entity for _, entity in pronouns} == {"person:hans-vogel"}


def test_entities_non_english_text_is_flagged_not_crashing() -> None:
    body = (
        "Der Außenminister traf sich am Montag mit seinem Amtskollegen in Berlin und sprach lange."
    )
    article = _article(body)
    assert any("does not look like English" in w for w in article.warnings)
    assert ("Berlin", "place:berlin") in _links(article)


def test_entities_every_mention_links_one_known_entity() -> None:
    body = "Hans Vogel met Marta Kowalczyk. He said she was right. The Kremlin disagreed."
    article = _article(body)
    ids = {e.id for e in article.entities}
    assert all(m.entity in ids for m in article.mentions)
    spans = [(m.span.field, m.span.start, m.span.end) for m in article.mentions]
    assert len(spans) == len(set(spans))


def test_entities_output_is_deterministic() -> None:
    body = "Hans Vogel met Marta Kowalczyk in Berlin. He said she was right."
    first = _article(body).model_dump_json()
    assert all(_article(body).model_dump_json() == first for _ in range(3))
    assert json.loads(first)["entities"][0]["id"] == "person:hans-vogel"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Mr. Bishop said the plan was sound.", [("Bishop", "person:bishop")]),
        ("Okafor said the plan was sound.", [("Okafor", "person:okafor")]),
        (
            "Rosalind Ortiz runs the shelter. Rosalind said it was full.",
            [("Rosalind Ortiz", "person:rosalind-ortiz"), ("Rosalind", "person:rosalind-ortiz")],
        ),
        (
            "President Omar Hassan al-Rashidi spoke.",
            [("Omar Hassan al-Rashidi", "person:omar-hassan-al-rashidi")],
        ),
        # a middle name the gazetteer knows as a town, after a family name written first
        (
            "Colonel Tran Van Binh inspected the harbour.",
            [("Tran Van Binh", "person:tran-van-binh")],
        ),
    ],
)
def test_entities_person_names_from_context(body: str, expected: list[tuple[str, str]]) -> None:
    article = _article(body)
    people = [(m.span.text, m.entity) for m in article.mentions if m.entity.startswith("person:")]
    assert people == expected


@pytest.mark.parametrize(
    ("body", "text", "country"),
    [
        ("Peru's Supreme Court ruled on Monday.", "Supreme Court", "PER"),
        ("The Chilean Constitutional Court ruled.", "Chilean Constitutional Court", "CHL"),
        ("Settlers moved into the West Bank.", "West Bank", "PSE"),
    ],
)
def test_entities_organisation_and_place_countries(body: str, text: str, country: str) -> None:
    article = _article(body)
    entities = {e.id: e for e in article.entities}
    mention = next(m for m in article.mentions if m.span.text == text)
    assert entities[mention.entity].country == country


def test_entities_leading_capitalised_word_is_split_from_name() -> None:
    article = _article("Despite Anna Hale's warning, Tuesday Talks went ahead.")
    people = [(m.span.text, m.entity) for m in article.mentions if m.entity.startswith("person:")]
    assert people == [("Anna Hale", "person:anna-hale")]


@pytest.mark.parametrize(
    ("body", "text", "code"),
    [
        ("Officials said Moscow wanted a deal.", "Moscow", ("RUS", "GOV")),
        ("The talks were in Moscow.", "Moscow", ("RUS", None)),
        ("Russia wants a deal.", "Russia", ("RUS", None)),
        ("German Economy Minister Hans Vogel spoke.", "Hans Vogel", ("DEU", "GOV")),
        ("Chinese troops moved.", "Chinese troops", ("CHN", "MIL")),
        ("The Pentagon said no.", "Pentagon", ("USA", "MIL")),
    ],
)
def test_entities_actor_code(body: str, text: str, code: tuple[str | None, str | None]) -> None:
    article = _article(body)
    entities = {e.id: e for e in article.entities}
    mention = next(m for m in article.mentions if m.span.text == text)
    assert actor_code(entities[mention.entity], mention.kind) == code


def test_entities_possessive_role_noun_mid_sentence() -> None:
    body = (
        "Peruvian Foreign Minister Rosa Fuentes spoke. Officials then met Peru's foreign minister."
    )
    article = _article(body)
    assert ("Peru's foreign minister", "person:rosa-fuentes") in _links(article, "role")


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Farmers said they would wait for the river to fall.", None),
        ("Librarians said more than 900 people had joined.", None),
        ("Protesters said the march would go ahead on Sunday.", None),
        ("Okonjo said the march would go ahead on Sunday.", "Okonjo"),
        ("The plan was late, Brennan said on Friday.", "Brennan"),
    ],
)
def test_entities_sentence_opening_plural_is_not_a_person(body: str, person: str | None) -> None:
    people = [e.name for e in _article(body).entities if e.type == "person"]
    assert people == ([person] if person else [])


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Kestrel Dockers' Union said the vote passed.", "Kestrel Dockers' Union"),
        ("The Rural Teachers’ Federation said it would strike.", "Rural Teachers’ Federation"),
    ],
)
def test_entities_plural_possessive_is_part_of_an_organisation_name(body: str, name: str) -> None:
    article = _article(body)
    assert [(e.type, e.name) for e in article.entities] == [("organisation", name)]


@pytest.mark.parametrize(
    ("sentence", "organisations"),
    [
        ("Ida Brun, head of the Rail and Maritime Union, spoke.", ["Rail and Maritime Union"]),
        ("The Food and Drug Administration approved it.", ["Food and Drug Administration"]),
        # the words before "and" name a country or a person: they are no part of the name
        ("Talks between Norway and European Union officials ended.", ["European Union"]),
        ("Ida Brun and Labour Party officials met.", ["Labour Party"]),
        ("Talks with industry and Trade Ministry officials ended.", ["Trade Ministry"]),
        # a possessive title or group word belongs to the name; an owner does not
        ("The Dunmore Sheriff's Office closed the road.", ["Dunmore Sheriff's Office"]),
        ("The Attorney General's Office opened an inquiry.", ["Attorney General's Office"]),
        ("The People's Liberation Army held drills.", ["People's Liberation Army"]),
        ("Norway's Foreign Ministry said it was ready.", ["Foreign Ministry"]),
    ],
)
def test_entities_organisation_names_with_and_or_a_possessive(
    sentence: str, organisations: list[str]
) -> None:
    article = _article(sentence)
    assert [e.name for e in article.entities if e.type == "organisation"] == organisations


def test_entities_a_two_letter_abbreviated_middle_name_stays_in_the_name() -> None:
    """ "Gudni Th. Johannesson": the stop after "Th" ends no sentence and no name."""
    article = _article("President Gudni Th. Johannesson spoke on Sunday. Johannesson then left.")
    people = [e.name for e in article.entities if e.type == "person"]
    assert people == ["Gudni Th. Johannesson"]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("Its leader, Per Aasen, said the union would strike.", "person:per-aasen"),
        ("The ferry was late, Jan Mol told the council.", "person:jan-mol"),
        ("Per the agreement, Oslo will pay the fishermen.", None),
    ],
)
def test_entities_a_given_name_that_is_also_a_common_word(body: str, person: str | None) -> None:
    """ "Per" and "Jan" are given names as well as a preposition and a month: inside a
    sentence, before a capitalised word, they open a name; first in a sentence, "Per" is
    the preposition."""
    people = [e.id for e in _article(body).entities if e.type == "person"]
    assert people == ([person] if person else [])


def test_entities_initials_after_a_title_noun_hold_no_office() -> None:
    """ "the Kenyan broadcaster KTN" names a body by its initials: no person "Ktn"."""
    article = _article('"We came to listen," Ana Ruiz told the harbour broadcaster HBN.')
    assert [e.name for e in article.entities if e.type == "person"] == ["Ana Ruiz"]


def test_entities_a_counterpart_of_a_role_noun_holds_its_office() -> None:
    """ "The president, who met her Latvian counterpart Ilze Ozola": Ozola is Latvia's
    president, and "the Latvian president" later is her."""
    article = _article(
        "Finnish President Aino Virtanen spoke in Helsinki on Tuesday.\n\n"
        "The president, who met her Latvian counterpart Ilze Ozola in Riga last week, "
        "praised the new rail link.\n\n"
        'The Latvian president said the link was "long overdue".'
    )
    ozola = _entity(article, "person:ilze-ozola")
    assert [(r.title, r.affiliation) for r in ozola.roles] == [("president", "Latvia")]
    assert article.quotes[-1].speaker is not None
    assert article.quotes[-1].speaker.entity == "person:ilze-ozola"


def test_entities_a_tribe_is_a_body_not_a_person() -> None:
    article = _article('"The river has been heard," said Sessa Tribe chairwoman Lila Redcloud.')
    assert {e.name: e.type for e in article.entities} == {
        "Sessa Tribe": "organisation",
        "Lila Redcloud": "person",
    }
