"""The subject of a sentence's main clause, for the quote finder.

A cue that shares its subject with an earlier verb ("Berg met voters and said ...",
"Berg toured the pier, saying ...") has the main clause's subject as its speaker. This
module finds that subject over the tokens of a sentence: it skips fronted adverbials
("Hours later,", "At a rally in Ames, Iowa,", "Asked about it,"), takes the noun phrase
before the main clause's finite verb, passes over a relative clause or an apposition
between the two ("Berg, who chairs the board, said"), and rejects words that open no
noun phrase (an expletive "there", a bare adjective or preposition before an article:
"Absent a deal,"). Closed-class words come from `lexicons/quote_words.tsv`.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.analyze.quote_phrases import (
    Token,
    in_class,
    ly_adverb,
    past_form,
    phrase_after,
)
from dateline.analyze.speech_cues import find_cues


@dataclass(frozen=True)
class Clause:
    """A main clause: its subject phrase and its finite verb, as token indexes (the
    verb is None when no verb form stands where it should), and where the adverbials
    before it end when each was opened by a clause word, participle, preposition or
    time ("When Lee spoke, in May," -> the token after the second comma; 0 when none
    opens the sentence; None when another phrase was passed over, which may have been
    the subject itself)."""

    subject: tuple[int, int]
    verb: int | None
    fronted: int | None = None


def sentence_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, after leading adverbials ("Hours later,",
    "At a rally in Ames, Iowa, on Sunday,") and before a relative clause."""
    clause = main_clause(tokens)
    return clause.subject if clause is not None else None


def main_clause(tokens: list[Token]) -> Clause | None:
    """The subject and finite verb of the sentence's main clause."""
    k = 0
    unsure = apposed = False
    for _ in range(4):
        while k < len(tokens) and (not tokens[k].is_word or in_class(tokens[k], "coordinator")):
            k += 1  # "But Berg said", "And, Berg said"
        if k >= len(tokens):
            return None
        if _opens_clause(tokens, k):
            k = _after_next_comma(tokens, k)  # "When Lee spoke,", "In Ames, where Lee spoke,"
            continue
        while k < len(tokens) and (not tokens[k].is_word or in_class(tokens[k], "boundary")):
            unsure = unsure or tokens[k].is_word  # "When he returned he began": which verb?
            k += 1
        if k >= len(tokens):
            return None
        if _opens_adjunct(tokens, k):
            k = _after_next_comma(tokens, k)  # "Speaking in Ames,", "Shortly after the vote,"
            continue
        phrase = phrase_after(tokens, k)
        if phrase is not None:
            phrase = _present_cut(tokens, _name_head(tokens, phrase))
        if phrase is None:
            if not in_class(tokens[k], "preposition"):
                return None
            k = _after_next_comma(tokens, k)  # an opening prepositional phrase
            continue
        after = phrase[1] + 1
        if (
            phrase[0] == phrase[1]
            and tokens[phrase[0]].low in _EXPLETIVES
            and (after >= len(tokens) or tokens[after].text != ",")
        ):
            return None  # "There is ...": no one is the subject
        if (
            after < len(tokens)
            and in_class(tokens[after], "time_word")
            and not in_class(tokens[after], "adverb")
        ):
            after += 1  # "This year,": a time, not the subject
        if (
            phrase[0] == phrase[1]
            and after < len(tokens)
            and tokens[after].text == ","
            and _sentence_adverb(tokens[phrase[0]])
        ):
            k = after + 1  # "However, ...", "Still, ...", "PARIS, ...": not the subject
            continue
        if any(in_class(t, "time_word") for t in tokens[phrase[0] : after]):
            k = _after_next_comma(tokens, k)  # "Hours later, ...": a time, not the subject
            continue
        if (
            after + 2 < len(tokens)
            and in_class(tokens[after], "time_lead")
            and in_class(tokens[after + 1], "time_word")
            and tokens[after + 2].is_word
        ):
            after += 2  # "the board on Monday rejected": a time between subject and verb
        if after < len(tokens) and tokens[after].text == "(":
            close = next((j for j in range(after, len(tokens)) if tokens[j].text == ")"), None)
            if close is not None and close + 1 < len(tokens) and tokens[close + 1].is_word:
                # "Rep. Jo Lee (D-Va.) issued"
                return _clause(phrase, _verb_at(tokens, close + 1), unsure, apposed)
        if (
            after + 1 < len(tokens)
            and tokens[after].text == ","
            and in_class(tokens[after + 1], "relative")
        ):
            # "Republicans, who hold the Senate, have ..."
            return _clause(phrase, _verb_after_aside(tokens, after + 1), unsure, apposed)
        if _appositive_subject(tokens, phrase):
            # "Jo Berg, head of the board, tied ..."
            return _clause(phrase, _verb_after_aside(tokens, after + 1), unsure, apposed)
        if after < len(tokens) and tokens[after].text in {",", "—", "–", ":"}:
            k = after + 1  # an opening adverbial or dateline, not the subject
            apposed = True
            continue
        if after < len(tokens) and tokens[after].is_word and not in_class(tokens[after], "np_link"):
            return _clause(phrase, _verb_at(tokens, after), unsure, apposed)
        return None
    return None


