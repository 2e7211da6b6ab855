"""quotes: acts PolNeAR annotates as attribution beyond saying - naming and choosing,
voting, acts on a text (released, filed, issued, signed), judging by deed (backing,
accepted, passed, ignored) - each read with its class and frame, on sentences written
for these tests."""

from __future__ import annotations

import pytest

from .quote_records import classed_records as _records


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "The harbour board named Ada Berg as its new chair.",
            ("evaluation.named", "The harbour board", "named", "Ada Berg as its new chair"),
        ),
        (
            "The governor nominated the port engineer for the bench.",
            (
                "evaluation.nominated",
                "The governor",
                "nominated",
                "the port engineer for the bench",
            ),
        ),
        (
            "The council voted against the new parking charge.",
            ("evaluation.voted_against", "The council", "voted against", "the new parking charge"),
        ),
        (
            "The ferry company has released a timetable for the winter.",
            ("act.released", "The ferry company", "released", "a timetable for the winter"),
        ),
        (
            "The court ruled that the pier must stay open.",
            ("speech.ruled", "The court", "ruled", "the pier must stay open"),
        ),
        (
            "The coastguard issued a warning about the spring tides.",
            ("act.issued", "The coastguard", "issued", "a warning about the spring tides"),
        ),
        # an act on a message a participle then reports yields to it: the participle
        # holds what was said
        (
            "The coastguard issued a statement saying the beach was closed.",
            ("speech.saying", "The coastguard", "saying", "the beach was closed"),
        ),
        (
            "The ferry firm released a short note saying the timetable would change.",
            ("speech.saying", "The ferry firm", "saying", "the timetable would change"),
        ),
        (
            "The harbour master has shared his worries about the tides.",
            ("act.shared", "The harbour master", "shared", "his worries about the tides"),
        ),
        (
            "The inspector identified the crane as the cause of the damage.",
            (
                "belief.identified",
                "The inspector",
                "identified",
                "the crane as the cause of the damage",
            ),
        ),
        (
            "The port union is backing the new ferry line.",
            ("evaluation.backing", "The port union", "backing", "the new ferry line"),
        ),
        (
            "The ferry company ignored the warnings about the storm.",
            (
                "evaluation.ignored",
                "The ferry company",
                "ignored",
                "the warnings about the storm",
            ),
        ),
        (
            "The harbour master sounded a warning about the tides.",
            ("speech.sounded", "The harbour master", "sounded", "a warning about the tides"),
        ),
        (
            "Residents know that the ferry is late.",
            ("belief.know", "Residents", "know", "the ferry is late"),
        ),
        (
            "The inspectors watched the crane collapse.",
            ("evidence.watched", "The inspectors", "watched", "the crane collapse"),
        ),
    ],
)
def test_act_cue_reads_its_class_and_frame(page: str, record: tuple[str, str, str, str]) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    "page",
    [
        # forms PolNeAR (train) did not annotate as attribution in any record they made
        "The harbour master guarantees that the pier will open.",
        "The port board commits to finishing the dredging by May.",
    ],
)
def test_promise_forms_seldom_annotated_make_no_record(page: str) -> None:
    assert _records(page) == []
