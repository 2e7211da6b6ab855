"""quotes: who said what, to whom, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline import read
from dateline.analyze import analyze_text
from dateline.analyze.quotes import find_quotes
from dateline.model import Quote


def _quotes(page: str) -> list[Quote]:
    return analyze_text(page).quotes


def _one(page: str) -> Quote:
    quotes = _quotes(page)
    assert len(quotes) == 1, [(q.cue and q.cue.text, q.content.text) for q in quotes]
    return quotes[0]


def _who(quote: Quote) -> str | None:
    return quote.speaker.mention.text if quote.speaker else None


@pytest.mark.parametrize(
    ("page", "kind", "speaker", "cue", "content"),
    [
        (
            "The mayor said that the bridge would reopen in May.",
            "indirect",
            "The mayor",
            "said",
            "the bridge would reopen in May",
        ),
        (
            "Anna Berg said the harbour plan was too expensive.",
            "indirect",
            "Anna Berg",
            "said",
            "the harbour plan was too expensive",
        ),
        (
            "The harbour plan was too expensive, Anna Berg said.",
            "indirect",
            "Anna Berg",
            "said",
            "The harbour plan was too expensive",
        ),
        (
            "The harbour plan was too expensive, said Anna Berg.",
            "indirect",
            "Anna Berg",
            "said",
            "The harbour plan was too expensive",
        ),
        (
            '"The plan is too expensive," Anna Berg said.',
            "direct",
            "Anna Berg",
            "said",
            '"The plan is too expensive,"',
        ),
        (
            "“The plan is too expensive,” said the finance director.",
            "direct",
            "the finance director",
            "said",
            "“The plan is too expensive,”",
        ),
        (
            'Anna Berg said: "The plan is too expensive."',
            "direct",
            "Anna Berg",
            "said",
            '"The plan is too expensive."',
        ),
        (
            "Anna Berg said the plan would “ruin the harbour” for a decade.",
            "mixed",
            "Anna Berg",
            "said",
            "the plan would “ruin the harbour” for a decade",
        ),
        (
            "According to the ministry, the road will close on Friday.",
            "indirect",
            "the ministry",
            "According to",
            "the road will close on Friday",
        ),
        (
            "The road will close on Friday, according to the ministry, and the port will shut.",
            "indirect",
            "the ministry",
            "according to",
            "The road will close on Friday",
        ),
        (
            "The road will close on Friday, according to the ministry.",
            "indirect",
            "the ministry",
            "according to",
            "The road will close on Friday",
        ),
        (
            "Tom Reyes, the port's chief engineer, on Tuesday called for the city to repair"
            " the pier.",
            "indirect",
            "Tom Reyes",
            "called for",
            "the city to repair the pier",
        ),
        (
            "The chief engineer, who has run the port for a decade, said he expected delays.",
            "indirect",
            "The chief engineer",
            "said",
            "he expected delays",
        ),
        (
            "She warned that the dam could fail.",
            "indirect",
            "She",
            "warned",
            "the dam could fail",
        ),
        (
            "Officials also stressed that no one was hurt.",
            "indirect",
            "Officials",
            "stressed",
            "no one was hurt",
        ),
        (
            "Berg said in an interview with the Harbour Gazette last week that the pier was safe.",
            "indirect",
            "Berg",
            "said",
            "the pier was safe",
        ),
        (
            "The pier is safe for now, Berg said on Monday at the harbour.",
            "indirect",
            "Berg",
            "said",
            "The pier is safe for now",
        ),
        (
            "Berg wrote to the harbour masters’ office that the pier was safe.",
            "indirect",
            "Berg",
            "wrote",
            "the pier was safe",
        ),
        (
            "Berg said on the radio, where she hosts a weekly show, that the pier was safe.",
            "indirect",
            "Berg",
            "said",
            "the pier was safe",
        ),
        (
            "Berg said at a rally in Leeds she would rebuild the pier.",
            "indirect",
            "Berg",
            "said",
            "she would rebuild the pier",
        ),
        (
            "The fishermen know they're safer on the new pier.",
            "indirect",
            "The fishermen",
            "know",
            "they're safer on the new pier",
        ),
        (
            "The fishermen know the old wooden pier by the northern harbour wall is unsafe.",
            "indirect",
            "The fishermen",
            "know",
            "the old wooden pier by the northern harbour wall is unsafe",
        ),
        (
            "Berg described, in blunt terms, the flaws of the harbour plan.",
            "indirect",
            "Berg",
            "described",
            "the flaws of the harbour plan",
        ),
        (
            "Berg joked about the cost of the new pier.",
            "indirect",
            "Berg",
            "joked about",
            "the cost of the new pier",
        ),
        (
            "The council agreed to rebuild the pier by May.",
            "indirect",
            "The council",
            "agreed",
            "to rebuild the pier by May",
        ),
        (
            "Berg expects to win the harbour vote.",
            "indirect",
            "Berg",
            "expects",
            "to win the harbour vote",
        ),
        (
            "Berg claims to speak for the fishermen.",
            "indirect",
            "Berg",
            "claims",
            "to speak for the fishermen",
        ),
        (
            "Berg proposed to close the old pier.",
            "indirect",
            "Berg",
            "proposed",
            "to close the old pier",
        ),
        (
            "Berg responded to the harbour report within hours.",
            "indirect",
            "Berg",
            "responded to",
            "the harbour report within hours",
        ),
        (
            "The old pier would close by May. Berg had written that.",
            "indirect",
            "Berg",
            "written",
            "that",
        ),
        (
            "Berg said in a short statement: the pier was safe.",
            "indirect",
            "Berg",
            "said",
            "the pier was safe",
        ),
        (
            "Berg said, among other things, that the pier was safe.",
            "indirect",
            "Berg",
            "said",
            "the pier was safe",
        ),
        (
            "As Berg said at the harbour on Friday, “the pier is safe.”",
            "direct",
            "Berg",
            "said",
            "“the pier is safe.”",
        ),
        (
            "“The pier is safe,” said Tom Reyes (Harbour Party), who runs the port.",
            "direct",
            "Tom Reyes",
            "said",
            "“The pier is safe,”",
        ),
        (
            "“The pier is safe,” said Tom Reyes, the port's chief engineer.",
            "direct",
            "Tom Reyes",
            "said",
            "“The pier is safe,”",
        ),
        (
            "The fishermen, who said the pier was unsafe, left the meeting early.",
            "indirect",
            "who",
            "said",
            "the pier was unsafe",
        ),
        (
            "The nurse later sued the agency, claiming the quarantine violated her rights.",
            "indirect",
            "The nurse",
            "claiming",
            "the quarantine violated her rights",
        ),
        (
            "“We will reopen it,” he said aboard the ferry on Monday.",
            "direct",
            "he",
            "said",
            "“We will reopen it,”",
        ),
        (
            "At a meeting in Dover, Kent, on Friday, Berg toured the pier, saying that the"
            " pier was safe.",
            "indirect",
            "Berg",
            "saying",
            "the pier was safe",
        ),
        (
            "The fishermen, who met on Friday, left the hall, saying it would ruin them.",
            "indirect",
            "The fishermen",
            "saying",
            "it would ruin them",
        ),
        (
            "“The pier is safe,” Jo Berg, 61, a retired engineer in Dover, said on Friday.",
            "direct",
            "Jo Berg",
            "said",
            "“The pier is safe,”",
        ),
        (
            "The pier, Berg said, would reopen in May.",
            "indirect",
            "Berg",
            "said",
            "The pier, Berg said, would reopen in May",
        ),
        (
            "The agency's director later admitted the figures were wrong.",
            "indirect",
            "The agency's director",
            "admitted",
            "the figures were wrong",
        ),
    ],
)
def test_quotes_find_patterns(page: str, kind: str, speaker: str, cue: str, content: str) -> None:
    quote = _one(page)
    assert (quote.kind, _who(quote), quote.cue and quote.cue.text, quote.content.text) == (
        kind,
        speaker,
        cue,
        content,
    )


@pytest.mark.parametrize(
    ("page", "addressee"),
    [
        ("Anna Berg told Tom Reyes that the plan was dead.", "Tom Reyes"),
        ("Anna Berg told reporters the plan was dead.", "reporters"),
        ("The plan is dead, Anna Berg told the council.", "the council"),
        ("Anna Berg assured them that the plan was safe.", "them"),
        ("Anna Berg told parliament last week that the plan was dead.", "parliament"),
        ("Anna Berg said the plan was dead.", None),
        # a show named in quotation marks is the hearer, and the quotation before is said
        ('"The plan is dead," Anna Berg told "Harbour Hour" on Monday.', '"Harbour Hour"'),
    ],
)
def test_quotes_find_addressee(page: str, addressee: str | None) -> None:
    quote = _one(page)
    assert (quote.addressee.mention.text if quote.addressee else None) == addressee
    assert _who(quote) == "Anna Berg"
    assert "plan" in quote.content.text


def test_quotes_find_relative_speaker_is_named_by_its_antecedent() -> None:
    quote = _one("The fishermen, who said the pier was unsafe, left the meeting early.")
    assert quote.speaker is not None
    assert (quote.speaker.mention.text, quote.speaker.name) == ("who", "The fishermen")


def test_quotes_find_participle_borrows_speaker_and_addressee() -> None:
    page = "The pier must close, Berg told Reyes, adding that repairs would take a year."
    first, second = _quotes(page)
    assert (first.cue.text, first.content.text) == ("told", "The pier must close")
    assert (second.cue.text, second.content.text) == ("adding", "repairs would take a year")
    assert _who(second) == "Berg"
    assert second.addressee is not None and second.addressee.mention.text == "Reyes"


def test_quotes_find_coordinated_complements_are_one_record() -> None:
    quote = _one("Berg said the pier was unsafe and that it would close next week.")
    assert quote.content.text == "the pier was unsafe and that it would close next week"


def test_quotes_find_split_quote_is_one_record_with_two_parts() -> None:
    text = "“The pier is unsafe,” Berg said, “and it will close.”"
    found = find_quotes(text, [(0, len(text))])
    assert len(found) == 1
    parts = [text[s:e] for s, e in found[0].parts]
    assert parts == ["“The pier is unsafe,”", "“and it will close.”"]
    assert found[0].kind == "direct"
    quote = _one(text)
    assert quote.content.text == text


def test_quotes_find_quote_in_next_sentence_joins_the_record() -> None:
    text = "“The pier is unsafe,” Berg said. “It will close for a year.”"
    found = find_quotes(text, [(0, len(text))])
    assert len(found) == 1
    assert [text[s:e] for s, e in found[0].parts][1] == "“It will close for a year.”"


def test_quotes_find_paragraph_continuation_takes_previous_speaker() -> None:
    page = (
        "“The pier is unsafe,” Berg said.\n\n"
        "“We will close it on Monday and repair it over the winter.”\n\n"
        "The council meets again in March."
    )
    _first, second = _quotes(page)
    assert second.cue is None
    assert second.kind == "direct"
    assert _who(second) == "Berg"
    assert second.content.text.startswith("“We will close")


@pytest.mark.parametrize(
    "signature",
    ["- Ina Volk.", "— Ina Volk, speaking at the harbour on Monday.", "–Ina Volk"],
)
def test_quotes_find_a_signed_quotation_is_the_signer_s(signature: str) -> None:
    page = (
        "“The pier is unsafe,” Berg said.\n\n"
        "“We will close it on Monday and repair it over the winter.”\n\n"
        f"{signature}\n\n"
        "The council meets again in March."
    )
    _first, second = _quotes(page)
    assert (_who(second), second.kind) == ("Ina Volk", "direct")
    assert second.content.text.startswith("“We will close")


def test_quotes_find_a_signature_under_plain_words_signs_no_quote() -> None:
    page = "The council meets again in March to vote on the pier.\n\n- Ina Volk."
    assert _quotes(page) == []


def test_quotes_find_multi_paragraph_quote_runs_on() -> None:
    page = (
        "Berg said: “The pier is unsafe and we cannot wait for the council.\n\n"
        "“We will close it on Monday and repair it over the winter.”"
    )
    quote = _one(page)
    assert quote.kind == "direct"
    assert quote.content.text.endswith("over the winter.”")


@pytest.mark.parametrize(
    ("page", "speaker", "content"),
    [
        ("Mayor Berg: The pier will reopen in May.", "Mayor Berg", "The pier will reopen in May"),
        ("BERG: We are ready to reopen the pier.", "BERG", "We are ready to reopen the pier"),
        ("Photo: A crowd gathers at the pier.", None, None),
        ("UPDATE: The pier reopened on Friday.", None, None),
        ("WOW: The Harbour Master Just Quit Over The Pier.", None, None),  # a teaser word
        ("Contributing: Jo Berg and Ann Volk, Harbour Post", None, None),  # a credit line
        ("The result: the pier reopened on Friday.", None, None),
        ("Tickets: 12 euros · Open: daily from nine · Harbour tours", None, None),  # fields
    ],
)
def test_quotes_find_colon_label(page: str, speaker: str | None, content: str | None) -> None:
    quotes = _quotes(page)
    if speaker is None:
        assert quotes == []
        return
    (quote,) = quotes
    assert (_who(quote), quote.cue and quote.cue.text, quote.content.text) == (
        speaker,
        ":",
        content,
    )


def test_quotes_find_headline_scare_quote_is_no_quote() -> None:
    page = "‘Historic’ vote\n\nThe council voted on Monday to rebuild the pier."
    assert _quotes(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "Berg did not say.",
        "Berg never told the council about the plan.",
        "Berg was told that the pier would close.",
        "The state said nothing about the pier.",
        "The pier, the longest in the state, reopened on Friday.",
        "Nobody spoke at the meeting.",
        "Berg holds a pledged delegate lead and a clear signal of support.",
    ],
)
def test_quotes_find_no_reported_content_is_no_quote(page: str) -> None:
    assert _quotes(page) == []


def test_quotes_find_refusal_to_speak_is_no_speech() -> None:
    # nothing was said: the record is of class "refusal", which a user can filter out
    quotes = _quotes("Berg declined to comment on the plan.")
    assert [q.cue_lexicon_id for q in quotes] == ["refusal.declined_to"]


@pytest.mark.parametrize(
    ("page", "content"),
    [
        ('"Close the pier," Berg said.', '"Close the pier,"'),
        ("“Close the pier,” Berg said.", "“Close the pier,”"),
        ("‘Close the pier,’ Berg said.", "‘Close the pier,’"),
        ("« Close the pier, » Berg said.", "« Close the pier, »"),
        ("''Close the pier,'' Berg said.", "''Close the pier,''"),
    ],
)
def test_quotes_find_typographic_marks(page: str, content: str) -> None:
    quote = _one(page)
    assert (quote.kind, quote.content.text, _who(quote)) == ("direct", content, "Berg")


@pytest.mark.parametrize(
    ("page", "speaker", "content"),
    [
        (
            "The port handled more ships than ever, according to a tally by the harbour board.",
            "a tally by the harbour board",
            "The port handled more ships than ever",
        ),
        (
            "Ferry fares rose by a third, according to figures released Friday by the port.",
            "figures released Friday by the port",
            "Ferry fares rose by a third",
        ),
        (
            "According to a survey by the harbour board, most captains want a new pier.",
            "a survey by the harbour board",
            "most captains want a new pier",
        ),
    ],
)
def test_quotes_find_according_to_keeps_the_records_agent(
    page: str, speaker: str, content: str
) -> None:
    """Who made the record that "according to" names vouches for it: the agent after
    "by" stays in the source phrase."""
    quote = _one(page)
    assert (_who(quote), quote.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("page", "content"),
    [
        ('The ferry became "the pride of the coast," according to Berg.', '"the pride'),
        ("The ferry became ''the pride of the coast,'' according to Berg.", "''the pride"),
    ],
)
def test_quotes_find_doubled_apostrophes_close_like_a_mark(page: str, content: str) -> None:
    """`''` written for a double mark is one closing mark: the comma inside it sets off
    "according to X" as it does inside `"`."""
    quote = _one(page)
    assert (quote.cue.text if quote.cue else None, _who(quote)) == ("according to", "Berg")
    assert content in quote.content.text


@pytest.mark.parametrize(
    "page",
    [
        "Berg said: “The pier is unsafe and will close",
        "“The pier is unsafe and will close, Berg said.",
        "The pier” is unsafe, Berg said.",
    ],
)
def test_quotes_find_unbalanced_marks_do_not_crash(page: str) -> None:
    quote = _one(page)
    assert _who(quote) == "Berg"
    assert "pier" in quote.content.text


@pytest.mark.parametrize(
    "page",
    [
        "",
        "Der Bürgermeister sagte, die Brücke werde im Mai geöffnet.",
        "«Nous allons reconstruire le port», a déclaré la maire.",
        "市长说，桥梁将在五月重新开放。",
    ],
)
def test_quotes_find_no_quotes_on_pages_without_english_cues(page: str) -> None:
    if not page:
        assert find_quotes(page, []) == []
        return
    assert _quotes(page) == []


def test_quotes_find_long_paragraph() -> None:
    sentence = "Berg said the pier was unsafe. "
    text = sentence * 3000
    found = find_quotes(text, [(0, len(text))])
    assert len(found) == 3000


def test_quotes_find_is_deterministic() -> None:
    page = "“The pier is unsafe,” Berg said, adding that it would close.\n\nReyes disagreed."
    first = analyze_text(page).model_dump_json()
    assert first == analyze_text(page).model_dump_json()


@pytest.mark.parametrize(
    ("page", "speaker", "content"),
    [
        (
            "Anna Berg met fishermen on Tuesday and said the pier would reopen.",
            "Anna Berg",
            "the pier would reopen",
        ),
        (
            "Harbour commissioner Anna Berg toured the docks and said repairs were late.",
            "Harbour commissioner Anna Berg",
            "repairs were late",
        ),
        (
            "The mayor of Eastport met traders and said the market would move.",
            "The mayor of Eastport",
            "the market would move",
        ),
        ("The mayor arrived and said the market would move.", "The mayor", "the market would move"),
    ],
)
def test_quotes_find_coordinated_cue_takes_the_sentence_subject(
    page: str, speaker: str, content: str
) -> None:
    quote = _one(page)
    assert (_who(quote), quote.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("page", "speaker", "content"),
    [
        (
            "Anna Berg issued a statement saying the pier was safe.",
            "Anna Berg",
            "the pier was safe",
        ),
        (
            "The harbour board released a letter warning that the pier was unsafe.",
            "The harbour board",
            "the pier was unsafe",
        ),
        ("I always hoped the pier would reopen.", "I", "the pier would reopen"),
        (
            "More fishermen have begun urging the council to act.",
            "More fishermen",
            "the council to act",
        ),
        ("Anna Berg kept saying the pier was safe.", "Anna Berg", "the pier was safe"),
    ],
)
def test_quotes_find_speaker_is_no_message_adverb_or_aspect_verb(
    page: str, speaker: str, content: str
) -> None:
    quote = next(q for q in _quotes(page) if q.content.text == content)
    assert _who(quote) == speaker


@pytest.mark.parametrize(
    "page",
    [
        'The mayor said in a statement:\n\n"The pier will reopen in May."\n\nTraders cheered.',
        "Anna Berg told reporters:\n\n“The pier will reopen in May.”",
        'In a speech last July, the mayor said:\n\n"The pier will reopen in May."',
    ],
)
def test_quotes_find_announcing_colon_takes_the_next_paragraph(page: str) -> None:
    quote = _one(page)
    assert quote.kind == "direct"
    assert quote.content.text.strip('"“”') == "The pier will reopen in May."
    assert quote.cue is not None and quote.cue.text in {"said", "told"}


def test_quotes_find_announcing_colon_needs_a_quotation_next() -> None:
    assert _quotes("Anna Berg said:\n\nThe harbour is quiet today.") == []


def test_quotes_find_said_of_names_no_speaker_after_the_cue() -> None:
    quote = _one("“We were all scared,” Anna Berg, 33, said of the storm.")
    assert _who(quote) == "Anna Berg"


@pytest.mark.parametrize(
    ("page", "content"),
    [
        (
            "The upshot, according to the harbour board, is that the pier stays shut.",
            "The upshot, according to the harbour board, is that the pier stays shut",
        ),
        (
            "The pier is unsafe, according to Anna Berg, a harbour engineer.",
            "The pier is unsafe",
        ),
    ],
)
def test_quotes_find_according_to_between_commas_keeps_the_clause(page: str, content: str) -> None:
    assert _one(page).content.text == content


def test_quotes_find_parenthetical_cue_resumes_before_a_later_cue() -> None:
    quote = next(q for q in _quotes("Still, she said, the council must decide who pays.") if q.cue)
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.content.text.endswith("the council must decide who pays")


@pytest.mark.parametrize(
    "page",
    [
        "Anna Berg made a pitch to the traders of Eastport saying the pier was safe.",
        "Anna Berg opened the meeting saying the pier was safe.",
    ],
)
def test_quotes_find_gerund_after_an_object_borrows_the_subject(page: str) -> None:
    quote = _one(page)
    assert (_who(quote), quote.content.text) == ("Anna Berg", "the pier was safe")


@pytest.mark.parametrize(
    ("page", "speaker", "content"),
    [
        (
            "Anna Berg was asked by the mayor whether the pier was safe.",
            "the mayor",
            "whether the pier was safe",
        ),
        (
            "Asked during a debate why the pier was shut, Anna Berg said it was unsafe.",
            None,
            "why the pier was shut",
        ),
    ],
)
def test_quotes_find_question_put_to_someone(page: str, speaker: str | None, content: str) -> None:
    quote = next(q for q in _quotes(page) if q.cue and q.cue.text.lower() == "asked")
    assert (_who(quote), quote.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("page", "cue", "content"),
    [
        ("Anna Berg ended the meeting by saying the pier was safe.", "saying", "the pier was safe"),
        (
            "Anna Berg named no rivals but said the pier was safe.",
            "said",
            "the pier was safe",
        ),
    ],
)
def test_quotes_find_by_gerund_and_but_borrow_the_subject(
    page: str, cue: str, content: str
) -> None:
    quote = next(q for q in _quotes(page) if q.cue and q.cue.text == cue)
    assert (_who(quote), quote.content.text) == ("Anna Berg", content)


def test_quotes_find_gerund_borrows_a_subject_with_an_appositive() -> None:
    page = "Tom Reyes, head of the harbour board, walked the docks, saying the pier was old."
    quote = _one(page)
    assert (_who(quote), quote.content.text) == ("Tom Reyes", "the pier was old")


def test_quotes_find_colon_label_takes_the_whole_transcript_turn() -> None:
    page = "BERG: We are ready to reopen the pier. The repairs took all winter."
    (quote,) = _quotes(page)
    assert (_who(quote), quote.content.text) == (
        "BERG",
        "We are ready to reopen the pier. The repairs took all winter",
    )


def test_quotes_find_show_title_before_the_speaker_is_no_content() -> None:
    page = "On Sunday on Harbour TV’s “Morning Tide,” Anna Berg said the pier would reopen."
    (quote,) = _quotes(page)
    assert (_who(quote), quote.content.text) == ("Anna Berg", "the pier would reopen")


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        ("Several said the pier should stay closed.", "Several"),
        ("Most told reporters the pier should stay closed.", "Most"),
    ],
)
def test_quotes_find_quantifier_alone_is_a_speaker(page: str, speaker: str) -> None:
    (quote,) = _quotes(page)
    assert (_who(quote), quote.content.text) == (speaker, "the pier should stay closed")


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        (
            "Speaking in Leeds, Anna Berg toured the docks, saying the plan was cheap.",
            "Anna Berg",
        ),
        (
            "Shortly after the storm, the port board issued a statement saying it was safe.",
            "the port board",
        ),
        (
            "Minutes later, the harbour board issued a statement saying the pier was safe.",
            "the harbour board",
        ),
        ("This year, the mayor toured the docks, saying the plan was cheap.", "the mayor"),
        ("Walking to the docks, Ebeling met traders and said the market would move.", "Ebeling"),
        ("Rep. Jo Lee (D-Va.) met traders on Monday, saying the market would move.", "Rep. Jo Lee"),
    ],
)
def test_quotes_find_participle_takes_the_subject_after_an_opening_adverbial(
    page: str, speaker: str
) -> None:
    quote = _one(page)
    assert _who(quote) == speaker


def test_quotes_find_asked_by_names_the_asker_as_speaker() -> None:
    quotes = _quotes("Asked by Lee whether the pier was safe, Anna Berg said it was.")
    asked = next(q for q in quotes if q.cue and q.cue.text == "Asked")
    said = next(q for q in quotes if q.cue and q.cue.text == "said")
    assert _who(asked) == "Lee"
    assert asked.addressee is not None and asked.addressee.mention.text == "Anna Berg"
    assert _who(said) == "Anna Berg"


@pytest.mark.parametrize(
    ("page", "speaker", "addressee", "content"),
    [
        (
            "Anna Berg, a harbour lawyer, asked Jo Lee whether the pier was safe.",
            "Anna Berg",
            "Jo Lee",
            "whether the pier was safe",
        ),
        (
            "Anna Berg asked former Mayor Jo Lee whether the pier was safe.",
            "Anna Berg",
            "former Mayor Jo Lee",
            "whether the pier was safe",
        ),
        (
            "Anna Berg told host Jo Lee the pier was safe.",
            "Anna Berg",
            "host Jo Lee",
            "the pier was safe",
        ),
    ],
)
def test_quotes_find_asker_after_an_appositive_and_a_titled_hearer(
    page: str, speaker: str, addressee: str, content: str
) -> None:
    quote = _one(page)
    assert quote.addressee is not None
    assert (_who(quote), quote.addressee.mention.text, quote.content.text) == (
        speaker,
        addressee,
        content,
    )


@pytest.mark.parametrize(
    ("page", "speaker", "content"),
    [
        (
            "A harbour poll shows Anna Berg ahead of Jo Lee.",
            "A harbour poll",
            "Anna Berg ahead of Jo Lee",
        ),
        ("The video showed the mayor leaving the pier.", "The video", "the mayor leaving the pier"),
        ("A quick search shows no reports of damage.", "A quick search", "no reports of damage"),
    ],
)
def test_quotes_find_evidence_noun_subject_takes_a_plain_object(
    page: str, speaker: str, content: str
) -> None:
    quote = _one(page)
    assert (_who(quote), quote.content.text) == (speaker, content)
    assert (quote.cue_lexicon_id or "").startswith("evidence.")


def test_quotes_find_evidence_cue_of_a_person_still_needs_a_clause() -> None:
    assert _quotes("The mayor showed the pier to traders.") == []


def test_quotes_find_in_a_poll_names_the_poll_as_source() -> None:
    quote = _one("In a harbour poll released Monday, Anna Berg led Jo Lee by ten points.")
    assert quote.cue_lexicon_id == "source.in"
    assert _who(quote) == "a harbour poll"
    assert quote.content.text == "Anna Berg led Jo Lee by ten points"


def test_quotes_find_in_needs_a_poll() -> None:
    # mid-sentence "in a poll" (tests/test_quote_record_sources.py) vouches for its clause too
    assert _quotes("In a statement on Monday, the board repaired the pier.") == []


def test_quotes_find_reported_takes_a_plain_object() -> None:
    quote = _one("The harbour board reported a record catch in June.")
    assert (_who(quote), quote.content.text) == ("The harbour board", "a record catch in June")


@pytest.mark.parametrize(
    "page",
    [
        "The board's reported income rose in June.",
        "Anna Berg's proposed budget cuts would close the pier.",
    ],
)
def test_quotes_find_cue_after_a_possessive_is_an_adjective(page: str) -> None:
    assert _quotes(page) == []


def test_quotes_find_cue_after_a_pronoun_contraction_still_counts() -> None:
    quote = _one("She's predicting the pier will reopen.")
    assert (_who(quote), quote.content.text) == ("She's", "the pier will reopen")


def _records(page: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (q.cue.text if q.cue else None, _who(q), " | ".join(p.text for p in q.content_parts))
        if q.content_parts
        else (q.cue.text if q.cue else None, _who(q), q.content.text)
        for q in _quotes(page)
    ]


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            "The ferry company said the boats would sail on time, but the union denied "
            "that any crew had been hired.",
            [
                ("said", "The ferry company", "the boats would sail on time"),
                ("denied", "the union", "any crew had been hired"),
            ],
        ),
        (
            "Most growers said prices had fallen; the co-operative said they had held.",
            [
                ("said", "Most growers", "prices had fallen"),
                ("said", "the co-operative", "they had held"),
            ],
        ),
        (
            "Anna Berg said the pier was unsafe, while the mayor insisted it could stay open.",
            [
                ("said", "Anna Berg", "the pier was unsafe"),
                ("insisted", "the mayor", "it could stay open"),
            ],
        ),
        # a cue in an adjunct ("before predicting", "when asked") ends it too
        (
            'Ina Berg cautioned "let us not rush," before predicting that the vote would '
            "heal the party.",
            [
                ("cautioned", "Ina Berg", '"let us not rush,"'),
                ("predicting", "Ina Berg", "the vote would heal the party"),
            ],
        ),
        (
            "Tom Ward dismissed the charges by pointing out that the board had never met.",
            [
                ("dismissed", "Tom Ward", "the charges"),
                ("pointing out", "Tom Ward", "the board had never met"),
            ],
        ),
        (
            'Tom Ward said "we will see," when asked whether he would run.',
            [("said", "Tom Ward", '"we will see,"'), ("asked", None, "whether he would run")],
        ),
    ],
)
def test_quotes_find_a_coordinated_cue_ends_the_content_before_it(
    page: str, records: list[tuple[str, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            "Ola Lind said Berg told reporters the boats were late.",
            [
                ("said", "Ola Lind", "Berg told reporters the boats were late"),
                ("told", "Berg", "the boats were late"),
            ],
        ),
        (
            "Tom Ek said most of the farmers say they will sell before winter.",
            [
                ("said", "Tom Ek", "most of the farmers say they will sell before winter"),
                ("say", "most of the farmers", "they will sell before winter"),
            ],
        ),
    ],
)
def test_quotes_find_a_speech_act_inside_reported_words_keeps_its_own_record(
    page: str, records: list[tuple[str, str, str]]
) -> None:
    # PolNeAR keeps the outer record only; dateline keeps both, since who said what is
    # what a reader looks quotes up by.
    assert _records(page) == records


def test_quotes_find_a_foreseen_speech_act_inside_reported_words_is_no_record() -> None:
    # after a modal the inner act has not happened yet: the outer speaker foresees it
    page = "Ola Lind said she would ask the council to close the pier."
    assert _records(page) == [("said", "Ola Lind", "she would ask the council to close the pier")]
    page = "Tom Ek said the mayor will surely announce a new ferry route."
    assert _records(page) == [
        ("said", "Tom Ek", "the mayor will surely announce a new ferry route")
    ]


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            '"The pier is safe," Berg said, according to the harbour paper. "We checked it."',
            [
                ("said", "Berg", '"The pier is safe,"'),
                (
                    "according to",
                    "the harbour paper",
                    '"The pier is safe," Berg said | "We checked it."',
                ),
            ],
        ),
        (
            'According to the harbour paper, "the pier is safe," Berg said.',
            [
                ("According to", "the harbour paper", '"the pier is safe," Berg said'),
                ("said", "Berg", '"the pier is safe,"'),
            ],
        ),
    ],
)
def test_quotes_find_a_source_cue_vouches_for_the_attribution_inside_it(
    page: str, records: list[tuple[str, str, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "speaker", "content"),
    [
        (
            "Turnout fell again, with 30 percent of fishermen saying the quota was unfair.",
            "30 percent of fishermen",
            "the quota was unfair",
        ),
        (
            "The crowd cheered the mayor, as Anna Berg echoed his words at the pier, "
            "saying the town would rebuild.",
            "Anna Berg",
            "the town would rebuild",
        ),
        (
            "In a poll of farmers, conducted in May, most growers expected a poor harvest.",
            "a poll of farmers",
            "most growers expected a poor harvest",
        ),
    ],
)
def test_quotes_find_speaker_of_a_participle_and_a_poll_description(
    page: str, speaker: str, content: str
) -> None:
    quote = _quotes(page)[-1]
    assert (_who(quote), quote.content.text) == (speaker, content)


_INTERVIEW = (
    "Harbour master Anna Berg said the pier needs a new deck.\n\n"
    "Q: When will the pier open again? The town has waited all winter.\n\n"
    "A: We hope to open it in June, once the deck is laid.\n\n"
    "Q. And the fishing boats?"
)


def test_quotes_find_interview_answer_is_the_interviewees_turn() -> None:
    quotes = _quotes(_INTERVIEW)
    answer = next(q for q in quotes if q.content.text.startswith("We hope"))
    assert answer.speaker is not None and answer.speaker.mention is not None
    assert answer.speaker.mention.text == "A"
    assert "Berg" in answer.speaker.name
    assert answer.content.text == "We hope to open it in June, once the deck is laid"


def test_quotes_find_interview_question_is_the_interviewers_turn() -> None:
    contents = {q.content.text: _who(q) for q in _quotes(_INTERVIEW)}
    assert contents["When will the pier open again? The town has waited all winter"] == "Q"
    assert contents["And the fishing boats?"] == "Q"


def test_quotes_find_a_lone_answer_label_is_no_interview() -> None:
    page = "A: The pier opens in June, once the deck is laid."
    assert _quotes(page) == []


@pytest.mark.parametrize(
    ("page", "content"),
    [
        (
            "Berg said fans of the pier are young, while those of the dock are old.",
            "fans of the pier are young",
        ),
        (
            "Berg said the pier was safe, whereas the dock had rotted.",
            "the pier was safe",
        ),
        (
            "Berg said the pier was safe, while visiting the dock.",
            "the pier was safe, while visiting the dock",
        ),
    ],
)
def test_quotes_find_content_stops_before_a_contrasting_clause_with_its_own_verb(
    page: str, content: str
) -> None:
    assert _one(page).content.text == content


def test_quotes_find_headline_label_names_speaker_and_hearers() -> None:
    page = "Berg to Harbour Workers: Keep the pier open all winter."
    quote = _one(page)
    assert quote.addressee is not None
    assert (_who(quote), quote.addressee.name, quote.content.text) == (
        "Berg",
        "Harbour Workers",
        "Keep the pier open all winter",
    )


@pytest.mark.parametrize(
    ("page", "content"),
    [
        (
            "Shortly after noon, according to a court timeline, the guards left the pier.",
            "the guards left the pier",
        ),
        (
            "At the root of the dispute, according to Jo Berg, a former harbour engineer, "
            "was a decision to sell the pier.",
            "was a decision to sell the pier",
        ),
        (
            "Missing from the talks, according to officials who took part, was any word on "
            "the pier.",
            "was any word on the pier",
        ),
    ],
)
def test_quotes_find_according_to_mid_sentence_takes_the_clause_after_the_source(
    page: str, content: str
) -> None:
    quote = _one(page)
    assert quote.content.text.endswith(content)


def test_quotes_find_according_to_at_the_end_keeps_the_appositive_out() -> None:
    quote = _one("The pier was closed, according to Jo Berg, a harbour engineer.")
    assert quote.content.text == "The pier was closed"


def test_quotes_find_participle_after_a_coordinated_clause_takes_its_subject() -> None:
    page = (
        "Fishermen plan a march on Friday, and the union has already sued the council "
        "over the rules, saying they break the port charter."
    )
    saying = next(q for q in _quotes(page) if q.content.text.startswith("they break"))
    assert _who(saying) == "the union"


@pytest.mark.parametrize(
    ("page", "content"),
    [
        ("Even now, she said, she’s learned enough to doubt the plan.", "learned enough"),
        ("The pier, he said, needed repairs before winter.", "needed repairs"),
        ("Instead, she said, continued delays will rally support for the pier.", "delays"),
    ],
)
def test_quotes_find_parenthetical_cue_resumes_before_a_cue_word_of_the_clause(
    page: str, content: str
) -> None:
    quote = next(q for q in _quotes(page) if q.cue and q.cue.text == "said")
    assert content in quote.content.text


def test_quotes_find_parenthetical_cue_stops_before_a_participle_cue() -> None:
    quote = next(
        q for q in _quotes("The pier, he said, adding that it was old, is closed.") if q.cue
    )
    assert quote.cue is not None and quote.cue.text == "said"
    assert "adding" not in quote.content.text


def test_quotes_a_club_manager_named_before_a_verb_is_the_speaker_of_her_pronoun() -> None:
    page = (
        '"I just hoped," Jamie Brennick said. Ashvale manager Siobhan Kearney praised her '
        'side. "We never stopped running," she told reporters.'
    )
    speakers = [q.speaker.entity if q.speaker else None for q in analyze_text(page).quotes]
    assert speakers == [
        "person:jamie-brennick",
        "person:siobhan-kearney",
        "person:siobhan-kearney",
    ]


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        ('"The pier will hold," said a source close to the harbour board.', "a source close"),
        ('"The pier will hold," said one engineer involved in the repairs.', "one engineer"),
    ],
)
def test_quotes_find_inverted_speaker_with_a_describing_phrase(page: str, speaker: str) -> None:
    """'..., said a source close to X': the describing phrase belongs to the speaker, who
    follows the cue."""
    quote = _one(page)
    assert quote.cue is not None and quote.cue.text == "said"
    assert (_who(quote) or "").startswith(speaker)


@pytest.mark.parametrize(
    ("page", "content", "source"),
    [
        (
            "The town had nine thefts — all of them bikes — according to the police.",
            "The town had nine thefts — all of them bikes",
            "the police",
        ),
        (
            "The ferry is full. That's according to the harbour office.",
            "That",
            "the harbour office",
        ),
    ],
)
def test_quotes_find_according_to_after_a_dash_or_a_pro_form(
    page: str, content: str, source: str
) -> None:
    """A dash sets off "according to X" as a comma does; "That's according to X" reports
    what the pronoun stands for."""
    found = [q for q in _quotes(page) if q.cue and q.cue.text == "according to"]
    assert len(found) == 1
    assert (found[0].content.text, _who(found[0])) == (content, source)


def test_quotes_find_condition_after_the_cue_comma_is_content() -> None:
    page = "Anna Berg said, if elected, she would ask the board to stay on."
    said = [q for q in _quotes(page) if q.cue and q.cue.text == "said"]
    assert [q.content.text for q in said] == ["if elected, she would ask the board to stay on"]


def test_quotes_find_another_alone_is_a_speaker() -> None:
    page = "One skipper said the pier was safe. Another said the pier should stay closed."
    said = [q for q in _quotes(page) if q.cue and q.cue.text == "said"]
    assert [_who(q) for q in said] == ["One skipper", "Another"]


@pytest.mark.parametrize(
    "page",
    [
        "Tom Reyes said — on the radio, as it happens — that the pier was shut.",
        "Tom Reyes said, while touring the docks in May, that the pier was shut.",
    ],
)
def test_quotes_find_that_clause_after_an_aside_is_content(page: str) -> None:
    said = [q for q in _quotes(page) if q.cue and q.cue.text == "said"]
    assert [(_who(q), q.content.text) for q in said] == [("Tom Reyes", "the pier was shut")]


def test_quotes_find_stray_comma_after_a_bracket_keeps_the_speaker() -> None:
    page = "Sen. Jo Lee (D-Va.), said after a briefing on Tuesday that the pier was shut."
    said = [q for q in _quotes(page) if q.cue and q.cue.text == "said"]
    assert [(_who(q), q.content.text) for q in said] == [("Sen. Jo Lee", "the pier was shut")]


def test_quotes_find_aside_closing_inside_a_quotation_mark_keeps_the_speaker() -> None:
    page = "Tom Reyes, who calls the plan a “fraud,” said the pier was shut."
    said = [q for q in _quotes(page) if q.cue and q.cue.text == "said"]
    assert [(_who(q), q.content.text) for q in said] == [("Tom Reyes", "the pier was shut")]


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        (
            "Tom Reyes and Rep. Jo Lee (D-Va.) both condemned the plan in statements.",
            "Tom Reyes and Rep. Jo Lee",
        ),
        (
            "Port leaders — whose board was once respected — both suggested the pier be shut.",
            "Port leaders",
        ),
    ],
)
def test_quotes_find_floating_both_after_a_bracket_or_dash(page: str, speaker: str) -> None:
    (quote,) = _quotes(page)
    assert _who(quote) == speaker


@pytest.mark.parametrize(
    ("page", "speaker", "content"),
    [
        (
            '"The pier is unsafe," Ina Berg said, referring to the old ferry landing. '
            '"We will close it on Monday."',
            "Ina Berg",
            '"The pier is unsafe," | "We will close it on Monday."',
        ),
        (
            '"Take the offer," Tom Ward said when asked about the bid, which came late. '
            '"The board wants an answer soon and we will give it."',
            "Tom Ward",
            '"Take the offer," | "The board wants an answer soon and we will give it."',
        ),
    ],
)
def test_quotes_find_a_next_quotation_continues_the_quoted_speaker(
    page: str, speaker: str, content: str
) -> None:
    # not the referring or the question put to the speaker: the quoted words go on
    said = [r for r in _records(page) if r[0] == "said"]
    assert said == [("said", speaker, content)]


@pytest.mark.parametrize(
    ("page", "cue", "content"),
    [
        (
            '"The pier is sound," Ina Berg said, adding that the ferry would run on time. '
            '"We have checked every beam twice this winter."',
            "adding",
            'the ferry would run on time | "We have checked every beam twice this winter."',
        ),
        (
            '"Tolls will rise," Tom Ward said on Friday, explaining why the bridge fund ran dry. '
            '"Repairs after the floods cost twice what anyone had planned for."',
            "explaining",
            "why the bridge fund ran dry | "
            '"Repairs after the floods cost twice what anyone had planned for."',
        ),
    ],
)
def test_quotes_find_a_next_quotation_continues_what_the_speaker_added(
    page: str, cue: str, content: str
) -> None:
    # "adding" takes over from "said": the quotation after it goes on with the addition
    assert [r[2] for r in _records(page) if r[0] == cue] == [content]
    assert next(r[2] for r in _records(page) if r[0] == "said").count("|") == 0


def test_quotes_find_a_phrase_on_the_cue_keeps_the_split_quote() -> None:
    page = (
        '"I have no idea where the boats went," Ina Berg said of the harbour pilots, '
        '"but I do know that they sailed."'
    )
    assert _records(page) == [
        (
            "said",
            "Ina Berg",
            '"I have no idea where the boats went," | "but I do know that they sailed."',
        )
    ]


def test_quotes_find_a_participle_after_an_inverted_tag_is_not_content() -> None:
    page = "The ferry will stop in May, a port official said, speaking on condition of anonymity."
    [said] = [q for q in _quotes(page) if q.cue and q.cue.text == "said"]
    assert said.content.text == "The ferry will stop in May"
    page = "The ferry, the official said, was sold in May."  # the clause resumes
    [said] = [q for q in _quotes(page) if q.cue and q.cue.text == "said"]
    assert [p.text for p in said.content_parts] == ["The ferry", "was sold in May"]


def test_quotes_find_interview_turns_name_the_interviewee_and_the_author() -> None:
    from dateline import read

    page = (
        "Harbour Notes\n'The pier will open in June': a talk with Anna Berg\nBy Ola Brenne\n"
        "March 3, 2024\n"
        "Anna Berg has run the harbour board since 2019. We met her on the quay.\n"
        "Q: When will the pier open again?\n"
        "A: We hope to open it in June, once the new deck is laid.\n"
    )
    turns = {q.content.text: q for q in read(page).quotes}
    answer = turns["We hope to open it in June, once the new deck is laid"]
    question = turns["When will the pier open again?"]
    assert answer.speaker is not None and answer.speaker.name == "Anna Berg"
    assert answer.speaker.entity is not None and answer.kind == "direct"
    assert question.speaker is not None and question.speaker.name == "Ola Brenne"


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            "While Berg said the pier was safe, Moss said the crane needed repairs.",
            [("Berg", "the pier was safe"), ("Moss", "the crane needed repairs")],
        ),
        (
            "Although six in ten said they were undecided, most said they would vote.",
            [("six in ten", "they were undecided"), ("most", "they would vote")],
        ),
        (
            "Although Berg said the pier was safe, the crane collapsed on Monday.",
            [("Berg", "the pier was safe")],
        ),
        ("As Berg noted, the pier is safe.", [("Berg", "the pier is safe")]),
    ],
)
def test_quotes_find_fronted_clause_content_ends_at_main_clause(
    page: str, records: list[tuple[str, str]]
) -> None:
    """A cue in a clause that opens the sentence ("While X said ...,") reports up to the
    comma before the main clause; the main clause is the writer's or another speaker's."""
    assert [(_who(q), q.content.text) for q in _quotes(page)] == records


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        ("It was at the hearing that Berg gave a long speech, pointing to the crane.", "Berg"),
        ("It was in May that Lena Moss stood on the pier and offered to pay for it.", "Lena Moss"),
    ],
)
def test_quotes_find_cleft_lends_the_that_clause_subject(page: str, speaker: str) -> None:
    """In "It was ... that X did A, adding ..." the second verb shares X, the subject of the
    "that" clause: "It" names no one."""
    assert _who(_one(page)) == speaker


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        ("He soon learned that the pier was unsafe.", "He"),
        ("He keeps talking about the new timetable for the ferries.", "He"),
        ("They came away convinced that the pier was safe.", "They"),
        ("She praised the crew but stopped short of calling for a new pier.", "She"),
    ],
)
def test_quotes_find_predicate_before_cue_is_no_speaker(page: str, speaker: str) -> None:
    """Lower-case words between a subject and its cue ("soon", "keeps", "came away",
    "stopped short of") are the clause's predicate: its subject speaks."""
    quote = _quotes(page)[-1]
    assert _who(quote) == speaker


