"""quote_frames: speech frames recovered for recall (sources before a comma, opening
questions, quoted show names, hearers after "told"), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_text


def _records(page: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [
        (
            q.cue.text if q.cue else None,
            q.speaker.mention.text if q.speaker else None,
            q.addressee.mention.text if q.addressee else None,
            q.content.text,
        )
        for q in analyze_text(page).quotes
    ]


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a long source phrase closed by a comma
            "According to early figures from a survey run for the council by a local firm,"
            " most residents back the tram.",
            [
                (
                    "According to",
                    "early figures from a survey run for the council by a local firm",
                    None,
                    "most residents back the tram",
                )
            ],
        ),
        (  # the source followed by a colon
            "According to the Gazette: “The pier will reopen in May.”",
            [("According to", "the Gazette", None, "“The pier will reopen in May.”")],
        ),
        (  # an appositive speaker, then "told X that": no inverted reading
            "The port’s chief engineer, Lena Moss, told the Gazette that the crane was unsafe.",
            [
                (
                    "told",
                    "The port’s chief engineer, Lena Moss",
                    "the Gazette",
                    "the crane was unsafe",
                )
            ],
        ),
        (
            "Moss, meanwhile, told the Gazette on Friday that the crane was unsafe.",
            [("told", "Moss", "the Gazette", "the crane was unsafe")],
        ),
        (  # "told" after a comma: the word after it is the hearer, not the speaker
            "“The crane is unsafe,” Moss, a harbour engineer, told the Gazette.",
            [("told", "Moss", "the Gazette", "“The crane is unsafe,”")],
        ),
        (  # an opening question: the main clause's subject is the one asked
            "Asked whether the pier was safe, the mayor said it was.",
            [
                ("Asked", "the mayor", None, "whether the pier was safe"),
                ("said", "the mayor", None, "it was"),
            ],
        ),
        (
            "When asked by reporters if she would run again, Berg smiled.",
            [("asked", "reporters", "Berg", "if she would run again")],
        ),
        (  # a quoted show name between the cue and "that"
            "Berg said Wednesday on Radio Harbour’s “Morning Show,” that the pier would reopen.",
            [("said", "Berg", None, "the pier would reopen")],
        ),
        (  # a quoted show name before the speaker is no split quotation
            "On Radio Harbour’s “Morning Show” Tuesday, she said, “The pier is safe.”",
            [("said", "she", None, "“The pier is safe.”")],
        ),
        (  # a tag whose setting goes on with a second prepositional phrase
            "The pier is unsafe and must close, Berg said in an interview with the Gazette.",
            [("said", "Berg", None, "The pier is unsafe and must close")],
        ),
        (  # a tag closing a bracketed aside reports the aside, not the whole sentence
            "Trade fell sharply (nearly by half, Lund says) and the port closed.",
            [("says", "Lund", None, "nearly by half")],
        ),
        (  # "what" stands for what the cue reports when an "as" complement follows
            "The tram ended what Lund described as a long wait for the east side.",
            [("described", "Lund", None, "what Lund described as a long wait for the east side")],
        ),
        (
            "Berg quit over what she saw as a rushed vote.",
            [("saw", "she", None, "what she saw as a rushed vote")],
        ),
        (  # a name with "of" in it still speaks after an object relative
            "The tax cut, which Mayor Inge Berg of Leeds proposed in May, failed.",
            [("proposed", "Mayor Inge Berg of Leeds", None, "which")],
        ),
        (  # a show's quoted name in the setting after a trailing tag
            "Berg was for the tram, he said Wednesday morning on Radio Harbour’s “Early Show.”",
            [("said", "he", None, "Berg was for the tram")],
        ),
        (  # a time phrase opening the sentence is not the subject of a participle
            "Hours later, the mayor closed the pier, telling traders it was unsafe.",
            [("telling", "the mayor", None, "traders it was unsafe")],
        ),
    ],
)
def test_quote_frames_speech_records(
    page: str, records: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    "page",
    [
        "According to plan the pier reopened in May.",  # no source phrase and comma
    ],
)
def test_quote_frames_speech_no_record(page: str) -> None:
    assert _records(page) == []
