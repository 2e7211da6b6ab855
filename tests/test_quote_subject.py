"""quote_subject: the main clause's subject, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_text
from dateline.analyze.quote_phrases import tokenize
from dateline.analyze.quote_subject import in_predicate, main_clause


def _subject(sentence: str) -> tuple[str, str | None] | None:
    tokens = tokenize(sentence)
    clause = main_clause(tokens)
    if clause is None:
        return None
    first, last = clause.subject
    verb = tokens[clause.verb].text if clause.verb is not None else None
    return sentence[tokens[first].start : tokens[last].end], verb


@pytest.mark.parametrize(
    ("sentence", "subject", "verb"),
    [
        (
            "When the ferry docked on Monday, the harbour master met traders.",
            "the harbour master",
            "met",
        ),
        ("In Dover, where the ferry docks, Anna Berg toured the pier.", "Anna Berg", "toured"),
        ("Although it rained, the crew also sailed.", "the crew", "sailed"),
        ("Tom Reyes, who runs the port, later told traders it was safe.", "Tom Reyes", "told"),
        ("Tom Reyes, head of the port board, toured the pier.", "Tom Reyes", "toured"),
        ("But the skippers wanted a new quay.", "the skippers", "wanted"),
        ("After the storm, the crew sailed.", "the crew", "sailed"),
        ("With her aides beside her, Anna Berg told them.", "Anna Berg", "told"),
        ("The board on Monday rejected the bid.", "The board", "rejected"),
        ("Port officials rejected the bid.", "Port officials", "rejected"),
        ("A narrator reminds viewers that it rained.", "A narrator", "reminds"),
        ("However, Ann Ray, a skipper from Ayr, rejected it.", "Ann Ray", "rejected"),
        ("Still, Ann Ray, who fishes, called it fine.", "Ann Ray", "called"),
        ("Asked about the storm, Ann Ray called it mild.", "Ann Ray", "called"),
        ("Faced with a vote, the board met.", "the board", "met"),
        (
            "Jo Berg, a trader from Ayr, Scotland, who sells fish, has said no.",
            "Jo Berg",
            "has",
        ),
        (
            "Jo Berg, a former chair of the harbour board of the town of Ayr in the west of"
            " Scotland, has toured the pier.",
            "Jo Berg",
            "has",
        ),
    ],
)
def test_quote_subject_main_clause_skips_opening_clauses(
    sentence: str, subject: str, verb: str
) -> None:
    assert _subject(sentence) == (subject, verb)


def test_quote_subject_expletive_there_is_no_subject() -> None:
    assert _subject("There is little doubt the quay will hold.") is None


def test_quote_subject_clause_word_with_no_comma_leaves_the_verb_unknown() -> None:
    assert _subject("When the crew landed he met them.") == ("the crew", None)


@pytest.mark.parametrize(
    ("sentence", "word", "inside"),
    [
        ("Anna Berg went first at the hall the board runs, predicting calm.", "the", True),
        ("Anna Berg toured the pier, and the board met traders, saying so.", "the", False),
        ("Anna Berg toured the pier, though in May she met traders, saying so.", "she", False),
        ("Anna Berg praised Lee, who met traders, saying so.", "who", False),
    ],
)
def test_quote_subject_in_predicate_stops_at_a_joined_clause(
    sentence: str, word: str, inside: bool
) -> None:
    tokens = tokenize(sentence)
    clause = main_clause(tokens)
    assert clause is not None
    last_comma = max(i for i, t in enumerate(tokens) if t.text == ",")
    k = max(i for i, t in enumerate(tokens[:last_comma]) if t.text == word)
    assert in_predicate(tokens, clause, k) is inside


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        (
            "Anna Berg went first at the hall hosted by the board, predicting a calm winter.",
            "Anna Berg",
        ),
        ("Tom Reyes rounded out the list of skippers interviewed, citing the fog.", "Tom Reyes"),
    ],
)
def test_quote_subject_participle_after_a_reduced_relative_takes_the_main_subject(
    page: str, speaker: str
) -> None:
    quotes = [q for q in analyze_text(page).quotes if q.cue and q.cue.text.endswith("ing")]
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("page", "cue", "speaker"),
    [
        (
            "Adopting the advice of a judge who heard the case, the board on Monday rejected"
            " both bids, ruled Berg eligible and ordered that the licence be renewed.",
            "ordered",
            "the board",
        ),
        (
            "Port officials are reviewing 900 permits issued in the past year and are"
            " considering a ban on night fishing.",
            "considering",
            "Port officials",
        ),
        (
            "Adopting the advice of a judge who considered the case last week, the board on"
            " Monday rejected both bids, ruled Berg eligible and ordered that the licence be"
            " renewed.",
            "ordered",
            "the board",
        ),
        (
            "Tom Reyes, who advises the board, is no fan of the plan but lauded its aims.",
            "lauded",
            "Tom Reyes",
        ),
        (
            "Adopting the advice of a judge who heard the case, the board rejects both bids"
            " and says they are late.",
            "says",
            "the board",
        ),
        (
            "The ferry crews went out early as more skippers began urging the board to act.",
            "urging",
            "more skippers",
        ),
    ],
)
def test_quote_subject_second_verb_shares_the_main_subject(
    page: str, cue: str, speaker: str
) -> None:
    quotes = [q for q in analyze_text(page).quotes if q.cue and q.cue.text == cue]
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == [speaker]


def test_quote_subject_participle_after_a_degree_word_is_no_clause() -> None:
    page = "In her speech, Ann Ray cast Lee as the most qualified skipper and said he would win."
    said = [q for q in analyze_text(page).quotes if q.cue and q.cue.text == "said"]
    assert [q.speaker.mention.text if q.speaker else None for q in said] == ["Ann Ray"]


@pytest.mark.parametrize(
    "page",
    [
        "Similarly, Tom Reyes, a former harbour master, said he could not back it.",
        "“Yes, I back it,” Tom Reyes, a former harbour master, tells the paper.",
    ],
)
def test_quote_subject_name_before_an_appositive_speaks(page: str) -> None:
    quotes = [q for q in analyze_text(page).quotes if q.cue and q.cue.text in {"said", "tells"}]
    assert [q.speaker.mention.text if q.speaker else None for q in quotes] == ["Tom Reyes"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (  # a clause giving the background sits in the main clause's predicate
            "Mayor Ina Volk closed the quay on Tuesday after Norway closed two more routes "
            "on the coast, saying the island would not be forgotten.",
            "Ina Volk",
        ),
        (
            "Ina Volk resigned because Ola Berg cut her pay in the spring, saying she was wronged.",
            "Ina Volk",
        ),
        (  # a subject that cannot speak: the nearest clause's subject does
            "The row erupted after Ola Berg entered the race, calling the plan a fraud.",
            "Ola Berg",
        ),
        (  # "as" reports a second speaker
            "Ina Volk praised the plan as Ola Berg echoed it, saying it would pass.",
            "Ola Berg",
        ),
    ],
)
def test_quote_subject_participle_after_a_background_clause(sentence: str, speaker: str) -> None:
    quotes = analyze_text(sentence).quotes
    participle = next(q for q in quotes if q.cue.text in ("saying", "calling"))
    assert participle.speaker is not None and participle.speaker.name == speaker
