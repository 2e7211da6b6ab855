"""quotes: general English attribution cues of the lexicon's long tail - manner of saying,
judging, stance adjectives after "be", multiword phrases - each read with its class and
complement frame, on sentences written for these tests."""

from __future__ import annotations

import pytest

from .quote_records import classed_records as _records


@pytest.mark.parametrize(
    ("page", "record"),
    [
        # speech, object frame: the plain object is what was said
        (
            "The harbour master bemoaned the lack of dredging money.",
            ("speech.bemoaned", "The harbour master", "bemoaned", "the lack of dredging money"),
        ),
        (
            "The ferry operator played down the risk of delays.",
            ("speech.played_down", "The ferry operator", "played down", "the risk of delays"),
        ),
        (
            "The councillor apologized for the delay in repairs.",
            ("speech.apologized_for", "The councillor", "apologized for", "the delay in repairs"),
        ),
        # speech, clause frame through a multiword phrase
        (
            "The skipper made the case that the quota was too low.",
            ("speech.made_the_case", "The skipper", "made the case", "the quota was too low"),
        ),
        # "as X put it": the quotation is the content
        (
            'The pier, as the harbour master put it, "is held together by paint."',
            ("speech.put_it", "the harbour master", "put it", '"is held together by paint."'),
        ),
        (
            "The skipper made no secret of his dislike for the new rules.",
            (
                "speech.made_no_secret_of",
                "The skipper",
                "made no secret of",
                "his dislike for the new rules",
            ),
        ),
        (
            "The harbour master emailed that the pier would stay shut.",
            ("speech.emailed", "The harbour master", "emailed", "the pier would stay shut"),
        ),
        # evaluation, object frame (judging verbs and phrases)
        (
            "The mayor called out the ferry company for its delays.",
            (
                "evaluation.called_out",
                "The mayor",
                "called out",
                "the ferry company for its delays",
            ),
        ),
        (
            "The fishermen lashed out at the quota board.",
            ("evaluation.lashed_out_at", "The fishermen", "lashed out at", "the quota board"),
        ),
        (
            "The council leader took issue with the survey's findings.",
            (
                "evaluation.took_issue_with",
                "The council leader",
                "took issue with",
                "the survey's findings",
            ),
        ),
        (
            "The mayor vouched for the new harbour master.",
            ("evaluation.vouched_for", "The mayor", "vouched for", "the new harbour master"),
        ),
        (
            "The mayor likened the budget to a leaking hull.",
            ("evaluation.likened", "The mayor", "likened", "the budget to a leaking hull"),
        ),
        # evaluation: a stance adjective after "be" with its of-object
        (
            "The union has been critical of the new rota.",
            ("evaluation.been_critical_of", "The union", "been critical of", "the new rota"),
        ),
        (
            "Fishermen are wary of the new quota rules.",
            ("evaluation.are_wary_of", "Fishermen", "are wary of", "the new quota rules"),
        ),
        # belief: a stance adjective after "be" with a that-clause
        (
            "Residents were hopeful that the ferry would return.",
            ("belief.were_hopeful", "Residents", "were hopeful", "the ferry would return"),
        ),
        (
            "The harbour master was adamant that the pier is safe.",
            ("belief.was_adamant", "The harbour master", "was adamant", "the pier is safe"),
        ),
        # intention: a to-infinitive after an adjective or a choosing verb
        (
            "The mayor is eager to reopen the pier before summer.",
            ("intention.is_eager", "The mayor", "is eager", "to reopen the pier before summer"),
        ),
        (
            "The harbour master opted to close the slipway.",
            ("intention.opted", "The harbour master", "opted", "to close the slipway"),
        ),
        # source: the speaker follows the cue
        (
            "As reported by the Harbour Gazette, the ferry will stop in winter.",
            (
                "source.as_reported_by",
                "the Harbour Gazette",
                "As reported by",
                "the ferry will stop in winter",
            ),
        ),
    ],
)
def test_quotes_general_cues_records(page: str, record: tuple[str, str, str, str]) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (  # a noun of saying with a that-clause
            "The mayor's insistence that the pier is safe angered the fishermen.",
            (
                "speech.insistence_noun",
                "The mayor's",
                "insistence",
                "that the pier is safe angered the fishermen",
            ),
        ),
        (  # a noun of judging with an of-object
            "Her defense of the harbour budget won few friends.",
            ("evaluation.defense_noun", "Her", "defense of", "the harbour budget"),
        ),
    ],
)
def test_quotes_general_noun_cues(page: str, record: tuple[str, str, str, str]) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    "page",
    [
        # forms measured as attributing less often than not stay out of the lexicon
        "The crew tried to refloat the trawler.",
        "The new timetable means fewer sailings in winter.",
        "The storm proved costly for the harbour.",
        "The mayor's emails reached the harbour board.",
        # a phrasal cue's -s form after a determiner is a noun
        "The advocates for the harbour met on Monday.",
    ],
)
def test_quotes_general_cues_no_record(page: str) -> None:
    assert _records(page) == []


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # "went on" after a quotation: the speaker carries on speaking
            '"The ferry will run on time," Ina Moss went on.',
            [("speech.went_on", "Ina Moss", "went on", '"The ferry will run on time,"')],
        ),
        (  # a manner of speaking
            '"Get off the quay," the skipper barked.',
            [("speech.barked", "the skipper", "barked", '"Get off the quay,"')],
        ),
        (  # "went on" with no quotation is going somewhere or carrying on: no record
            "Ina Moss went on local radio and the ferry went on running.",
            [],
        ),
    ],
)
def test_carrying_on_and_barking_report_the_quotation(
    page: str, records: list[tuple[str | None, str | None, str | None, str]]
) -> None:
    assert _records(page) == records
