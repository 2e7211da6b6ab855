"""The "quotes" step on articles built by hand: entity links, dates, paragraphs."""

from __future__ import annotations

import pytest

from dateline.analyze.quotes import quotes_step
from dateline.analyze.registry import build_pipeline
from dateline.analyze.sentences import split_sentences
from dateline.model import Article, Entity, Mention, Paragraph, Timex, make_span


def _article(text: str, **extra: object) -> Article:
    paragraphs = []
    start = 0
    for block in text.split("\n\n"):
        paragraphs.append(Paragraph(start=start, end=start + len(block)))
        start += len(block) + 2
    sentences = [make_span(text, s, e) for s, e in split_sentences(text)]
    return Article(id="t", text=text, paragraphs=paragraphs, sentences=sentences, **extra)


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        (
            "Anna Berg, the port director, said the pier would close.",
            "Anna Berg",
            "person:anna-berg",
        ),
        (
            "Port director Anna Berg said the pier would close.",
            "Port director Anna Berg",
            "person:anna-berg",
        ),
        # a description speaks as the person named in apposition after it
        (
            "The port director, Anna Berg, said the pier would close.",
            "The port director, Anna Berg",
            "person:anna-berg",
        ),
    ],
)
def test_quotes_step_links_speaker_to_the_mention_under_its_head(
    text: str, mention: str, entity: str | None
) -> None:
    start = text.index("Anna Berg")
    article = _article(text).model_copy(
        update={
            "entities": [Entity(id="person:anna-berg", type="person", name="Anna Berg")],
            "mentions": [
                Mention(
                    entity="person:anna-berg",
                    kind="name",
                    span=make_span(text, start, start + len("Anna Berg")),
                )
            ],
        }
    )
    (quote,) = quotes_step(article).quotes
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.speaker.entity) == (mention, entity)
    assert quote.speaker.name == ("Anna Berg" if entity else mention)


def test_quotes_step_unlinked_speaker_keeps_its_words() -> None:
    (quote,) = quotes_step(_article("Officials said the pier would close.")).quotes
    assert quote.speaker is not None
    assert (quote.speaker.entity, quote.speaker.name) == (None, "Officials")


def test_quotes_step_utterance_date_from_a_time_in_the_cue_clause() -> None:
    text = "Berg said on Monday that the pier would close on Friday."
    monday = text.index("Monday")
    friday = text.index("Friday")
    timexes = [
        Timex(id="t1", span=make_span(text, monday, monday + 6), type="DATE", value="2024-05-06"),
        Timex(id="t2", span=make_span(text, friday, friday + 6), type="DATE", value="2024-05-10"),
    ]
    (quote,) = quotes_step(_article(text, timexes=timexes)).quotes
    assert quote.utterance_date == "2024-05-06"


@pytest.mark.parametrize(
    ("text", "aside_time", "said_time"),
    [
        (
            "Ilves, who turned 41 last month, said on Tuesday she would retire.",
            "last month",
            "Tuesday",
        ),
        (
            "Corvane, whose chief executive quit last March, said profits had doubled.",
            "last March",
            None,
        ),
    ],
)
def test_quotes_step_a_time_in_the_speakers_relative_clause_dates_that_clause(
    text: str, aside_time: str, said_time: str | None
) -> None:
    aside = text.index(aside_time)
    timexes = [
        Timex(
            id="t1",
            span=make_span(text, aside, aside + len(aside_time)),
            type="DATE",
            value="2024-04",
        )
    ]
    if said_time:
        said = text.index(said_time)
        timexes.append(
            Timex(
                id="t2",
                span=make_span(text, said, said + len(said_time)),
                type="DATE",
                value="2024-05-07",
            )
        )
    (quote,) = quotes_step(_article(text, timexes=timexes)).quotes
    assert quote.utterance_date == ("2024-05-07" if said_time else None)


