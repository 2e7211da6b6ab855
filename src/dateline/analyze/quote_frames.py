"""How one speech cue reads: who speaks, to whom, and on which side the content is.

A `Frame` is filled from the tokens of one sentence (or run of sentences joined by a
quotation) around a cue from `lexicons/speech_cues.jsonl`:

- content after the cue: "X said (that) ...", "X told Y ...", "X said: "..."",
  "X called for Y to ...", "X said in an interview with Z last week that ...";
- content before it: "CONTENT, X said.", '"...," X said of ...', '"...," said X, a ...',
  "CONTENT, X told Y, adding that ..." (the participle borrows X and Y);
- a parenthetical cue: "The pier, X said, would close" (content on both sides);
- noun cues: "according to X, ...", "..., according to X";
- a passive with its agent: "The plan was rejected by the board" (the board speaks,
  the subject is the content), also in a relative clause ("which was rejected by the
  board": the pronoun is the content) and as a participle on a noun ("the plan, opposed
  by the board,");
- no quote: negated ("did not say", "declined to comment"), passive ("was told"), a
  noun use ("the state", "a pledged delegate"), or no reported content ("flagged the
  plan in the meeting", "said nothing").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.analyze.quote_marks import ALL_MARKS, QuoteRegion
from dateline.analyze.quote_phrases import (
    EMPTY_SUBJECTS,
    Token,
    addressee_after,
    clause_subject,
    describes_one_person,
    in_class,
    ly_adverb,
    named_apposition_after,
    past_form,
    phrase_after,
    phrase_before,
    skip_back,
    skip_forward,
    speaker_before,
    tokenize,
    word_classes,
)
from dateline.analyze.speech_cues import Cue, CueMatch, cue_index, refusal_cue

__all__ = ["Frame", "names_a_poll", "plausible", "read_frame"]

_STOPS = frozenset(".!?;")
_CLAUSE_LOOKAHEAD = 10
_ADJUNCT_LOOKAHEAD = 16
_OBJECT_LOOKAHEAD = 24
_SUBJECT_REACH = 30
_SOURCE_REACH = 24
_POLL_PHRASE_CHARS = 120
_PHRASE_ON_CUE = 16  # tokens of a phrase between a cue and a split quote's second part
_APPOSITION_REACH = 16  # tokens of an apposition on the speaker before a split quote's part
_ASKED_LEADS = frozenset({"when", "if", "after", "once", "as", "while"})
_ASKED_NEXT = frozenset({"about", "by", "if", "for", "to", "on"})
_TITLE_WORDS = 6
_VIEW_REACH = 12  # words of a passive view's complement searched for its "by" agent
_RECORD_LINKS = 2  # prepositional phrases between a record noun and an evidence cue


@dataclass
class Frame:
    """How one cue reads, before contents are cut (token indexes into the unit)."""

    match: CueMatch
    first: int
    last: int
    speaker: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    inherit: bool = False
    right: int | None = None
    before: bool = False
    after_comma: int | None = None
    clause_start: int | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)
    in_open: bool = False
    antecedent: tuple[int, int] | None = None
    aside: bool = False
    asked: bool = False
    subject: tuple[int, int] | None = None
    agentless: bool = False
    pro_form: bool = False
    negation: int | None = None  # where a negated cue's negation starts ("did not say")
    opening: bool = False  # a participle opening the sentence: the main clause's subject speaks
    agent: tuple[int, int] | None = None
    particle: int | None = None  # the preposition of "warned about X": the cue ends there
    # a quotation closed the sentence before ('"Why?" Berg said to a crowd.')
    quoted_before: bool = False
    # the bracket that opens a tag's aside ("(trade halved, Lund says)"): content starts after it
    bracket_open: int | None = None
    # the "refusal" class entry the record takes: "declined to comment" is a refusal to speak
    refusal: Cue | None = None


_NAMED_OBJECT_WORDS = 6
_NAMING_DETERMINERS = frozenset({"a", "an", "his", "her", "their", "its", "our", "my", "your"})


def plausible(
    frame: Frame, tokens: list[Token], regions: list[QuoteRegion], settings: frozenset[int]
) -> bool:
    """False for a cue word used otherwise: negated, passive, a noun ("the state")."""
    cue = frame.match.cue
    if cue.clause_adverb:
        return True  # "was reportedly targeted": the adverb, not the verb, is the cue
    if _in_a_name(tokens, frame.first):
        return False  # "told The Huffington Post", "spokeswoman Hope Hicks said"
    negation = _negation(tokens, frame.first)
    if negation is not None:
        if (
            any(t.low == "no" for t in tokens[negation : frame.first])
            or not (cue.negated_ok or _negation_attributes(frame, tokens, settings))
            or _refusal_to_speak(tokens, negation, frame, settings)
        ):
            return False  # "there is no question that ...": "no" negates a noun
        frame.negation = negation  # the cue shows it: "would not say whether ..."
        if cue.negated_refusal:  # "did not respond to a request for comment"
            frame.refusal = refusal_cue(f"not {cue.pattern}")
    if _passive(tokens, frame.first, cue):
        frame.asked = cue.question  # "Berg was asked whether ...": the question is content
        # "The vote is expected to ...", "was widely criticized": a view no one named holds
        frame.agentless = cue.passive_agentless or cue.passive_judgment
        if not frame.asked:
            frame.agent = _passive_agent(tokens, frame.last + 1, settings)
            frame.agentless = frame.agentless and frame.agent is None
            if cue.passive_view == "as" and not _as_after_agent(tokens, frame, settings):
                return False  # "was seen by the crew", "was seen leaving"
            if cue.passive_view and frame.agent is None:
                k = skip_forward(tokens, frame.last + 1, settings)
                view = _view_complement(tokens, k, cue)
                if view is not None and cue.passive_view == "predicate":
                    # "was declared the winner by the board": the agent after the view
                    frame.agent = _agent_after_view(tokens, view, settings)
                frame.agentless = view is not None and frame.agent is None
        return frame.asked or frame.agentless or frame.agent is not None
    frame.agent = _reduced_passive_agent(tokens, frame, settings)
    if frame.agent is not None:
        # "a plan backed by the board": the board backs the plan; a participle set off by
        # a comma closes at the next one ("The levy, seen by many as a burden, was cut")
        frame.aside = tokens[skip_back(tokens, frame.first - 1, 0)].text == ","
        return True
    frame.agentless = cue.agentless
    if frame.first > 0 and in_class(tokens[frame.first - 1], "noun_determiner"):
        return False  # "a pledged delegate", "send a signal": a noun or adjective
    if _compound_head(tokens, frame.first):
        return False  # "the reality show", "a talk show host": the head of a compound noun
    if _after_preposition(tokens, frame.first, cue):
        return False  # "a lead in pledged delegates": no verb follows a preposition
    if frame.first > 0 and _possessive(tokens[frame.first - 1]) and not cue.noun:
        return False  # "Berg's reported income": an adjective after a possessive
    if cue.quoted_object and not (
        _quotation_in_clause(tokens, frame.last + 1, regions)
        or _named_as(tokens, frame.last + 1)
        or _named_pronoun(tokens, frame.last + 1)
        or _judged_as(tokens, frame.last + 1)
        or _as_follows(tokens, frame.last)  # "cast the plan as a risk"
        or _quotation_tag(tokens, frame.first, regions)  # '"...," the sign read'
    ):
        return False  # "called him on Monday" is no attribution; 'called it "a farce"' is
    if cue.deprives and _two_objects(tokens, frame.last + 1):
        return False  # "denied them a majority": kept it from them, said nothing
    if _spoken_filler(tokens, frame, cue):
        return False  # "you know, the pier ...": a filler, not an attitude
    if _question_to_the_reader(tokens, frame, cue):
        return False  # "Do you back the toll?": a question put, no one's stance
    if cue.as_only and not _as_follows(tokens, frame.last):
        return False  # "their views", "in that regard"
    if cue.homograph:
        k = skip_forward(tokens, frame.last + 1, settings)
        return _homograph_ok(tokens, frame.first, k, regions, cue)
    return True


def _compound_head(tokens: list[Token], k: int) -> bool:
    """True when the form at `k` heads a compound noun with the word before it ("the
    reality show", "a TV show", "talk shows"), a modifier that is no name's last word
    ("Fox News reported", "BFM TV said": the outlet speaks)."""
    if k < 1 or tokens[k - 1].low not in word_classes().get("compound_modifier", frozenset()):
        return False
    modifier = tokens[k - 1]
    if modifier.text.islower():
        return True
    before = tokens[k - 2] if k >= 2 else None
    return (
        modifier.text.isupper()
        and before is not None
        and (before.text.islower() or in_class(before, "determiner"))
    )


def _after_preposition(tokens: list[Token], k: int, cue: Cue) -> bool:
    """True for a past form right after a preposition ("a lead in pledged delegates",
    "a flood of reported cases"): an adjective there, since a preposition takes a noun
    or an "-ing" form ("by saying"), never a finite verb. Not after "to" (an
    infinitive's), "as" or "than" ("as reported", "than expected"). Other forms there
    are nouns, which may still attribute ("talk about the plan", "claims that")."""
    if k == 0 or cue.gerund or cue.noun or not past_form(tokens[k]):
        return False
    before = tokens[k - 1]
    preposition = in_class(before, "preposition") or in_class(before, "head_link")  # "of"
    return preposition and before.low not in _VERB_PREPOSITIONS


_VERB_PREPOSITIONS = frozenset({"to", "as", "than"})


def _in_a_name(tokens: list[Token], k: int) -> bool:
    """True for a capitalised cue word inside a sentence next to another capitalised
    word, where the sentence is no headline in title case: part of a name ("The Miami
    Herald", "Hope Hicks"), not a verb."""
    token = tokens[k]
    if k == 0 or not token.capital or token.text.isupper() or not tokens[k - 1].is_word:
        return False
    before, after = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
    if not (before.capital or (after is not None and after.is_word and after.capital)):
        return False
    lower = sum(1 for t in tokens if t.is_word and t.text.islower() and not _title_lower(t))
    return lower >= _RUNNING_TEXT  # a headline's title case leaves only small words lower


def _title_lower(token: Token) -> bool:
    """A word a headline's title case leaves in lower case: a short one ("of", "to") or
    a preposition or coordinator ("after", "with")."""
    return (
        len(token.text) <= _SHORT_WORD
        or in_class(token, "preposition")
        or in_class(token, "coordinator")
    )


_SHORT_WORD = 3  # "of", "the", "and" stay lower case in a headline's title case
_RUNNING_TEXT = 2  # other lower-case words that mark running text, not a title


# A negated attitude is still one, and PolNeAR annotates it ("voters do not think ...",
# "Berg would not back the plan"); a negated act ("did not release the files") reports no
# content (unless its lexicon entry says "negated").
_NEGATED_CLASSES = frozenset({"belief", "intention", "evaluation", "evidence", "source"})


def _negation_attributes(frame: Frame, tokens: list[Token], settings: frozenset[int]) -> bool:
    """Whether a negated cue still attributes: an attitude does; a speech verb only before
    a clause naming what was withheld or denied ("Berg would not say whether the pier will
    reopen", "Lee did not mention that ..."). "Kerry did not reveal the proposals" reports
    no content: the issue asks that such speech acts be no quotes."""
    if frame.match.cue.cue_class in _NEGATED_CLASSES:
        return True
    if frame.match.cue.cue_class != "speech":
        return False
    k = skip_forward(tokens, frame.last + 1, settings)
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return False
    token = tokens[k]
    return token.low in {"that", "whether", "if"} or in_class(token, "question_word")


def _refusal_to_speak(
    tokens: list[Token], negation: int, frame: Frame, settings: frozenset[int]
) -> bool:
    """ "declined to comment on the plan": the negated speech verb reports nothing (the
    refusal cue's own record holds the refusal), unless a clause names what was withheld
    ("refused to say whether the depot was sold")."""
    if not (
        in_class(tokens[negation], "negating_verb")
        and in_class(tokens[frame.first], "withheld_speech")
    ):
        return False
    return not _names_withheld(tokens, frame.last + 1, settings)


def _names_withheld(tokens: list[Token], k: int, settings: frozenset[int]) -> bool:
    """True when a clause naming what was withheld follows a speech verb ending before `k`
    ("refused to say whether the depot was sold", "would not say when")."""
    k = skip_forward(tokens, k, settings)
    if k + 1 >= len(tokens) or not tokens[k + 1].is_word:
        return False
    token = tokens[k]
    return token.low in {"that", "whether", "if"} or in_class(token, "question_word")


def _refusal_reading(tokens: list[Token], k: int, cue: Cue, settings: frozenset[int]) -> Cue | None:
    """The "refusal" class entry when a refusal cue's infinitive at `k` is a refusal to
    speak ("declined to comment on the plan"); None otherwise, and when a clause names
    what was withheld ("refused to say whether ..."), which the negated speech verb reports."""
    if not (
        cue.refusal
        and k + 1 < len(tokens)
        and tokens[k].low == "to"
        and in_class(tokens[k + 1], "withheld_speech")
    ):
        return None
    return None if _names_withheld(tokens, k + 2, settings) else refusal_cue(f"{cue.pattern} to")


def _possessive(token: Token) -> bool:
    """ "Berg's", "the board's"; not "he's", "it's", "who's" (a verb follows them)."""
    if not token.low.endswith("'s"):
        return False
    base = Token(token.start, token.end - 2, token.text[:-2])
    return bool(base.text) and not any(
        in_class(base, name) for name in ("subject_pronoun", "relative", "question_word")
    )


def _named_as(tokens: list[Token], k: int) -> bool:
    """An object and a noun phrase naming it: "called him a liar", "called the plan a
    disaster", "called it the worst deal" (not "called him on Monday", "called a vote")."""
    if k + 2 >= len(tokens):
        return False
    first = tokens[k]
    if in_class(first, "object_pronoun") and in_class(tokens[k + 1], "determiner"):
        return tokens[k + 2].is_word
    if not (first.capital or in_class(first, "determiner")) or first.low in {"a", "an"}:
        return False
    for j in range(k + 1, min(len(tokens) - 1, k + _NAMED_OBJECT_WORDS)):
        token = tokens[j]
        if token.low in _NAMING_DETERMINERS:
            return tokens[j + 1].is_word
        if (
            not token.is_word
            or any(
                in_class(token, name)
                for name in ("preposition", "np_link", "coordinator", "relative", "auxiliary")
            )
            or token.low == "to"
        ):
            return False
    return False


# What cannot be the name a pronoun object is called: "called him back", "called her on
# Friday", "called them Monday", "called me again", "called it to order".
_NOT_A_NAME = (
    "preposition",
    "time_word",
    "time_lead",
    "adverb",
    "coordinator",
    "relative",
    "complementizer",
    "auxiliary",
    "negation",
    "call_particle",
    "subject_pronoun",
    "object_pronoun",
)


def _named_pronoun(tokens: list[Token], k: int) -> bool:
    """A pronoun object and what it is called: "called himself a moderate", "calls it the
    worst plan", "call them reckless", "called themselves very conservative" (not "called
    him back", "called her on Friday", "called them Monday")."""
    if k + 1 >= len(tokens) or not in_class(tokens[k], "naming_pronoun"):
        return False
    j = k + 1
    if in_class(tokens[j], "determiner"):
        return j + 1 < len(tokens) and tokens[j + 1].is_word
    if in_class(tokens[j], "degree_word"):
        j += 1  # "called themselves very conservative"
    if j >= len(tokens):
        return False
    word = tokens[j]
    if (
        not word.is_word
        or word.text.isdigit()
        or word.low == "to"
        or word.low.endswith("ly")
        or any(in_class(word, name) for name in _NOT_A_NAME)
    ):
        return False
    return j + 1 == len(tokens) or tokens[j + 1].low in _CLAUSE_ENDS  # the clause ends


_JUDGED_OBJECT_WORDS = 3
_CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?", "and", "but"})


def _judged_as(tokens: list[Token], k: int) -> bool:
    """An object and an adjective that judges it, where the clause ends: "called the
    result historic", "called his plan unworkable" (not "called the press conference")."""
    if k >= len(tokens) or not in_class(tokens[k], "determiner") or tokens[k].low in {"a", "an"}:
        return False
    for j in range(k + 2, min(len(tokens), k + 2 + _JUDGED_OBJECT_WORDS)):
        word = tokens[j]
        if not (_predicate_word(tokens[j - 1]) or j - 1 == k + 1) or not word.is_word:
            return False
        if (
            _adjective(word)
            and (j + 1 == len(tokens) or tokens[j + 1].low in _CLAUSE_ENDS)
            and _predicate_word(word)
        ):
            return True
    return False


def _adjective(token: Token) -> bool:
    """A lower-case judging adjective or a word with an adjective's ending (quote_words
    judging_adjective, adjective_ending)."""
    endings = word_classes().get("adjective_ending", frozenset())
    return token.text.islower() and (
        in_class(token, "judging_adjective")
        or any(token.low.endswith(e) and len(token.low) > len(e) + 3 for e in endings)
    )


def _two_objects(tokens: list[Token], k: int) -> bool:
    """A person and then a noun phrase: "them a majority", "Berg the chance"."""
    if k + 2 >= len(tokens):
        return False
    person = tokens[k]
    return (in_class(person, "object_pronoun") or person.capital) and (
        in_class(tokens[k + 1], "determiner") and tokens[k + 2].is_word
    )


def _quotation_in_clause(tokens: list[Token], k: int, regions: list[QuoteRegion]) -> bool:
    """True when a quotation opens after token `k` before the clause ends ("that" right
    after the cue is a determiner: 'called that vision "a farce"')."""
    for j, token in enumerate(tokens[k : k + _OBJECT_LOOKAHEAD]):
        if token.text in _STOPS or (
            in_class(token, "relative") and not (j == 0 and token.low == "that")
        ):
            return False
        if any(r.start == token.start for r in regions):
            return True
    return False


def read_frame(
    frame: Frame,
    tokens: list[Token],
    regions: list[QuoteRegion],
    settings: frozenset[int],
    cue_firsts: frozenset[int],
) -> bool:
    """Fill the frame's speaker, addressee and content side; False when it is no quote."""
    cue = frame.match.cue
    if cue.noun and cue.speaker_after:
        return _read_noun_frame(frame, tokens, regions)
    k = skip_forward(tokens, frame.last + 1, settings)
    if cue.clause_adverb:
        return _read_clause_adverb(frame, tokens, k, cue_firsts)
    if frame.agent is not None:
        view = _view_complement(tokens, k, cue) if cue.passive_view == "predicate" else None
        return _read_agent_passive(frame, tokens, view)
    if frame.agentless and cue.passive_judgment:
        return _read_judgment(frame, tokens, k)
    if frame.agentless and cue.passive_view:
        return _read_passive_view(frame, tokens, k)
    if frame.agentless:
        return _read_agentless(frame, tokens, k, cue_firsts)
    prev = skip_back(tokens, frame.first - 1, 0)
    if cue.question and _opening_question(frame, tokens, k, regions, cue_firsts):
        return True
    if cue.question and (frame.asked or _asked_clause(tokens, frame.first)):
        return _read_asked(frame, tokens, k)
    if not cue.gerund and _inverted(frame, tokens, k, regions, cue_firsts):
        return True
    if not (cue.gerund or cue.question) and _opening_cue(frame, tokens, k, regions):
        return True
    if (
        cue.gerund
        and prev >= 0
        and (tokens[prev].text in {",", "—", "–"} or _comma_in_closing_mark(tokens, prev, regions))
    ):
        frame.inherit = True  # '..., saying' and '... "fantastic," telling'
        frame.clause_start = prev
    elif cue.gerund and _opening_participle(tokens, frame.first):
        # "After thanking the crowd, Berg said ...": the main clause's subject speaks, and
        # what the participle reports closes at its comma
        frame.inherit = frame.opening = frame.aside = True
    elif cue.gerund and prev >= 0 and in_class(tokens[prev], "participle_lead"):
        frame.inherit = True  # "Berg ended by saying ...": the clause's subject speaks
        frame.clause_start = prev  # "Lee denied it before adding ...": the denial ends there
    elif (lead := _coordinated_lead(tokens, prev)) is not None:
        frame.inherit = True
        frame.clause_start = lead - 1 if lead >= 1 and tokens[lead - 1].text == "," else lead
    else:
        frame.speaker = speaker_before(tokens, frame.first, 0)
        pronoun = _pronoun_before_adjunct(tokens, frame.speaker)
        if pronoun is not None:
            # "who in two rulings had made clear", "she in a letter said": the phrase found
            # is the object of an adverbial between the subject pronoun and its verb
            frame.speaker = (
                None
                if in_class(tokens[pronoun], "relative_speaker")
                else (
                    pronoun,
                    pronoun,
                )
            )
            prev = pronoun
        if frame.speaker is not None and _predicate_before_cue(tokens, frame.speaker):
            # "He soon learned", "She stopped short of calling for": the words before the
            # cue are the clause's predicate, not its speaker; the clause's subject speaks
            frame.speaker = None
            frame.inherit = True
        elif frame.speaker is not None and _opening_participle_phrase(tokens, frame.speaker):
            # "Holding signs calling Berg a liar, the crowd chanted": the cue stands in an
            # opening participle phrase, whose subject is the main clause's
            frame.speaker = None
            frame.inherit = frame.opening = True
        if _adjective_before(tokens, frame.first):
            # "Berg made a forceful promise to ...": a noun, whose maker is the clause's subject
            frame.speaker = None
            frame.inherit = True
        if _naming_participle(tokens, frame, regions):
            # "Lee aired a film called "Home"": the film's maker names it, not the film
            frame.speaker = None
            frame.inherit = True
        if cue.gerund and (
            (
                _object_before_gerund(tokens, frame.speaker)
                and not _prepositional_holder(tokens, frame.speaker, cue)
            )
            or _issued_message(tokens, frame.speaker)
        ):
            # "Berg issued a statement saying ...": Berg speaks, not the statement
            frame.speaker = None
            frame.inherit = True
        if frame.speaker is None and prev >= 1 and in_class(tokens[prev], "relative_speaker"):
            # "voters who said ...", "Berg, who said ...": the pronoun, read as its antecedent
            frame.speaker = (prev, prev)
            end = prev - 2 if tokens[prev - 1].text == "," else prev - 1
            frame.antecedent = phrase_before(tokens, end, 0) if end >= 0 else None
            frame.aside = tokens[prev - 1].text == "," or _in_apposition(tokens, prev)
        elif frame.speaker is None and prev >= 1 and in_class(tokens[prev], "relative_restrictive"):
            _restrictive_speaker(frame, tokens, prev)
        elif frame.speaker is None and _listed_verb(frame, tokens, prev, cue_firsts):
            # "Berg suggested A, called B and left": the verb shares the earlier subject
            frame.inherit = True
            frame.clause_start = prev
    if cue.addressee and k < len(tokens):
        title = _named_title(tokens, k, regions)  # 'told "Harbour Hour"': a show or paper
        hearer = title if title is not None else addressee_after(tokens, k)
        if hearer is not None:
            frame.addressee = hearer
            k = skip_forward(tokens, hearer[1] + 1, settings)
    if frame.addressee is None and cue.cue_class == "speech":
        hearer = _to_hearer(tokens, k, cue)
        if hearer is not None:  # "explained to the Gazette why ...": the hearer, then content
            frame.addressee = hearer
            k = skip_forward(tokens, hearer[1] + 1, settings)
    record = _record_subject(frame, tokens)
    if record is not None and frame.speaker is not None:
        frame.speaker = (record, frame.speaker[1])  # "The poll by the institute"
    refusal = _refusal_reading(tokens, k, cue, settings)
    if refusal is not None:
        frame.right, frame.refusal = k, refusal  # "declined | to comment": what was not said
        return True
    frame.right = _content_start(
        tokens, k, cue, regions, record is not None, frame.negation is not None
    )
    frame.pro_form = frame.right is not None and (
        tokens[frame.right].low == "so" or _pro_form_object(tokens, frame.right)
    )
    if frame.right is None:
        frame.right = _content_further(tokens, k, regions, cue_firsts, frame.addressee is not None)
    if frame.right == k and _manner_question(tokens, frame.speaker, k):
        return False  # "how scientists understand solar storms": no view is reported
    if (
        frame.speaker
        and frame.speaker[0] < frame.speaker[1]
        and in_class(tokens[frame.speaker[0]], "manner_question")
    ):
        frame.speaker = (frame.speaker[0] + 1, frame.speaker[1])  # "how geologists say"
    if frame.right is None and _prepositional_object(
        tokens, k, cue, regions, topic_ok=frame.negation is None
    ):
        frame.particle, frame.right = k, k + 1  # "warned about the cost"
    if frame.right is not None and _adjunct_after_quotation(frame, tokens, k):
        frame.right = frame.particle = None
    if frame.right is not None and _after_quotation(frame, tokens):
        starts_content = (
            tokens[k].low == "that"
            or tokens[k].text == ":"
            or in_class(tokens[k], "question_word")
            or _object_after_tag(frame, tokens[k])
        )
        if tokens[k].text == "," or not (starts_content or _quote_at(tokens, k, regions)):
            # '"A," X said, "B."' and '"A," he said aboard the plane': read from the left
            frame.right = frame.particle = None
    if frame.right is None and _as_clause(frame, tokens, k):
        frame.right = k + 1  # "As Berg told the Times, the pier is unsafe"
    if frame.right is None:
        _read_object_relative(frame, tokens, k, regions)
    if frame.right is None and frame.subject is None:
        _read_before(frame, tokens, k, regions, cue_firsts)
    return frame.right is not None or frame.before or frame.subject is not None


def _to_hearer(tokens: list[Token], k: int, cue: Cue) -> tuple[int, int] | None:
    """The hearer of a speech cue in a "to" phrase right after it, when a question word
    or a that-clause follows it ("explained to the Gazette why ...", "admitted to
    reporters that he ..."); None otherwise ("spoke to the crowd", "agreed to hear cases
    that ...", "appeals to voters that have ...")."""
    if "to" in cue.prepositions or k + 3 >= len(tokens) or tokens[k].low != "to":
        return None
    first = tokens[k + 1]
    if not (
        first.capital
        or in_class(first, "object_pronoun")
        or in_class(first, "group_noun")
        or in_class(first, "determiner")
    ):
        return None  # "agreed to hear": an infinitive, no hearer
    hearer = addressee_after(tokens, k + 1)
    if hearer is None:
        return None
    end = next(
        (j for j in range(hearer[0] + 1, hearer[1] + 1) if in_class(tokens[j], "question_word")),
        hearer[1] + 1,
    )  # "the Gazette why": the question word opens the content
    if end + 1 >= len(tokens) or any(_gerund(t) for t in tokens[hearer[0] : end]):
        return None
    after, then = tokens[end], tokens[end + 1]
    clause = after.low == "that" and (
        then.capital or in_class(then, "subject_pronoun") or in_class(then, "determiner")
    )  # "that he ...", not the relative of "a group that has ..."
    return (hearer[0], end - 1) if clause or in_class(after, "question_word") else None


def _read_object_relative(
    frame: Frame, tokens: list[Token], k: int, regions: list[QuoteRegion]
) -> None:
    """A cue with no content after it whose speaker follows a relative pronoun ("the
    plan, which Berg opposes", "whom she described as calm"): the pronoun stands for
    what the cue reports, with an "as" complement after the cue, or the rest of a clause
    whose subject it is ("which Berg believes will fail")."""
    if frame.speaker is None or frame.inherit:
        return
    rel = frame.speaker[0] - 1
    if rel < 0:
        return
    free = in_class(tokens[rel], "free_relative")
    # "a move that the board hopes will calm ...": "that" after a noun, with the clause's
    # verb right after the cue, is the object relative, the subject of that verb
    verb = k + 1 < len(tokens) and (in_class(tokens[k], "finite_auxiliary") or past_form(tokens[k]))
    that = verb and tokens[rel].low == "that" and rel >= 1 and _noun_like(tokens[rel - 1])
    if not (free or that or in_class(tokens[rel], "object_relative")):
        return
    if not (verb or _person(tokens, frame.speaker)):
        return  # "which many voters believe": a plain noun may be the object itself
    if k + 1 >= len(tokens):
        frame.subject = None if free else (rel, rel)
        return
    if tokens[k].low == "as" and (tokens[k + 1].is_word or _quote_at(tokens, k + 1, regions)):
        frame.right = k  # 'whom she described as "calm"'
    elif in_class(tokens[k], "finite_auxiliary") or past_form(tokens[k]):
        frame.right = k  # "which he believes will fail": the pronoun is the clause's subject
    if not (free and frame.right is None):
        frame.subject = (rel, rel)  # "what Berg wrote" alone names no content


def _noun_like(token: Token) -> bool:
    """A word that may end a noun phrase: no verb, auxiliary or closed-class word."""
    return (
        token.is_word
        and not past_form(token)
        and not in_class(token, "auxiliary")
        and not in_class(token, "boundary")
        and not in_class(token, "preposition")
    )


def _manner_question(tokens: list[Token], speaker: tuple[int, int] | None, k: int) -> bool:
    """A subject opened by "how" and a plain object, not a clause, after the cue."""
    return (
        speaker is not None
        and in_class(tokens[speaker[0]], "manner_question")
        and tokens[k].is_word
        and not _clause_follows(tokens, k)
    )


def _prepositional_object(
    tokens: list[Token], k: int, cue: Cue, regions: list[QuoteRegion], *, topic_ok: bool = False
) -> bool:
    """True when token `k` is a preposition the cue takes (lexicon field `prepositions`,
    or a topic preposition after any speech cue) and an object follows it: "warned about
    the cost", "asked for a vote", "wrote of "a betrayal"". A time ("complained on Monday")
    is an adjunct, not what was said. `topic_ok` is False for a negated cue: "never told
    them about the plan" reports nothing."""
    if k + 1 >= len(tokens):
        return False
    topic = topic_ok and cue.cue_class == "speech" and in_class(tokens[k], "topic_preposition")
    if not (topic or tokens[k].low in cue.prepositions):
        return False
    if _quote_at(tokens, k + 1, regions):
        return True
    first = tokens[k + 1]
    if not first.is_word or in_class(first, "time_word") or in_class(first, "preposition"):
        return False  # "warned about in its report": the preposition is stranded
    phrase = phrase_after(tokens, k + 1)
    return phrase is None or not any(
        in_class(t, "time_word") for t in tokens[phrase[0] : phrase[1] + 1]
    )


def _opening_participle(tokens: list[Token], first: int) -> bool:
    """A participle opening its sentence, alone or after one or two lead words ("Conceding
    that ...,", "After thanking the crowd,", "In rejecting the bid,", "Instead of blaming
    the council,"), with a comma after it that closes it before the main clause."""
    lead = tokens[:first]
    if len(lead) > 2 or not tokens[first].low.endswith("ing"):
        return False
    if not all(
        in_class(word, "participle_lead") or in_class(word, "participle_opener") for word in lead
    ):
        return False
    return any(t.text == "," for t in tokens[first + 1 :])


def _comma_in_closing_mark(tokens: list[Token], k: int, regions: list[QuoteRegion]) -> bool:
    """A closing quotation mark right after a comma ('... as "fantastic," telling'): the
    comma that sets off what follows stands inside the quotation, as American style puts it."""
    return (
        k >= 1
        and tokens[k].text in ALL_MARKS
        and tokens[k - 1].text == ","
        and any(r.end == tokens[k].end for r in regions)
    )


def _as_clause(frame: Frame, tokens: list[Token], k: int) -> bool:
    """ "(But) as Berg told the Times, CONTENT": an as-clause opening the sentence names the
    source of the main clause after its comma."""
    if frame.speaker is None or k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    lead = frame.speaker[0] - 1
    return (
        lead >= 0
        and tokens[lead].low == "as"
        and all(in_class(t, "coordinator") for t in tokens[:lead])
        and (tokens[k + 1].is_word or tokens[k + 1].text in ALL_MARKS)
    )


def _listed_verb(frame: Frame, tokens: list[Token], prev: int, cue_firsts: frozenset[int]) -> bool:
    """A lower-case cue verb after a comma, with an earlier cue in the sentence."""
    return (
        prev >= 1
        and tokens[prev].text == ","
        and not frame.match.cue.noun
        and tokens[frame.first].text.islower()
        and any(c < prev for c in cue_firsts)
    )


def _read_before(
    frame: Frame,
    tokens: list[Token],
    k: int,
    regions: list[QuoteRegion],
    cue_firsts: frozenset[int],
) -> None:
    """Content before the cue: "CONTENT, X said (of ...)." or a quotation just before."""
    if frame.inherit or frame.speaker is None:
        return
    ends_here = k >= len(tokens) or tokens[k].text in _STOPS | {",", "—", "–", ":"}
    if k < len(tokens) and tokens[k].text == ")" and frame.match.cue.cue_class == "speech":
        # "(trade halved, Lund says)": a tag closing an aside reports the aside
        frame.bracket_open = _bracket_open(tokens, frame.speaker[0])
        ends_here = frame.bracket_open is not None
    mark = _closing_mark_before(frame, tokens)
    adjunct_end = None
    if not ends_here and mark is None and not _speaks_after_quotation(frame):
        adjunct_end = _trailing_adjunct_end(frame, tokens, k, cue_firsts)
        if adjunct_end is None:
            return  # "As X rose, they proposed cuts": a clause, not reported content
        k = adjunct_end  # "The pier is safe, Berg said on Monday in Leeds."
    if mark is not None and any(t.text == "," for t in tokens[mark + 2 : frame.speaker[0]]):
        # '"...," Jo Bloggs, 67, a nurse, said': the name that opens the appositives
        head = phrase_after(tokens, mark + 2 if tokens[mark + 1].text == "," else mark + 1)
        if (
            head is not None
            and tokens[head[0]].capital
            and not any(in_class(t, "time_word") for t in tokens[head[0] : head[1] + 1])
        ):
            frame.speaker = head
    boundary = frame.speaker[0] - 1
    while boundary >= 0 and tokens[boundary].is_word and frame.speaker[0] - boundary < 6:
        boundary -= 1
    if in_class(tokens[boundary + 1], "coordinator"):
        return  # "..., and others agreed": a clause of its own, no tag of what came before
    resumes = k < len(tokens) and tokens[k].text == ","  # "In May, he said, the pier ..."
    opens = boundary < 0 or (not resumes and _fronted_adverbial(tokens, boundary, cue_firsts))
    if opens and adjunct_end is None:
        frame.before = True  # "In a speech, he said:": the subject opens the clause
        frame.clause_start = None
    elif opens and boundary >= 0:
        return
    elif tokens[boundary].text in {",", "—", "–"} or tokens[boundary].text in ALL_MARKS:
        frame.before = True
        frame.clause_start = boundary
    if frame.before:
        _read_after_comma(frame, tokens, k, regions, cue_firsts)


def _fronted_adverbial(tokens: list[Token], comma: int, cue_firsts: frozenset[int]) -> bool:
    """True when the words before the comma ahead of the speaker are one adverbial that
    opens the sentence, a preposition or time word and no verb ("In a 1963 speech, he
    declared:", "On Thursday, Lee will testify"): where and when, not reported content."""
    words = [t for t in tokens[:comma] if not in_class(t, "coordinator")]
    if not words or tokens[comma].text != "," or any(j in cue_firsts for j in range(comma)):
        return False
    first = words[0]
    if not (in_class(first, "preposition") or in_class(first, "time_word")):
        return False
    return not any(
        t.text in ALL_MARKS or t.text in _STOPS or t.text in {",", ":"} or _finite(t) for t in words
    )


def _finite(token: Token) -> bool:
    """A finite verb form that makes words a clause: an auxiliary or a past form."""
    return in_class(token, "finite_auxiliary") or past_form(token)


def _bracket_open(tokens: list[Token], end: int) -> int | None:
    """The "(" left of token `end` that the tag's ")" closes, when none closes before it."""
    for j in range(end - 1, -1, -1):
        if tokens[j].text == ")":
            return None
        if tokens[j].text == "(":
            return j
    return None


def _passive_agent(tokens: list[Token], k: int, settings: frozenset[int]) -> tuple[int, int] | None:
    """The agent of a passive cue: the noun phrase after "by" ("was first reported by the
    paper", "was echoed Friday by her rivals"), or None when no "by" follows the cue."""
    k = skip_forward(tokens, k, settings)
    if k + 1 >= len(tokens) or tokens[k].low != "by":
        return None
    phrase = phrase_after(tokens, k + 1)
    if phrase is None or in_class(tokens[phrase[1]], "tally_noun"):
        return None  # "passed by nine votes", "won by a wide margin": a count, no one
    for j in range(phrase[0] + 1, phrase[1]):
        if _agent_complement(tokens, j):
            return (phrase[0], j - 1)  # "criticized by rivals | for failing to act"
    return phrase


def _agent_after_view(
    tokens: list[Token], view: int, settings: frozenset[int]
) -> tuple[int, int] | None:
    """The agent of a passive view cue named after its bare complement ("was declared
    the winner in Ayr by the board", "is considered a risk by many traders"): a "by"
    phrase before the complement's clause ends (a comma outside a list of names, a stop,
    a quotation mark, a relative or "that"); None when there is none or it is a count
    ("by nine votes")."""
    for j in range(view + 1, min(len(tokens), view + _VIEW_REACH)):
        token = tokens[j]
        if token.low == "by":
            return _passive_agent(tokens, j, settings)
        if token.text == "," and tokens[j - 1].capital and tokens[j + 1].capital:
            continue  # a list of names: "in the Ayr, Leeds and Hull primaries"
        if not token.is_word or in_class(token, "relative") or token.low == "that":
            return None
    return None


def _agent_complement(tokens: list[Token], j: int) -> bool:
    """A passive cue's complement opening at token `j`, after its agent: "for" or "of"
    with an "-ing" clause ("criticized by rivals for failing", "accused by her of lying"):
    the grounds, part of what is reported, not of the agent's name."""
    return tokens[j].low in {"for", "of"} and j + 1 < len(tokens) and _gerund(tokens[j + 1])


def _pronoun_before_adjunct(tokens: list[Token], phrase: tuple[int, int] | None) -> int | None:
    """The subject pronoun or relative pronoun right before a preposition that opens, or
    stands just before, the phrase found before a cue ("who in two rulings had made clear",
    "she in a letter said", "which through most of the year backed"): the adverbial is no
    speaker, the pronoun is; None otherwise."""
    if phrase is None:
        return None
    # the preposition opens the phrase ("through most of the year") or stands before it
    lead = phrase[0] if in_class(tokens[phrase[0]], "preposition") else phrase[0] - 1
    if lead < 1 or not in_class(tokens[lead], "preposition"):
        return None
    pronoun = lead - 1
    subject = tokens[pronoun]
    if in_class(subject, "subject_pronoun") and subject.low not in EMPTY_SUBJECTS:
        return pronoun
    if in_class(subject, "relative_speaker") and subject.low != "whom":
        return pronoun
    return None


def _restrictive_speaker(frame: Frame, tokens: list[Token], pronoun: int) -> None:
    """A restrictive "that" with a noun phrase right before it ("groups that backed Lee")
    speaks for that phrase: the speaker runs from the phrase through the pronoun (PolNeAR
    marks either as the source). Nothing is set after a verb or comma ("warned that
    ...", "however, that")."""
    phrase = phrase_before(tokens, pronoun - 1, 0)
    if phrase is None or phrase[1] != pronoun - 1 or not tokens[pronoun - 1].is_word:
        return
    frame.speaker, frame.antecedent = (phrase[0], pronoun), phrase


def _read_agent_passive(frame: Frame, tokens: list[Token], view: int | None) -> bool:
    """A passive cue with its agent: "The plan was rejected by the board" reads as "the
    board rejected the plan": the agent speaks and the subject is the content, with the
    view after "as" of a view cue ("The plan was seen by some as a risk"). In a relative
    clause ("the plan, which was rejected by the board") the pronoun is the content."""
    subject = speaker_before(tokens, frame.first, 0) or _relative_before(tokens, frame.first)
    if subject is None or (subject[0] == subject[1] and tokens[subject[0]].low in EMPTY_SUBJECTS):
        return False
    frame.speaker, frame.subject = frame.agent, subject
    if frame.agent is not None and view is not None and view < frame.agent[0]:
        frame.right = view  # "was declared | the winner | by the board": the view before it
    elif frame.agent is not None:
        k = frame.agent[1] + 1
        if frame.match.cue.passive_view:
            if k + 1 < len(tokens) and tokens[k].low == "as" and tokens[k + 1].is_word:
                frame.right = k + 1
        elif k < len(tokens) and _agent_complement(tokens, k):
            frame.right = k  # "Berg was criticized by rivals for failing to act"
    return True


def _reduced_passive_agent(
    tokens: list[Token], frame: Frame, settings: frozenset[int]
) -> tuple[int, int] | None:
    """The agent of a participle cue that modifies the noun before it with no auxiliary
    ("a plan backed by the board", "The bill, opposed by Democrats, ...", "a fact first
    reported by the Times"): the agent holds the view, the noun is its content. None for
    an active verb's manner or measure ("Lee responded by explaining", "passed by ten
    votes", "won by a wide margin")."""
    cue = frame.match.cue
    if cue.noun or not (cue.cue_class == "evaluation" or cue.passive_view):
        return None  # "a report released by the board", "polls reported by CNN": no view
    if not past_form(tokens[frame.first]):
        return None
    k = frame.first - 1
    while k >= 0 and (in_class(tokens[k], "adverb") or ly_adverb(tokens[k])):
        k -= 1  # "first reported by", "once championed by"
    if k < 0 or not (tokens[k].text == "," or _modified_noun(tokens[k])):
        return None
    agent = _passive_agent(tokens, frame.last + 1, settings)
    if agent is None or _gerund(tokens[agent[0]]):
        return None
    words = tokens[agent[0] : agent[1] + 1]
    if any(t.text[0].isdigit() or in_class(t, "number_word") for t in words):
        return None
    return agent


def _adjective_before(tokens: list[Token], first: int) -> bool:
    """True when an adjective stands right before the form at `first`, which makes it a
    noun: one with an adjective ending after a determiner ("a forceful promise"), or a
    participle or adjective after a degree adverb in -ly ("similarly harsh charges", "a
    personally signed note", "fairly expansive plans")."""
    if first < 2:
        return False
    word, before = tokens[first - 1], tokens[first - 2]
    if not (word.is_word and word.text.islower()) or not _modified_noun(word):
        return False
    if in_class(before, "noun_determiner"):
        return _adjective(word)
    return ly_adverb(before) and (
        past_form(word)
        or _adjective(word)
        or any(word.low.endswith(e) for e in word_classes().get("degree_ending", ()))
    )


def _modified_noun(token: Token) -> bool:
    """A lower-case word that may end the noun phrase a participle modifies ("the plan |
    backed"): no pronoun, auxiliary or closed-class word that would make the participle a
    finite verb or its complement, and no name, which is mostly the subject of an active
    verb ("Berg said by telephone")."""
    return (
        token.is_word
        and token.text.islower()
        and not any(
            in_class(token, name)
            for name in (
                "subject_pronoun",
                "relative",
                "auxiliary",
                "preposition",
                "determiner",
                "complementizer",
                "coordinator",
                "negation",
            )
        )
    )


def _relative_before(tokens: list[Token], first: int) -> tuple[int, int] | None:
    """The relative pronoun that is the subject of the cue's clause ("which was rejected",
    "who has been endorsed"), as a one-token phrase; None when none stands there."""
    k = skip_back(tokens, first - 1, 0)
    if k >= 0 and in_class(tokens[k], "relative_subject"):
        return k, k
    return None


def _read_clause_adverb(
    frame: Frame, tokens: list[Token], k: int, cue_firsts: frozenset[int]
) -> bool:
    """ "The board reportedly plans to sell", "Reportedly, the board plans ...": an adverb
    that puts its clause down to unnamed reports. No one speaks; the content is the subject
    and the verb phrase after the adverb, to the clause's first comma ("aside"). A cue
    verb after it ("Berg reportedly said ...") is the record, the adverb part of it."""
    if frame.first == 0 and k + 1 < len(tokens) and tokens[k].text == ",":
        k += 1  # "Reportedly, the board ...": the whole clause
    j = k
    while j < len(tokens) and (in_class(tokens[j], "auxiliary") or in_class(tokens[j], "adverb")):
        j += 1
    if j >= len(tokens) or j in cue_firsts or not tokens[j].is_word:
        return False
    if frame.first > 0 and not tokens[frame.first].text.islower():
        return False  # "Berg Reportedly Quits": a headline's capitals, read no further
    frame.agentless = frame.aside = True
    frame.right = k
    if frame.first == 0:
        return tokens[k - 1].text == ","
    prev = skip_back(tokens, frame.first - 1, 0)
    subject = speaker_before(tokens, frame.first, 0) if tokens[prev].is_word else None
    if subject is None:
        return False  # "..., reportedly winning over": a participle on another clause
    frame.subject = subject
    return True


def _as_after_agent(tokens: list[Token], frame: Frame, settings: frozenset[int]) -> bool:
    """Whether "as" follows a passive cue, right after it or after its agent ("was seen
    as a risk", "was seen by some as a risk")."""
    k = frame.agent[1] + 1 if frame.agent is not None else frame.last + 1
    k = skip_forward(tokens, k, settings)
    return k < len(tokens) and tokens[k].low == "as"


def _view_complement(tokens: list[Token], k: int, cue: Cue) -> int | None:
    """Where the view of a passive view cue starts after it: the words after "as" ("is
    seen as a risk"), or for a "predicate" cue a to-infinitive or a bare complement ("is
    considered one of the best", "were deemed ineligible"). None when none follows ("was
    considered on Monday")."""
    if k + 1 >= len(tokens):
        return None
    token, after = tokens[k], tokens[k + 1]
    if token.low == "as":
        return k + 1 if after.is_word else None
    if cue.passive_view != "predicate":
        return None
    if token.low == "to":
        return k if after.is_word and after.text.islower() else None
    if in_class(token, "determiner") and token.low not in {"that", "this"}:
        return k if after.is_word else None  # "a liability", "the favourite"
    return k if _predicate_word(token) or token.low == "one" else None


def _read_passive_view(frame: Frame, tokens: list[Token], k: int) -> bool:
    """A view no one named holds: "The pier is widely seen as a risk", "The plan was
    considered a failure". The subject and the view are the content; "as" ends the cue."""
    start = _view_complement(tokens, k, frame.match.cue)
    if start is None:
        return False
    if start == k + 1:
        frame.particle = k  # "seen as": the cue takes "as"
    frame.right = start
    _passive_subject(frame, tokens)
    return True


def _read_judgment(frame: Frame, tokens: list[Token], k: int) -> bool:
    """A judgment no one named passes on the subject: "The mayor was widely criticized
    for the delay", "She is best known for her novels". The subject and what follows the
    cue are the content; the speaker stays empty."""
    if k < len(tokens) and tokens[k].is_word:
        frame.right = k
    return _passive_subject(frame, tokens) or frame.right is not None


def _passive_subject(frame: Frame, tokens: list[Token]) -> bool:
    """Set a passive cue's subject as part of its content: a relative pronoun before the
    cue ("which is seen as X, ...") or the noun phrase before it, not an empty "it" or
    "there". True when a subject was set."""
    prev = skip_back(tokens, frame.first - 1, 0)
    if prev >= 0 and in_class(tokens[prev], "relative"):
        frame.subject, frame.aside = (prev, prev), True  # "which is seen as X, ..."
        return True
    subject = speaker_before(tokens, frame.first, 0)
    if subject is None or (subject[0] == subject[1] and tokens[subject[0]].low in EMPTY_SUBJECTS):
        return False
    frame.subject = subject
    return True


def _read_agentless(frame: Frame, tokens: list[Token], k: int, cue_firsts: frozenset[int]) -> bool:
    """No one named holds the view: "The vote is expected to pass", "Both seemed to
    weaken", "It appears that ...". The content is the subject and what follows the
    cue (a to-infinitive or a that-clause); an empty subject ("it", "there") is left out.
    A seem-verb whose subject is a person ("Berg seemed to concede the point") or whose
    infinitive is a cue verb ("The board seemed to mock the plan", "Polls appear to show
    ...") gives the subject the stance: it speaks, and the infinitive is the content."""
    if k + 1 >= len(tokens):
        return False
    if tokens[k].low in {"to", "that"}:
        frame.right = k if tokens[k].low == "to" else k + 1
    elif frame.match.cue.predicative and _predicate_word(tokens[k]):
        frame.right = k  # "The board seemed unmoved"
    else:
        return False
    subject = speaker_before(tokens, frame.first, 0)
    lead = _coordinated_lead(tokens, skip_back(tokens, frame.first - 1, 0))
    shared = clause_subject(tokens, lead, 0) if subject is None and lead is not None else None
    if (
        lead is not None
        and shared is not None
        and _holds_stance(frame, tokens, shared[0], k, cue_firsts)
    ):
        # "Berg met the crews and seemed to blame the board": a second predicate of a
        # person's clause gives that person the stance, as "Berg seemed to" does
        frame.inherit = True
        frame.agentless = False
        frame.clause_start = lead - 1 if lead >= 1 and tokens[lead - 1].text == "," else lead
    elif subject is not None and not (
        subject[0] == subject[1] and tokens[subject[0]].low in EMPTY_SUBJECTS
    ):
        if _holds_stance(frame, tokens, subject, k, cue_firsts):
            frame.speaker = subject  # "Berg seemed to concede the point": Berg's stance
            frame.agentless = False
        else:
            frame.subject = subject
    return True


def _holds_stance(
    frame: Frame,
    tokens: list[Token],
    subject: tuple[int, int],
    k: int,
    cue_firsts: frozenset[int],
) -> bool:
    """Whether the subject of a seem-verb with a to-infinitive at token `k` holds the
    stance: a person ("Berg seemed to concede"), or any subject when the infinitive is a
    cue verb ("The board seemed to mock the plan")."""
    return (
        tokens[k].low == "to"
        and frame.match.cue.predicative
        and (_person(tokens, subject) or _cue_in_chain(tokens, k + 1, cue_firsts))
    )


_RAISED_CHAIN = 4  # words between "to" and a cue: "seemed to be about to weigh in on"


def _cue_in_chain(tokens: list[Token], k: int, cue_firsts: frozenset[int]) -> bool:
    """Whether a cue starts at token `k` or after a short chain of lower-case verb words
    ("to be hoping for", "to be about to weigh in on")."""
    for j in range(k, min(len(tokens), k + _RAISED_CHAIN)):
        token = tokens[j]
        if j in cue_firsts or _verb_cue_word(token):
            return True
        if not (token.is_word and token.text.islower()) or any(
            in_class(token, name) for name in ("determiner", "preposition", "object_pronoun")
        ):
            return False
    return False


def _coordinated_lead(tokens: list[Token], prev: int) -> int | None:
    """The "and" or "but" that opens a second predicate of the clause's subject right
    before a cue ("..., and said"), or before a short chain of a past form, adverbs and
    particles, and "to" ("and went on to say", "but then tried to argue")."""
    if prev < 0:
        return None
    if tokens[prev].low in {"and", "but"}:
        return prev
    if tokens[prev].low != "to":
        return None
    for j in range(prev - 1, max(-1, prev - 1 - _RAISED_CHAIN), -1):
        token = tokens[j]
        if token.low in {"and", "but"}:
            return j if any(past_form(t) for t in tokens[j + 1 : prev]) else None
        if not (
            past_form(token)
            or ly_adverb(token)
            or in_class(token, "adverb")
            or in_class(token, "preposition")
        ):
            return None  # "and urged voters to say": the object speaks, not the subject
    return None


def _predicate_before_cue(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """True when the phrase found before a cue is a predicate, not a noun phrase: lower-case
    words with no determiner right after a subject ("He soon learned", "He keeps
    talking", "Lee came away convinced"), or opened by a verb form, participle or
    preposition after a comma or coordinator ("..., having suggested", "but stopped short
    of calling for", "..., without offering")."""
    words = tokens[phrase[0] : phrase[1] + 1]
    first = words[0]
    if phrase[0] == 0 or not all(t.text.isalpha() and t.text.islower() for t in words):
        return False
    if any(in_class(first, name) for name in _NOUN_OPENERS):
        return False
    before = tokens[phrase[0] - 1]
    if _person(tokens, (phrase[0] - 1, phrase[0] - 1)) and not _closed_word(before):
        return True
    verbal = past_form(first) or first.low == "having" or in_class(first, "preposition")
    return verbal and (before.text == "," or in_class(before, "coordinator"))


def _opening_participle_phrase(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """True when the phrase found before a cue opens the sentence with a participle and its
    lower-case object ("Holding signs", "Rattling off", "Having"), a comma closing the
    participle phrase later on; not a name in -ing ("Ebeling", "Beijing")."""
    first = tokens[phrase[0]]
    if phrase[0] != 0 or not first.capital or not any(t.text == "," for t in tokens[phrase[1] :]):
        return False
    if first.low in _PERFECT_PARTICIPLES:
        return True
    return (
        first.low.endswith("ing")
        and len(first.low) > 5
        and phrase[1] > phrase[0]
        and tokens[phrase[0] + 1].text.islower()
    )


_PERFECT_PARTICIPLES = frozenset({"having", "being"})  # "Having announced ..., Berg left"


def _closed_word(token: Token) -> bool:
    """A word of a closed class that may stand capitalised before a noun phrase ("But",
    "Still", "In"): no name."""
    return any(
        in_class(token, name)
        for name in ("coordinator", "adverb", "boundary", "preposition", "negation", "time_word")
    )


_NOUN_OPENERS = (
    "determiner",
    "quantifier",
    "number_word",
    "subject_pronoun",
    "object_pronoun",
    "relative",
    "group_noun",
)


def _verb_cue_word(token: Token) -> bool:
    """A lower-case word that opens a verb cue of the lexicon ("mock", "recognize"), read
    after "to" where a noun reading of it ("the mock vote") cannot stand."""
    entries = cue_index().get(token.low, ()) if token.text.islower() else ()
    return any(
        cue.pattern == token.low and not (cue.noun or cue.setting or cue.agentless)
        for _, cue in entries
    )


def _person(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """A personal pronoun, a name (every word capitalized, "Mr. Berg") or a plural noun of
    people ("local voters", "the officials")."""
    words = [t for t in tokens[phrase[0] : phrase[1] + 1] if t.is_word]
    if len(words) == 1 and in_class(words[0], "subject_pronoun"):
        return words[0].low not in EMPTY_SUBJECTS
    if words and in_class(words[-1], "group_noun"):
        return True
    # "Mayor Inge Berg of Leeds": a lower-case link inside a name, never at its edges
    return (
        bool(words)
        and phrase[0] > 0
        and words[0].capital
        and words[-1].capital
        and all(t.capital or in_class(t, "np_link") for t in words)
    )


def _predicate_word(token: Token) -> bool:
    """A lower-case word that can open an adjective complement ("seemed unmoved",
    "appears likely"), not a preposition, determiner or clause word ("appeared on TV")."""
    return (
        token.is_word
        and token.text.islower()
        and not token.text.endswith("ly")
        and not any(
            in_class(token, name)
            for name in (
                "preposition",
                "determiner",
                "boundary",
                "np_link",
                "time_word",
                "time_lead",
                "object_pronoun",
                "subject_pronoun",
                "coordinator",
            )
        )
    )


def _object_before_gerund(tokens: list[Token], phrase: tuple[int, int] | None) -> bool:
    """True for a phrase that is an object, not a subject ("issued a statement",
    "made a pitch to voters"): a lower-case verb or preposition stands before it. After
    "with" the phrase is the gerund's subject ("with 30 percent of voters saying ...")."""
    if phrase is None:
        return False
    before = phrase[0] - 1
    if before < 0 or not tokens[before].is_word or not tokens[before].text.islower():
        return False
    token = tokens[before]
    return not (
        token.low == "with"
        or in_class(token, "relative")
        or in_class(token, "complementizer")
        or in_class(token, "coordinator")
        or in_class(token, "subject_pronoun")
    )


def _naming_participle(tokens: list[Token], frame: Frame, regions: list[QuoteRegion]) -> bool:
    """True for a naming participle ("called", "titled") right after an object opening
    with a determiner and right before a quotation or a capitalised name ("aired a film
    called "Home"", "ran an advert titled Scam"): a reduced relative on the object, whose
    maker, the clause's subject, gives the name."""
    after = frame.last + 1
    return (
        in_class(tokens[frame.first], "naming_participle")
        and frame.speaker is not None
        and in_class(tokens[frame.speaker[0]], "determiner")
        and _object_before_gerund(tokens, frame.speaker)
        and after < len(tokens)
        and (tokens[after].capital or _quote_at(tokens, after, regions))
    )


def _prepositional_holder(tokens: list[Token], phrase: tuple[int, int] | None, cue: Cue) -> bool:
    """True for the object of a preposition right before an evaluation participle ("gave
    money to a group backing Lee"): the participle modifies that noun, which holds the
    stance, as "a group that backs Lee" does."""
    return (
        phrase is not None
        and phrase[0] >= 1
        and cue.cue_class == "evaluation"
        and in_class(tokens[phrase[0] - 1], "preposition")
        and not in_class(tokens[phrase[0] - 1], "setting_preposition")
    )


def _issued_message(tokens: list[Token], phrase: tuple[int, int] | None) -> bool:
    """True for a phrase ending in a message noun after a verb and its determiner
    ("The ministry released a letter"), read as one phrase by the speaker search."""
    if phrase is None or not in_class(tokens[phrase[1]], "message_noun"):
        return False
    det = phrase[1] - 1
    while det > max(phrase[0], phrase[1] - 3) and not in_class(tokens[det], "determiner"):
        det -= 1
    before = det - 1
    return (
        before >= phrase[0]
        and in_class(tokens[det], "determiner")
        and tokens[before].is_word
        and tokens[before].text.islower()
        and not in_class(tokens[before], "preposition")
        and not in_class(tokens[before], "np_link")
    )


def _asked_clause(tokens: list[Token], first: int) -> bool:
    """ "Asked about X, Berg said", "when asked whether ...": a participle, no subject."""
    if not tokens[first].low.endswith("ed"):
        return False
    if first > 0 and tokens[first - 1].text == ",":
        # "Berg, asked about it, said" is a participle; "Berg, a lawyer, asked Lee if"
        # is the verb of a subject set off by an appositive
        nxt = tokens[first + 1] if first + 1 < len(tokens) else None
        return nxt is not None and (in_class(nxt, "question_word") or nxt.low in _ASKED_NEXT)
    return first == 0 or tokens[first - 1].low in _ASKED_LEADS


def _read_asked(frame: Frame, tokens: list[Token], k: int) -> bool:
    """The question put to someone: "(when) asked [by X] [where, when] whether/to ...";
    the asker, when named after "by", is the speaker; the content ends at a comma."""
    frame.asked = True
    lead = frame.first - 1
    if lead > 0 and tokens[lead].low in _ASKED_LEADS:
        frame.clause_start = lead  # '"We'll see," Lee said when asked ...': Lee's words end
    if k < len(tokens) and tokens[k].low == "by":
        frame.speaker = phrase_after(tokens, k + 1)
    for j in range(k, min(len(tokens), k + _ADJUNCT_LOOKAHEAD)):
        token = tokens[j]
        if token.text in _STOPS or token.text == ",":
            return False
        if in_class(token, "question_word") or token.low == "to":
            frame.right = j
            frame.aside = True
            return True
        if j == k and _prepositional_object(tokens, j, frame.match.cue, []):
            frame.particle, frame.right = j, j + 1  # "Asked about the delay, Berg said"
            frame.aside = True
            return True
    return False


def _opening_question(
    frame: Frame,
    tokens: list[Token],
    k: int,
    regions: list[QuoteRegion],
    cue_firsts: frozenset[int],
) -> bool:
    """ "(When) asked whether the pier was safe, the mayor said ...": a participle
    opening the sentence; the question is the content, the main clause's subject the
    one asked."""
    if not all(in_class(t, "adjunct_start") for t in tokens[: frame.first]):
        return False
    hearer = addressee_after(tokens, k + 1) if k < len(tokens) and tokens[k].low == "by" else None
    if hearer is not None:
        k = hearer[1] + 1
    if k >= len(tokens) or not in_class(tokens[k], "question_word"):
        return False
    for j in range(k + 1, len(tokens) - 1):
        token = tokens[j]
        if token.text in _STOPS:
            return False
        if token.text == "," and not any(r.start <= token.start < r.end for r in regions):
            speaker = phrase_after(tokens, j + 1)
            if speaker is None:
                return False
            end = min([c - 1 for c in cue_firsts if speaker[0] < c <= speaker[1]] + [speaker[1]])
            if hearer is not None:  # "Asked by Lee whether ..., Berg said": Lee asks Berg
                frame.speaker, frame.addressee = hearer, (speaker[0], end)
            else:
                frame.speaker = (speaker[0], end)
            frame.right = k
            frame.aside = True  # the question ends at its comma
            return True
    return False


def _trailing_adjunct_end(
    frame: Frame, tokens: list[Token], k: int, cue_firsts: frozenset[int]
) -> int | None:
    """The token that ends the clause when only an adjunct follows the cue ("said on Monday
    in Leeds.", "argued in a letter, ..."); None when a clause, a quotation or another cue
    may be what was said ("said in May that ...", "said in May he would stay")."""
    first = tokens[k]
    if frame.match.cue.cue_class != "speech":
        return None  # "believe in", "wonder about": what a view is of, not where it was put
    # after a setting already skipped ("said in an interview with the Gazette") any
    # preposition goes on with the adjunct
    continued = k > frame.last + 1 and in_class(first, "preposition")
    if not (in_class(first, "setting_preposition") or in_class(first, "time_word") or continued):
        return None
    if first.low in frame.match.cue.prepositions:
        return None  # "complained on behalf of": what the cue takes
    if frame.speaker is None or in_class(tokens[frame.speaker[0]], "relative_speaker"):
        return None  # "the firm, which advises banks on mergers": no tag of what came before
    for j in range(k + 1, min(len(tokens), k + _ADJUNCT_LOOKAHEAD)):
        token = tokens[j]
        if token.text in _STOPS or token.text in {",", "—", "–"}:
            return j
        if (
            not (token.is_word or _title_mark(tokens, j))
            or j in cue_firsts
            or token.low == "that"
            or in_class(token, "relative")
            or in_class(token, "subject_pronoun")
            or in_class(token, "finite_auxiliary")
        ):
            return None
    return len(tokens) if len(tokens) - k < _ADJUNCT_LOOKAHEAD else None


def _title_mark(tokens: list[Token], j: int) -> bool:
    """A quotation mark of a show's or a paper's name in a setting ('on Radio Harbour's
    "Early Show"'): a capitalised word inside it, right after an opening mark or right
    before a closing one."""
    if tokens[j].text not in ALL_MARKS:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.is_word and after.start == tokens[j].end:
        return after.capital  # an opening mark
    before = tokens[j - 1] if j > 0 else None
    return before is not None and before.is_word and before.capital


def _speaks_after_quotation(frame: Frame) -> bool:
    """The speaker opens a sentence right after a quotation that ended the one before
    ('"Why would we?" Berg said to a crowd.'): the quotation is what was said."""
    return frame.quoted_before and frame.speaker is not None and frame.speaker[0] == 0


def _adjunct_after_quotation(frame: Frame, tokens: list[Token], k: int) -> bool:
    """'"Why?" Berg said of the plan.', '... said to a crowd.': after a quotation that closed
    the sentence before, a prepositional phrase after the cue names the topic or the hearer
    of that quotation, not what was said; an infinitive the cue takes is ("pleaded to")."""
    if k >= len(tokens) or not _speaks_after_quotation(frame):
        return False
    token = tokens[k]
    if token.low == "to" and frame.match.cue.infinitive:
        return False
    return in_class(token, "preposition") or token.low == "of"


def _after_quotation(frame: Frame, tokens: list[Token]) -> bool:
    """True when a closing quotation mark ends the text before the speaker phrase."""
    return _closing_mark_before(frame, tokens) is not None


def _closing_mark_before(frame: Frame, tokens: list[Token]) -> int | None:
    """The closing quotation mark before the speaker phrase and its appositives
    ('"...," Jo Bloggs, 67, a retired nurse, said'), as a token index. None across a
    coordinator: '"absurd", and Berg said it would fail' opens a clause of its own."""
    if frame.speaker is None or _opens_clause(tokens[frame.speaker[0]]):
        return None
    k = frame.speaker[0] - 1
    while k >= 0 and frame.speaker[0] - k <= _SUBJECT_REACH:
        token = tokens[k]
        if in_class(token, "coordinator") or _opens_clause(token):
            return None
        if token.text in ALL_MARKS:
            nxt = tokens[k + 1]
            opening = nxt.start == token.end and nxt.is_word
            title = k > 0 and tokens[k - 1].is_word and nxt.is_word  # 'on "Meet the Press" Sunday'
            return None if opening or title or _title_before(tokens, k) else k
        if token.text in _STOPS or token.text == ":":
            return None
        k -= 1
    return None


def _object_after_tag(frame: Frame, token: Token) -> bool:
    """A determiner right after a cue that names no hearer opens its object, the content
    even after a quotation ('"...", the actor discussed the plan'); after "told" it opens
    the hearer ('"...," Lee told the council')."""
    return in_class(token, "determiner") and token.low != "that" and not frame.match.cue.addressee


def _opens_clause(token: Token) -> bool:
    """A relative pronoun or a subordinator ("who", "where", "as", "while"): across it the
    cue's clause is no tag of the quotation before ('"Wait," he urged, as he explained how
    ...': "explained" reports what follows it)."""
    relative = in_class(token, "relative") and token.low != "that"
    return relative or in_class(token, "adjunct_start")


def _title_before(tokens: list[Token], close: int) -> bool:
    """True when the quotation closing at token `close` is a short title-case name after a
    word ('on Nordvision's "Harbour Hour," Berg said'): a show or a book, not a quote."""
    words = 0
    j = close - 1
    while j >= 0 and close - j <= _TITLE_WORDS + 2:
        token = tokens[j]
        if token.text in ALL_MARKS:
            return words > 0 and j > 0 and tokens[j - 1].is_word
        if token.is_word:
            if not (token.capital or in_class(token, "np_link") or in_class(token, "determiner")):
                return False
            words += 1
        elif token.text not in {",", ".", "!", "?"}:
            return False
        j -= 1
    return False


def _inverted(
    frame: Frame,
    tokens: list[Token],
    k: int,
    regions: list[QuoteRegion],
    cue_firsts: frozenset[int],
) -> bool:
    """'"...," said the senator.': the cue follows the content and the speaker the cue."""
    prev = frame.first - 1
    if prev < 0 or not (tokens[prev].text == "," or tokens[prev].text in ALL_MARKS):
        return False
    if tokens[prev].text == "," and not frame.match.cue.inverts:
        return False  # "The crew, tired, rejected the plan": no inversion
    if tokens[prev].text == "," and _apposed_subject(tokens, prev):
        return False  # "Moss, a harbour engineer, recalled the calls": the subject speaks
    if k >= len(tokens) or in_class(tokens[k], "complementizer") or not tokens[k].is_word:
        return False
    if in_class(tokens[k], "np_link") or in_class(tokens[k], "preposition"):
        return False  # '"...," Jo Berg, 33, said of the plan': no speaker after the cue
    phrase = phrase_after(tokens, k)
    after = phrase[1] + 1 if phrase else len(tokens)
    quoted = tokens[prev].text in ALL_MARKS or _comma_in_closing_mark(tokens, prev, regions)
    if phrase is None or not (
        after >= len(tokens)
        or tokens[after].text in _STOPS | {",", "(", "—", "–"}
        or (in_class(tokens[after], "relative") and tokens[after].low != "that")
        or (quoted and frame.match.cue.inverts and _opens_adjunct(tokens, after))
    ):
        return False  # ", told the Times that ...": the speaker came before the comma
    if all(ly_adverb(t) or in_class(t, "adverb") for t in tokens[phrase[0] : phrase[1] + 1]):
        return False  # '"...," Jo Berg, a nurse, said dryly.': a manner, no speaker
    phrase = named_apposition_after(tokens, phrase)
    after = phrase[1] + 1
    frame.speaker = phrase
    frame.before = True
    frame.clause_start = prev
    _read_after_comma(frame, tokens, after, regions, cue_firsts, quotes_only=quoted)
    return True


def _opens_adjunct(tokens: list[Token], k: int) -> bool:
    """Token `k` opens a phrase on when or where a tag's words were said: a time ("on
    Monday", "Tuesday"), a setting ("in an interview", "at a rally") or a clause on the
    moment ("when asked", "as he left"). After a quotation and its inverted tag ('"...,"
    said Berg on Monday') the speaker phrase ends there."""
    first = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if in_class(first, "time_word") or nxt is None:
        return in_class(first, "time_word")
    if in_class(first, "time_lead") and in_class(nxt, "time_word"):
        return True
    if in_class(first, "setting_preposition"):
        return in_class(nxt, "determiner") or nxt.capital
    if in_class(first, "adjunct_start"):
        return in_class(nxt, "subject_pronoun") or (nxt.text.islower() and past_form(nxt))
    return False


def _apposed_subject(tokens: list[Token], comma: int) -> bool:
    """True when the words before the comma at `comma` are a noun phrase opening the
    sentence and an apposition on it set off by commas ("Moss, a harbour engineer from
    Leeds,"), after any opening coordinator ("But Moss, ..."): the subject of the verb
    after them, no content a tag reports."""
    opening = 1 if tokens and in_class(tokens[0], "coordinator") else 0
    head = phrase_after(tokens, opening)
    if head is None or head[1] + 1 >= comma or tokens[head[1] + 1].text != ",":
        return False
    apposition = phrase_after(tokens, head[1] + 2)
    return (
        apposition is not None
        and apposition[1] == comma - 1
        and not has_verb(tokens[head[1] + 2 : comma])
    )


def _opening_cue(frame: Frame, tokens: list[Token], k: int, regions: list[QuoteRegion]) -> bool:
    """'Said Berg, who grew up here, "We were proud."': the cue opens the sentence, the
    speaker follows it, and a quotation after a comma or colon is the content."""
    if frame.first != 0 or not tokens[0].capital or k >= len(tokens) or not tokens[k].capital:
        return False
    phrase = phrase_after(tokens, k)
    if phrase is None:
        return False
    for j in range(phrase[1] + 1, min(len(tokens) - 1, phrase[1] + _SOURCE_REACH)):
        if tokens[j].text in _STOPS:
            return False
        if tokens[j].text in {",", ":"} and _quote_at(tokens, j + 1, regions):
            frame.speaker = phrase
            frame.right = j + 1
            return True
    return False


def _read_after_comma(
    frame: Frame,
    tokens: list[Token],
    k: int,
    regions: list[QuoteRegion],
    cue_firsts: frozenset[int],
    *,
    quotes_only: bool = False,
) -> None:
    """What follows ", X said": a second quotation (split quote) or the rest of the clause."""
    if k < len(tokens) and tokens[k].text != ",":
        later = _quoted_after_phrase(tokens, k, regions, cue_firsts)
        if later is not None:  # '"A," Berg said of the plan, "B."'
            frame.extra.append((later.start, later.end))
        return
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return
    nxt = tokens[k + 1]
    region = next((r for r in regions if r.start == nxt.start), None)
    if region is None and quotes_only:
        # '"A," said Lee, a builder who lives in Ayr, "B."': past an apposition on the speaker
        region = _quoted_after_phrase(tokens, k + 1, regions, cue_firsts, _APPOSITION_REACH)
    if region is not None:
        frame.extra.append((region.start, region.end))
    elif not (
        quotes_only
        or in_class(nxt, "coordinator")
        or not nxt.is_word
        or _cue_clause_follows(tokens, k, cue_firsts)
        or _participle_on_the_tag(nxt)
    ):
        # "The deal, he said, was dead": the clause resumes after the cue.
        frame.after_comma = k + 1


def _quoted_after_phrase(
    tokens: list[Token],
    k: int,
    regions: list[QuoteRegion],
    cue_firsts: frozenset[int],
    reach: int = _PHRASE_ON_CUE,
) -> QuoteRegion | None:
    """'"A," Berg said of the plan, "B."': the quotation that opens after a short phrase on
    the cue, closed by a comma, is the split quote's second part (unless a cue of its own
    stands in the phrase)."""
    for j in range(k, min(len(tokens) - 1, k + reach)):
        token = tokens[j]
        if token.text in _STOPS or token.text in ALL_MARKS or j in cue_firsts:
            return None
        if token.text == ",":
            return next((r for r in regions if r.start == tokens[j + 1].start), None)
    return None


def _participle_on_the_tag(token: Token) -> bool:
    """ "..., an official said, speaking on condition of anonymity": a participle after the
    tag tells how it was said; it does not resume what was said ("something", "nothing"
    are pronouns, not participles)."""
    return token.text.islower() and token.low.endswith("ing") and not in_class(token, "no_content")


def _cue_clause_follows(tokens: list[Token], k: int, cue_firsts: frozenset[int]) -> bool:
    """After ", X said," another reporting clause, not the resumed content: a participle
    (", adding ...") or a cue one word on (", she added", ", then urged"). A past form
    opening the clause is its verb or an adjective (", was dead", ", continued delays
    will ..."), and a cue after a contracted auxiliary (", he's learned ...") is the
    resumed clause's own verb."""
    after = k + 1
    if after in cue_firsts and tokens[after].low.endswith("ing"):
        return True
    return after + 1 in cue_firsts and "'" not in tokens[after].text.replace("’", "'")


def _read_noun_frame(frame: Frame, tokens: list[Token], regions: list[QuoteRegion]) -> bool:
    """ "according to X, CONTENT" or "CONTENT, according to X"; "In a poll ..., CONTENT"."""
    if frame.match.cue.viewpoint:
        return _read_viewpoint(frame, tokens)
    record = frame.match.cue.record_source
    if record and frame.first != 0:
        return _read_trailing_record(frame, tokens)
    phrase = phrase_after(tokens, frame.last + 1)
    if phrase is None:
        return False
    if record and not any(in_class(t, "poll_noun") for t in tokens[phrase[0] : phrase[1] + 1]):
        return False
    frame.speaker = _with_agent(tokens, phrase)
    after = phrase[1] + 1
    prev = frame.first - 1
    if prev == 0 and _pro_form_is(tokens[0]):
        # "That's according to X.": the pronoun stands for what the sentence before said
        frame.before = True
        frame.clause_start = prev
        frame.extra.append((tokens[0].start, tokens[0].end - 2))
        return True
    if prev >= 0 and (
        tokens[prev].text in {",", "—", "–"} or _comma_in_closing_mark(tokens, prev, regions)
    ):
        frame.before = True  # "CONTENT, according to X(, and ...)", '"...," according to X'
        frame.clause_start = prev
        resume = _clause_after_source(tokens, after, opener=not has_verb(tokens[:prev]))
        if resume is not None:
            frame.after_comma = resume  # "The point, according to X, is that ..."
        return True
    if prev >= 0 and tokens[prev].is_word and has_verb(tokens[:prev]):
        frame.before = True  # "Volk leads by 20 votes according to the count, but ..."
        frame.clause_start = frame.first
        return True
    if after + 1 < len(tokens) and tokens[after].text in {",", ":"}:
        apposed = _apposition_after_source(tokens, phrase, after + 1)
        frame.right = apposed or _after_participle(tokens, after + 1)
        return True
    comma = _source_comma(tokens, after)
    if comma is not None:  # "according to early results of polls run for X by Y, CONTENT"
        frame.right = comma + 1
        return True
    return False


def _read_viewpoint(frame: Frame, tokens: list[Token]) -> bool:
    """ "To Berg, the plan was a risk": the people named between an opening "to" and a
    comma hold the view the clause after the comma states."""
    phrase = phrase_after(tokens, frame.last + 1) if frame.first == 0 else None
    if phrase is None or not _names_people(tokens[phrase[0] : phrase[1] + 1]):
        return False
    comma = phrase[1] + 1
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return False
    resume: int | None = comma + 1
    if in_class(tokens[comma + 1], "relative"):  # "To Berg, who runs the ferry, the plan ..."
        resume = _clause_after_source(tokens, comma + 1, opener=True)
    if resume is None:
        return False
    frame.speaker = phrase
    frame.right = resume
    return True


def _names_people(phrase: list[Token]) -> bool:
    """A holder of a view: a name, a pronoun, a quantifier ("many", "others") or a
    group noun ("voters"), after any determiners; no time ("To date")."""
    words = [t for t in phrase if not in_class(t, "determiner")] or phrase
    head = words[0]
    if in_class(head, "time_word"):
        return False
    return (
        (head.capital and head.is_word)
        or in_class(head, "object_pronoun")
        or in_class(head, "quantifier")
        or any(in_class(t, "group_noun") for t in words)
    )


def _read_trailing_record(frame: Frame, tokens: list[Token]) -> bool:
    """ "Berg leads by ten points in a poll released Monday": a clause before "in" that
    a poll phrase after it vouches for."""
    phrase = _poll_phrase(tokens, frame.last + 1)
    prev = frame.first - 1
    clause = _last_clause(tokens[:prev])
    if phrase is None or not tokens[prev].is_word or not has_verb(clause):
        return False  # "his standing in the polls", "Most voters in a poll" claim nothing
    if in_class(clause[0], "adjunct_start"):
        return False  # "While Berg leads in a poll, ...": a fronted clause, no claim alone
    frame.speaker = _with_agent(tokens, phrase)
    frame.before = True
    frame.clause_start = frame.first
    return True


def _last_clause(tokens: list[Token]) -> list[Token]:
    """The tokens after the last comma, colon or dash: where a clause's verb must be."""
    marks = [j for j, t in enumerate(tokens) if t.text in {",", ":", "—", "–"}]
    return tokens[marks[-1] + 1 :] if marks else tokens


def _poll_phrase(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The noun phrase at token `start` when a poll noun heads it ("the latest state
    polls"); none when a preposition stands inside it ("fourth in most polls": the
    poll belongs to the later "in")."""
    phrase = phrase_after(tokens, start)
    if phrase is None:
        return None
    end = next(
        (k for k in range(phrase[0] + 1, phrase[1] + 1) if _cuts_poll_phrase(tokens[k])),
        phrase[1] + 1,
    )
    while end - 1 > phrase[0] and in_class(tokens[end - 1], "coordinator"):
        end -= 1
    if not in_class(tokens[end - 1], "poll_noun"):
        return None  # "fourth in most polls": the head is "fourth"
    words = [t for t in tokens[phrase[0] : end] if not in_class(t, "determiner")]
    if len(words) == 1 and in_class(words[0], "generic_poll"):
        return None  # "rising in the polls": polling at large
    return phrase


def _cuts_poll_phrase(token: Token) -> bool:
    """A preposition that ends a poll phrase's head: "polls in Florida", "polls from
    the institute" (not a head_link: "an average of state polls")."""
    return in_class(token, "preposition") and not in_class(token, "head_link")


def names_a_poll(text: str, pos: int) -> bool:
    """Whether the words from `pos` are a noun phrase a poll noun heads: a mid-sentence
    "in" before them vouches for its clause ("leads by ten points in a state poll")."""
    return _poll_phrase(tokenize(text[pos : pos + _POLL_PHRASE_CHARS], pos), 0) is not None


def _with_agent(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """The source phrase with the agent that made the record it names ("according to a
    tally by the harbour board", "according to data released Friday by the port"): who
    made the record is who vouches for it."""
    k = phrase[1] + 1
    if k < len(tokens) and past_form(tokens[k]):
        k += 1  # "released", "compiled", "filed"
    agent = _passive_agent(tokens, k, frozenset())
    return (phrase[0], agent[1]) if agent is not None else phrase


def _pro_form_is(token: Token) -> bool:
    """ "That's", "This's", "It's": a pronoun and the verb "is" as one token."""
    if not token.low.endswith("'s"):
        return False
    return in_class(Token(token.start, token.end - 2, token.text[:-2]), "pro_form")


def _clause_after_source(tokens: list[Token], after: int, *, opener: bool) -> int | None:
    """Where the clause resumes after a mid-sentence "according to X, ...": past the comma
    closing the source, its appositive ("X, a former envoy,") or relative clause ("members
    who spoke to reporters,"). A noun phrase running to the sentence end is read as an
    appositive ("according to Berg, a harbour engineer.") unless what stands before the cue
    is only an opener with no verb ("Later, according to X, the guards left")."""
    comma: int | None = after if after < len(tokens) and tokens[after].text == "," else None
    if comma is None and after < len(tokens) and in_class(tokens[after], "relative"):
        reach = range(after, min(len(tokens), after + _SOURCE_REACH))
        comma = next((j for j in reach if tokens[j].text == ","), None)
        if comma is not None and any(t.text in _STOPS for t in tokens[after:comma]):
            comma = None
    if comma is None or comma + 1 >= len(tokens):
        return None
    if _appositive(tokens, comma + 1):
        close = phrase_after(tokens, comma + 1)
        if close is not None and close[1] + 2 < len(tokens) and tokens[close[1] + 1].text == ",":
            comma = close[1] + 1  # "according to Berg, a former envoy, was a decision"
        elif not opener:
            return None
    nxt = tokens[comma + 1]
    if (
        not (nxt.is_word or nxt.text == "$")
        or in_class(nxt, "coordinator")
        or in_class(nxt, "relative")
    ):
        return None
    return comma + 1


def has_verb(tokens: list[Token]) -> bool:
    """Whether a finite auxiliary or a past form stands among the tokens."""
    return any(in_class(t, "finite_auxiliary") or past_form(t) for t in tokens)


def _after_participle(tokens: list[Token], k: int) -> int:
    """Past a participle phrase set off by commas after the source ("In a poll of
    farmers, conducted in May, most said ..."): it describes the source, it is not
    what the source reports. The token index where the content starts."""
    if not past_form(tokens[k]):
        return k
    for j in range(k + 1, min(len(tokens) - 1, k + _SOURCE_REACH)):
        if tokens[j].text == ",":
            return j + 1 if tokens[j + 1].is_word or tokens[j + 1].text in ALL_MARKS else k
        if tokens[j].text in _STOPS or in_class(tokens[j], "complementizer"):
            return k
    return k


_APPOSITION_REACH = 10


_APPOSITION_BACK = 8


def _in_apposition(tokens: list[Token], relative: int) -> bool:
    """Whether the antecedent of a relative pronoun stands in an apposition set off by a comma
    ("Maria Santos, one of the two members who voted against it, called ..."): the relative
    clause then closes at the apposition's comma."""
    for j in range(relative - 1, max(0, relative - _APPOSITION_BACK) - 1, -1):
        token = tokens[j]
        if token.text == ",":
            return j > 0 and tokens[j - 1].is_word
        if not token.is_word or has_verb([token]) or in_class(token, "complementizer"):
            return False
    return False


def _apposition_after_source(tokens: list[Token], source: tuple[int, int], k: int) -> int | None:
    """Where the content starts past an apposition to an opening source: "according to the
    finance director, Paul Weber, repairs ..." (a name after a description) or "according to
    Paul Weber, the finance director, repairs ..." (an office after a name). None when the
    piece after the source's comma is no apposition."""
    for j in range(k, min(len(tokens) - 1, k + _APPOSITION_REACH)):
        if tokens[j].text == ",":
            break
        if not tokens[j].is_word and tokens[j].text not in {".", "'s", "’s", "-"}:
            return None
    else:
        return None
    piece, described = tokens[k:j], tokens[source[0] : source[1] + 1]
    if not piece or not tokens[j + 1].is_word:
        return None
    named = all(t.capital for t in piece if t.is_word) and piece[0].capital
    office = in_class(piece[0], "determiner") and describes_one_person(
        " ".join(t.text for t in piece)
    )
    source_named = all(t.capital for t in described if t.is_word)
    source_office = describes_one_person(" ".join(t.text for t in described))
    if (named and source_office and not source_named) or (office and source_named):
        return j + 1
    return None


def _appositive(tokens: list[Token], k: int) -> bool:
    """True when a noun phrase alone runs from token `k` to a comma or the sentence end
    ("according to Berg, a harbour engineer.")."""
    phrase = phrase_after(tokens, k)
    if phrase is None:
        return False
    after = phrase[1] + 1
    return after >= len(tokens) or tokens[after].text in _STOPS | {",", "—", "–", ")"}


def _source_comma(tokens: list[Token], k: int) -> int | None:
    """The comma closing a long source phrase that opens its sentence ("according to a
    poll conducted for the AP by a research firm, ..."), as a token index."""
    for j in range(k, min(len(tokens) - 1, k + _SOURCE_REACH)):
        token = tokens[j]
        if token.text == ",":
            return j if tokens[j + 1].is_word or tokens[j + 1].text in ALL_MARKS else None
        if token.text in _STOPS or token.text in ALL_MARKS or token.text in {":", "—", "–"}:
            return None
        if (
            in_class(token, "relative") or in_class(token, "complementizer")
        ) and not _demonstrative_time(tokens, j):
            return None
    return None


def _demonstrative_time(tokens: list[Token], j: int) -> bool:
    """ "that night", "that week": a time after a demonstrative, not a relative clause."""
    return j + 1 < len(tokens) and in_class(tokens[j + 1], "time_word")


def _negated(tokens: list[Token], first: int) -> bool:
    """ "did not say", "never told", "declined to say"."""
    return _negation(tokens, first) is not None


def _negation(tokens: list[Token], first: int) -> int | None:
    """The token index where the negation of the cue at `first` starts ("did" of "did not
    say", "declined" of "declined to say"), or None when the cue is not negated."""
    k = first - 1
    steps = 0
    while k >= 0 and steps < 3:
        token = tokens[k]
        if in_class(token, "negation") or token.low.endswith("n't"):
            return k - 1 if k >= 1 and in_class(tokens[k - 1], "auxiliary") else k
        if token.low == "to" and k >= 1 and in_class(tokens[k - 1], "negating_verb"):
            return k - 1
        if not (in_class(token, "auxiliary") or in_class(token, "adverb") or token.low == "to"):
            return None
        k -= 1
        steps += 1
    return None


def _passive(tokens: list[Token], first: int, cue: Cue) -> bool:
    """ "was told", "is expected": the subject is not the speaker."""
    if cue.noun:
        return False
    k = first - 1
    while k >= 0 and (
        in_class(tokens[k], "adverb") or _ly_word(tokens[k]) or in_class(tokens[k], "negation")
    ):
        k -= 1  # "was also told", "is not expected"
    if k < 0:
        return False
    aux = tokens[k]
    if aux.low.endswith("n't"):  # "isn't expected": the auxiliary before "n't"
        aux = Token(aux.start, aux.end - 3, aux.text[:-3])
    return in_class(aux, "passive_auxiliary") and not tokens[first].low.endswith("ing")


def _ly_word(token: Token) -> bool:
    """A lower-case adverb in -ly ("widely", "firmly") between an auxiliary and its verb."""
    return ly_adverb(token)


_RELATIVE_REACH = 5  # words of a subject between an object relative and its verb


def _verb_of_object_relative(tokens: list[Token], first: int, nxt: Token) -> bool:
    """True when the form at `first` stands between an object relative's subject and a
    finite verb ("a move that the board hopes will calm", "which Berg claims would
    fail"): the relative is the subject of that verb, and the form is a verb."""
    if not in_class(nxt, "finite_auxiliary") or first < 2:
        return False
    subject = phrase_before(tokens, first - 1, 0)
    if subject is None or first - subject[0] > _RELATIVE_REACH:
        return False  # "their hopes will fade": a noun after a determiner
    words = tokens[subject[0] : first]
    if any(in_class(t, "preposition") or in_class(t, "np_link") for t in words):
        return False  # "in which most of the claims are": the form heads a noun phrase
    if not (words[0].capital or in_class(words[0], "determiner")):
        return False  # "that unsanctioned protests will erupt": a bare plural noun
    rel = subject[0] - 1
    if rel < 1:
        return False
    if tokens[rel].low == "that":  # after a noun; "said Wednesday that ..." is a clause
        before = tokens[rel - 1]
        return _noun_like(before) and not in_class(before, "time_word")
    return tokens[rel].low == "which" or in_class(tokens[rel], "object_relative")


def _homograph_ok(
    tokens: list[Token], first: int, k: int, regions: list[QuoteRegion], cue: Cue
) -> bool:
    """A form that is also a noun ("the state", "his claims") needs a verb's company: a
    subject pronoun, auxiliary or relative pronoun before it, a that-clause, colon,
    quotation or (for verbs of intention) a to-infinitive after it, or a name or
    plural noun, or a singular noun phrase with a form in -s or -ed, before it and an
    object or a bare clause's subject pronoun after it ("voters back the plan", "the
    board released its list", "voters hope they win")."""
    prev = tokens[first - 1] if first > 0 else None
    if prev is not None and prev.low.endswith(("'s", "’s")):
        return False  # "the editor's note": a possessed noun
    if prev is not None and _demonstrative_before_base_form(prev, tokens[first]):
        return False  # "this post has been updated": a noun after a determiner
    if prev is not None and (
        in_class(prev, "subject_pronoun")
        or in_class(prev, "auxiliary")
        or in_class(prev, "relative_speaker")
        or (in_class(prev, "negation") and prev.low != "no")  # "do not want": a verb
        or prev.low.endswith("n't")
        or prev.low in {"also", "to"}  # "to" of an infinitive: "ready to support"
    ):
        return True
    if _attributes_a_quotation(tokens, first, regions) or _closing_tag(tokens, first, k):
        return True
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    if nxt.low == "that" or nxt.text == ":" or any(r.start == nxt.start for r in regions):
        return True
    if cue.as_object and _as_follows(tokens, k):
        return True
    if _verb_of_object_relative(tokens, first, nxt):
        return True  # "a move that the board hopes will calm ...": a verb, not a noun
    if cue.infinitive and nxt.low == "to" and k + 1 < len(tokens) and tokens[k + 1].is_word:
        return not in_class(tokens[k + 1], "determiner")  # "want to go", not "want to the"
    if (
        prev is not None
        and in_class(prev, "coordinator")
        and _finite_before_object(tokens, first, nxt)
    ):
        return True
    subject_end = _adverbs_back(tokens, first - 1)  # "Berg still backs the plan"
    if subject_end >= 0 and tokens[subject_end].text in {",", ")"}:
        phrase = speaker_before(tokens, first, 0)  # "Jo Berg, 33, of Leeds, backs the plan"
        subject_end = phrase[1] if phrase is not None else -1
    return (
        subject_end >= 0
        and (
            _subject_end(tokens, subject_end)
            or in_class(tokens[subject_end], "quantifier")  # "most oppose the plan"
            or (
                _singular_noun_phrase(tokens, subject_end)
                and (_third_person(tokens[first]) or past_form(tokens[first]))
            )
            or (_headline_subject(tokens, subject_end) and _third_person(tokens[first]))
        )
        and (
            _object_start(nxt)
            or in_class(nxt, "subject_pronoun")  # a bare clause: "voters hope they win"
            or (
                (
                    (tokens[subject_end].capital and _third_person(tokens[first]))
                    or (_plural_subject(tokens[subject_end]) and not _third_person(tokens[first]))
                )
                and _bare_object(tokens, k)
            )
        )
    )


_HEADLINE_SUBJECT_WORDS = 4  # "Saudi prince", "London's Muslim mayor", "DNC chair"


def _headline_subject(tokens: list[Token], k: int) -> bool:
    """Token `k` closes a headline's subject: a lower-case noun after capitalised words that
    open the sentence with no determiner ("Saudi prince mocks ...", "DNC chair dismisses
    ..."): before a form in -s that phrase is its subject."""
    if not 0 < k < _HEADLINE_SUBJECT_WORDS or not tokens[0].capital:
        return False
    head = tokens[k]
    return (
        head.is_word
        and head.text.islower()
        and not _closed_word(head)
        and not in_class(tokens[0], "determiner")
        and all(t.is_word and (t.capital or t.text.islower()) for t in tokens[: k + 1])
        and not any(_closed_word(t) or in_class(t, "determiner") for t in tokens[1:k])
    )


def _plural_subject(token: Token) -> bool:
    """A plural noun closing a subject ("voters", "Millennials"): with a base form after
    it, the noun-like cue agrees with it as a verb ("crews want longer breaks")."""
    return _subject_word(token) and token.low.endswith("s") and not token.low.endswith("ss")


def _bare_object(tokens: list[Token], k: int) -> bool:
    """Token `k` opens an object with no determiner ("Lee plans major cuts", "Volk claims
    victory"), not a verb whose own object or auxiliary follows ("the Leeds attacks test
    his plan", "Berg shares were down")."""
    token = tokens[k]
    if not (token.is_word and token.text.islower()) or _closed_word(token):
        return False
    if in_class(token, "determiner") or in_class(token, "auxiliary"):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not (
        after.capital
        or any(
            in_class(after, name)
            for name in ("determiner", "object_pronoun", "auxiliary", "negation", "adverb")
        )
    )


def _adverbs_back(tokens: list[Token], k: int) -> int:
    """Step left from `k` over adverbs that are no cue of their own ("still", not
    "reportedly", which attributes the clause itself); the index reached."""
    while k >= 0 and (in_class(tokens[k], "adverb") or ly_adverb(tokens[k])):
        if tokens[k].low in cue_index():
            break
        k -= 1
    return k


_NOUN_PHRASE_WORDS = 3  # "the paper", "the new state paper": a determiner this near


def _singular_noun_phrase(tokens: list[Token], k: int) -> bool:
    """Token `k` closes a lower-case noun phrase opened by a determiner ("the paper",
    "the town council"): before a verb form in -s that phrase is its subject."""
    for j in range(k, max(k - _NOUN_PHRASE_WORDS, 0) - 1, -1):
        token = tokens[j]
        if j < k and in_class(token, "determiner"):
            return token.low not in {"that", "no"}
        if not (token.is_word and token.text.islower()) or _closed_word(token):
            return False
    return False


def _spoken_filler(tokens: list[Token], frame: Frame, cue: Cue) -> bool:
    """An attitude verb between the hearer as subject and a comma ("you know, ...")."""
    return (
        cue.cue_class != "speech"
        and frame.first > 0
        and in_class(tokens[frame.first - 1], "hearer_subject")
        and frame.last + 1 < len(tokens)
        and tokens[frame.last + 1].text == ","
    )


# Stances ("back", "oppose", "want") asked of "you" hold no one's view; "Do you think
# ...?" in an interview was annotated more often than not, so beliefs stay.
_ASKED_STANCES = frozenset({"evaluation", "intention"})


def _question_to_the_reader(tokens: list[Token], frame: Frame, cue: Cue) -> bool:
    """An opening auxiliary, the hearer as subject and a stance verb: "Do you back the toll?"."""
    return (
        cue.cue_class in _ASKED_STANCES
        and frame.first == 2
        and in_class(tokens[0], "auxiliary")
        and in_class(tokens[1], "hearer_subject")
    )


def _demonstrative_before_base_form(prev: Token, form: Token) -> bool:
    """ "this" or "that" (a subject pronoun as well as a determiner) before a base form: as
    a subject it would take "posts", so "this post" is a noun phrase."""
    return (
        in_class(prev, "determiner")
        and in_class(prev, "subject_pronoun")
        and not _third_person(form)
        and not form.low.endswith("ed")
    )


def _third_person(token: Token) -> bool:
    """A present verb form of the third person singular ("notes", "lists")."""
    return token.text.islower() and token.low.endswith("s") and not token.low.endswith("ss")


def _finite_before_object(tokens: list[Token], first: int, nxt: Token) -> bool:
    """A finite form ("opposes", "backed") after "and" or "but" and before an object: a
    second predicate of the clause's subject ("backs the levy and opposes the toll"); a
    base form there mostly joins a verb inside the reported words ("would follow Lee and
    back the plan")."""
    form = tokens[first]
    return (form.low.endswith("s") or past_form(form)) and _object_start(nxt)


_SPEAKER_WORDS = 5  # words of a speaker between a quotation and its cue ("the harbour master")


def _quotation_tag(tokens: list[Token], first: int, regions: list[QuoteRegion]) -> bool:
    """A lower-case cue in the tag of a quotation before it ('"...," the sign read'), not
    a name after another cue ('"...," said Read')."""
    return tokens[first].text.islower() and _attributes_a_quotation(tokens, first, regions)


def _closing_tag(tokens: list[Token], first: int, k: int) -> bool:
    """ "The pier will close, the Gazette reports.": a short speaker phrase that a name or
    a pronoun ends, after a comma, and the cue closing the sentence make a tag, so the cue
    is a verb (not "..., given his past comments.", nor the name "..., Harbour Post")."""
    if not tokens[first].text.islower():
        return False
    if not (k >= len(tokens) or tokens[k].text in {".", "!", "?"}):
        return False
    phrase = speaker_before(tokens, first, 0)
    if phrase is None or phrase[0] < 2 or tokens[phrase[0] - 1].text != ",":
        return False
    head = tokens[phrase[1]]
    return phrase[1] - phrase[0] < _SPEAKER_WORDS and (
        head.capital or in_class(head, "subject_pronoun")
    )


def _attributes_a_quotation(tokens: list[Token], first: int, regions: list[QuoteRegion]) -> bool:
    """'"...," Berg notes.' / '"...," notes Berg.': right after a quotation closed with a
    comma (inside or after the mark), a short speaker phrase or none, then the cue: a tag,
    so the cue is a verb."""
    cue_start = tokens[first].start
    ends = [r.end for r in regions if not r.open_end and r.end <= cue_start]
    if not ends:
        return False
    end = max(ends)
    # ',"' puts the comma inside the mark, '",' after it
    tag = [t for t in tokens[:first] if t.start >= end - 2 and t.text not in ALL_MARKS]
    if not tag or tag[0].text != ",":
        return False
    words = [t for t in tag if t.is_word]
    return len(words) <= _SPEAKER_WORDS and not any(t.text in ".;?!" for t in tag)


def _subject_end(tokens: list[Token], k: int) -> bool:
    """A subject ends at token `k`: a subject word, or a survey participle after one
    ("students polled back the levy")."""
    if in_class(tokens[k], "survey_participle") and k > 0:
        return _subject_word(tokens[k - 1])
    return _subject_word(tokens[k])


def _subject_word(token: Token) -> bool:
    """A word that can end a subject: a name, or a plural noun ("voters back", not the
    particle of "roll back"), not a function word."""
    return (
        token.is_word
        and (token.capital or token.low.endswith("s") or in_class(token, "group_noun"))
        and not token.text.isdigit()
        and not token.low.endswith(("'s", "’s"))
        and not any(
            in_class(token, name)
            for name in ("determiner", "preposition", "np_link", "coordinator", "time_word")
        )
    )


def _object_start(token: Token) -> bool:
    """A word that opens an object: a determiner, an object pronoun or a name."""
    if in_class(token, "time_word"):
        return False
    return (
        (in_class(token, "determiner") and token.low not in {"that", "no"})
        or in_class(token, "object_pronoun")
        or (token.capital and token.is_word)
        or _gerund(token)
    )


def _gerund(token: Token) -> bool:
    """A lower-case -ing form opening a clause as object ("back raising the fee")."""
    return token.text.islower() and len(token.text) > 5 and token.text.endswith("ing")


def _record_subject(frame: Frame, tokens: list[Token]) -> int | None:
    """For an evidence cue whose subject names a record ("a poll shows Berg ahead", "the
    video showed her leaving"; its plain object is what the record shows), the token where
    that subject starts: the record may head a longer phrase, "The poll by the institute
    showed ...", "A survey by the group in March found ...". A subject that names no person
    counts too for the cues of class thing_evidence_lemma ("the ledger shows a loss").
    A cue of another class whose lemma is a record_lemma counts for a record subject only
    ("polls see Berg ahead"). None for any other subject."""
    cue = frame.match.cue
    if frame.speaker is None or not (
        cue.cue_class == "evidence" or cue.lemma in word_classes().get("record_lemma", ())
    ):
        return None
    first = frame.speaker[0]
    for _ in range(_RECORD_LINKS):
        if first < 2 or not (
            in_class(tokens[first - 1], "np_link") or in_class(tokens[first - 1], "preposition")
        ):
            break
        head = phrase_before(tokens, first - 2, 0)
        if head is None:
            break
        first = head[0]
    for k in range(first, frame.speaker[1] + 1):
        if in_class(tokens[k], "evidence_noun"):
            return first if k < frame.speaker[0] else frame.speaker[0]
    if cue.lemma not in word_classes().get("thing_evidence_lemma", frozenset()):
        return None
    return None if _names_someone(tokens, frame.speaker) else frame.speaker[0]


def _names_someone(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """A subject that may name a person or people: a pronoun, a name, a role or group noun.
    Only a subject that names none is read as a thing that shows ("the ledger showed a
    loss"); a person who shows a thing hands it over ("the mayor showed the pier")."""
    words = [t for t in tokens[phrase[0] : phrase[1] + 1] if t.is_word]
    if len(words) == 1 and words[0].low in EMPTY_SUBJECTS:
        return False  # "it shows", "this shows": a thing, not a person
    return (
        not words
        or _person(tokens, phrase)
        or any(in_class(t, "subject_pronoun") or in_class(t, "object_pronoun") for t in words)
        or any(t.capital and not in_class(t, "determiner") for t in words)
        or any(in_class(t, name) for t in words for name in ("title", "group_noun", "person_noun"))
    )


def _content_start(
    tokens: list[Token],
    k: int,
    cue: Cue,
    regions: list[QuoteRegion],
    object_ok: bool = False,
    withheld: bool = False,
) -> int | None:
    """Token index where content after the cue begins, or None when there is none.
    `object_ok` lets a clause-only cue take a plain object (an evidence noun subject);
    `withheld` (a negated cue) reads a wh-word as opening a question ("would not say
    when ...")."""
    n = len(tokens)
    if k >= n:
        return None
    token = tokens[k]
    if token.text in {"—", "–"}:
        return _that_after_aside(tokens, k)  # "said — on the radio, as it happens — that"
    if token.text in _STOPS:
        return None
    if token.text == ":":
        return k + 1 if k + 1 < n else None
    if any(r.start == token.start for r in regions):
        return k
    if token.text == ",":
        if _quote_at(tokens, k + 1, regions):
            return k + 1
        after_aside = _that_after_aside(tokens, k)
        if after_aside is not None:
            return after_aside  # "said, while testifying in May, that ..."
        if (
            k + 1 < n
            and in_class(tokens[k + 1], "condition_word")
            and _clause_after_aside(tokens, k + 2)
        ):
            return k + 1  # "said, if elected, she would act": the condition is reported
        return _content_after_adjunct_aside(tokens, k, cue)
    if not token.is_word:
        return None
    if token.low == "that" and cue.quoted_object:
        return k  # 'called that vision "a farce"': a determiner
    if _pro_form_object(tokens, k):
        return k  # "by the time he said that.": a pro-form for what was said before
    if token.low == "that":
        if k + 1 < n and tokens[k + 1].text == "," and _clause_runs_on(tokens, k + 2):
            return k + 2  # "said that, if elected, she would ...": an aside opens the clause
        return (
            k + 1
            if (k + 1 < n and tokens[k + 1].is_word) or _quote_at(tokens, k + 1, regions)
            else None
        )
    if in_class(token, "question_word") and (cue.question or withheld or token.low == "whether"):
        return k
    if token.low == "to":
        if cue.refusal and k + 1 < n and in_class(tokens[k + 1], "withheld_speech"):
            return None  # "declined to comment": a refusal to speak (see _refusal_reading)
        return k if cue.infinitive else None
    if token.low == "if" and not cue.question and k + 1 < n and tokens[k + 1].is_word:
        return k  # "said if elected he would ...": a conditional is reported content
    if token.low == "so" and _ends_clause(tokens, k + 1):
        return k  # "half said so in May": a pro-form for what was said before
    if in_class(token, "no_content"):
        return None
    if in_class(token, "preposition") or in_class(token, "relative") or in_class(token, "boundary"):
        return None
    if cue.as_object and _as_follows(tokens, k):
        return k  # "voters see the plan as a risk"
    if cue.clause_only and not object_ok:
        return k if _clause_follows(tokens, k) else None
    if cue.clause_only and in_class(token, "evidence_particle"):
        return None  # "the ballots showed up late": a phrasal verb, nothing is shown
    return k


def _pro_form_object(tokens: list[Token], k: int) -> bool:
    """A pro-form ("that", "this", "it") alone as the cue's object, the sentence ending
    after it ("by the time he said that."): it stands for what was said."""
    return in_class(tokens[k], "pro_form") and (
        k + 1 >= len(tokens) or tokens[k + 1].text in _STOPS
    )


_CLAUSE_WORDS = 4  # words after "that," that make a clause, not "rejected that, too."


_ASIDE_REACH = 20  # tokens of an aside between a cue and "that"


def _that_after_aside(tokens: list[Token], k: int) -> int | None:
    """The content after an aside that the comma or dash at token `k` opens and the same
    mark closes right before "that" ("said on the radio, where he is a host, that ...")."""
    mark = tokens[k].text
    for j in range(k + 1, min(len(tokens) - 2, k + _ASIDE_REACH)):
        if tokens[j].text in _STOPS:
            return None
        if tokens[j].text == mark:
            if tokens[j + 1].low == "that" and tokens[j + 2].is_word:
                return j + 2
            if mark != ",":
                return None
    return None


def _content_after_adjunct_aside(tokens: list[Token], k: int, cue: Cue) -> int | None:
    """The object or clause after a prepositional aside that the comma at token `k` opens
    ("described, in blunt terms, the plan's flaws"; "said, in a letter, the pier is safe")."""
    if k + 1 >= len(tokens) or not in_class(tokens[k + 1], "preposition"):
        return None
    for j in range(k + 2, min(len(tokens) - 1, k + _ASIDE_REACH)):
        if tokens[j].text in _STOPS or not (tokens[j].is_word or tokens[j].text == ","):
            return None
        if tokens[j].text == ",":
            start = tokens[j + 1]
            if not start.is_word or any(
                in_class(start, name) for name in ("coordinator", "relative", "preposition")
            ):
                return None
            if _gerund(start) or (cue.clause_only and not _clause_follows(tokens, j + 1)):
                return None
            return j + 1
    return None


def _clause_after_aside(tokens: list[Token], k: int) -> bool:
    """True when the aside from token `k` closes at a comma that a clause follows
    ("if elected, she would act")."""
    for j in range(k, len(tokens) - 1):
        if tokens[j].text in _STOPS:
            return False
        if tokens[j].text == ",":
            return _clause_runs_on(tokens, j + 1)
    return False


def _clause_runs_on(tokens: list[Token], k: int) -> bool:
    """True when at least a short clause's worth of words follows token `k` before the
    sentence ends."""
    words = 0
    for token in tokens[k:]:
        if token.text in _STOPS:
            break
        words += token.is_word
    return words >= _CLAUSE_WORDS


def _as_follows(tokens: list[Token], k: int) -> bool:
    """True when an object from token `k` is followed by "as" in its clause ("the plan as
    a risk")."""
    for j in range(k + 1, min(len(tokens) - 1, k + _CLAUSE_LOOKAHEAD + 4)):
        token = tokens[j]
        if token.text in _STOPS or token.text in {",", ":", "—", "–"}:
            return False
        if in_class(token, "relative") or in_class(token, "complementizer"):
            return False
        if token.low == "as":  # not "as well", "as soon as"
            comparison = j + 2 < len(tokens) and tokens[j + 2].low == "as"
            return tokens[j + 1].is_word and tokens[j + 1].low != "well" and not comparison
    return False


def _ends_clause(tokens: list[Token], k: int) -> bool:
    """True when the clause ends at token `k` or an adjunct opens there ("so in May")."""
    if k >= len(tokens):
        return True
    token = tokens[k]
    return (
        token.text in _STOPS
        or token.text in {",", "—", "–", ")"}
        or in_class(token, "preposition")
        or in_class(token, "time_word")
        or in_class(token, "coordinator")
    )


def _participle_after_comma(tokens: list[Token], k: int) -> bool:
    """An "-ing" word right after a comma: it opens a participle clause of its own."""
    return k >= 1 and tokens[k - 1].text == "," and _gerund(tokens[k])


def _content_further(
    tokens: list[Token],
    k: int,
    regions: list[QuoteRegion],
    cue_firsts: frozenset[int],
    after_hearer: bool,
) -> int | None:
    """Content after adjuncts the cue's words did not cover: "said in an interview with
    the AP last week that ...", "said, among other things, that ...", "said in Berlin, "..."",
    "said in a statement: ...".
    """
    n = len(tokens)
    commas = 0
    j = k - 1
    while j + 1 < min(n, k + _ADJUNCT_LOOKAHEAD):
        j += 1
        token = tokens[j]
        title = _title_end(tokens, j, regions) if j > k and tokens[j - 1].is_word else None
        if title is not None:  # 'said on Nordvision's "Harbour Hour" that ...'
            j = title
            continue
        if _plural_possessive_mark(tokens, j):
            continue  # "wrote to the Sanders' office that ..."
        if token.text == ":" and j > k and (tokens[j - 1].is_word or tokens[j - 1].text == ","):
            return j + 1 if j + 1 < n else None  # "said in a statement: ..."
        if token.text in _STOPS or token.text in ALL_MARKS or token.text == ":" or j in cue_firsts:
            return None
        if (
            token.low == "that"
            and j > k
            and (tokens[j - 1].is_word or tokens[j - 1].text in {",", *ALL_MARKS})
        ):
            if _participle_after_comma(tokens, j - 1):
                return None  # "charged on lorries, ruling that ...": the participle's "that"
            object_before = tokens[j - 1].is_word and not in_class(tokens[j - 1], "preposition")
            if object_before and not (after_hearer or _adjunct_words(tokens[k:j])):
                return None
            return j + 1 if j + 1 < n else None
        if (
            (after_hearer or _adjunct_words(tokens[k:j]))
            and j > k
            and commas == 0
            and _bare_clause_after_hearer(tokens, j)
        ):
            return j  # "told a gathering in Leeds she will ...", "said in Leeds she will ..."
        if token.text == ",":
            commas += 1
            if _quote_at(tokens, j + 1, regions):
                return j + 1
            after_aside = _that_after_aside(tokens, j)
            if after_aside is not None:
                return after_aside  # "said on the radio, where he is a host, that ..."
            if commas > 2:
                return None
        elif (
            not token.is_word
            or in_class(token, "relative")
            or (in_class(token, "coordinator") and not after_hearer)
        ):
            return None
    return None


def _plural_possessive_mark(tokens: list[Token], j: int) -> bool:
    """An apostrophe glued to a word in -s and followed by a space ("the Bergs' boat"):
    a possessive, not a closing quotation mark."""
    if not (0 < j < len(tokens) - 1) or tokens[j].text not in {"'", "’"}:
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return (
        before.is_word
        and before.low.endswith("s")
        and before.end == tokens[j].start
        and after.is_word
        and after.start > tokens[j].end
    )


def _bare_clause_after_hearer(tokens: list[Token], j: int) -> bool:
    """A subject pronoun right after a name that ends the hearer's phrase or its place opens
    a bare clause ("told a rally in Leeds she will stay"); after a common noun it may open
    a relative clause instead ("asked her about remarks she made")."""
    token, left = tokens[j], tokens[j - 1]
    return (
        in_class(token, "subject_pronoun")
        and not in_class(token, "object_pronoun")
        and token.low != "it"
        and left.is_word
        and left.capital
        and not in_class(left, "subject_pronoun")
    )


def _title_end(tokens: list[Token], j: int, regions: list[QuoteRegion]) -> int | None:
    """The last token of a short quoted name opening at token `j` (a show, a book), or
    None when no such quotation opens there."""
    region = next((r for r in regions if r.start == tokens[j].start and not r.open_end), None)
    if region is None:
        return None
    last = j
    while last + 1 < len(tokens) and tokens[last + 1].start < region.end:
        last += 1
    words = sum(1 for t in tokens[j : last + 1] if t.is_word)
    return last if words <= _TITLE_WORDS else None


def _named_title(tokens: list[Token], k: int, regions: list[QuoteRegion]) -> tuple[int, int] | None:
    """A short quoted name in capitals opening at token `k` ('"Harbour Hour"', '"Fox and
    Friends"'), as a phrase: after a verb that takes a hearer, the show or paper spoken
    to. None for quoted words ('cautioned "let's wait"')."""
    last = _title_end(tokens, k, regions)
    if last is None:
        return None
    words = [t for t in tokens[k : last + 1] if t.is_word]
    return (k, last) if words and words[0].capital and words[-1].capital else None


def _adjunct_words(tokens: list[Token]) -> bool:
    """True when the words open with a preposition (an adjunct, not an object). Words after
    a comma that end in a word before "that" are a clause of their own ("said, it may file
    that appeal"): "that" is a determiner there."""
    return bool(tokens) and in_class(tokens[0], "preposition")


def _quote_at(tokens: list[Token], k: int, regions: list[QuoteRegion]) -> bool:
    return k < len(tokens) and any(r.start == tokens[k].start for r in regions)


def _clause_follows(tokens: list[Token], k: int) -> bool:
    """A bare clause ("noted he was ...") rather than an object ("noted the plan")."""
    if in_class(tokens[k], "subject_pronoun") or _pronoun_with_verb(tokens[k]):
        return True
    previous = tokens[k]
    for j in range(k + 1, min(len(tokens), k + 1 + _CLAUSE_LOOKAHEAD)):
        token = tokens[j]
        if token.text in _STOPS or token.text == ",":
            return False
        if in_class(token, "finite_auxiliary"):
            return True
        if (
            token.low.endswith("ed")
            and not token.capital
            and previous.is_word
            and not in_class(previous, "determiner")
            and not in_class(previous, "preposition")
        ):
            return True  # "claiming the quarantine violated her rights"
        if _present_verb(tokens, j, previous):
            return True  # "think the mayor wants a pier"
        previous = token
    return False


def _pronoun_with_verb(token: Token) -> bool:
    """A subject pronoun and a verb in one token ("they're", "she'll"): a clause opens."""
    pronoun, mark, verb = token.low.partition("'")
    return (
        bool(mark)
        and in_class(Token(token.start, token.start + len(pronoun), pronoun), "subject_pronoun")
        and in_class(Token(token.end - len(verb), token.end, verb), "verb_clitic")
    )


def _present_verb(tokens: list[Token], j: int, previous: Token) -> bool:
    """A verb in -s after a noun, with its own object ("the mayor wants a pier"): a
    clause's verb, where a plural noun ("the new rules") would close the phrase."""
    if not (
        _third_person(tokens[j])
        and len(tokens[j].text) > 3  # not "as", "its"
        and not _closed_word(tokens[j])
        and previous.is_word
        and not previous.low.endswith("s")
        and not any(in_class(previous, name) for name in ("determiner", "preposition", "adverb"))
    ):
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is not None and (
        (in_class(after, "determiner") and after.low != "that") or in_class(after, "object_pronoun")
    )
