"""quote_phrases: the word classes the quote finder asks for exist in quote_words.tsv,
and speaker phrases are read around a cue."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import dateline.analyze as analyze_pkg
from dateline.analyze.quote_phrases import past_form, speaker_before, tokenize, word_classes

from .quote_records import records


def test_quote_phrases_words_every_class_asked_for_exists() -> None:
    root = Path(analyze_pkg.__file__).parent
    asked: set[str] = set()
    for name in ("quote_phrases.py", "quote_frames.py", "quotes.py"):
        source = (root / name).read_text(encoding="utf-8")
        asked.update(re.findall(r'in_class\([^,]+, "(\w+)"\)', source))
    assert asked
    assert asked <= set(word_classes())


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Berg said", "Berg"),
        ("The fishermen's and the farmers' unions said", "the farmers' unions"),
        ("The two countries' trade ministers said", "The two countries' trade ministers"),
        ("Port director Anna Berg on Monday said", "Port director Anna Berg"),
        ("A spokesman for the ministry said", "A spokesman for the ministry"),
        ("An aide involved in the talks said", "An aide involved in the talks"),
        ("The family said", "The family"),
        ("The state assembly said", "The state assembly"),
        ("A source close to the mayor said", "A source close to the mayor"),
        # a participle and its preposition describe the noun before them
        ("A farmer going to the market said", "A farmer going to the market"),
        ("Another source speaking to the Gazette said", "Another source speaking to the Gazette"),
        ("A nurse working at the clinic said", "A nurse working at the clinic"),
        ("Berg, who runs the port, said", "Berg"),
        ("Rep. Jo Lee (D-Va.), a member of the panel, said", "Rep. Jo Lee"),
        ("Jo Berg, 61, said", "Jo Berg"),
        ("After the meeting Berg said", "Berg"),
        ("Mr. Berg also later said", "Mr. Berg"),
        ("the US and Russia said", "the US and Russia"),
        ("Jo Berg, 61, of Leeds, Kent, said", "Jo Berg"),
        ("Jo Berg, 61, of Ayr, Mich., said", "Jo Berg"),
        ("Sen. Jo Berg, R-S.C., a candidate for mayor, said", "Sen. Jo Berg"),
        ("Jo Berg, facing a recount in Leeds, a marginal seat, said", "Jo Berg"),
        ("Harbour chief Jo Berg, meanwhile, who runs the port, said", "Harbour chief Jo Berg"),
        ("In Leeds, Kent, the harbour chief, Jo Berg, said", "the harbour chief, Jo Berg"),
        ("His deputy, Jo Berg, said", "His deputy, Jo Berg"),
        ("And a second, Jo Berg, said", "a second, Jo Berg"),
        ("Lee's press aide, Jo Berg, told", "Lee's press aide, Jo Berg"),
        ("Anna Berg, Jo Lee, said", "Anna Berg"),
        ("Dr. Anna K. Berg said", "Dr. Anna K. Berg"),
        ("Anna K. Berg, the harbour chief, said", "Anna K. Berg"),
        ("Traders who spoke to the Harbour Times said", "Traders"),
        ("The harbour master said the ferry operator told", "the ferry operator"),
        ("The pilot added the crew told", "the crew"),
        ("Her sister told", "Her sister"),
        ("The teacher said her sister told", "her sister"),
    ],
)
def test_quote_phrases_words_speaker_before_the_cue(sentence: str, speaker: str) -> None:
    tokens = tokenize(sentence)
    found = speaker_before(tokens, len(tokens) - 1, 0)
    assert found is not None
    assert sentence[tokens[found[0]].start : tokens[found[1]].end] == speaker


@pytest.mark.parametrize(("word", "past"), [("need", False), ("hundred", False), ("agreed", True)])
def test_quote_phrases_words_ed_words_that_are_no_past_form(word: str, past: bool) -> None:
    assert past_form(tokenize(word)[0]) is past


def test_quote_phrases_words_participle_skips_a_present_verb_in_ed() -> None:
    """ "members need" is no past clause: the participle is the union's."""
    page = "The union sued because members need more pay, saying the rules were unfair."
    assert ("saying", "The union", "the rules were unfair") in records(page)