def test_quotes_step_no_date_when_the_only_time_is_inside_the_content() -> None:
    text = "Berg said that the pier would close on Friday."
    friday = text.index("Friday")
    timex = Timex(
        id="t1", span=make_span(text, friday, friday + 6), type="DATE", value="2024-05-10"
    )
    (quote,) = quotes_step(_article(text, timexes=[timex])).quotes
    assert quote.utterance_date is None


def test_quotes_step_date_after_content_that_comes_first() -> None:
    text = "The pier will close in June, Berg said on Monday."
    june = text.index("June")
    monday = text.index("Monday")
    timexes = [
        Timex(id="t1", span=make_span(text, june, june + 4), type="DATE", value="2024-06"),
        Timex(id="t2", span=make_span(text, monday, monday + 6), type="DATE", value="2024-05-06"),
    ]
    (quote,) = quotes_step(_article(text, timexes=timexes)).quotes
    assert quote.utterance_date == "2024-05-06"


def test_quotes_step_paragraph_index_and_ids_in_text_order() -> None:
    text = "The pier reopened.\n\nBerg said the repairs had worked.\n\nReyes said they had not."
    quotes = quotes_step(_article(text)).quotes
    assert [(q.id, q.paragraph) for q in quotes] == [("q1", 1), ("q2", 2)]


def test_quotes_step_crosshead_is_skipped_and_indexes_stay_true() -> None:
    text = "Berg said the pier was safe.\n\nSafety said to matter\n\nReyes said it was not."
    article = _article(text)
    paragraphs = list(article.paragraphs)
    paragraphs[1] = Paragraph(start=paragraphs[1].start, end=paragraphs[1].end, kind="crosshead")
    quotes = quotes_step(article.model_copy(update={"paragraphs": paragraphs})).quotes
    assert [q.paragraph for q in quotes] == [0, 2]


def test_quotes_step_headline_quote_points_into_the_headline() -> None:
    article = _article("The council met on Monday.").model_copy(
        update={"headline": "Pier is unsafe, harbour chief says"}
    )
    (quote,) = quotes_step(article).quotes
    assert (quote.content.field, quote.content.text) == ("headline", "Pier is unsafe")
    assert quote.speaker is not None
    assert (quote.speaker.mention.field, quote.speaker.mention.text) == (
        "headline",
        "harbour chief",
    )
    assert quote.paragraph == -1
    article.model_copy(update={"quotes": [quote]}).check_spans()


def test_quotes_step_other_language_gets_a_warning_and_no_quotes() -> None:
    article = _article("Berg sagte, die Brücke sei sicher.").model_copy(update={"language": "de"})
    result = quotes_step(article)
    assert result.quotes == []
    assert any("quotes" in w for w in result.warnings)


def test_quotes_step_is_registered_after_sentences() -> None:
    names = [s.name for s in build_pipeline(["sentences", "quotes"])]
    assert names == ["sentences", "quotes"]


def test_quotes_step_a_split_quotation_keeps_its_parts_without_the_cue() -> None:
    from dateline.analyze import analyze_text

    text = (
        '"We have been patient for two years," said Gwen Price, head of the crews\' union. '
        '"Our members will not sail under these rules."'
    )
    (quote,) = analyze_text(text).quotes
    assert [p.text for p in quote.content_parts] == [
        '"We have been patient for two years,"',
        '"Our members will not sail under these rules."',
    ]
    assert quote.cue is not None and quote.cue.text == "said"


