"""Quotes said at a meeting: their setting, date and "you" inferred from the article's events."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_text
from dateline.analyze.quote_settings import reports_past
from dateline.model import Article, Quote
from dateline.render import article_as_text

MEETING = (
    "Chilean Foreign Minister Alberto Vidal met Peruvian Foreign Minister Rosa Quispe in Lima "
    "on Monday.\n\n"
    "Vidal told Quispe that both countries must protect the fishing grounds together.\n\n"
    '"We value your openness on the port question," Quispe said.\n\n'
    'Vidal said: "Our people want results, and I think you know that."\n\n'
    "Quispe says trade has doubled since 2019.\n\n"
    'Vidal said on Friday that the talks of March had ended "with no result."'
)


@pytest.fixture(scope="module")
def meeting() -> Article:
    return analyze_text(MEETING, published="2024-03-13")


def quote_with(article: Article, words: str) -> Quote:
    found = [q for q in article.quotes if words in q.content.text]
    assert found, [q.content.text for q in article.quotes]
    return found[0]


def test_quote_settings_undated_past_quote_takes_the_meetings_date(meeting: Article) -> None:
    quote = quote_with(meeting, "protect the fishing grounds")
    meeting_event = next(e for e in meeting.events if e.id == quote.setting_event)
    assert meeting_event.type == "CONSULT" and meeting_event.date == "2024-03-11"
    assert quote.utterance_date == "2024-03-11"
    assert quote.inferred == {"utterance_date": "setting-event"}


def test_quote_settings_you_at_a_meeting_addresses_the_other_participant(
    meeting: Article,
) -> None:
    quote = quote_with(meeting, "your openness")
    assert quote.speaker is not None and quote.speaker.name == "Rosa Quispe"
    assert quote.addressee is not None and quote.addressee.name == "Alberto Vidal"
    assert quote.addressee.mention.text == "your"
    assert meeting.text[quote.addressee.mention.start : quote.addressee.mention.end] == "your"
    assert quote.inferred["addressee"] == "second-person-at-setting"
    other = quote_with(meeting, "I think you know")
    assert other.addressee is not None and other.addressee.name == "Rosa Quispe"


def test_quote_settings_stated_addressee_and_other_dates_are_kept(meeting: Article) -> None:
    told = quote_with(meeting, "protect the fishing grounds")
    assert told.addressee is not None and "addressee" not in told.inferred
    dated = quote_with(meeting, "the talks of March")
    assert dated.utterance_date == "2024-03-08"
    assert dated.setting_event is None and dated.inferred == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A standing view in the present is not dated by the meeting.
        ("Vidal met Rosa Quispe in Lima on Monday.\n\nQuispe says trade doubled.", "trade"),
        # Two meetings of the speaker: which one is not known.
        (
            "Alberto Vidal met Rosa Quispe in Lima on Monday. Vidal met Jorge Paz in Quito on "
            "Tuesday.\n\nVidal said both meetings had gone well.",
            "gone well",
        ),
        # A visit holds the meetings and spans days: it sets no date or listener.
        (
            "Alberto Vidal arrived in Lima on Monday for a three-day visit.\n\n"
            '"I hope you will like our proposal," Vidal said.',
            "our proposal",
        ),
    ],
)
def test_quote_settings_are_not_inferred_without_one_exchange(text: str, words: str) -> None:
    quote = quote_with(analyze_text(text, published="2024-03-13"), words)
    assert quote.setting_event is None and quote.utterance_date is None
    assert quote.addressee is None and quote.inferred == {}


@pytest.mark.parametrize(
    ("cue", "past"),
    [
        ("said", True),
        ("told", True),
        ("called for", True),
        ("adding", True),
        ("agreed", True),
        ("says", False),
        ("will say", False),
        ("believes", False),
    ],
)
def test_quote_settings_cue_reports_past(cue: str, past: bool) -> None:
    assert reports_past(cue) is past


def test_quote_settings_readable_view_marks_what_was_inferred(meeting: Article) -> None:
    view = article_as_text(meeting)
    assert (
        "Rosa Quispe said → Alberto Vidal (inferred) [direct] 2024-03-11 (at the meeting)" in view
    )
    assert "Alberto Vidal said [mixed] 2024-03-08\n" in view