@pytest.mark.parametrize(
    ("page", "cue", "speaker", "content"),
    [
        (
            "Having announced that he would not close the pier, Berg read out his plan.",
            "announced",
            "Berg",
            "he would not close the pier",
        ),
        (
            "Holding signs calling Berg a liar, the protesters marched to the hall.",
            "calling",
            "the protesters",
            "Berg a liar",
        ),
    ],
)
def test_quotes_find_cue_in_opening_participle_phrase(
    page: str, cue: str, speaker: str, content: str
) -> None:
    """A cue inside a participle phrase that opens the sentence is the main clause
    subject's, and reports up to the comma before that subject."""
    [quote] = [q for q in _quotes(page) if q.cue and q.cue.text == cue]
    assert (_who(quote), quote.content.text) == (speaker, content)


def test_quotes_find_second_verb_after_a_dash_aside_keeps_the_clause_subject() -> None:
    """'X did A - "...," Y said - and urged ...': the tag inside the dashes is an aside;
    the second verb joins the clause before it, whose subject speaks."""
    page = (
        'Moss suggested that the plan was unserious - "we need details," she said - '
        "and charged that it would sink the port."
    )
    [quote] = [q for q in _quotes(page) if q.cue and q.cue.text == "charged"]
    assert _who(quote) == "Moss"


