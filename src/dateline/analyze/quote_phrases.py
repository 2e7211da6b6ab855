"""Words around a speech cue: tokens, the speaker phrase before or after the cue, the
addressee after it, and the adverbials (time, setting) that may stand between.

No parser: a speaker is the noun phrase that ends next to the cue (skipping adverbs,
auxiliaries and time expressions), or, across an appositive or relative clause set off
by commas, the noun phrase that opens it ("The minister, who ..., said"). Word classes
come from `lexicons/quote_words.tsv`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import NamedTuple

from dateline.analyze.quote_marks import (
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    DOUBLED,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    STRAIGHT,
)
from dateline.analyze.speech_cues import cue_index
from dateline.lexicons import load_table

WORDS = "quote_words.tsv"
MAX_PHRASE = 12

# `''` and ``` `` ``` are one token: a double quotation mark as newspaper archives write it
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)+|\w+(?:[’'\-]\w+)*|''|``|--|[^\w\s]")
# Typed or rarer dashes read as the em dash every rule tests for ("Lee -- a nurse -- said",
# "Lee ― a nurse ― said"); the token keeps its offsets, only its text is the em dash.
_DASH_FORMS = {"--": "—", "―": "—"}


class Token(NamedTuple):
    """A word or punctuation mark at `[start, end)` of the text.

    A named tuple, not a frozen dataclass: every paragraph makes hundreds, and a frozen
    dataclass costs several times as much to build."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        """Lower case, typographic apostrophe folded."""
        return self.text.lower().replace("’", "'")

    @property
    def is_word(self) -> bool:
        """True for words and numbers."""
        return self.text[0].isalnum()

    @property
    def capital(self) -> bool:
        """True when the word starts with a capital letter."""
        return self.text[0].isupper()


@cache
def word_classes() -> dict[str, frozenset[str]]:
    """Class name -> the words in it (lower case)."""
    classes: dict[str, set[str]] = defaultdict(set)
    for row in load_table(WORDS):
        classes[row["class"]].add(row["word"].replace("’", "'"))
    return {name: frozenset(words) for name, words in classes.items()}


def describes_one_person(description: str) -> bool:
    """Whether a description names one person by office ("the port's director", "a
    spokeswoman for the ministry"), so a name set off after it is theirs; "police" or
    "the report" is no one a name could stand beside."""
    classes = word_classes()
    people = classes["title"] | classes["person_noun"]
    for word in (w.lower().replace("’", "'") for w in _WORD.findall(description)):
        if word in classes["preposition"]:
            break  # "a spokeswoman for the ministry": the head is before "for"
        if word in people and word not in classes["group_noun"] and not word.endswith("s"):
            return True
    return False


_WORD = re.compile(r"[\w'’.-]+")
_NO_WORDS: frozenset[str] = frozenset()
_AUXILIARY_CLASSES = frozenset({"auxiliary", "finite_auxiliary"})


def in_class(token: Token, name: str) -> bool:
    """True when the token's word belongs to the class `name` of quote_words.tsv.

    Acronyms never do: "US" is a country, not "us". A capitalised given name that is
    also a modal ("Will", "May") is no auxiliary: in a sentence that reports speech it
    names a person ("said Will Doyle"), not a question's inverted verb.
    """
    text = token.text
    if len(text) > 1 and text.isupper():
        return False
    classes = word_classes()
    if name in _AUXILIARY_CLASSES and token.capital and token.low in classes["name_modal"]:
        return False
    return token.low in classes.get(name, _NO_WORDS)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words and punctuation of `text`, with offsets shifted by `offset`."""
    return [
        Token(m.start() + offset, m.end() + offset, _DASH_FORMS.get(m.group(0), m.group(0)))
        for m in _TOKEN.finditer(text)
    ]


def ly_adverb(token: Token) -> bool:
    """ "falsely", "repeatedly": a lower-case word in -ly (not "Italy", "July", "family")."""
    return (
        token.text.islower()
        and len(token.text) > 4
        and token.text.endswith("ly")
        and not in_class(token, "ly_noun")
    )


def past_form(token: Token) -> bool:
    """A lower-case past form or participle ("conducted", "held"), as `_verb_like`."""
    return _verb_like(token)


def _verb_like(token: Token) -> bool:
    """A lower-case past form ("cheered", "criticized", "met", "held"): ends a noun phrase."""
    if not token.text.islower():
        return False
    if len(token.text) > 3 and token.text.endswith("ed"):
        return not in_class(token, "not_past")  # not "need", "succeed", "hundred"
    return token.text in _irregular_past()


@cache
def _irregular_past() -> frozenset[str]:
    """Irregular past forms of `lexicons/verb_forms.tsv` ("met", "held", "sent"), without
    auxiliaries and forms that are as often nouns ("cut", "set", "left")."""
    forms = {
        form.strip()
        for row in load_table("verb_forms.tsv")
        if row["lemma"] not in ("be", "have", "do")
        for form in row["forms"].split(",")
    }
    noun_too = word_classes().get("past_noun", frozenset())
    return frozenset(f for f in forms if not f.endswith(("ing", "s")) and f not in noun_too)


def skip_back(tokens: list[Token], k: int, floor: int) -> int:
    """Step left over adverbs, auxiliaries and time expressions; the index reached."""
    while k >= floor:
        token = tokens[k]
        if in_class(token, "adverb") or in_class(token, "auxiliary") or ly_adverb(token):
            k -= 1
        elif in_class(token, "in_adverb") and k - 1 >= floor and tokens[k - 1].low == "in":
            k -= 2  # "the group in fact reported"
        elif _floating_quantifier(tokens, k, floor):
            k -= 1  # "the two have both said"
        elif in_class(token, "time_word"):
            k -= 1
            while k >= floor and (
                in_class(tokens[k], "time_lead")
                or tokens[k].text.isdigit()
                or in_class(tokens[k], "number_word")
            ):
                k -= 1
        else:
            break
    return k


def _floating_quantifier(tokens: list[Token], k: int, floor: int) -> bool:
    """ "both", "all", "each" between a subject or an auxiliary and the verb ("they have
    both said", "the two all agreed"), not a quantifier opening the subject ("Both said")."""
    if not in_class(tokens[k], "floating_quantifier") or k - 1 < floor:
        return False
    left = tokens[k - 1]
    if left.text in {")", "—", "–"}:
        return True  # "Jo Lee (D-Va.) both said", "Lee and Berg — rivals — both said"
    return left.is_word and not any(
        in_class(left, name) for name in ("preposition", "determiner", "np_link")
    )


def skip_forward(tokens: list[Token], k: int, settings: frozenset[int]) -> int:
    """Step right over adverbs, time expressions and setting phrases; the index reached.

    Args:
        tokens: the sentence.
        k: where to start.
        settings: indexes of tokens inside setting phrases ("in a statement").
    """
    while k < len(tokens):
        token = tokens[k]
        if k in settings or in_class(token, "adverb"):
            k += 1
            continue
        if (
            token.text == ","
            and k + 2 < len(tokens)
            and in_class(tokens[k + 1], "adverb_aside")
            and tokens[k + 2].text == ","
        ):
            k += 3  # "says, however, that"
            continue
        j = k
        while j < len(tokens) and (in_class(tokens[j], "time_lead") or tokens[j].text.isdigit()):
            j += 1
        if j < len(tokens) and in_class(tokens[j], "time_word") and not _named_time(tokens, j):
            k = j + 1
            while k < len(tokens) and (tokens[k].text.isdigit() or tokens[k].text == ","):
                if tokens[k].text == "," and not (
                    k + 1 < len(tokens) and tokens[k + 1].text.isdigit()
                ):
                    break
                k += 1
            continue
        break
    return k


def _named_time(tokens: list[Token], k: int) -> bool:
    """A time word after a determiner and before a capitalised word is part of a name
    ("told the Sunday Times", "the Monday Gazette"), not a time of speaking."""
    return (
        k >= 1
        and in_class(tokens[k - 1], "determiner")
        and k + 1 < len(tokens)
        and tokens[k + 1].capital
        and tokens[k + 1].is_word
    )


def _time_of_speaking(tokens: list[Token], k: int) -> bool:
    """A time word at `k` that is no part of a name ("told a panel Wednesday", not "told the
    Sunday Times")."""
    return in_class(tokens[k], "time_word") and not _named_time(tokens, k)


def _np_word(token: Token) -> bool:
    if not token.is_word:
        return False
    return not (
        in_class(token, "boundary")
        or in_class(token, "auxiliary")
        or in_class(token, "negation")
        or in_class(token, "complementizer")
    )


def _postmodifier(tokens: list[Token], k: int) -> bool:
    """A describing word at `k` between a noun and a preposition that opens a noun phrase
    ("a source close to the campaign", "an aide involved in the talks")."""
    return (
        k >= 1
        and k + 2 < len(tokens)
        and in_class(tokens[k], "postmodifier")
        and _np_word(tokens[k - 1])
        and in_class(tokens[k + 1], "preposition")
        and _np_word(tokens[k + 2])
    )


def _links_nouns(tokens: list[Token], k: int) -> bool:
    """A word inside a noun phrase joining two nouns ("of", "for"), or "to" after a noun of
    service ("an adviser to the mayor"): elsewhere "to" opens an adjunct ("said to them")."""
    token = tokens[k]
    if in_class(token, "np_link"):
        return True
    return token.low == "to" and k >= 1 and in_class(tokens[k - 1], "to_noun")


def _headed(token: Token) -> bool:
    """A phrase can end here: not on a determiner ("a"), adverb ("very") or bare number."""
    return not (
        (in_class(token, "determiner") and not in_class(token, "subject_pronoun"))
        or in_class(token, "adverb")
        or ly_adverb(token)
        or token.text.isdigit()
    )


def _quantifier_alone(tokens: list[Token], start: int, end: int) -> bool:
    """ "Several said", "Most agreed": a quantifier standing alone for a group."""
    return start == end and in_class(tokens[end], "quantifier")


def _count(token: Token) -> bool:
    return token.text.isdigit() or in_class(token, "number_word")


def _proportion(tokens: list[Token], start: int, end: int) -> bool:
    """ "Six in 10 said", "two of three agreed": a share of a group standing for it."""
    return (
        end - start >= 2
        and _count(tokens[end])
        and tokens[end - 1].low in {"in", "of"}
        and _count(tokens[end - 2])
    )


def abbreviation_stop(tokens: list[Token], k: int) -> bool:
    """The stop of a title abbreviation before a name ("Mr. Smith", "Gen. Lee")."""
    if tokens[k].text != "." or k == 0 or k + 1 >= len(tokens):
        return False
    title = tokens[k - 1]
    if not tokens[k + 1].capital:
        return False
    if len(title.text) == 1 and title.text.isupper():
        if k >= 2 and tokens[k - 2].capital:
            return True  # a middle initial: "James B. Comey"
        return _leading_initial(tokens, k)
    return in_class(title, "title") and len(title.text) <= 4


def _leading_initial(tokens: list[Token], k: int) -> bool:
    """True for the stop of an initial that opens a name of two more capitalised words
    ("K. Jo Berg said"), where no word stands before it that could end a sentence with a
    letter: after a mark, a comma or a lower-case word."""
    before = tokens[k - 2] if k >= 2 else None
    if before is not None and (before.capital or before.text == "."):
        return False
    return k + 2 < len(tokens) and tokens[k + 2].capital and tokens[k + 2].is_word


def phrase_before(tokens: list[Token], end: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending at token `end` (inclusive), as token indexes `[i, j]`."""
    k = end
    while k >= floor and end - k < MAX_PHRASE:
        token = tokens[k]
        if k - 1 >= floor and abbreviation_stop(tokens, k):
            k -= 1
            continue
        if _np_word(token):
            if in_class(token, "subject_pronoun") or in_class(token, "object_pronoun"):
                if k < end and _possessive_before_noun(tokens, k):
                    k -= 1  # "her sister said": the possessive belongs to the phrase
                k -= 1 if k == end else 0
                break
            if (
                k < end
                and _verb_like(token)
                and k - 1 >= floor
                and (tokens[k - 1].capital or in_class(tokens[k - 1], "subject_pronoun"))
            ):
                break  # "He criticized the plan and the party said": not one phrase
            if k < end and _cue_verb(token) and not in_class(tokens[k - 1], "determiner"):
                break  # "The harbour master said the ferry operator told": two clauses
            if _article_opens(tokens, k, floor):
                k -= 1
                break  # "told the BBC the government offered": an article opens a phrase
            k -= 1
            continue
        if k < end and k - 1 >= floor and _plural_possessive_mark(tokens, k):
            k -= 1  # "the two countries' ministers said": the owner is in the phrase
            continue
        if k < end and k - 2 >= floor and _postmodifier(tokens, k - 1):
            k -= 2  # "a source close to | the campaign said": one phrase
            continue
        if _links_nouns(tokens, k) and k < end and k - 1 >= floor:
            left = tokens[k - 1]
            if token.low == "and" and not (left.capital and tokens[k + 1].capital):
                break
            if _np_word(left) and not left.low.endswith("ed"):
                k -= 1
                continue
        break
    start = k + 1
    while start <= end and (in_class(tokens[start], "np_link") or not tokens[start].is_word):
        start += 1
    if start > end or not (
        _headed(tokens[end])
        or _quantifier_alone(tokens, start, end)
        or _proportion(tokens, start, end)
    ):
        return None
    return _name_run_cut(tokens, start, end), end


def _plural_possessive_mark(tokens: list[Token], k: int) -> bool:
    """An apostrophe glued to a plural noun, a word before it ("farmers' union"): the
    possessive mark, not a closing quotation mark."""
    mark, owner = tokens[k], tokens[k - 1]
    opened = k >= 2 and tokens[k - 2].text in ("'", "‘") and tokens[k - 2].end == owner.start
    return (
        not opened  # "the 'rebels' leader": quotation marks around a word
        and mark.text in ("'", "’")
        and owner.end == mark.start
        and owner.is_word
        and owner.low.endswith("s")
        and tokens[k + 1].is_word
        and tokens[k + 1].start == mark.end + 1
    )


def _article_opens(tokens: list[Token], k: int, floor: int) -> bool:
    """An article ("the", "a", "an") after a noun or a name opens a new noun phrase: the
    phrase before it is another one ("the BBC | the government")."""
    if tokens[k].low not in ("the", "a", "an") or k - 1 < floor:
        return False
    left = tokens[k - 1]
    return (
        left.is_word
        and _np_word(left)
        and not in_class(left, "determiner")
        and not in_class(left, "preposition")
        and not in_class(left, "np_link")
        and not in_class(left, "quantifier")
        and left.low not in ("all", "both", "half", "of")
    )


def _possessive_before_noun(tokens: list[Token], k: int) -> bool:
    """A pronoun that is also a possessive ("her") before a lower-case noun."""
    return in_class(tokens[k], "determiner") and tokens[k + 1].text.islower()


@cache
def _cue_verbs() -> frozenset[str]:
    """Single-word cue forms that are verbs only ("said", "told", "added"): lower case,
    one ends the noun phrase before it."""
    return frozenset(
        first
        for first, entries in cue_index().items()
        for _, cue in entries
        if cue.pattern == first and not (cue.homograph or cue.noun or cue.setting)
    )


def _cue_verb(token: Token) -> bool:
    return token.text.islower() and token.text in _cue_verbs()


def _name_run_cut(tokens: list[Token], start: int, end: int) -> int:
    """Drop words before a trailing name that do not belong to it ("the meeting Kerry")."""
    if not tokens[end].capital or end == start:
        return start
    run = end
    while run - 1 >= start and (
        tokens[run - 1].capital or in_class(tokens[run - 1], "title") or tokens[run - 1].text == "."
    ):
        run -= 1
    if run == start:
        return start
    before = tokens[run - 1]
    if in_class(before, "np_link") or in_class(before, "determiner"):
        return start
    return run


_CLOSING_MARKS = DOUBLE_CLOSE | SINGLE_CLOSE | STRAIGHT | DOUBLED
_OPENING_MARKS = DOUBLE_OPEN | SINGLE_OPEN


def _quoted_aside_end(tokens: list[Token], k: int, floor: int) -> int | None:
    """The comma inside the closing mark at token `k` when it closes an aside that opened
    with a comma before the quotation ('Jo Berg, who calls it a "farce," said' -> the
    comma after "farce"); None otherwise ('"It is a farce," said Berg')."""
    if tokens[k].text not in _CLOSING_MARKS or k - 1 <= floor or tokens[k - 1].text != ",":
        return None
    quoted = False
    for m in range(k - 2, floor - 1, -1):
        text = tokens[m].text
        if text in _OPENING_MARKS or (text in STRAIGHT | DOUBLED and m < k - 2):
            quoted = True
        elif text == ",":
            return k - 1 if quoted else None
    return None


def speaker_before(tokens: list[Token], cue: int, floor: int) -> tuple[int, int] | None:
    """The speaker phrase left of the cue at token `cue`, as token indexes `[i, j]`.

    Skips adverbs, auxiliaries and times ("Kerry on Monday called for"), and an
    appositive or relative clause between commas or brackets ("X, who ..., said").
    """
    k = skip_back(tokens, cue - 1, floor)
    while k >= floor and (in_class(tokens[k], "negation") or tokens[k].low.endswith("n't")):
        k = skip_back(tokens, k - 1, floor)  # "Berg would not say whether ...": a negated cue
    if k < floor:
        return None
    aside = _quoted_aside_end(tokens, k, floor)
    if aside is not None:
        k = aside  # 'Jo Berg, who calls it a "farce," said': the comma inside the mark
    elif tokens[k].text == ",":
        head = _chain_head(tokens, k, floor)
        if head is not None:
            return head
    for _ in range(4):
        if tokens[k].text.isdigit() and k - 2 >= floor and tokens[k - 1].text == ",":
            k -= 2  # "Jo Berg, 61, a nurse, said": the name is before the age
            break
        if tokens[k].text not in {",", ")", *_DASHES}:
            break
        opener = "(" if tokens[k].text == ")" else tokens[k].text  # "Jo Berg - a nurse - said"
        m = k - 1
        while m >= floor and tokens[m].text != opener:
            m -= 1
        if m < floor and opener == "," and k - 1 >= floor and tokens[k - 1].text == ")":
            k -= 1  # "Rep. Jo Lee (D-Va.), said": a stray comma after the bracket
            continue
        if m < floor or m == k - 1:
            return None
        k = skip_back(tokens, m - 1, floor)
        if k < floor:
            return None
    if tokens[k].text == "." and k - 1 >= floor and in_class(tokens[k - 1], "name_suffix"):
        k -= 1  # "Jo Berg Jr. said"
    if _percent_sign(tokens, k, floor):
        return k - 1, k  # "42% said": a share of those asked speaks for them
    if not tokens[k].is_word:
        return None
    phrase = phrase_before(tokens, k, floor)
    if phrase is not None:
        phrase = _whole_list(tokens, phrase, floor)
        return _relative_antecedent(tokens, phrase, floor) or _agent_holder(tokens, phrase, floor)
    return None


def _percent_sign(tokens: list[Token], k: int, floor: int) -> bool:
    """A "%" right after a number ("42%"), a share of a group that may speak for it."""
    return (
        tokens[k].text == "%"
        and k - 1 >= floor
        and tokens[k - 1].text[0].isdigit()
        and tokens[k - 1].end == tokens[k].start
    )


def _whole_list(tokens: list[Token], phrase: tuple[int, int], floor: int) -> tuple[int, int]:
    """ "Latvia and Lithuania" at the end of "The leaders of Estonia, Latvia and Lithuania":
    a list of names joined by commas belongs to the phrase it completes ("The leaders of"),
    or is the speaker whole ("Estonia, Latvia and Lithuania")."""
    start, end = phrase
    if not any(t.low == "and" for t in tokens[start : end + 1]) or not tokens[start].capital:
        return phrase
    i = start
    while i - 2 >= floor and tokens[i - 1].text == "," and tokens[i - 2].capital:
        item = i - 2
        while item - 1 >= floor and tokens[item - 1].capital and tokens[item - 1].is_word:
            item -= 1
        if in_class(tokens[item], "preposition"):
            return phrase  # "In Tallinn, Latvia and Lithuania said": an opening adverbial
        i = item
    if i == start:
        return phrase
    if i - 2 >= floor and tokens[i - 1].low in ("of", "from"):
        head = phrase_before(tokens, i - 2, floor)
        if head is not None:
            return head[0], end
    if i - 1 >= floor and in_class(tokens[i - 1], "preposition"):
        return phrase
    return i, end


def _agent_holder(tokens: list[Token], phrase: tuple[int, int], floor: int) -> tuple[int, int]:
    """The agent of a participle belongs to the phrase it modifies: "a witness interviewed
    by the committee said" -> the whole phrase, not "the committee" alone. A passive verb
    ("was asked by the host") keeps the agent."""
    by, verb = phrase[0] - 1, phrase[0] - 2
    if verb - 1 < floor or tokens[by].low != "by" or not past_form(tokens[verb]):
        return phrase
    left = tokens[verb - 1]
    if not left.is_word or in_class(left, "auxiliary") or ly_adverb(left):
        return phrase
    head = phrase_before(tokens, verb - 1, floor)
    return (head[0], phrase[1]) if head is not None else phrase


_RELATIVE_REACH = 14
_DASHES = frozenset({"—", "–", "-"})


def _relative_antecedent(
    tokens: list[Token], phrase: tuple[int, int], floor: int
) -> tuple[int, int] | None:
    """The noun phrase a relative clause with no commas hangs on: "officials who spoke
    to the Times said" -> "officials", not "the Times"."""
    j = phrase[0] - 1
    while j > floor and phrase[0] - j <= _RELATIVE_REACH:
        token = tokens[j]
        if not token.is_word or in_class(token, "complementizer"):
            return None
        if in_class(token, "relative_speaker") and token.low != "whom":
            before, after = tokens[j - 1], tokens[j + 1]
            if (
                not before.is_word
                or in_class(before, "preposition")
                or in_class(after, "subject_pronoun")  # "the field who he accused"
            ):
                return None
            return phrase_before(tokens, j - 1, floor)
        j -= 1
    return None


_CLAUSE_EDGES = frozenset({".", "!", "?", ";", ":", "—", "–", "-"})
_MARKS = frozenset({*"\"“”‘’'", "''", "``"})


def _chain_head(tokens: list[Token], comma: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase opening a run of comma-set pieces that ends at the comma before the
    cue ("Jo Berg, 61, of Leeds, Kent, said", "Jo Berg, facing a recount in Leeds, a
    marginal seat, said"), after opening adjuncts ("In Leeds, Kent, the mayor, Jo Berg,
    said" -> "the mayor"); None when a piece before it is a clause of its own."""
    start = comma
    while start > floor and not (
        (tokens[start - 1].text in _CLAUSE_EDGES and not _inner_stop(tokens, start - 1))
        or tokens[start - 1].text in _MARKS
    ):
        start -= 1
    piece = start + 1 if in_class(tokens[start], "coordinator") else start  # "And a third,"
    adjunct_tail = False
    for c in range(start, comma + 1):
        if tokens[c].text != ",":
            continue
        if c > piece:
            if c == piece + 1 and in_class(tokens[piece], "adverb_aside"):
                pass  # "However, Jo Berg, a nurse, said": a sentence adverb, not a place
            elif _adjunct_piece(tokens, piece, c):
                adjunct_tail = True
            elif (head := _head_piece(tokens, piece, c)) is not None:
                if not adjunct_tail:
                    return _with_named_appositive(tokens, head, c, comma)
                adjunct_tail = False  # "in Leeds, Kent,": the place goes on
            else:
                return None
        piece = c + 1
    return None


def _with_named_appositive(
    tokens: list[Token], head: tuple[int, int], comma: int, last: int
) -> tuple[int, int]:
    """A described head and the name set off after it, when that name is the last piece
    before the cue ("The harbour chief, Jo Berg, said" -> "The harbour chief, Jo Berg"):
    the two are one speaker, whose name is the part that identifies them."""
    described = any(t.is_word and t.text.islower() for t in tokens[head[0] : head[1] + 1])
    if not (described or in_class(tokens[head[0]], "determiner")) or comma + 1 >= last:
        return head  # "Anna Berg, Jo Lee, said": no description before the name
    name = _head_piece(tokens, comma + 1, last)
    words = tokens[comma + 1 : last]
    if name is None or not all(t.capital or not t.is_word for t in words):
        return head
    return head[0], name[1]


def named_apposition_after(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """A described speaker after an inverted cue and the name set off after it, when that
    name ends the clause ('"...," said the transport minister, Ravi Patel.' -> "the
    transport minister, Ravi Patel"): one speaker, whom the name identifies."""
    comma = phrase[1] + 1
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return phrase
    described = any(t.is_word and t.text.islower() for t in tokens[phrase[0] : phrase[1] + 1])
    if not described:
        return phrase  # "said Anna Berg, Jo Lee": no description before a name
    name = phrase_after(tokens, comma + 1)
    if name is None:
        return phrase
    words = tokens[comma + 1 : name[1] + 1]
    if not all(t.capital or not t.is_word for t in words) or any(
        in_class(t, "time_word") for t in words
    ):
        return phrase  # "said the minister, Monday": a time, no name
    after = name[1] + 1
    if after < len(tokens) and tokens[after].text not in {".", "!", "?", ";", ","}:
        return phrase  # "said the minister, Reuters reported": another clause
    return phrase[0], name[1]


def _inner_stop(tokens: list[Token], k: int) -> bool:
    """A stop inside a sentence: a title's ("Mr. Lee"), an abbreviation's before a comma
    ("of Ayr, Mich., said") or one between the letters of an abbreviation ("R-S.C.,")."""
    if tokens[k].text != ".":
        return False
    after = [t.text for t in tokens[k + 1 : k + 3]]
    spelled = len(after) == 2 and len(after[0]) == 1 and after[0].isupper() and after[1] == "."
    return abbreviation_stop(tokens, k) or after[:1] == [","] or spelled


def _adjunct_piece(tokens: list[Token], start: int, end: int) -> bool:
    """A piece that opens with a preposition, clause word, adverb, time or participle."""
    first = tokens[start]
    return (
        in_class(first, "preposition")
        or in_class(first, "boundary")
        or in_class(first, "adjunct_start")
        or in_class(first, "adverb")
        or ly_adverb(Token(first.start, first.end, first.text.lower()))
        or first.low.endswith("ing")
        or first.text.isdigit()
        or any(in_class(t, "time_word") for t in tokens[start:end])
    )


def _head_piece(tokens: list[Token], start: int, end: int) -> tuple[int, int] | None:
    """The piece as one whole noun phrase opening with a capital or a determiner (a
    bracket may close it: "Rep. Jo Lee (D-Va.)"); None for other pieces and for a
    dateline in capitals ("PARIS,")."""
    first = tokens[start]
    phrase = phrase_after(tokens, start)
    if (
        phrase is None
        or not first.is_word
        or not (first.capital or in_class(first, "determiner"))
        or in_class(first, "subject_pronoun")
        or any(t.is_word and t.text.isupper() and len(t.text) > 1 for t in tokens[start:end])
    ):
        return None
    after = phrase[1] + 1
    if after == end or (tokens[after].text == "(" and tokens[end - 1].text == ")"):
        return phrase
    return None


def phrase_after(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The noun phrase starting at token `start`, as token indexes `[i, j]`."""
    if start >= len(tokens) or in_class(tokens[start], "preposition"):
        return None
    k = start
    while k < len(tokens) and k - start < MAX_PHRASE:
        token = tokens[k]
        if k > start and abbreviation_stop(tokens, k):
            k += 1
            continue
        if in_class(token, "relative") and k > start:
            break
        if k > start and _postmodifier(tokens, k):
            k += 2  # "a source close to the campaign": the modifier and its preposition
            continue
        if k > start and _opens_time(tokens, k):
            break  # "according to the Gazette on Monday": the time is no part of the source
        if _np_word(token):
            if in_class(token, "subject_pronoun") or in_class(token, "object_pronoun"):
                k += 1
                break
            if k > start and _verb_like(token) and not _opens_modified_noun(tokens[k - 1]):
                break  # "the crowd cheered"; not "one unaligned strategist"
            if k > start and (in_class(token, "adverb") or ly_adverb(token)):
                break  # "the nurse later sued"
            k += 1
            continue
        if (
            _links_nouns(tokens, k)
            and k > start
            and k + 1 < len(tokens)
            and _np_word(tokens[k + 1])
            and not in_class(tokens[k + 1], "time_word")
        ):
            k += 1
            continue
        if token.text == "/" and k > start and k + 1 < len(tokens) and tokens[k + 1].capital:
            k += 1  # "a Times/CBS News poll": a slash joins two names
            continue
        break
    if k == start:
        return None
    return start, k - 1


def _opens_modified_noun(token: Token) -> bool:
    """A determiner or a count ("the", "one", "two"): a past form after it is an
    adjective of the noun to come, not the verb after a subject."""
    return in_class(token, "determiner") or in_class(token, "number_word")


def _opens_time(tokens: list[Token], k: int) -> bool:
    """A time adverbial starts at token `k`: "on Monday", "last week", "yesterday" (not a
    name's word: "the Monday Gazette", "the Sunday Times")."""
    if in_class(tokens[k], "time_word"):
        named = k + 1 < len(tokens) and tokens[k + 1].capital
        return not named and not in_class(tokens[k - 1], "determiner")
    return (
        in_class(tokens[k], "time_lead")
        and k + 1 < len(tokens)
        and in_class(tokens[k + 1], "time_word")
    )


def addressee_after(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """The hearer right after an addressee verb ("told Lavrov", "told reporters")."""
    if start >= len(tokens):
        return None
    first = tokens[start]
    if in_class(first, "complementizer") or not first.is_word:
        return None
    if in_class(first, "object_pronoun") or in_class(first, "group_noun"):
        return start, start
    if (
        first.text.islower()
        and in_class(first, "title")
        and start + 1 < len(tokens)
        and tokens[start + 1].capital
        and tokens[start + 1].is_word
    ):
        name = addressee_after(tokens, start + 1)  # "told former President Jo Lee that"
        return (start, name[1]) if name is not None else None
    if first.capital and not in_class(first, "subject_pronoun"):
        k = start
        while k + 1 < len(tokens) and (tokens[k + 1].capital or tokens[k + 1].text == "."):
            if tokens[k + 1].text == "." and not abbreviation_stop(tokens, k + 1):
                break
            if _time_of_speaking(tokens, k + 1):
                break  # "told CNN Tuesday that"
            k += 1
        return start, k
    if in_class(first, "determiner") and first.low not in {"that", "this", "no"}:
        k = start + 1
        while (
            k < len(tokens)
            and k - start <= 4
            and tokens[k].is_word
            and not in_class(tokens[k], "complementizer")
            and not in_class(tokens[k], "determiner")
            and not in_class(tokens[k], "subject_pronoun")
            and not in_class(tokens[k], "preposition")
            and not in_class(tokens[k], "auxiliary")
            and not _time_of_speaking(tokens, k)
        ):
            k += 1
        if k > start + 1:
            return start, k - 1
    return _bare_hearer(tokens, start)


def _bare_hearer(tokens: list[Token], start: int) -> tuple[int, int] | None:
    """ "told parliament last week that": a bare noun or two, then a time or "that"."""
    k = start
    while k < len(tokens) and k - start < 3 and tokens[k].text.islower() and _np_word(tokens[k]):
        if any(in_class(tokens[k], c) for c in ("subject_pronoun", "time_word", "time_lead")):
            break
        k += 1
    if k == start or k >= len(tokens):
        return None
    nxt = tokens[k]
    if nxt.low == "that" or in_class(nxt, "time_lead") or in_class(nxt, "time_word"):
        return start, k - 1
    return None


_CLAUSE_SUBJECT_REACH = 40
_CLAUSE_STOPS = frozenset({".", "!", "?", ";", ":"})


def clause_subject(
    tokens: list[Token], k: int, floor: int
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The subject of the nearest finite clause left of token `k`, which a participle or
    a second verb after it shares ("Then he met Berg, praising ..." -> "he"; "Lee, who
    came and endorsed ..." -> "who" and its antecedent "Lee"; not a relative aside on an
    object that closes right before the participle: "Lee met Berg, who is ill, saying ..."
    -> "Lee"), as token indexes with the
    antecedent of a relative pronoun (else None). A clause opened by a relative or
    complementizer ("the plan that officials approved") is passed over: it is inside
    the object, not the clause the participle hangs on."""
    embedded: tuple[int, int] | None = None  # the nearest subject of a "that" clause
    for j in range(k - 1, max(floor - 1, k - _CLAUSE_SUBJECT_REACH), -1):
        token = tokens[j]
        if token.text in _CLAUSE_STOPS or token.text in _MARKS:
            return None
        after_pronoun = j - 1 >= floor and in_class(tokens[j - 1], "subject_pronoun")
        past_noun = in_class(token, "past_noun") and after_pronoun  # "he cut into Bush"
        if not (past_form(token) or past_noun or in_class(token, "finite_auxiliary")):
            continue
        if j - 1 >= floor and in_class(tokens[j - 1], "degree_word"):
            continue  # "the most qualified": an adjective, no clause
        lead = skip_back(tokens, j - 1, floor)
        if lead < floor:
            return None
        if in_class(tokens[lead], "relative_subject") and lead - 1 >= floor:
            aside = tokens[lead - 1].text == ","
            end = lead - 2 if aside else lead - 1
            antecedent = phrase_before(tokens, end, floor) if end >= floor else None
            commas = sum(1 for t in tokens[lead:k] if t.text == ",")
            if aside and commas >= 2 and antecedent is not None:
                return antecedent, None  # "Lee, who met Berg, left, saying": Lee's clause
            if aside and commas == 1 and tokens[k - 1].text == ",":
                continue  # "Lee met Berg, who is ill, saying": the aside closes; Lee's clause
            return (lead, lead), antecedent
        subject = speaker_before(tokens, j, floor)
        if subject is None:
            continue
        opener = tokens[subject[0] - 1] if subject[0] - 1 >= floor else None
        if opener is not None and (
            in_class(opener, "complementizer") or in_class(opener, "relative")
        ):
            embedded = embedded or subject
            continue
        if embedded is not None and empty_subject(tokens, subject):
            return embedded, None  # "It was there that Berg spoke, adding": Berg
        return subject, None
    return None


# Subjects that name no one ("it said", "there is"), shared by the quote modules.
EMPTY_SUBJECTS = frozenset({"it", "this", "there"})


def empty_subject(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """A subject that names no one: "it", "this", "there", alone or fused with "'s"."""
    word = tokens[phrase[0]].low.replace("’", "'")
    return phrase[0] == phrase[1] and word.removesuffix("'s") in EMPTY_SUBJECTS