def _clause(subject: tuple[int, int], verb: int | None, unsure: bool, apposed: bool) -> Clause:
    """A clause; its verb is left unknown when a clause word was passed over before the
    subject with no comma to close its clause."""
    fronted = None if apposed else subject[0]
    return Clause(subject, None if unsure else verb, fronted)


_VERB_GAP = 3  # adverbs between a subject and its verb: "also quickly", "in fact"


def _verb_at(tokens: list[Token], k: int) -> int | None:
    """The finite verb at token `k`, after adverbs that may stand before it ("also
    said", "later told"), or None when no verb form stands there."""
    for j in range(k, min(len(tokens), k + _VERB_GAP + 1)):
        token = tokens[j]
        if not token.is_word or not token.text.islower():
            return None
        if in_class(token, "adverb") or ly_adverb(token) or in_class(token, "floating_quantifier"):
            continue
        if in_class(token, "negation"):
            continue
        if any(in_class(token, name) for name in _NOT_VERBS):
            return None
        if (
            in_class(token, "finite_auxiliary")
            or in_class(token, "auxiliary")
            or past_form(token)
            or in_class(token, "past_noun")
            or any(not m.cue.noun for m in find_cues(token.text))
            or _present_form(token)
        ):
            return j
        return None
    return None


_NOT_VERBS = ("preposition", "determiner", "subject_pronoun", "object_pronoun", "relative")


def _present_form(token: Token) -> bool:
    """A lower-case word in -s that is no closed-class word: "says", "wants", "holds"."""
    return len(token.low) > 2 and token.low.endswith("s") and not token.low.endswith("ss")


def _verb_after_aside(tokens: list[Token], k: int) -> int | None:
    """The verb after a relative clause or apposition opening at token `k` ("who chairs
    the board, said"): the first comma or dash after which a verb stands."""
    for j in range(k, len(tokens) - 1):
        if tokens[j].text in {".", ";", "!", "?"}:
            return None
        if tokens[j].text in {",", "—", "–"}:
            verb = _verb_at(tokens, j + 1)
            if verb is not None:
                return verb
    return None


_EXPLETIVES = frozenset({"there", "there's", "there’s"})


def _sentence_adverb(token: Token) -> bool:
    """A word that opens a sentence before a comma without being its subject: an
    adverb ("Still,", "However,", "Indeed,") or a capitalised dateline ("PARIS,")."""
    lower = Token(token.start, token.end, token.low)
    return (
        in_class(token, "adverb")
        or in_class(token, "adverb_aside")
        or ly_adverb(lower)
        or (len(token.text) > 1 and token.text.isupper() and token.text.isalpha())
    )


def _opens_clause(tokens: list[Token], k: int) -> bool:
    """True when a clause word or a preposition other than "that" opens a clause or
    phrase that a comma closes before the main clause ("When Lee spoke,", "Although it
    rained,", "With her aides beside her,", "where the plant stood,")."""
    token = tokens[k]
    return (
        in_class(token, "boundary")
        and not in_class(token, "determiner")
        and any(t.text == "," for t in tokens[k + 1 :])
    )


def _opens_adjunct(tokens: list[Token], k: int) -> bool:
    """True when the words at `k` open an adverbial that a comma closes before the
    subject: a participle ("Speaking in Ames,", "Asked about it,"), a clause word ("When
    asked,", "If it passes,"), or an adverb before one ("Shortly after the vote,", "Even
    before that,")."""
    token = tokens[k]
    if not any(t.text == "," for t in tokens[k + 1 :]):
        return False
    if token.capital and token.low.endswith("ing") and len(token.low) > 5:
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return (
            nxt is not None
            and nxt.is_word
            and not nxt.capital
            and not in_class(nxt, "auxiliary")
            and not nxt.low.endswith(("ed", "s", "d"))
        )  # "Speaking to reporters,", not "Ebeling reminisced" or "Beijing has"
    if in_class(token, "adjunct_start") and token.low not in {"and", "but"}:
        return True
    if token.capital and past_form(Token(token.start, token.end, token.low)):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        # "Asked about it,", "Faced with a vote,": a participle, not "Reported cases rose"
        return nxt is not None and (in_class(nxt, "preposition") or nxt.text == ",")
    return (
        (in_class(token, "adverb") or (len(token.low) > 4 and token.low.endswith("ly")))
        and k + 1 < len(tokens)
        and (in_class(tokens[k + 1], "adjunct_start") or in_class(tokens[k + 1], "preposition"))
    )


_APPOSITION_REACH = 30  # tokens of an appositive: "a former director of ... in May,"