def test_quotes_find_a_thing_that_names_no_person_shows_a_plain_object() -> None:
    quote = _one("The harbour ledger shows a loss on the ferry route.")
    assert (_who(quote), quote.content.text) == ("The harbour ledger", "a loss on the ferry route")
    assert (quote.cue_lexicon_id or "").startswith("evidence.")


@pytest.mark.parametrize(
    "page",
    [
        "The harbour guide showed the ferry to visitors.",  # a person hands a thing over
        "The dockers, who showed the crane to the board, left.",
        "The ferry tickets showed up late at the kiosk.",  # a phrasal verb shows nothing
    ],
)
def test_quotes_find_a_plain_object_of_show_needs_a_thing_that_shows(page: str) -> None:
    assert _quotes(page) == []


def test_quotes_find_a_record_that_sees_takes_a_plain_object() -> None:
    quote = _one("The latest harbour polls see Anna Berg ahead of Jo Lee.")
    assert (_who(quote), quote.content.text) == (
        "The latest harbour polls",
        "Anna Berg ahead of Jo Lee",
    )
    assert _quotes("The ferry office saw a rise in fares.") == []


@pytest.mark.parametrize(
    ("page", "name"),
    [
        ("Norway and Denmark said on Friday that the ferry line would stay open.", None),
        ("Ines Kalder and Paul Brenner told reporters the audit had found nothing.", None),
        (
            "Ines Kalder, a lecturer in law at Lund and Uppsala, said the ruling was sound.",
            "person:ines-kalder",
        ),
    ],
)
def test_quotes_find_joint_speakers_stand_for_no_single_entity(page: str, name: str | None) -> None:
    """Two parties joined by "and" speak together: no one entity (the last country named,
    say) is the speaker; "and" inside a description of one person joins nothing."""
    assert _one(page).speaker.entity == name  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("page", "speaker", "content"),
    [
        (
            "According to the county's water engineer, Ruth Olsen, the dam needs new gates.",
            "person:ruth-olsen",
            "the dam needs new gates",
        ),
        (
            "According to Ruth Olsen, the county's water engineer, the dam needs new gates.",
            "person:ruth-olsen",
            "the dam needs new gates",
        ),
        (
            "According to the police, Ruth Olsen, 41, was stopped at the border.",
            None,
            "Ruth Olsen, 41, was stopped at the border",
        ),
    ],
)
def test_quotes_find_apposition_to_an_opening_source_is_no_content(
    page: str, speaker: str | None, content: str
) -> None:
    """A name set off after an office ("the engineer, Ruth Olsen,") or an office after a name
    belongs to the source, not to what it reports; after "the police" a name is the news."""
    quote = _one(page)
    assert (quote.speaker.entity, quote.content.text) == (speaker, content)  # type: ignore[union-attr]


