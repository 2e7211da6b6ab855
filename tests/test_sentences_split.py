"""Sentence splitting: abbreviations, initials, decimals, quotes, ellipses, paragraphs."""

from __future__ import annotations

import pytest

from dateline.analyze.sentences import MAX_SENTENCE, split_sentences
from dateline.reader import read


def _split(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met. It voted.", ["The council met.", "It voted."]),
        (
            "Did it work? Nobody knows! We will see.",
            ["Did it work?", "Nobody knows!", "We will see."],
        ),
        (
            "Mr. Hale met Dr. Osei at noon. They spoke.",
            ["Mr. Hale met Dr. Osei at noon.", "They spoke."],
        ),
        ("Sen. Marla Voss and Gov. Ed Park agreed.", ["Sen. Marla Voss and Gov. Ed Park agreed."]),
        ("Prices rose 3.5 percent. Wages did not.", ["Prices rose 3.5 percent.", "Wages did not."]),
        ("The vote is on Jan. 12 in the capital.", ["The vote is on Jan. 12 in the capital."]),
        (
            "She cited No. 10 and art. 5 of the treaty.",
            ["She cited No. 10 and art. 5 of the treaty."],
        ),
        (
            "J. R. R. Tolkien wrote it. Readers loved it.",
            ["J. R. R. Tolkien wrote it.", "Readers loved it."],
        ),
        ("George W. Bush spoke.", ["George W. Bush spoke."]),
        ("Talks with U.S. officials ended.", ["Talks with U.S. officials ended."]),
        ("He moved to the U.S. Then he left.", ["He moved to the U.S.", "Then he left."]),
        ("Acme Inc. Chief Pat Lo said so.", ["Acme Inc. Chief Pat Lo said so."]),
        (
            '"We must move together," Hale said. Osei agreed.',
            ['"We must move together," Hale said.', "Osei agreed."],
        ),
        ('"It is critical." He said it twice.', ['"It is critical."', "He said it twice."]),
        ("“It is critical.” He said it twice.", ["“It is critical.”", "He said it twice."]),
        ('"Why?" she asked. "Because."', ['"Why?" she asked.', '"Because."']),
        (
            '"We waited... And then it came," she said.',
            ['"We waited... And then it came," she said.'],
        ),
        ("“We waited… And then it came,” she said.", ["“We waited… And then it came,” she said."]),
        ("The wait went on... Then came the vote.", ["The wait went on...", "Then came the vote."]),
        (
            "“We waited. It took hours… Then it came,” she said.",
            ["“We waited.", "It took hours… Then it came,” she said."],
        ),
        ("(It was late.) The talks resumed.", ["(It was late.)", "The talks resumed."]),
        ("First part\n\nsecond part has no stop", ["First part", "second part has no stop"]),
        ("  Leading space. Trailing space.  ", ["Leading space.", "Trailing space."]),
        ("The rate is 2.5. 4.0 was expected.", ["The rate is 2.5.", "4.0 was expected."]),
        ("e.g. this one continues. Next.", ["e.g. this one continues.", "Next."]),
        ("他说。我们走。", ["他说。", "我们走。"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentences_split_cases(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_sentences_split_spans_are_trimmed_and_ordered() -> None:
    text = "One.  Two?\n\n  Three!   Four. "
    spans = split_sentences(text)
    assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)
    assert spans == sorted(spans)
    assert len(spans) == 4


def test_sentences_split_long_paragraph_is_linear() -> None:
    sentence = "The minister said the talks, held over two days, went well. "
    text = sentence * 3000
    assert len(split_sentences(text)) == 3000
    no_breaks = "a. b? c! “d. " * 20000  # candidates that never end a sentence
    spans = split_sentences(no_breaks)
    # no boundary is found, so the run is cut only because it is longer than any sentence
    assert len(spans) > 1 and all(end - start <= MAX_SENTENCE for start, end in spans)


def test_sentences_split_cuts_an_overlong_run_at_a_comma() -> None:
    clause = "the ministers met in Oslo and agreed to share data on shipping, "
    text = clause * 100  # one unpunctuated run of 6,400 characters
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert all(text[end - 1] == "," for _, end in spans[:-1])


def test_sentences_split_non_english_does_not_crash() -> None:
    text = "Der Minister sagte: „Wir kommen.“ Dann ging er. Министр сказал. Он ушёл."
    assert _split(text) == [
        "Der Minister sagte: „Wir kommen.“",
        "Dann ging er.",
        "Министр сказал.",
        "Он ушёл.",
    ]


def test_sentences_split_step_fills_article() -> None:
    article = read("Talks ended.\n\nThe envoy left. He flew home.", format="text")
    assert [s.text for s in article.sentences] == [
        "Talks ended.",
        "The envoy left.",
        "He flew home.",
    ]


def test_split_a_two_letter_middle_name_is_no_sentence_end() -> None:
    text = "President Gudni Th. Johannesson spoke. He met Bo. Then he left."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "President Gudni Th. Johannesson spoke.",
        "He met Bo.",
        "Then he left.",
    ]
