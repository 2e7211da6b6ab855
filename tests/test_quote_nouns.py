"""quotes: nouns as cues ("Berg's claim that ...", "his attacks on X"), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_text
from dateline.lexicons import load_jsonl


def _records(page: str) -> list[tuple[str | None, str | None, str, str | None]]:
    return [
        (
            q.cue.text if q.cue else None,
            q.speaker.mention.text if q.speaker else None,
            q.content.text,
            q.cue_lexicon_id,
        )
        for q in analyze_text(page).quotes
    ]


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a name with "'s" holds the claim; the that-clause is the content
            "Mayor Ina Volk's claim that the pier was safe angered the fishermen.",
            [
                (
                    "claim",
                    "Mayor Ina Volk's",
                    "that the pier was safe angered the fishermen",
                    "speech.claim_noun",
                )
            ],
        ),
        (  # a possessive determiner, a modifier; the object ends before the main verb
            "His repeated attacks on the harbour board have cost him votes.",
            [("attacks on", "His", "the harbour board", "speech.attacks_noun")],
        ),
        (  # a to-infinitive; the holder's determiner belongs to it
            "The council's decision to close the ferry surprised no one.",
            [("decision", "The council's", "to close the ferry", "intention.decision_noun")],
        ),
        (  # after a coordinator the phrase opens a clause too; a title's stop is no end
            "The vote was close, but her endorsement of Mr. Reed was never in doubt.",
            [("endorsement of", "her", "Mr. Reed", "evaluation.endorsement_noun")],
        ),
        (  # "to" before a noun phrase is a preposition: its object is the content
            "Her objections to the new rota were ignored.",
            [("objections to", "Her", "the new rota", "evaluation.objections_noun")],
        ),
        (  # and before an -ing form; before a verb it stays an infinitive
            "The union's opposition to raising fares has grown.",
            [("opposition to", "The union's", "raising fares", "evaluation.opposition_noun")],
        ),
    ],
)
def test_noun_cues_with_a_holder(
    page: str, records: list[tuple[str | None, str | None, str, str | None]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # no holder: the content is held by no one named
            "The ferry company faced questions about the late sailings.",
            [("questions about", None, "the late sailings", "speech.questions_noun")],
        ),
        (  # a question clause after the preposition runs to its own verb's end
            "There were doubts about whether the pier would open in May.",
            [
                (
                    "doubts about",
                    None,
                    "whether the pier would open in May",
                    "evaluation.doubts_noun",
                )
            ],
        ),
        (  # a participle clause after the object is the sentence's, not the noun's
            "The chief deflected questions about the ferry before saying the pier was safe.",
            [("questions about", None, "the ferry", "speech.questions_noun")],
        ),
        (  # capitalised where it opens the sentence
            "Opposition to the toll has united the dockers.",
            [("Opposition to", None, "the toll", "evaluation.opposition_noun")],
        ),
        (  # the subject of a verb that voices the noun holds it
            "Councillor Ida Berg has raised new questions about the ferry contract.",
            [
                (
                    "questions about",
                    "Councillor Ida Berg",
                    "the ferry contract",
                    "speech.questions_noun",
                )
            ],
        ),
        (  # after a subject pronoun the form is a verb, and the pronoun holds it
            "The plan is dear, and she calls for $5 million in new funds.",
            [("calls for", "she", "$5 million in new funds", "speech.calls_noun")],
        ),
        (  # the holder after "from"; the subject of "drew" is what it criticised
            "The ferry plan has drawn sharp criticism from the union.",
            [("criticism from", "the union", "The ferry plan", "speech.criticism_noun")],
        ),
        (  # "of" brings in the holder after a receiving verb: what it supports is Berg
            "Berg has won the support of most dockers.",
            [("support of", "most dockers", "Berg", "evaluation.support_noun")],
        ),
        (  # a complement after the holder is the content
            "Berg faced stern opposition from the dockers to his toll plan.",
            [("opposition from", "the dockers", "his toll plan", "evaluation.opposition_noun")],
        ),
    ],
)
def test_noun_cues_without_a_holder_before_them(
    page: str, records: list[tuple[str | None, str | None, str, str | None]]
) -> None:
    assert [r for r in _records(page) if (r[3] or "").endswith("_noun")] == records


@pytest.mark.parametrize(
    "page",
    [
        "The claim that the pier was safe angered the fishermen.",  # no holder
        "The crews cheered her attacks on the harbour board.",  # the object of a verb
        "Volk spoke about the harbour board's decision on Monday.",  # no complement
        "His remarks that were printed on Monday upset the crews.",  # a relative clause
        "The board heard support for the toll.",  # "support" is read with a holder only
        "Questions remained about the toll.",  # no complement right after the noun
        "Criticism from the union grew.",  # no verb whose subject it targets
    ],
)
def test_noun_cues_that_read_as_no_record(page: str) -> None:
    assert [r for r in _records(page) if (r[3] or "").endswith("_noun")] == []


def test_noun_cue_nested_in_reported_speech_is_the_outer_speakers() -> None:
    records = _records("Reed said Volk's claim that the pier was safe was wrong.")
    assert [r[0] for r in records] == ["said"]


def test_speech_nouns_lexicon_ids_are_unique_and_name_their_class() -> None:
    entries = load_jsonl("speech_nouns.jsonl")
    assert len({e.id for e in entries}) == len(entries)
    assert all(e.id == f"{e.label}.{e.pattern}_noun" for e in entries)
    readings = ("complements", "bare", "holder_after")
    assert all(any((e.model_extra or {}).get(r) for r in readings) for e in entries)


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # the object of a preposition: no verb reports the noun phrase
            "Ina Moss has been blunt in her attacks on the harbour board.",
            [("attacks on", "her", "the harbour board", "speech.attacks_noun")],
        ),
        (  # the object of a cue verb stays part of what that verb reports
            "Lee cheered Ina Moss's attacks on the harbour board.",
            [("cheered", "Lee", "Ina Moss's attacks on the harbour board", "evaluation.cheered")],
        ),
    ],
)
def test_a_noun_cue_after_a_preposition_is_read(
    page: str, records: list[tuple[str | None, str | None, str, str | None]]
) -> None:
    assert _records(page) == records