def test_quotes_find_a_name_closing_a_described_speaker_is_that_person() -> None:
    quote = _one("A spokeswoman for the harbour board, Anna Berg, said the pier would close.")
    assert quote.speaker is not None and quote.speaker.entity == "person:anna-berg"


def test_quotes_find_a_relative_clause_inside_an_apposition_closes_at_its_comma() -> None:
    """ "Ola Brun, one of the two members who voted against it, called ...": the vote's
    content is "the levy"; the main clause's cue is a record of its own."""
    quotes = _quotes(
        "Ola Brun, one of the two members who voted against the levy, called the vote "
        '"a gift to the landlords."'
    )
    assert [(q.cue.text if q.cue else None, q.content.text) for q in quotes] == [
        ("voted against", "the levy"),
        ("called", 'the vote "a gift to the landlords."'),
    ]


def test_quotes_find_a_time_in_a_later_records_content_does_not_date_the_tag() -> None:
    """'"...," X said, adding that they would vote next week': next week is when they vote,
    not when X spoke."""
    article = analyze_text(
        '"Nobody asked us," Ola Brun said in a statement, adding that members would vote on '
        "a strike next week.",
        published="2025-03-04",
    )
    assert [(q.cue.text if q.cue else None, q.utterance_date) for q in article.quotes] == [
        ("said", None),
        ("adding", None),
    ]


