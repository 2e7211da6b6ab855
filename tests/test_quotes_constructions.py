"""quotes: general constructions that left known cues without a record (shares of a
group as speakers, name suffixes, ...), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_text
from dateline.analyze.quotes import find_quotes

from .quote_records import records as _records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a message noun after a setting phrase goes on with it, no content
            "The quay is unsafe, Ina Volk said in a video message to the crews.",
            [("said", "Ina Volk", "The quay is unsafe")],
        ),
        (  # a share of a group speaks for it
            "Seven in 10 said the ferry fares were too high.",
            [("said", "Seven in 10", "the ferry fares were too high")],
        ),
        (
            "Two of three residents say the tram is late.",
            [("say", "Two of three residents", "the tram is late")],
        ),
        (  # the agent of a participle belongs to the phrase it modifies
            "A nurse interviewed by the inspectors said the ward was unsafe.",
            [("said", "A nurse interviewed by the inspectors", "the ward was unsafe")],
        ),
        (  # a survey participle closes a subject: the noun-like cue is a verb
            "Most dockers polled support the new rota.",
            [("support", "Most dockers polled", "the new rota")],
        ),
        (  # a lower-case office word between a name's modifier and the name
            "Harbour master Ina Volk went on to say the quay was safe.",
            [("say", "Harbour master Ina Volk", "the quay was safe")],
        ),
        (
            "Harbour master Ina Volk ended by saying the quay was safe.",
            [("saying", "Harbour master Ina Volk", "the quay was safe")],
        ),
        (  # a past form after a count is an adjective of the speaker's noun
            "“The quay is safe,” said one unaligned harbour official.",
            [("said", "one unaligned harbour official", "“The quay is safe,”")],
        ),
        (  # a purpose clause: the subject of the verb phrase before "to" speaks
            "The harbour master gave a long speech to defend the ferry timetable.",
            [("defend", "The harbour master", "the ferry timetable")],
        ),
        (  # a quantifier opening the subject is no name of its own
            "Most crews went on to say the quay was safe.",
            [("say", "Most crews", "the quay was safe")],
        ),
        (  # a verb after the name still ends it
            "Jo Berg met Lee Moss and later said the quay was safe.",
            [("said", "Jo Berg", "the quay was safe")],
        ),
        (  # the stop of "Jr." does not end the speaker's name
            "Harbour master Tomas Reed Jr. said the crane would be replaced.",
            [("said", "Tomas Reed Jr", "the crane would be replaced")],
        ),
        (  # typed and horizontal-bar dashes set off an aside as the em dash does
            "Lee and Berg -- two local men -- have said they back the levy.",
            [("said", "Lee and Berg", "they back the levy")],
        ),
        (
            "Lee and Berg ― two local men ― have said they back the levy.",
            [("said", "Lee and Berg", "they back the levy")],
        ),
        (  # a participle set off by commas after the opening subject: that subject's
            "Ina Volk, citing the storm, said the pier was shut.",
            [("citing", "Ina Volk", "the storm"), ("said", "Ina Volk", "the pier was shut")],
        ),
        (  # after the "to" of an infinitive a word that is also a noun is the verb
            "Lee is ready to support the levy.",
            [("support", "Lee", "the levy")],
        ),
        (  # "which" speaks for the body it follows, as "who" does for a person
            "The court, which ruled that the levy was legal, met on Monday.",
            [("ruled", "which", "the levy was legal")],
        ),
        (  # an adverbial between a relative pronoun and its verb: the pronoun speaks
            "Volk, who in two letters had argued that the quay was unsafe, left the town.",
            [("argued", "who", "the quay was unsafe")],
        ),
        (  # the same after a subject pronoun
            "She in a short letter on Friday warned that the quay was unsafe.",
            [("warned", "She", "the quay was unsafe")],
        ),
        (  # the preposition may open the phrase read before the cue
            "The guild, which through most of the decade backed the ferry, left the town.",
            [("backed", "which", "the ferry")],
        ),
        (  # an adjective after a determiner makes the cue a noun: its maker speaks
            "Volk gave a forceful promise to rebuild the quay.",
            [("promise", "Volk", "to rebuild the quay")],
        ),
        (  # so does a participle after a degree adverb in -ly
            "Volk began the day with a personally signed note that the quay was unsafe.",
            [("note", "Volk", "the quay was unsafe")],
        ),
        (  # an evaluation participle after a preposition's object: that object holds it
            "Volk gave a million pounds to a group backing the mayor.",
            [("backing", "a group", "the mayor")],
        ),
        (  # not after a preposition of setting: the clause's subject does
            "Volk went on record opposing the toll.",
            [("opposing", "Volk", "the toll")],
        ),
        (  # a naming participle on an object names it for the clause's subject
            'The guild paid to air a short film called "Our Quay" on the radio.',
            [("called", "The guild", '"Our Quay" on the radio')],
        ),
        (  # a participle after it then shares that subject, not the named object's
            'Volk says in the advert titled "Storm," warning against the toll.',
            [("titled", "Volk", '"Storm'), ("warning against", "Volk", "the toll")],
        ),
        (  # a relative aside on the object closes before a participle: the main subject's
            "Volk visited Berg, who had fallen ill, saying the quay was safe.",
            [("saying", "Volk", "the quay was safe")],
        ),
    ],
)
def test_speaker_phrases(page: str, records: list[tuple[str | None, str | None, str]]) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a conditional after the cue is what was said
            "Moss said if the council paid, the pier would reopen.",
            [("said", "Moss", "if the council paid, the pier would reopen")],
        ),
        (  # an aside right after "that" opens the reported clause
            "Moss said that, if elected, she would repair the quay.",
            [("said", "Moss", "if elected, she would repair the quay")],
        ),
        (  # a demonstrative "that" with a short tail reports nothing
            "Volk rejected that, too.",
            [],
        ),
        (  # "so" stands for what was said before; the adjunct after it is no content
            "Half of the crews said so in the spring.",
            [("said", "Half of the crews", "so")],
        ),
        (  # a hearer with its place, then a bare clause: the clause is the content
            "Mayor Ina Volk told a fishermen's meeting in Grimsby she would repair the quay.",
            [("told", "Mayor Ina Volk", "she would repair the quay")],
        ),
        (  # after a common noun a pronoun may open a relative clause: no bare content;
            # the object of "about" is what was asked
            "Volk asked the crews about remarks she had made.",
            [("asked", "Volk", "remarks she had made")],
        ),
    ],
)
def test_contents_after_the_cue(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


def test_asked_if_is_still_a_question() -> None:
    records = _records("Moss asked if the pier was safe.")
    assert records == [("asked", "Moss", "if the pier was safe")]


def test_a_sentence_opening_with_the_cue_names_the_speaker_after_it() -> None:
    page = "Said Moss, who grew up near the pier, “We were all so proud of it.”"
    assert _records(page) == [("Said", "Moss", "“We were all so proud of it.”")]


def test_a_slash_joins_the_names_of_a_poll() -> None:
    page = (
        "In a Gazette/Harbour Radio poll released Monday, 52 percent of residents backed the tram."
    )
    assert _records(page) == [
        ("In", "a Gazette/Harbour Radio poll", "52 percent of residents backed the tram")
    ]


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a long object before the quoted name
            "In April, Moss called the council’s plan for a $2.3 billion ferry terminal"
            " in Leeds “an absolute disgrace.”",
            [
                (
                    "called",
                    "Moss",
                    "the council’s plan for a $2.3 billion ferry terminal in Leeds"
                    " “an absolute disgrace.”",
                )
            ],
        ),
        (  # "that" right after the cue is a determiner
            "She called that scheme “a sensible one.”",
            [("called", "She", "that scheme “a sensible one.”")],
        ),
        (  # a possessive opens the name given
            "Moss called her late father her hero.",
            [("called", "Moss", "her late father her hero")],
        ),
        (  # a verb in a list after a comma shares the earlier subject
            "Moss suggested the plan was late, called it “third-rate” and left.",
            [
                ("suggested", "Moss", "the plan was late"),
                ("called", "Moss", "it “third-rate”"),
            ],
        ),
    ],
)
def test_called_names_its_object(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


def test_called_with_a_plain_object_is_no_attribution() -> None:
    assert _records("Moss called his brother on Monday.") == []


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            "Most crews see the new harbour fee as a tax on fishing.",
            [("see", "Most crews", "the new harbour fee as a tax on fishing")],
        ),
        (
            "Many residents view the tram as a waste of money.",
            [("view", "Many residents", "the tram as a waste of money")],
        ),
        ("They hold firm views: the pier must stay.", []),
        ("Crews see the pier as soon as the fog lifts.", []),
    ],
)
def test_seeing_an_object_as_something_is_a_belief(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


def test_a_plural_subject_backs_a_gerund_object() -> None:
    page = "Most residents support raising the harbour fee."
    assert _records(page) == [("support", "Most residents", "raising the harbour fee")]


def test_a_quantifier_standing_alone_is_the_subject_of_a_noun_like_cue() -> None:
    # "most" alone is a subject, so "oppose" before an object is the verb
    page = "The dockers were split, although most oppose the new rota."
    assert _records(page) == [("oppose", "most", "the new rota")]


def test_a_past_form_after_a_singular_noun_phrase_is_the_verb() -> None:
    # a past form between "the council" and its object is no noun
    page = "The council released its list of closed piers."
    assert _records(page) == [("released", "The council", "its list of closed piers")]


def test_a_subject_pronoun_after_a_noun_like_cue_opens_its_bare_clause() -> None:
    # "they" after "hope" starts a clause, so "hope" is the verb of "The dockers"
    page = "The dockers hope they can keep the night shift."
    assert _records(page) == [("hope", "The dockers", "they can keep the night shift")]


def test_a_base_form_after_a_plural_subject_takes_a_bare_object() -> None:
    # "want" agrees with "crews" as a verb, so "longer breaks" is what they want
    page = "Most ferry crews want longer breaks."
    assert _records(page) == [("want", "Most ferry crews", "longer breaks")]


def test_an_appositive_between_dashes_is_skipped_to_the_speaker() -> None:
    page = "Reynolds - a ferry pilot for 20 years - told the Gazette that the port was unsafe."
    assert _records(page) == [("told", "Reynolds", "the port was unsafe")]


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            "As Moss told the Gazette, the harbour fee pays for the pier.",
            [("told", "Moss", "the harbour fee pays for the pier")],
        ),
        ("But as Moss said, the pier is unsafe.", [("said", "Moss", "the pier is unsafe")]),
    ],
)
def test_an_opening_as_clause_names_the_source_of_the_main_clause(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            "Pollsters agree - Carl Moss: “One lesson was simple: keep counting.”",
            [(":", "Carl Moss", "“One lesson was simple: keep counting.”")],
        ),
        (
            "The result does not shock pollster Dana Reed: “Newcomers often win.”",
            [(":", "Dana Reed", "“Newcomers often win.”")],
        ),
        ("Berg told the Gazette: “The pier is safe.”", [("told", "Berg", "“The pier is safe.”")]),
    ],
)
def test_a_name_and_a_colon_before_a_quotation_name_its_speaker(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            "Moss proposed a new ferry timetable.",
            [("proposed", "Moss", "a new ferry timetable")],
        ),
        (
            "The harbour master dismissed the crews’ complaints about the fog horn.",
            [("dismissed", "The harbour master", "the crews’ complaints about the fog horn")],
        ),
        (  # a verb whose object is no message still needs a clause
            "Moss added a second crane to the quay.",
            [],
        ),
        ("Most dockers fear a strike.", [("fear", "Most dockers", "a strike")]),
        ("Moss thinks the world of her crew.", []),
    ],
)
def test_a_verb_of_message_or_attitude_reports_its_plain_object(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # the passive's agent speaks; its subject is what was said
            "The ferry timetable was rejected by the harbour board.",
            [("rejected", "the harbour board", "The ferry timetable")],
        ),
        (
            "The closure was first reported by the Gazette.",
            [("reported", "the Gazette", "The closure")],
        ),
        ("The pier was rebuilt by the navy.", []),  # no cue
        ("Moss was told to leave the quay.", []),  # no agent: the subject is the hearer
    ],
)
def test_a_passive_cue_with_an_agent_is_the_agent_s_attribution(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a short verb chain between the subject and "to": the subject speaks
            "The harbour master went on to say the pier was safe.",
            [("say", "The harbour master", "the pier was safe")],
        ),
        (
            "The crews were quick to add that the quay needed work.",
            [("add", "The crews", "the quay needed work")],
        ),
        (  # an object before "to" is not the subject: only a verb that makes it speak
            "The storm left Volk to say the pier was shut.",  # names it (test_made_to_speak)
            [],
        ),
        (  # an empty subject holds no view
            "It is hard to say whether the pier will reopen.",
            [],
        ),
    ],
)
def test_speaker_of_a_cue_in_a_to_infinitive(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


def test_participle_after_a_comma_inside_closing_quotation_marks() -> None:
    records = _records('Volk called the ferry "a lifeline," saying the town needed it.')
    assert records == [
        ("called", "Volk", 'the ferry "a lifeline'),
        ("saying", "Volk", "the town needed it"),
    ]


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a participle opening the sentence: the main clause's subject speaks
            "Conceding that the pier was unsafe, Volk warned that it would close.",
            [
                ("Conceding", "Volk", "the pier was unsafe"),
                ("warned", "Volk", "it would close"),
            ],
        ),
        (  # after a lead word, past a relative clause on the participle's object
            "After thanking the dockers, who had cheered, Volk said the quay was safe.",
            [
                ("thanking", "Volk", "the dockers"),
                ("said", "Volk", "the quay was safe"),
            ],
        ),
        (  # a lead word before a participle inside the clause
            "Volk replied before adding that the quay was safe.",
            [("adding", "Volk", "the quay was safe")],
        ),
        (  # two lead words open the sentence: the main clause's subject still speaks
            "Instead of blaming the crews, Volk said the storm had wrecked the quay.",
            [
                ("blaming", "Volk", "the crews"),
                ("said", "Volk", "the storm had wrecked the quay"),
            ],
        ),
        (  # a lead word that only opens a sentence
            "Besides attacking the ferry firm, Volk argued that the quay was too short.",
            [
                ("attacking", "Volk", "the ferry firm"),
                ("argued", "Volk", "the quay was too short"),
            ],
        ),
    ],
)
def test_adverbial_participles(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a verb that makes its object speak: the object speaks
            "The storm led harbour master Ina Volk to declare that the quay was unsafe.",
            [("declare", "harbour master Ina Volk", "the quay was unsafe")],
        ),
        (  # a verb of asking does not: the one asked has said nothing yet
            "The crews urged Volk to declare the quay unsafe.",
            [("urged", "The crews", "Volk to declare the quay unsafe")],
        ),
    ],
)
def test_made_to_speak(page: str, records: list[tuple[str | None, str | None, str]]) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a negated cue still names what was withheld; the cue shows the negation
            "Volk would not say whether the quay will reopen.",
            [("would not say", "Volk", "whether the quay will reopen")],
        ),
        (
            "Moss declined to say when the ferry would sail.",
            [("declined to say", "Moss", "when the ferry would sail")],
        ),
        (
            "Moss did not mention that the quay was shut.",
            [("did not mention", "Moss", "the quay was shut")],
        ),
        (  # "mention" is marked `negated` in the lexicon: what was left unsaid is named
            "Moss did not mention the quay.",
            [("did not mention", "Moss", "the quay")],
        ),
        (  # a negated speech verb with only an object reports no content (the issue)
            "Moss did not reveal the plans she made.",
            [],
        ),
        (  # a negated attitude is still one, with its object as content
            "The council did not back the plans she made.",
            [("did not back", "The council", "the plans she made")],
        ),
        (
            "Voters do not think the levy is fair.",
            [("do not think", "Voters", "the levy is fair")],
        ),
        (  # after a negation a word that is also a noun is the verb
            "The crews do not want a new rota.",
            [("do not want", "The crews", "a new rota")],
        ),
        ("The council did not release the files.", []),  # a negated act reports nothing
        ("There is no question that the quay was shut.", []),  # "no" negates a noun
    ],
)
def test_negated_cues(page: str, records: list[tuple[str | None, str | None, str]]) -> None:
    assert _records(page) == records


def test_according_to_after_a_comma_inside_closing_marks() -> None:
    # American style puts the comma inside the quotation: it still sets off the source
    records = _records('The quay "was never safe," according to the harbour board.')
    assert records == [("according to", "the harbour board", 'The quay "was never safe,"')]


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # a hearer in a "to" phrase before a question: the question is what was said
            "Ola Brun explained to the Gazette why the ferry was late.",
            [("explained", "Ola Brun", "why the ferry was late")],
        ),
        (  # an infinitive after "to" is no hearer
            "The board agreed to hear cases that the dockers brought.",
            [("agreed", "The board", "to hear cases that the dockers brought")],
        ),
    ],
)
def test_a_hearer_after_to_comes_before_the_content(
    page: str, records: list[tuple[str | None, str | None, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "cue", "speaker"),
    [
        # "that" after a noun, then a holder, a cue and a finite verb: an object relative
        ("It was a step that Ola Brun believes will calm the crews.", "believes", "Ola Brun"),
        # and a form that is also a noun ("hopes") is a verb there
        ("The port took a step that the board hopes will calm the crews.", "hopes", "the board"),
    ],
)
def test_a_cue_in_an_object_relative_before_its_verb(page: str, cue: str, speaker: str) -> None:
    [(found_cue, found_speaker, content)] = _records(page)
    assert (found_cue, found_speaker) == (cue, speaker)
    assert content.endswith("will calm the crews")


def test_a_noun_form_after_a_determiner_is_no_cue_before_a_verb() -> None:
    assert _records("The crews said that their hopes will fade.") == [
        ("said", "The crews", "their hopes will fade")
    ]


def test_an_opening_source_may_end_in_a_demonstrative_time() -> None:
    # "that night" closes the source phrase; it opens no relative clause
    records = _records(
        "According to the guard in charge of the quay that night, the film is untrue."
    )
    assert records == [("According to", "the guard in charge of the quay", "the film is untrue")]


@pytest.mark.parametrize(
    "page",
    [
        '"The pier is safe," Berg notes.',
        '"The pier is safe", the harbour master notes.',
        '"The pier is safe," notes Berg.',
    ],
)
def test_a_noun_like_cue_after_a_quotation_is_its_tag(page: str) -> None:
    [(cue, speaker, content)] = _records(page)
    assert cue == "notes" and speaker in ("Berg", "the harbour master")
    assert content.startswith('"The pier is safe')


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        ("The board, as reported by the Gazette on Monday, approved the plan.", "the Gazette"),
        ("The board approved the plan, according to the Gazette last week.", "the Gazette"),
        ("The board approved the plan, according to the Monday Gazette.", "the Monday Gazette"),
    ],
)
def test_a_source_ends_before_a_time_adverbial(page: str, speaker: str) -> None:
    [(_, found, _)] = _records(page)
    assert found == speaker


@pytest.mark.parametrize(
    ("page", "speaker"),
    [
        (
            "The mayors of Alden, Brill and Corve met on Monday and pledged to share buses.",
            "The mayors of Alden, Brill and Corve",
        ),
        ("Alden, Brill and Corve said they would share buses.", "Alden, Brill and Corve"),
        ("In Alden, Brill and Corve said they would share buses.", "Brill and Corve"),
    ],
)
def test_a_list_of_names_is_one_speaker(page: str, speaker: str) -> None:
    assert [found for _, found, _ in _records(page)] == [speaker]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            '"The ferry is late," said Will Doyle, the harbour master.',
            ("said", "Will Doyle", '"The ferry is late,"'),
        ),
        (
            "May Ellis told reporters the ferry was late.",
            ("told", "May Ellis", "the ferry was late"),
        ),
        ("Will Doyle said the ferry was late.", ("said", "Will Doyle", "the ferry was late")),
    ],
)
def test_a_given_name_that_is_also_a_modal_names_the_speaker(
    page: str, record: tuple[str, str, str]
) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "The ferry was late, said a longtime adviser to both unions.",
            ("said", "a longtime adviser to both unions", "The ferry was late"),
        ),
        (
            "An aide to the harbour master said the ferry was late.",
            ("said", "An aide to the harbour master", "the ferry was late"),
        ),
    ],
)
def test_to_after_a_noun_of_service_stays_in_the_speaker(
    page: str, record: tuple[str, str, str]
) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            '"Who would ride that ferry?" Ina Volk said to a crowd.',
            ("said", "Ina Volk", '"Who would ride that ferry?"'),
        ),
        (
            '"The ferry is late!" Ina Volk said to a crowd.',
            ("said", "Ina Volk", '"The ferry is late!"'),
        ),
        (
            '"Who would ride that ferry?" Ina Volk said of the operator.',
            ("said", "Ina Volk", '"Who would ride that ferry?"'),
        ),
    ],
)
def test_a_cue_with_an_adjunct_after_a_closing_question_or_exclamation(
    page: str, record: tuple[str, str, str]
) -> None:
    assert _records(page) == [record]


def test_a_cue_with_its_own_clause_after_a_quotation_keeps_it() -> None:
    page = '"The ferry is late." Ina Volk said the operator had failed.'
    assert _records(page)[-1] == ("said", "Ina Volk", "the operator had failed")


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (
            'Ina Volk called the rota "unfair", and walked out.',
            [("called", "Ina Volk", 'the rota "unfair"')],
        ),
        ("Ina Volk called him a coward, and walked out.", [("called", "Ina Volk", "him a coward")]),
        (
            'Ina Volk called the outcome of the ballot "shameful", and others agreed.',
            [("called", "Ina Volk", 'the outcome of the ballot "shameful"')],
        ),
        (
            'Ina Volk called the rota "unfair", and Jo Berg said it would change.',
            [
                ("called", "Ina Volk", 'the rota "unfair"'),
                ("said", "Jo Berg", "it would change"),
            ],
        ),
        (  # a second object joined by "and" stays
            "Ina Volk called him a coward and someone who had lied.",
            [("called", "Ina Volk", "him a coward and someone who had lied")],
        ),
    ],
)
def test_a_naming_cue_ends_before_a_second_predicate(
    page: str, records: list[tuple[str, str, str]]
) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    ("page", "hearer"),
    [
        ("Ina Volk told the Monday Courier that the rota was unfair.", "the Monday Courier"),
        (
            "Ina Volk told the Harbour Courier Tuesday that the rota was unfair.",
            "the Harbour Courier",
        ),
        ("Ina Volk told Radio Nord Friday that the rota was unfair.", "Radio Nord"),
    ],
)
def test_a_weekday_in_a_hearer_is_a_name_only_after_a_determiner(page: str, hearer: str) -> None:
    quotes = analyze_text(page).quotes
    assert [q.addressee.mention.text if q.addressee else None for q in quotes] == [hearer]
    assert [q.content.text for q in quotes] == ["the rota was unfair"]


def test_a_chain_to_a_cue_after_a_coordinator_is_a_second_predicate() -> None:
    # a past form and "to" between the coordinator and the cue
    assert _records("Ina Volk praised the crew and went on to say the quay was safe.") == [
        ("praised", "Ina Volk", "the crew"),
        ("say", "Ina Volk", "the quay was safe"),
    ]
    # an adverb before the past form
    page = "Jo Berg thanked the pilots but then tried to argue that the dock was sound."
    assert _records(page) == [
        ("thanked", "Jo Berg", "the pilots"),
        ("argue", "Jo Berg", "the dock was sound"),
    ]
    # an object before "to" speaks itself: no second predicate of the subject
    page = "Ina Volk praised the crew and begged reporters to ask about the quay."
    assert _records(page) == [
        ("praised", "Ina Volk", "the crew and begged reporters to ask about the quay")
    ]


def test_a_relative_pronoun_before_a_speaker_is_what_the_cue_reports() -> None:
    # the object of the relative clause is the pronoun: it stands for the content
    assert _records("The council dropped the toll, which Jo Berg had defended.") == [
        ("defended", "Jo Berg", "which")
    ]
    # an "as" complement after the cue joins it, as a second part
    page = "The port kept the old crane, which she views as a hazard."
    (found,) = find_quotes(page, [(0, len(page))])
    assert [page[s:e] for s, e in found.parts] == ["which", "as a hazard"]


@pytest.mark.parametrize(
    ("page", "parts"),
    [
        (  # a quoted "as" complement
            'The port kept the old crane, which she described as "a hazard."',
            ["which", 'as "a hazard."'],
        ),
        (  # the pronoun is the subject of the clause the cue reports
            "The council backed the new tram, which Volk believes will pay for itself.",
            ["which", "will pay for itself"],
        ),
    ],
)
def test_a_relative_pronoun_takes_the_rest_of_its_clause(page: str, parts: list[str]) -> None:
    found = [f for f in find_quotes(page, [(0, len(page))]) if f.parts[0][0] > 20]
    assert [[page[s:e] for s, e in f.parts] for f in found] == [parts]


def test_a_relative_clause_inside_reported_words_keeps_its_own_record() -> None:
    assert _records("Ina Volk praised the quay, which she described as a gem.") == [
        ("praised", "Ina Volk", "the quay, which she described as a gem"),
        ("described", "she", "which she described as a gem"),
    ]


def test_that_as_a_determiner_after_a_parenthetical_cue_opens_no_content() -> None:
    # "that" after a verb of the reported clause is its object's determiner: the content
    # is the clause around the cue, not the words after "that"
    records = _records("If the vote is close, the party said, it may not file that appeal.")
    assert [r[2] for r in records] == [
        "If the vote is close, the party said, it may not file that appeal"
    ]


def test_according_to_after_a_clause_without_a_comma_vouches_for_that_clause() -> None:
    assert _records("The ferry will run again in May according to the harbour master.") == [
        ("according to", "the harbour master", "The ferry will run again in May")
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # a subordinate clause after the tag: its cue reports what follows it
            '"Wait for the tide," the skipper told the crew, as she explained how the '
            "channel silts up.",
            ("explained", "she", "how the channel silts up"),
        ),
        (  # a relative clause on the speaker: the same
            '"We will win," said Ina Volk, a nurse, who said the ward was full.',
            ("said", "who", "the ward was full"),
        ),
        (  # a title in quotation marks before the speaker: the cue's object follows it
            'In her memoir, "A Life at Sea," published in 2010, Ina Volk described how '
            "the pier was built.",
            ("described", "Ina Volk", "how the pier was built"),
        ),
        (
            'After Lee called the plan "a disaster," the mayor discussed the cost of the pier.',
            ("discussed", "the mayor", "the cost of the pier"),
        ),
    ],
)
def test_a_cue_with_words_after_it_reports_them_not_a_quotation_before(
    page: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _records(page)


def test_a_second_finite_cue_after_and_is_a_predicate_of_its_own() -> None:
    # "opposes" is also a noun form; after "and", finite and before an object, it is the
    # subject's second verb, and the first content ends before it
    assert _records("She backs the new levy and opposes the toll.") == [
        ("backs", "She", "the new levy"),
        ("opposes", "She", "the toll"),
    ]


@pytest.mark.parametrize(
    ("page", "parts"),
    [
        (  # past an apposition on the speaker
            '"The risk," said Ann Lee, a builder who lives in Ayr, "is that the pier will fall."',
            ['"The risk,"', '"is that the pier will fall."'],
        ),
        (  # an inverted tag inside a clause: the clause resumes after it
            "The harbour, said Ann Lee, is the heart of the town.",
            ["The harbour", "is the heart of the town"],
        ),
        (  # a long quotation in a sentence with no cue resumes the quote before it
            '"We lost," said Ann Lee. Unless the town pays, "the old pier will close for good."',
            ['"We lost,"', '"the old pier will close for good."'],
        ),
    ],
)
def test_a_quotation_after_the_tag_resumes_the_quote(page: str, parts: list[str]) -> None:
    (found,) = find_quotes(page, [(0, len(page))])
    assert [page[s:e] for s, e in found.parts] == parts


def test_a_cueless_quotation_continues_the_speech_sentence_just_before_it() -> None:
    page = '"We lost," said Ann Lee. She said the pier is old. "We should fix it before winter."'
    found = find_quotes(page, [(0, len(page))])
    assert [[page[s:e] for s, e in f.parts] for f in found] == [
        ['"We lost,"'],
        ["the pier is old", '"We should fix it before winter."'],
    ]


def test_the_grounds_after_a_passive_agent_are_content_not_part_of_the_agent() -> None:
    page = "Ina Volk has been criticized by some fishers for failing to fix the pier."
    (found,) = find_quotes(page, [(0, len(page))])
    assert found.speaker is not None and page[slice(*found.speaker)] == "some fishers"
    assert [page[s:e] for s, e in found.parts] == ["Ina Volk", "for failing to fix the pier"]


@pytest.mark.parametrize(
    ("page", "parts"),
    [
        # a declaration no one is named for: the subject and what it was declared are content
        (
            "Lena Ask was declared the winner in Ayr, and her rival conceded on Friday.",
            ["Lena Ask", "the winner in Ayr"],
        ),
        (
            "Tom Hale was announced as the new coach of the club.",
            ["Tom Hale", "the new coach of the club"],
        ),
        # a view's complement holds no verb: a comma opening a clause of its own ends it
        (
            "The pier is widely seen as a risk, and the council has closed it.",
            ["The pier", "a risk"],
        ),
    ],
)
def test_an_agentless_passive_view_reports_its_subject_and_complement(
    page: str, parts: list[str]
) -> None:
    (found,) = find_quotes(page, [(0, len(page))])
    assert found.speaker is None
    assert [page[s:e] for s, e in found.parts] == parts
