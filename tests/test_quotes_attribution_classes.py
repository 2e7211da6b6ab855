"""quotes: PARC-style attribution beyond speech (belief, intention, evaluation, evidence),
each record carrying its class in `cue_lexicon_id`, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze.speech_cues import CUE_CLASSES, find_cues
from dateline.lexicons import load_jsonl

from .quote_records import classed_records as _records

# the attribution classes, and "setting" (adjuncts that make no record)
CLASSES = {*CUE_CLASSES, "setting"}


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "The harbour board believes that the pier can be saved.",
            ("belief.believes", "The harbour board", "believes", "the pier can be saved"),
        ),
        (
            "Fishermen fear that the new quota will empty the village.",
            ("belief.fear", "Fishermen", "fear", "the new quota will empty the village"),
        ),
        (
            "The council is convinced that the tram will pay for itself.",
            (
                "belief.is_convinced",
                "The council",
                "is convinced",
                "the tram will pay for itself",
            ),
        ),
        (
            "The union decided to call off the strike.",
            ("intention.decided", "The union", "decided", "to call off the strike"),
        ),
        (
            "The mayor sought to calm the traders.",
            ("intention.sought", "The mayor", "sought", "to calm the traders"),
        ),
        (
            "A survey of local shops found that most expect a slow winter.",
            (
                "evidence.found",
                "A survey of local shops",
                "found",
                "most expect a slow winter",
            ),
        ),
        (
            "Council records show the depot was sold twice.",
            ("evidence.show", "Council records", "show", "the depot was sold twice"),
        ),
        (
            "Anna Berg criticized the harbour plan.",
            ("evaluation.criticized", "Anna Berg", "criticized", "the harbour plan"),
        ),
        (
            "The senator praised the firefighters for their calm.",
            (
                "evaluation.praised",
                "The senator",
                "praised",
                "the firefighters for their calm",
            ),
        ),
        (
            "Jo Marsh described the budget as “a shell game.”",
            ("evaluation.described", "Jo Marsh", "described", "the budget as “a shell game.”"),
        ),
        (
            "Jo Marsh called the budget “a shell game.”",
            ("evaluation.called", "Jo Marsh", "called", "the budget “a shell game.”"),
        ),
        (
            "The mayor blamed the storm for the delay.",
            ("evaluation.blamed", "The mayor", "blamed", "the storm for the delay"),
        ),
        (  # a bare clause whose verb is in -s ("wants"), not a plain object
            "I think the mayor wants a new pier.",
            ("belief.think", "I", "think", "the mayor wants a new pier"),
        ),
        (  # negated, still a stance on the plan
            "The council did not criticize the plan.",
            ("evaluation.criticize", "The council", "did not criticize", "the plan"),
        ),
        (  # a restrictive "that" speaks for the noun phrase before it
            "Dock workers joined the union that endorsed Lena Ostrow in May.",
            ("evaluation.endorsed", "the union that", "endorsed", "Lena Ostrow in May"),
        ),
    ],
)
def test_quotes_attribution_classes_records(page: str, record: tuple[str, str, str, str]) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    "page",
    [
        "Jo Marsh called her brother on Monday.",  # no quotation: a phone call
        "The plan was discussed at the meeting.",  # passive, no agent: the subject is no source
        "The show ran for three weeks.",  # a noun
        "Rain fell for most of the day.",  # no cue at all
    ],
)
def test_quotes_attribution_classes_no_record(page: str) -> None:
    assert _records(page) == []


def test_quotes_attribution_classes_speech_id_keeps_its_class() -> None:
    assert [r[0] for r in _records("The mayor said the pier was safe.")] == ["speech.said"]


def test_speech_cues_lexicon_ids_start_with_the_label() -> None:
    for entry in load_jsonl("speech_cues.jsonl"):
        assert entry.label in CLASSES, entry.id
        assert entry.id.startswith(f"{entry.label}."), entry.id


@pytest.mark.parametrize(
    ("text", "cue_class"),
    [
        ("said", "speech"),
        ("believes", "belief"),
        ("sought", "intention"),
        ("criticized", "evaluation"),
        ("showed", "evidence"),
        ("according to", "source"),
        ("in a statement", "setting"),
    ],
)
def test_speech_cues_cue_class(text: str, cue_class: str) -> None:
    assert [m.cue.cue_class for m in find_cues(text)] == [cue_class]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "The engineer pointed out that the tide tables were wrong.",
            ("speech.pointed_out", "The engineer", "pointed out", "the tide tables were wrong"),
        ),
        (
            "The ferry captain talked about the winter storms.",
            ("speech.talked_about", "The ferry captain", "talked about", "the winter storms"),
        ),
        (
            "Local traders decried the parking charges.",
            ("evaluation.decried", "Local traders", "decried", "the parking charges"),
        ),
        (
            "The harbour board refused to sell the old depot.",
            ("intention.refused", "The harbour board", "refused", "to sell the old depot"),
        ),
        (
            # no one holds the expectation: the subject is part of the content
            "The new quay is expected to open in May.",
            ("belief.expected", None, "expected", "The new quay is expected to open in May"),
        ),
        (
            "It is widely expected that the council will approve the tram.",
            ("belief.expected", None, "expected", "the council will approve the tram"),
        ),
        (
            # a judgment no one named passes on the subject: no speaker
            "The harbour master was widely criticized for the late ferries.",
            (
                "evaluation.criticized",
                None,
                "criticized",
                "The harbour master was widely criticized for the late ferries",
            ),
        ),
        (
            "The ferry captain was accused of ignoring the storm warning.",
            (
                "speech.accused",
                None,
                "accused",
                "The ferry captain was accused of ignoring the storm warning",
            ),
        ),
    ],
)
def test_quotes_attribution_classes_wider_cues(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "The ferry captain expressed concern about the storm.",
            ("speech.expressed", "The ferry captain", "expressed", "concern about the storm"),
        ),
        (
            "The mayor voiced doubts about the budget.",
            ("speech.voiced", "The mayor", "voiced", "doubts about the budget"),
        ),
        (
            "The harbour board plans to rebuild the pier next spring.",
            ("intention.plans", "The harbour board", "plans", "to rebuild the pier next spring"),
        ),
        (
            "Residents learned that the library would close in June.",
            ("belief.learned", "Residents", "learned", "the library would close in June"),
        ),
        (
            "The union threatened to strike before the holidays.",
            ("speech.threatened", "The union", "threatened", "to strike before the holidays"),
        ),
        (
            "Councillor Berg compared the tram plan to a sinking ship.",
            (
                "evaluation.compared",
                "Councillor Berg",
                "compared",
                "the tram plan to a sinking ship",
            ),
        ),
        (
            "The union would like to meet the minister.",
            ("intention.would_like", "The union", "would like", "to meet the minister"),
        ),
        (
            "The mayor recognized that the plan had failed.",
            ("belief.recognized", "The mayor", "recognized", "the plan had failed"),
        ),
    ],
)
def test_quotes_attribution_classes_cues_from_the_inventory(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "The fishermen called him a dreamer.",
            ("evaluation.called", "The fishermen", "called", "him a dreamer"),
        ),
        (
            "Jo Marsh called the new tram a waste of money.",
            ("evaluation.called", "Jo Marsh", "called", "the new tram a waste of money"),
        ),
        # a pronoun object: what it is called follows it right away
        (
            "The ferryman calls himself a poet.",
            ("evaluation.calls", "The ferryman", "calls", "himself a poet"),
        ),
        (
            "Critics called it the costliest bridge in the county.",
            ("evaluation.called", "Critics", "called", "it the costliest bridge in the county"),
        ),
        (
            "The rowers called them cheats and left.",
            ("evaluation.called", "The rowers", "called", "them cheats"),
        ),
        (
            "Half the members called themselves very cautious.",
            ("evaluation.called", "Half the members", "called", "themselves very cautious"),
        ),
        (
            "The mayor hopes to open the bridge in May.",
            ("belief.hopes", "The mayor", "hopes", "to open the bridge in May"),
        ),
    ],
)
def test_quotes_attribution_classes_naming_and_hoping(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    "page",
    [
        "Jo Marsh called him on Monday.",
        "The council called a vote on the tram.",
        "Jo Marsh called him back.",
        "The clerk called them Tuesday.",
        "The clerk called her twice.",
    ],
)
def test_quotes_attribution_classes_a_call_is_no_naming(page: str) -> None:
    assert _records(page) == []


@pytest.mark.parametrize(
    ("page", "class_id", "content"),
    [
        (
            "The harbour board refused to comment on the depot.",
            "refusal.refused_to",
            "to comment on the depot",
        ),
        (
            "A ferry spokeswoman declined to discuss the fares.",
            "refusal.declined_to",
            "to discuss the fares",
        ),
        ("Mayor Ida Lund declines to speculate.", "refusal.declines_to", "to speculate"),
    ],
)
def test_quotes_attribution_classes_refusal_to_speak_is_a_refusal_record(
    page: str, class_id: str, content: str
) -> None:
    # PolNeAR annotates a refusal to speak, with the infinitive as its content; it is kept
    # out of "speech" (nothing was said) in a class of its own a user can filter on
    assert [(r[0], r[3]) for r in _records(page)] == [(class_id, content)]


def test_quotes_attribution_classes_unanswered_request_is_a_refusal_record() -> None:
    # "did not respond to a request for comment": nothing was said, the request is content
    page = "A spokesman for the ferry line did not respond to a request for comment."
    assert _records(page) == [
        (
            "refusal.not_respond",
            "A spokesman for the ferry line",
            "did not respond to",
            "a request for comment",
        )
    ]
    answered = _records("Berg responded to the letter with a shrug.")
    assert [r[0] for r in answered] == ["speech.responded"]


def test_quotes_attribution_classes_refusal_to_act_stays_an_intention() -> None:
    records = _records("The harbour board refused to sell the depot.")
    assert records == [("intention.refused", "The harbour board", "refused", "to sell the depot")]


def test_quotes_attribution_classes_refusal_entries_are_never_matched_alone() -> None:
    # the "refusal" entries ("declined to") are read through the refusal cue ("declined")
    assert [m.cue.id for m in find_cues("Berg declined.")] == ["intention.declined"]


def test_quotes_attribution_classes_refusal_names_what_was_withheld() -> None:
    # PolNeAR annotates a refused or negated speech act with the question it left open;
    # the cue shows the refusal
    records = _records("The harbour board refused to say whether the depot was sold.")
    assert records == [
        ("speech.say", "The harbour board", "refused to say", "whether the depot was sold")
    ]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "Berg did not mention the harbour plan by name.",
            ("speech.mention", "Berg", "did not mention", "the harbour plan by name"),
        ),
        (
            "The mayor is not expected to attend the opening.",
            (
                "belief.expected",
                None,
                "is not expected",
                "The mayor is not expected to attend the opening",
            ),
        ),
        (
            "The mayor isn't expected to attend the opening.",
            (
                "belief.expected",
                None,
                "isn't expected",
                "The mayor isn't expected to attend the opening",
            ),
        ),
    ],
)
def test_quotes_attribution_classes_negated_forms_that_still_attribute(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    assert record in _records(page)


def test_quotes_attribution_classes_referring_to_borrows_the_speaker() -> None:
    records = _records("“The wall will hold,” Berg said, referring to the new breakwater.")
    assert records == [
        ("speech.said", "Berg", "said", "“The wall will hold,”"),
        ("speech.referring_to", "Berg", "referring to", "the new breakwater"),
    ]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "The islanders want to keep the old ferry.",
            ("intention.want", "The islanders", "want", "to keep the old ferry"),
        ),
        (
            "Most councillors supported the new tram line.",
            ("evaluation.supported", "Most councillors", "supported", "the new tram line"),
        ),
        (
            # no one holds the view: the subject is part of the content
            "The tide seems to be turning against the plan.",
            ("belief.seems", None, "seems", "The tide seems to be turning against the plan"),
        ),
    ],
)
def test_quotes_attribution_classes_want_support_seem(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    assert _records(page) == [record]


def test_quotes_attribution_classes_speakers_own_belief_with_that_is_no_second_record() -> None:
    # "she believes that ..." inside her own words is what she said; a named second
    # holder ("the board believes that ...") keeps its record
    records = _records("The ferry captain said he believes that the pier is safe.")
    assert records == [
        ("speech.said", "The ferry captain", "said", "he believes that the pier is safe")
    ]


def test_quotes_attribution_classes_respondents_words_are_the_surveys_finding() -> None:
    records = _records("A new survey found that most dockers said the pier was unsafe.")
    assert records == [
        ("evidence.found", "A new survey", "found", "most dockers said the pier was unsafe")
    ]


def test_quotes_attribution_classes_respondents_words_are_the_sourced_surveys_finding() -> None:
    records = _records("According to a new survey, most dockers said the pier was unsafe.")
    assert records == [
        (
            "source.according_to",
            "a new survey",
            "According to",
            "most dockers said the pier was unsafe",
        )
    ]


def test_quotes_attribution_classes_attitude_inside_reported_words_is_no_second_record() -> None:
    records = _records("The ferry captain said the islanders want a new harbour.")
    assert records == [
        ("speech.said", "The ferry captain", "said", "the islanders want a new harbour")
    ]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "Fishermen fear the quota will empty the village, the harbour master said.",
            (
                "speech.said",
                "the harbour master",
                "said",
                "Fishermen fear the quota will empty the village",
            ),
        ),
        (
            "Ferry crews have criticised the plan for weeks, the union said.",
            ("speech.said", "the union", "said", "Ferry crews have criticised the plan for weeks"),
        ),
    ],
)
def test_quotes_attribution_classes_attitude_before_a_trailing_cue_is_its_content(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    # "..., X said" reports the whole clause before it, the attitude's cue included
    assert _records(page) == [record]


@pytest.mark.parametrize(
    ("page", "content"),
    [
        (
            "The mayor said the crews were tired of passengers asking for refunds.",
            "the crews were tired of passengers asking for refunds",
        ),
        (
            "Lee said the board spent the whole evening discussing the new tram line.",
            "the board spent the whole evening discussing the new tram line",
        ),
    ],
)
def test_quotes_attribution_classes_participle_inside_reported_words_is_no_second_record(
    page: str, content: str
) -> None:
    # an "-ing" cue inside what was said is part of those words, not an attribution
    assert [(r[0], r[3]) for r in _records(page)] == [("speech.said", content)]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "Fishermen back the new quota.",
            ("evaluation.back", "Fishermen", "back", "the new quota"),
        ),
        (  # an adverb between the name and the verb
            "Lee still favors a new quota.",
            ("evaluation.favors", "Lee", "favors", "a new quota"),
        ),
        (  # an appositive between the subject and the verb
            "Jo Berg, 33, of Leeds, dismisses the idea.",
            ("speech.dismisses", "Jo Berg", "dismisses", "the idea"),
        ),
        (  # after a name, an -s form with a bare object is the verb
            "Volk claims victory in the vote.",
            ("speech.claims", "Volk", "claims", "victory in the vote"),
        ),
        (  # a singular noun phrase before a form in -s is its subject
            "The report notes the council inspects most harbours.",
            ("speech.notes", "The report", "notes", "the council inspects most harbours"),
        ),
        (
            # no holder, an adjective complement
            "The harbour board seemed unmoved by the protest.",
            (
                "belief.seemed",
                None,
                "seemed",
                "The harbour board seemed unmoved by the protest",
            ),
        ),
    ],
)
def test_quotes_attribution_classes_homograph_verb_and_predicative(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    "page",
    [
        "The editor's note: the pier story was updated.",  # a possessed noun before a colon
        "Strong support came from the traders.",  # a noun
        "The mayor appeared at the harbour.",  # "appear" with a place, no view
        "The Leeds attacks test his plan.",  # a noun: a verb with its own object follows
    ],
)
def test_quotes_attribution_classes_homograph_noun_is_no_record(page: str) -> None:
    assert _records(page) == []


def test_quotes_attribution_classes_named_subject_of_seem_to_holds_the_stance() -> None:
    assert _records("On Monday, Anna Berg seemed to concede the point.") == [
        ("belief.seemed", "Anna Berg", "seemed", "to concede the point")
    ]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            # a cue in the infinitive: its subject takes the stance, whoever it is
            "The harbour board seemed to mock the new plan.",
            ("belief.seemed", "The harbour board", "seemed", "to mock the new plan"),
        ),
        (
            "The old survey appears to be hoping for a quieter summer.",
            (
                "belief.appears",
                "The old survey",
                "appears",
                "to be hoping for a quieter summer",
            ),
        ),
        (
            # a plural noun of people is someone named, as a name is
            "Younger voters seem to favour a longer pier.",
            ("belief.seem", "Younger voters", "seem", "to favour a longer pier"),
        ),
        (
            # a second predicate of the clause: its subject takes the stance
            "Anna Berg toured the quay and seemed to mock the new plan.",
            ("belief.seemed", "Anna Berg", "seemed", "to mock the new plan"),
        ),
    ],
)
def test_quotes_attribution_classes_cue_after_seem_to_gives_the_subject_the_stance(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            # no one named speaks: the subject and the verb phrase are the content
            "The ferry company reportedly plans a new route to the islands.",
            (
                "speech.reportedly",
                None,
                "reportedly",
                "The ferry company reportedly plans a new route to the islands",
            ),
        ),
        (
            # to the clause's first comma, and past an auxiliary or a passive
            "The old pier was reportedly damaged by the storm, the paper said.",
            (
                "speech.reportedly",
                None,
                "reportedly",
                "The old pier was reportedly damaged by the storm",
            ),
        ),
        (
            "Reportedly, the harbour master left the island before dawn.",
            (
                "speech.reportedly",
                None,
                "Reportedly",
                "the harbour master left the island before dawn",
            ),
        ),
    ],
)
def test_quotes_attribution_classes_reportedly_is_a_view_with_no_speaker(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    assert _records(page)[0] == record


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            # a cue verb after it makes the record
            "Anna Berg reportedly said that the pier would close.",
            ("speech.said", "Anna Berg", "said", "the pier would close"),
        ),
        (
            # a participle on another clause: not what was reported alone
            "Berg toured the coast, reportedly winning over the fishermen.",
            None,
        ),
    ],
)
def test_quotes_attribution_classes_reportedly_gives_way(
    page: str, record: tuple[str, str | None, str, str] | None
) -> None:
    assert _records(page) == ([record] if record else [])


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            # a view no one named holds: the subject and the as-phrase are the content
            "The old pier is widely seen as a danger to swimmers.",
            (
                "belief.seen",
                None,
                "seen as",
                "The old pier is widely seen as a danger to swimmers",
            ),
        ),
        (
            "The ferry plan was seen by some as a betrayal of the island.",
            (
                "belief.seen",
                "some",
                "seen",
                "The ferry plan was seen by some as a betrayal of the island",
            ),
        ),
        (
            "Two of the old boats were deemed unsafe.",
            ("evaluation.deemed", None, "deemed", "Two of the old boats were deemed unsafe"),
        ),
        (
            # in a relative clause the view closes at its comma
            "The ferry, which is viewed as a lifeline, will be sold.",
            ("belief.viewed", None, "viewed as", "which is viewed as a lifeline"),
        ),
    ],
)
def test_quotes_attribution_classes_passive_view_has_no_holder(
    page: str, record: tuple[str, str | None, str, str]
) -> None:
    assert _records(page) == [record]


@pytest.mark.parametrize(
    "page",
    [
        "The harbour master was seen leaving the pier.",  # a sighting, no view
        "The ferry was seen by the crew at dawn.",
    ],
)
def test_quotes_attribution_classes_passive_seen_without_as_is_no_record(page: str) -> None:
    assert _records(page) == []


@pytest.mark.parametrize(
    ("page", "record"),
    [
        (
            "The poll by the Harbour Institute of Tallinn showed Lane leading Berg.",
            (
                "evidence.showed",
                "The poll by the Harbour Institute of Tallinn",
                "showed",
                "Lane leading Berg",
            ),
        ),
        (
            "The latest polling in the north shows Lane closing the gap.",
            ("evidence.shows", "The latest polling in the north", "shows", "Lane closing the gap"),
        ),
    ],
)
def test_quotes_attribution_classes_a_record_heading_a_longer_subject(
    page: str, record: tuple[str, str, str, str]
) -> None:
    """The record noun may head a subject with prepositional phrases: it still shows its
    plain object, and the whole phrase is the source."""
    assert record in _records(page)