@pytest.mark.parametrize(
    "page",
    [
        "The ferry levy was passed by nine votes to four on Wednesday.",
        "The harbour plan was rejected by a wide margin.",
    ],
)
def test_quotes_find_a_count_after_by_is_no_agent(page: str) -> None:
    """ "passed by nine votes": a tally, no one who holds a view of the levy."""
    assert _quotes(page) == []


def test_quotes_find_an_i_inside_another_speakers_quote_is_that_speaker() -> None:
    """In a printed interview's answer, the "I" who expects is the one interviewed; the
    mention stays "I" and the inference is named."""
    article = analyze_text(
        "Lina Holt has led the transport ministry since May.\n\n"
        "Q: Will the ferry bill pass?\n\n"
        "A: The bill goes to cabinet in May. I expect it to pass before summer."
    )
    expect = next(q for q in article.quotes if q.cue and q.cue.text == "expect")
    assert expect.speaker is not None
    assert (expect.speaker.entity, expect.speaker.mention.text) == ("person:lina-holt", "I")
    assert expect.inferred == {"speaker": "first-person-in-quote"}


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        (
            "'We cannot wait for the ferry': islanders on the winter timetable",
            "islanders",
            "'We cannot wait for the ferry'",
        ),
        ('"It is a disaster": Ina Volk', "Ina Volk", '"It is a disaster"'),
        ('"Books not budgets": the slogan spread across the city.', None, None),
    ],
)
def test_quotes_find_a_quotation_then_a_colon_and_who_said_it(
    headline: str, speaker: str | None, content: str | None
) -> None:
    """A headline that opens with a quotation, a colon and a few words naming the speaker
    (before "on" and the topic); a clause after the colon names no one."""
    found = find_quotes(headline, [(0, len(headline))])
    if speaker is None:
        assert found == []
        return
    assert [
        (headline[slice(*f.speaker)] if f.speaker else None, headline[slice(*f.content)])
        for f in found
    ] == [(speaker, content)]


def test_quotes_find_a_coordinated_refusal_is_no_part_of_the_content() -> None:
    """ "... but declined to say why": the speaker's own refusal, not what they reported."""
    quote = _one("Ola Brun said the ferry had been sold but declined to say to whom.")
    assert quote.content.text == "the ferry had been sold"


def test_quotes_find_an_i_in_a_columns_own_words_is_its_author() -> None:
    """In a column by one author, "I believe ..." outside any quotation is the author's."""
    page = "\n".join(
        [
            "Our harbour needs a second ferry",
            "By Ingrid Solvang",
            "Published 14 May 2025",
            "I have crossed to Olm Island every week for thirty years.",
            "The council says a car park will ease the queues. I believe it will only move them.",
            '"We cannot wait any longer," a nurse who commutes every day told me.',
        ]
    )
    quotes = read(page).quotes
    believe = next(q for q in quotes if q.cue and q.cue.text == "believe")
    assert believe.speaker is not None
    assert (believe.speaker.name, believe.inferred) == (
        "Ingrid Solvang",
        {"speaker": "first-person-author"},
    )
    nurse = next(q for q in quotes if q.cue and q.cue.text == "told")
    assert nurse.speaker is not None and nurse.speaker.mention.text == "a nurse"
