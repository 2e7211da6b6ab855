"""The trigger pattern language: inflections, alternatives, optional words and gaps."""

from __future__ import annotations

import pytest

from dateline.analyze.event_tokens import tokenize
from dateline.analyze.triggers import compile_pattern, compiled, find_matches, word_forms
from dateline.errors import LexiconError
from dateline.lexicons import LexiconEntry


@pytest.mark.parametrize(
    ("lemma", "form"),
    [
        ("meet", "met"),
        ("meet", "meeting"),
        ("agree", "agreed"),
        ("ban", "banned"),
        ("deny", "denied"),
        ("hold", "held"),
        ("visit", "visits"),
        ("criticize", "criticizing"),
        ("criticize", "criticised"),  # the other spelling comes from the rule, not a list
        ("mobilise", "mobilized"),
        ("paralyze", "paralysed"),
        ("slay", "slain"),  # irregular forms from verb_forms.tsv
        ("flee", "fled"),
        ("die", "dying"),
    ],
)
def test_word_forms_cover_inflections(lemma: str, form: str) -> None:
    assert form in word_forms(lemma)


def test_word_forms_do_not_cross_lemmas() -> None:
    assert "met" not in word_forms("meat")


@pytest.mark.parametrize(
    ("sentence", "trigger_id", "words"),
    [
        ("The ministers held talks with the envoy.", "consult.meet.hold-talks", "held talks with"),
        (
            "They held their first meeting on Friday.",
            "consult.meet.hold-meeting",
            "held their first meeting",
        ),
        (
            "The court lifted the night curfew.",
            "concede.ease.lift-curfew",
            "lifted the night curfew",
        ),
        (
            "Rebels called off the strike.",
            "concede.dissent.call-off-strike",
            "called off the strike",
        ),
    ],
)
def test_find_matches_spans_the_pattern(sentence: str, trigger_id: str, words: str) -> None:
    tokens = tokenize(sentence)
    found = [
        m for m in find_matches("event_triggers.jsonl", tokens) if m.pattern.entry.id == trigger_id
    ]
    assert found, trigger_id
    match = found[0]
    assert sentence[tokens[match.start].start : tokens[match.end - 1].end] == words


def test_gap_does_not_cross_a_sentence_stop() -> None:
    tokens = tokenize("They held. Talks began.")
    ids = {m.pattern.entry.id for m in find_matches("event_triggers.jsonl", tokens)}
    assert "consult.meet.hold-talks" not in ids


@pytest.mark.parametrize("pattern", ["* meet", "meet? with", ""])
def test_compile_pattern_rejects_bad_starts(pattern: str) -> None:
    entry = LexiconEntry(label="CONSULT", pattern=pattern or " ", id="bad")
    with pytest.raises(LexiconError):
        compile_pattern(entry)


def test_every_trigger_label_is_a_plover_type() -> None:
    plover = {
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "COOPERATE",
        "AID",
        "CONCEDE",
        "RETREAT",
        "INVESTIGATE",
        "DEMAND",
        "DISAPPROVE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "MOBILIZE",
        "SANCTION",
        "COERCE",
        "ASSAULT",
        "FIGHT",
    }
    lexicon = compiled("event_triggers.jsonl")
    assert {p.entry.label for p in lexicon.patterns} == plover
    ids = [p.entry.id for p in lexicon.patterns]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        ("hold * talks", [{"hold", "held"}, {"talks"}]),
        ("call off? strike|protest", [{"call", "called"}, {"strike", "protest"}]),
        ("meet", [{"meet", "met"}]),
    ],
)
def test_needed_words_are_a_word_of_each_required_slot(
    pattern: str, needed: list[set[str]]
) -> None:
    """The quick test before matching asks for a word of every required slot (not of a
    gap, nor of an optional slot) anywhere in the sentence."""
    compiled_pattern = compile_pattern(LexiconEntry(label="CONSULT", pattern=pattern, id="x"))
    assert len(compiled_pattern.needed_words) == len(needed)
    for words, wanted in zip(compiled_pattern.needed_words, needed, strict=True):
        assert wanted <= words


@pytest.mark.parametrize(
    ("sentence", "trigger_id"),
    [
        ("Talks on trade were held in Oslo.", "consult.meet.hold-talks"),
        ("The two sides held talks in Oslo.", "consult.meet.hold-talks"),
    ],
)
def test_a_pattern_whose_words_are_all_present_still_matches(
    sentence: str, trigger_id: str
) -> None:
    found = find_matches("event_triggers.jsonl", tokenize(sentence), passives=True)
    assert trigger_id in {m.pattern.entry.id for m in found}


def test_a_sentence_without_a_required_word_has_no_match_of_it() -> None:
    found = find_matches("event_triggers.jsonl", tokenize("The two sides held firm."))
    assert "consult.meet.hold-talks" not in {m.pattern.entry.id for m in found}