def test_quotes_step_a_second_cue_with_its_own_object_hears_no_earlier_hearer() -> None:
    from dateline.analyze import analyze_text

    text = (
        "Alan Moore told the BBC the rules would wait until January and urged the union to "
        "return to talks."
    )
    told, urged = analyze_text(text, published="2024-06-12").quotes
    assert told.addressee is not None and told.addressee.mention.text == "the BBC"
    assert urged.cue is not None and urged.cue.text == "urged" and urged.addressee is None
    assert urged.utterance_date is None  # "until January" is in the first cue's content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The mayors of three upstate cities met Gov. Helen Ortiz at the Capitol on Tuesday "
            "and urged her to restore the aid.",
            "The mayors of three upstate cities",
        ),
        (
            "The ministers held talks on Monday and urged the union to end the strike.",
            "The ministers",
        ),
    ],
)
def test_quotes_step_a_shared_subject_ends_at_an_irregular_past_verb(
    text: str, speaker: str
) -> None:
    from dateline.analyze import analyze_text

    (quote,) = analyze_text(text, published="2025-02-21").quotes
    assert quote.speaker is not None and quote.speaker.mention.text == speaker


def test_quotes_step_according_to_at_the_end_vouches_for_the_whole_clause() -> None:
    from dateline.analyze import analyze_text

    text = (
        "Ortiz told the mayors she would review the request next month, according to two "
        "people who attended the meeting."
    )
    according = next(q for q in analyze_text(text).quotes if q.cue and q.cue.text == "according to")
    assert according.content.text.startswith("Ortiz told the mayors she would review")


@pytest.mark.parametrize(
    ("text", "speaker", "parts"),
    [
        (
            "The two countries will link their grids, a project officials said would power "
            "three million homes.",
            "officials",
            ["a project", "would power three million homes"],
        ),
        (
            "The plan, which officials said would cost $2 billion, was approved.",
            "officials",
            ["The plan", "would cost $2 billion"],
        ),
    ],
)
def test_quotes_step_reported_words_with_no_subject_take_the_noun_they_hang_on(
    text: str, speaker: str, parts: list[str]
) -> None:
    from dateline.analyze import analyze_text

    (quote,) = analyze_text(text).quotes
    assert quote.speaker is not None and quote.speaker.mention.text == speaker
    assert [p.text for p in quote.content_parts] == parts


def test_quotes_step_a_reported_offer_and_a_coordinated_cue_keep_their_own_speakers() -> None:
    from dateline.analyze import analyze_text

    text = (
        "Alan Moore told the BBC the government had offered to delay the rules and urged the "
        "union to return to talks."
    )
    speakers = {
        q.cue.text: q.speaker.mention.text
        for q in analyze_text(text).quotes
        if q.cue is not None and q.speaker is not None
    }
    assert speakers["told"] == "Alan Moore"
    assert speakers["urged"] == "Alan Moore"  # joined to "told", not to "offered"
    assert speakers.get("offered", "the government") == "the government"  # not "the BBC the ..."


def test_quotes_step_content_starts_after_the_dateline() -> None:
    from dateline import read

    page = (
        "Ferry strike ends after talks\n\n"
        "BERGEN (Nordwire) - The ferry strike on the west coast is over after two weeks, "
        "the seamen's union said on Monday.\n\n"
        "Crews will return to the boats on Wednesday, the ferry company said in a statement.\n"
    )
    article = read(page, format="text")
    assert article.dateline is not None and article.dateline.place == "Bergen"
    first = article.quotes[0]
    assert first.content.text == "The ferry strike on the west coast is over after two weeks"


def test_quotes_step_description_speaks_as_the_person_named_in_apposition() -> None:
    from dateline.analyze import analyze_text

    article = analyze_text(
        "The harbour board's director, Ina Volk, told reporters the pier was safe."
    )
    [quote] = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.entity, quote.speaker.name) == ("person:ina-volk", "Ina Volk")
    assert quote.speaker.mention.text == "The harbour board's director, Ina Volk"


def test_quotes_step_two_people_speaking_together_link_to_neither() -> None:
    from dateline.analyze import analyze_text

    article = analyze_text(
        "Ana Ruiz met Tom Berg in Lisbon. Ruiz and Berg singled out fishing as a shared worry."
    )
    [quote] = article.quotes
    assert quote.speaker is not None
    assert (quote.speaker.entity, quote.speaker.name) == (None, "Ruiz and Berg")