def _appositive_subject(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """A name, a comma, an appositive, a comma and a verb: the name is the subject
    ("Jo Berg, head of the board, tied ...", "Jo Berg, a trader from Ayr, Scotland, who
    sells fish, has said ...")."""
    after = phrase[1] + 1
    if not tokens[phrase[1]].capital or after + 1 >= len(tokens) or tokens[after].text != ",":
        return False
    if in_class(tokens[after + 1], "coordinator"):
        return False  # "the Paper, and widely read online,": no appositive
    first = True
    for c in range(after + 1, min(len(tokens) - 1, after + _APPOSITION_REACH)):
        if tokens[c].text in {".", "!", "?", ";", ":"}:
            return False
        if tokens[c].text == "," and c > after + 1:
            nxt = tokens[c + 1]
            if in_class(nxt, "coordinator") or in_class(nxt, "relative"):
                first = False
                continue
            if nxt.is_word and nxt.text.islower() and (first or _verb_at(tokens, c + 1)):
                return True  # past the first comma, only a known verb form closes it
            first = False
    return False


_OBJECT_OPENERS = (
    "determiner",
    "object_pronoun",
    "subject_pronoun",
    "complementizer",
    "quantifier",
    "number_word",
    "group_noun",
)


def _present_cut(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """Cut a subject phrase before a lower-case word in -s that an object opens after
    ("the board rejects both bids" -> "the board"; not "the board members")."""
    start, end = phrase
    for j in range(start + 1, end + 1):
        if (
            _lower_present(tokens[j])
            and j + 1 < len(tokens)
            and any(in_class(tokens[j + 1], name) for name in _OBJECT_OPENERS)
        ):
            if j - 1 > start and _lower_present(tokens[j - 1]):
                j -= 1  # "a narrator reminds viewers that": the first is the verb
            return start, j - 1
    return phrase


def _lower_present(token: Token) -> bool:
    return (
        token.text.islower()
        and _present_form(token)
        and not any(in_class(token, name) for name in _NOT_VERBS)
    )


def _name_head(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """Cut a subject phrase after its first name when a lower-case word other than a
    title or link follows it ("Jo Berg met survivors on Sunday" -> "Jo Berg",
    "Senate candidate Jo Berg met ..." -> "Senate candidate Jo Berg")."""
    start, end = phrase
    opener = in_class(tokens[start], "determiner") or in_class(tokens[start], "quantifier")
    j = start + 1 if opener else start  # "The mayor of Paris", "Most crews"
    while j < end:
        token, following = tokens[j], tokens[j + 1]
        if (
            token.capital
            and following.is_word
            and following.text.islower()
            and not in_class(following, "title")
            and not in_class(following, "np_link")
            and not in_class(following, "group_noun")  # "Port officials", "Senate aides"
            and not _title_run(tokens, j + 1, end)
        ):
            return start, j
        j += 1
    return phrase


_TITLE_RUN = 2  # lower-case words of a title before a name: "harbour master", "fleet owner"


def _title_run(tokens: list[Token], k: int, end: int) -> bool:
    """True when lower-case words from token `k` are an office word or two before a name
    inside the phrase ("Harbour master Ina Volk"): not verbs ("Jo Berg met Lee")."""
    j = k
    while j <= end and j - k < _TITLE_RUN and tokens[j].is_word and tokens[j].text.islower():
        if (
            past_form(tokens[j])
            or tokens[j].low.endswith("s")
            or find_cues(tokens[j].text)
            or any(in_class(tokens[j], name) for name in _NOT_TITLE_WORDS)
        ):
            return False
        j += 1
    name = tokens[j] if j <= end else None
    return name is not None and name.capital and name.is_word and not in_class(name, "time_word")


_NOT_TITLE_WORDS = ("preposition", "np_link", "determiner", "coordinator", "auxiliary", "adverb")


def _after_next_comma(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].text != ",":
        k += 1
    while k < len(tokens) and tokens[k].text == ",":
        k += 1
    return k


_CLAUSE_LINKS = ("coordinator", "adjunct_start", "contrast_clause")
_LINK_REACH = 3  # words between a clause word and its subject's first word


def in_predicate(tokens: list[Token], clause: Clause, k: int) -> bool:
    """True when a clause whose subject starts at token `k` stands inside the main
    clause's predicate, so a participle or second verb after it shares the main subject
    ("Berg went first at the hall hosted by CNN, predicting ...": Berg predicts). False
    when a clause of its own is joined there: after ", and", a semicolon or dash, a
    clause word ("..., as Lee spoke"), or a relative set off by a comma ("Berg praised
    Lee, who met voters and said ...")."""
    if clause.verb is None or not clause.verb < k < len(tokens):
        return False
    if in_class(tokens[k], "relative") and tokens[k - 1].text == ",":
        return False
    for j in range(clause.verb + 1, k):
        token = tokens[j]
        if token.text in {";", ":", "—", "–"}:
            return False
        if tokens[j - 1].text == "," and any(in_class(token, name) for name in _CLAUSE_LINKS):
            return False  # "..., and Lee met", "..., though in May Lee met"
        if j + _LINK_REACH >= k and any(in_class(token, name) for name in _CLAUSE_LINKS):
            return False  # "... as more voters have", "... and the board met"
    return True
