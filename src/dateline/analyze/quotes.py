"""Quotes: who said what, to whom. The analysis step "quotes".

One record per attribution cue (PARC/PolNeAR convention; a cue with coordinated
complements is one record). Cues are speech and also belief, intention, evaluation and
evidence ("believes that", "sought to", "criticized X", "polls show"); the record's
`cue_lexicon_id` is "<class>.<form>" ("speech.said", "belief.believes"), so a user who
wants speech only filters on the part before the ".". Each cue found outside
closed quotation marks is read in its sentence by `quote_frames` (speaker, addressee,
content before or after the cue). This module assembles the records of a text:

- split quotes: ""A," X said, "B."" and ""A," X said. "B."" make ONE record whose
  content has two parts. `Found.parts` keeps them; `Quote.content` covers both (from
  the first opening mark to the last closing mark, so it includes the cue between);
- a paragraph that is only a quotation, with no cue, continues the last quote of the
  paragraph before (cue None, same speaker); that quote, and the one a cueless quotation
  sentence joins, is the last speech record with quoted words ('"A," X said, referring to
  Y. "B."' continues X's words, not the referring, but '"A," X said, adding B. "C."'
  continues the adding); a quotation left open at a paragraph end
  runs on into the next paragraph that opens with a quotation mark; a quotation paragraph
  signed on the line below by a dash and a name ("- Jo Berg.") is that name's instead;
- kind: direct (every part is a quotation), mixed (some quoted words), indirect;
- nesting: a reported speech act inside another record's content keeps its own record
  ("Lee said Berg told her ..." gives Lee's record and Berg's, since who said what is
  what a reader looks up; PolNeAR keeps the outer one only, so this costs a little
  precision there); a reported belief or evaluation inside it does not; a coordinated
  clause with its own cue ends the content before it ("X said A, but Y denied B"); an
  act on a message that a participle reports ("X issued a statement saying A") gives
  way to the participle's record.

Direct content includes its quotation marks (as PolNeAR gold does); indirect content
excludes the complementizer "that" and the sentence's final stop. The speaker is the
words found (`Party.mention`); it is linked to an entity when an `Article.mentions`
span covers the phrase's head word (for "who said", the antecedent's head). The
utterance date is a DATE timex in the cue's own clause. The headline and standfirst
are read too ("Pier is unsafe, harbour chief says"): their spans carry that `field`
and their `paragraph` is -1.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

# Registered before "quotes": speakers link to entity mentions, utterance dates to timexes.
import dateline.analyze.entities
import dateline.analyze.timex  # noqa: F401
from dateline.analyze.quote_frames import Frame, has_verb, names_a_poll, plausible, read_frame
from dateline.analyze.quote_marks import (
    ALL_MARKS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    DOUBLED,
    QuoteRegion,
    quote_regions,
)
from dateline.analyze.quote_nouns import NOUN_ID_SUFFIX, has_noun_cue, read_noun_cues
from dateline.analyze.quote_phrases import (
    EMPTY_SUBJECTS,
    Token,
    abbreviation_stop,
    clause_subject,
    describes_one_person,
    empty_subject,
    in_class,
    ly_adverb,
    past_form,
    phrase_after,
    phrase_before,
    skip_back,
    speaker_before,
    tokenize,
    word_classes,
)
from dateline.analyze.quote_subject import Clause, in_predicate, main_clause, sentence_subject
from dateline.analyze.registry import step
from dateline.analyze.sentences import split_sentences
from dateline.analyze.speech_cues import (
    Cue,
    CueMatch,
    colon_label_cue,
    find_cues,
    post_signature_cue,
    quote_signature_cue,
)
from dateline.extract.embedded_posts import POST_SIGNATURE
from dateline.model import Article, Mention, Party, Quote, QuoteKind, Span, SpanField, make_span

__all__ = ["Found", "find_quotes", "quotes_step"]

_MIN_CONTINUATION_WORDS = 3
_MIN_RESUMED_WORDS = 5  # words of a quotation inside a cueless sentence that resumes a quote
_LABEL_WORDS = 4
_ADJUNCT_REACH = 14
# Clause words whose clause, closed by a comma, lends its subject to a participle.
_SPEAKING_ADJUNCTS = frozenset({"as", "when", "while"})
# Cue classes whose verb, coordinated after a reported clause, shares that clause's subject.
_JOINING_CLASSES = frozenset({"belief", "intention", "evidence"})
# Cue classes that stay a record of their own inside another record's content.
_NESTING_CLASSES = frozenset({"speech", "source"})
_THAT_CLAUSE = re.compile(r"\s+that\s", re.IGNORECASE)
# double quotation marks (a single one may be an apostrophe: "Berg's")
_DOUBLE_MARK = re.compile(
    "|".join(re.escape(m) for m in sorted(DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLED | {'"'}))
)


@dataclass
class Found:
    """A quote as found, in absolute character offsets into the text searched.

    `parts` are the content pieces in order (two or more for a split quote).
    """

    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None
    cue_id: str | None
    speaker: tuple[int, int] | None
    addressee: tuple[int, int] | None
    paragraph: int
    kind: QuoteKind = "indirect"
    sentence: tuple[int, int] = (0, 0)
    antecedent: tuple[int, int] | None = None
    turn: bool = False  # an interview turn ("A: ..."): the records inside it stay
    posted: bool = False  # an embedded social post: its words as written, so direct

    @property
    def content(self) -> tuple[int, int]:
        """The hull of the parts."""
        return self.parts[0][0], max(end for _, end in self.parts)


def find_quotes(
    text: str,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int]] | None = None,
) -> list[Found]:
    """Find the quotes in a text, paragraph by paragraph.

    Args:
        text: the article body.
        paragraphs: `[start, end)` of each paragraph, in order.
        sentences: sentence spans; split here when not given.

    Returns:
        The quotes in text order (by content start, then cue).
    """
    if sentences is None:
        sentences = split_sentences(text)
    starts = [s for s, _ in sentences]
    found: list[Found] = []
    all_regions: list[QuoteRegion] = []
    pending: list[tuple[int, int]] = []
    previous: list[Found] = []
    previous_open = False
    announce: Found | None = None  # "X said:" closing the paragraph before
    turns = _interview_turns(text, paragraphs)
    for index, (pstart, pend) in enumerate(paragraphs):
        ptext = text[pstart:pend]
        regions = [
            QuoteRegion(r.start + pstart, r.end + pstart, r.open_end, r.single)
            for r in quote_regions(ptext)
        ]
        all_regions.extend(regions)
        par_sentences = _sentences_in(sentences, starts, pstart, pend)
        if not par_sentences and ptext.strip():
            par_sentences = [(pstart, pend)]
        records = _paragraph(text, pstart, pend, par_sentences, regions, index)
        if index in turns and par_sentences:
            turn = _interview_turn(text, turns[index], par_sentences[0], pend, index, found)
            records = [turn, *records] if turn is not None else records
        announces = [r for r in records if not r.parts]
        records = [r for r in records if r.parts]
        leftovers = _unclaimed(text, regions, records, par_sentences)
        only_quote = not records and leftovers and _only_quotes(text, pstart, pend, leftovers)
        if only_quote and announce is not None:
            announce.parts = [(r.start, r.end) for r in leftovers]
            records = [announce]
            pending = []
        elif only_quote and previous:
            last = _speaking(previous, text)
            if previous_open and _ends_open(last, text):
                last.parts.extend((r.start, r.end) for r in leftovers)
            else:
                records = [
                    Found(
                        parts=[(r.start, r.end) for r in leftovers],
                        cue=None,
                        cue_id=None,
                        speaker=last.speaker,
                        addressee=None,
                        paragraph=index,
                        kind="direct",
                        sentence=(pstart, pend),
                        antecedent=last.antecedent,
                    )
                ]
            pending = []
        elif only_quote:
            pending = [(r.start, r.end) for r in leftovers] if leftovers[-1].open_end else []
        elif records and pending:
            first = records[0]
            if any(
                r.start == first.parts[0][0] and r.start <= _lstrip(text, pstart) for r in regions
            ):
                first.parts[:0] = pending
            pending = []
        else:
            pending = []
        if records:
            previous = records
        elif not only_quote:
            previous = []
        previous_open = bool(regions) and regions[-1].open_end
        announce = announces[-1] if announces and not records else None
        found.extend(records)
    found = _with_embedded_posts(text, paragraphs, found)
    found = _with_signed_quotations(text, paragraphs, found)
    found = _drop_nested_attitudes(_drop_messages_that_say(found, text), text)
    _cut_at_coordinated_cues(found, text)
    found = _cut_at_the_subjects_verb(found, text)
    _take_in_vouched_clauses(found)
    all_regions.sort(key=lambda r: r.start)
    for record in found:
        if record.turn or record.posted:
            continue  # a printed interview or a post gives the words as said: direct
        near = _regions_over(all_regions, *record.content)
        record.kind = _kind(record, text, near)
    found.sort(key=lambda f: (f.content[0], f.cue or (0, 0)))
    return found


def _with_embedded_posts(
    text: str, paragraphs: list[tuple[int, int]], found: list[Found]
) -> list[Found]:
    """The records, with the paragraph above each post signature as a direct quote of the
    account holder the signature names (in place of any cue-less continuation there)."""
    cue = post_signature_cue()
    if cue is None:
        return found
    for index, (pstart, pend) in enumerate(paragraphs[1:], start=1):
        signature = POST_SIGNATURE.fullmatch(text, pstart, pend)  # kept by extract
        if signature is not None:
            found = _signed(text, paragraphs[index - 1], index - 1, signature, cue, found)
    return found


# A line that signs the quotation above it: a dash and a name, then perhaps a comma and
# what the person is or did ("- Jo Berg.", "— Mayor Jo Berg, speaking on Monday.").
_QUOTE_SIGNATURE = re.compile(r"[—–-]\s*(?P<name>[A-Z][^,.\n]{0,60}?)(?:,[^\n]{0,100})?\.?\s*")


def _with_signed_quotations(
    text: str, paragraphs: list[tuple[int, int]], found: list[Found]
) -> list[Found]:
    """The records, with a paragraph that is one quotation, signed by a dash and a name on
    the line below ("- Jo Berg."), as a direct quote of that name (in place of the cue-less
    continuation of the speaker before, whose words those need not be)."""
    cue = quote_signature_cue()
    if cue is None:
        return found
    for index, (pstart, pend) in enumerate(paragraphs[1:], start=1):
        signature = _QUOTE_SIGNATURE.fullmatch(text, pstart, pend)
        above = paragraphs[index - 1]
        if signature is not None and _one_quotation(text, *above):
            found = _signed(text, above, index - 1, signature, cue, found)
    return found


def _one_quotation(text: str, start: int, end: int) -> bool:
    """True when the words from `start` to `end` open and close with double marks."""
    words = text[start:end].strip()
    return len(words) > 2 and words[0] in DOUBLE_OPEN | {'"'} and words[-1] in DOUBLE_CLOSE | {'"'}


def _signed(
    text: str,
    above: tuple[int, int],
    index: int,
    signature: re.Match[str],
    cue: Cue,
    found: list[Found],
) -> list[Found]:
    """The records, with paragraph `index` (at `above`) as a direct quote of the name the
    signature below it gives, in place of any cue-less record there."""
    start = _lstrip(text, above[0])
    end = _trim_end(text, start, above[1])
    if start >= end:
        return found
    kept = [r for r in found if r.paragraph != index or r.cue is not None]
    kept.append(
        Found(
            parts=[(start, end)],
            cue=(signature.start(), signature.start() + 1),  # the signature's dash
            cue_id=cue.id,
            speaker=signature.span("name"),
            addressee=None,
            paragraph=index,
            kind="direct",
            sentence=above,
            posted=cue.post_signature,
        )
    )
    return kept


def _drop_nested_attitudes(found: list[Found], text: str) -> list[Found]:
    """Drop a belief, intention, evaluation or evidence cue that stands inside another
    record's content ("Berg said voters want change"): the attitude is part of what the
    outer speaker reported, not a second attribution. Speech inside speech stays (not a
    participle: "Lee said the board spent hours discussing the plan"), and so does an
    attitude of a named holder stated with its own that-clause ("Berg said the board
    believes that the pier is safe"; not "Berg said she believes that ..."). Speech inside
    a poll's finding is the poll's result ("the poll found most voters said ...",
    "according to a survey, most voters said ..."), and
    a cue after a modal is an act the outer speaker foresees ("Lee said she would ask
    Berg to stay")."""
    keep = []
    for record in found:
        cue = record.cue
        noun = (record.cue_id or "").endswith(NOUN_ID_SUFFIX)
        nested = (
            cue is not None
            and (
                noun  # "Lee said Berg's claim that ... was false": Lee's words, one record
                or _in_poll(record, found, text)
                or _after_modal(record, text)
                or (
                    (not _speech_record(record) or _gerund_cue(record))
                    and (_THAT_CLAUSE.match(text, cue[1]) is None or _pronoun_holder(record, text))
                )
            )
            and any(
                other is not record
                and not other.turn
                and any(s <= cue[0] < e for s, e in other.parts)
                for other in found
            )
            and not _coordinated(record, found, text)
            and not _relative_object(record, text)
        )
        if not nested:
            keep.append(record)
    return keep


_MESSAGE_WORDS = 4  # words of an issued message before its participle: "a short statement"


def _drop_messages_that_say(found: list[Found], text: str) -> list[Found]:
    """Drop an act record whose object is a message a speech participle then reports
    ("Berg issued a statement saying the pier was safe"): the participle's record holds
    what was said, with the same speaker, so the act is no attribution of its own."""
    return [r for r in found if not _message_that_says(r, found, text)]


def _message_that_says(record: Found, found: list[Found], text: str) -> bool:
    """True for an act record whose content opens with a few words ending in a message
    noun ("a short statement") right before a speech participle's cue ("saying")."""
    if record.cue is None or (record.cue_id or "").split(".")[0] != "act":
        return False
    start, end = record.parts[0]
    messages = word_classes().get("message_noun", frozenset())
    for other in found:
        if other is record or other.cue is None or not _speech_record(other):
            continue
        if not (_gerund_cue(other) and start < other.cue[0] < end):
            continue
        words = text[start : other.cue[0]].split()
        if 0 < len(words) <= _MESSAGE_WORDS and words[-1].lower().strip(",") in messages:
            return True
    return False


def _after_modal(record: Found, text: str) -> bool:
    """True when a modal stands before the record's cue, adverbs between ("would also
    ask"): inside another record's content that is a future or hypothetical act the outer
    speaker reports ("Lee said she would ask Berg to stay"), which no one has performed."""
    assert record.cue is not None
    before = tokenize(text[max(0, record.cue[0] - _MODAL_REACH) : record.cue[0]])
    while before and (in_class(before[-1], "adverb") or ly_adverb(before[-1])):
        before.pop()
    return bool(before) and in_class(before[-1], "modal")


_MODAL_REACH = 40  # characters before a cue searched for its modal: "would also ask"


def _in_poll(record: Found, found: list[Found], text: str) -> bool:
    """True when the record's cue stands inside the content of a poll's finding ("the
    survey found most dockers said ...", "according to a survey, most dockers said
    ..."): what respondents said is the poll's result."""
    assert record.cue is not None
    return any(
        (other.cue_id or "").startswith(("evidence.", "source."))
        and other.speaker is not None
        and _names_a_poll(text[other.speaker[0] : other.speaker[1]])
        and any(s <= record.cue[0] < e for s, e in other.parts)
        for other in found
    )


def _names_a_poll(phrase: str) -> bool:
    polls = word_classes().get("poll_noun", frozenset())
    return any(word in polls for word in re.findall(r"\w+", phrase.lower()))


def _pronoun_holder(record: Found, text: str) -> bool:
    """True when the record's holder is a subject pronoun or missing: "Lee said she
    believes that ..." reports Lee's own belief as part of what Lee said, where "Lee said
    the board believes that ..." names a second holder."""
    if record.speaker is None:
        return True
    holder = text[record.speaker[0] : record.speaker[1]].lower()
    return holder in word_classes().get("subject_pronoun", frozenset())


def _speech_record(record: Found) -> bool:
    """True for a record of a speech or source cue: one that stays a record of its own
    inside another record's content."""
    return (record.cue_id or "").split(".")[0] in _NESTING_CLASSES


def _gerund_cue(record: Found) -> bool:
    """True for a record cued by an "-ing" form ("asking for"): inside another record's
    content such a participle is mostly a word of what was said ("tired of people asking
    for refunds"), not an attribution the writer makes."""
    form = (record.cue_id or "").partition(".")[2]
    return form.split("_")[0].endswith("ing")


def _relative_object(record: Found, text: str) -> bool:
    """True for a record whose content opens with a relative pronoun before its speaker
    ("the port, which she described as a gem"): a clause of its own about the pronoun's
    antecedent, not words the outer speaker reported."""
    start, end = record.parts[0]
    return (
        record.speaker is not None
        and end <= record.speaker[0]
        and text[start:end].lower() in word_classes().get("object_relative", frozenset())
    )


def _coordinated(inner: Found, found: list[Found], text: str) -> bool:
    """True when the record's own subject opens a clause coordinated with another
    record's content ("Lee wants a vote, and Berg wants a delay"): a second attribution,
    not part of the first one's content."""
    if inner.cue is None or inner.speaker is None or inner.speaker[0] >= inner.cue[0]:
        return False
    clause = inner.speaker[0]
    return any(
        other is not inner
        and other.sentence == inner.sentence
        and any(
            start < clause < end and _COORDINATED_CLAUSE.search(text, start, clause)
            for start, end in other.parts
        )
        for other in found
    )


def _by_sentence(found: list[Found]) -> dict[tuple[int, int], list[Found]]:
    """The records of each sentence: a record's clauses never reach past its sentence, so
    rules that pair records look only there (a long text would otherwise pair every
    record with every other)."""
    grouped: dict[tuple[int, int], list[Found]] = {}
    for record in found:
        grouped.setdefault(record.sentence, []).append(record)
    return grouped


def _cut_at_coordinated_cues(found: list[Found], text: str) -> None:
    """End a record's content where a coordinated clause with a cue of its own starts:
    "Berg said the pier is safe, but Lee denied that it was" gives Berg "the pier is
    safe" and Lee "it was" (PolNeAR puts no cue inside another record's content)."""
    by_sentence = _by_sentence(found)
    for inner in found:
        if inner.cue is None:
            continue
        if inner.parts[0][0] < inner.cue[0]:
            continue  # content before its cue: "..., Lee said" (handled elsewhere)
        clause = inner.cue[0]
        if inner.speaker is not None and inner.speaker[0] < clause:
            clause = inner.speaker[0]
        for outer in by_sentence[inner.sentence]:
            if outer is inner:
                continue
            for k, (start, end) in enumerate(outer.parts):
                if not start < clause < end:
                    continue
                lead = _COORDINATED_CLAUSE.search(text, start, clause)
                if lead is None:
                    continue
                cut = _trim_end(text, start, lead.start())
                if cut > start:
                    outer.parts = [*outer.parts[:k], (start, cut)]
                break


def _cut_at_the_subjects_verb(found: list[Found], text: str) -> list[Found]:
    """End the content of a cue that stands inside another record's subject where that
    record's verb cue starts: in "Moss, a skipper backing the plan, said the pier is safe"
    or "critics who favor a toll argue that ..." the participle or the relative clause
    reports "the plan" or "a toll", never the main clause. A record left with no content
    ("a report published Monday said ...": the date was no content) is dropped."""
    by_sentence = _by_sentence(found)
    for inner in found:
        if inner.cue is None:
            continue
        verb = _main_verb_over(inner, by_sentence[inner.sentence])
        if verb is None:
            continue
        inner.parts = [
            (start, min(end, _trim_end(text, start, verb)))
            for start, end in inner.parts
            if start < verb
        ]
        inner.parts = [(start, end) for start, end in inner.parts if end > start]
    return [record for record in found if record.parts or record.cue is None]


def _main_verb_over(inner: Found, found: list[Found]) -> int | None:
    """The start of the verb cue of another record whose subject holds `inner`'s cue and
    whose cue `inner`'s content runs over, if any."""
    assert inner.cue is not None
    for outer in found:
        if outer is inner or outer.cue is None or outer.speaker in (None, inner.speaker):
            continue  # the same speaker: "Lee said, repeating a claim that ..."
        cue_start = outer.cue[0]
        if not outer.speaker[0] <= inner.cue[0] < cue_start or outer.speaker[1] > cue_start:
            continue
        if _gerund_cue(outer) or (outer.cue_id or "").endswith(NOUN_ID_SUFFIX):
            continue  # "said, repeating a claim": no subject of its own before the cue
        if any(start < outer.cue[1] and cue_start < end for start, end in inner.parts):
            return cue_start
    return None


def _take_in_vouched_clauses(found: list[Found]) -> None:
    """A source cue vouches for its whole clause, the attributions in it included:
    '"The pier is safe," Berg said, according to the paper.' gives the paper's record,
    whose content takes in "Berg said" (as PolNeAR has it), and Berg's own record stays:
    who said the words is what a reader looks them up by."""
    sources = [r for r in found if (r.cue_id or "").startswith("source.") and r.parts]
    for inner in found:
        outer = next(
            (
                r
                for r in sources
                if r is not inner
                and r.sentence == inner.sentence
                and any(a < d and c < b for a, b in r.parts for c, d in inner.parts)
            ),
            None,
        )
        if outer is not None and inner.cue is not None and inner.parts[0][0] < inner.cue[0]:
            _take_in_clause(outer, inner)


def _take_in_clause(outer: Found, inner: Found) -> None:
    """Extend the outer part that ends where the inner content before its cue ends over
    the inner cue and speaker ('"...," Berg said')."""
    assert inner.cue is not None
    clause_end = max(inner.cue[1], inner.speaker[1] if inner.speaker else 0)
    inner_start, inner_end = inner.parts[0]
    for k, (start, end) in enumerate(outer.parts):
        if inner_start < end <= inner_end and (
            k + 1 == len(outer.parts) or outer.parts[k + 1][0] > clause_end
        ):
            outer.parts[k] = (start, clause_end)
            return


_COORDINATED_CLAUSE = re.compile(
    r"(?:\s*[;:]|\s*[,—–]\s*(?:and|but|while|whereas|though|although|yet)|\s+(?:but|while))"
    r"(?:\s+\w+ly)?\s*$",
    re.IGNORECASE,
)


def _sentences_in(
    sentences: list[tuple[int, int]], starts: list[int], pstart: int, pend: int
) -> list[tuple[int, int]]:
    """The sentences of one paragraph, clipped to it."""
    out = []
    for s, e in sentences[max(bisect.bisect_right(starts, pstart) - 1, 0) :]:
        if s >= pend:
            break
        if e > pstart:
            out.append((max(s, pstart), min(e, pend)))
    return out


def _lstrip(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _ends_open(record: Found, text: str) -> bool:
    end = record.parts[-1][1]
    return end == 0 or text[end - 1] not in ALL_MARKS


def _only_quotes(text: str, pstart: int, pend: int, regions: list[QuoteRegion]) -> bool:
    rest = []
    cursor = pstart
    for region in regions:
        rest.append(text[cursor : region.start])
        cursor = region.end
    rest.append(text[cursor:pend])
    words = sum(len(text[r.start : r.end].split()) for r in regions)
    return not "".join(rest).strip(" \t\n.,;:!?—–-") and words >= _MIN_CONTINUATION_WORDS


def _unclaimed(
    text: str,
    regions: list[QuoteRegion],
    records: list[Found],
    sentences: list[tuple[int, int]],
) -> list[QuoteRegion]:
    """Regions no record covers; whole-sentence ones extend the record before them."""
    left: list[QuoteRegion] = []
    for region in regions:
        if any(s < region.end and region.start < e for f in records for s, e in f.parts):
            continue
        earlier = [f for f in records if f.parts[-1][1] <= region.start]
        whole = _whole_sentence(text, region, sentences)
        words = len(text[region.start : region.end].split())
        if not whole and words >= _MIN_RESUMED_WORDS:
            whole = _in_cueless_sentence(region, records, sentences)
        if earlier and whole and words >= _MIN_CONTINUATION_WORDS:
            _speaking(earlier, text).parts.append((region.start, region.end))
        else:
            left.append(region)
    return left


def _in_cueless_sentence(
    region: QuoteRegion, records: list[Found], sentences: list[tuple[int, int]]
) -> bool:
    """True when the quotation stands in a sentence no record's cue is in ('He said so.
    Then "the pier will have to close for good," he warned' is not): a long quotation
    there goes on with the words quoted before it ('Unless the town pays, "the pier will
    close."')."""
    sentence = next(((s, e) for s, e in sentences if s <= region.start < e), None)
    if sentence is None:
        return False
    return not any(r.cue and sentence[0] <= r.cue[0] < sentence[1] for r in records)


def _speaking(records: list[Found], text: str) -> Found:
    """The record a cueless quotation after these records continues: the last one with a
    speaker, a speech or source cue and quoted words ('"A," Berg said, referring to the
    plan. "B."' continues Berg's words, not the referring; "according to X" vouching for
    them continues too); failing that the last speech record with a speaker ('"A," Berg
    said when asked about it. "B."'), the last speech record, the last record. A cue that
    adds to the quoting one in its sentence takes it over ('"A," Berg said, adding that
    B. "C."' continues the adding)."""
    speaking = [r for r in records if _speech_record(r)]
    named = [r for r in speaking if r.speaker is not None]
    quoting = [r for r in named if any(_DOUBLE_MARK.search(text, s, e) for s, e in r.parts)]
    if quoting and named[-1].sentence[0] > quoting[-1].sentence[0]:
        return named[-1]  # '"A," Berg said. She said X. "B."': the sentence just before speaks
    if quoting and _elaborates(named[-1], quoting[-1], text):
        return named[-1]
    return (quoting or named or speaking or records)[-1]


def _elaborates(later: Found, earlier: Found, text: str) -> bool:
    """True when `later` is an elaborating participle ("adding", "explaining") after
    `earlier`'s cue in the same sentence: what follows goes on with what it added."""
    if later is earlier or later.cue is None or earlier.cue is None:
        return False
    if later.sentence != earlier.sentence or later.cue[0] < earlier.cue[0]:
        return False
    form = text[later.cue[0] : later.cue[1]].lower()
    return form in word_classes().get("elaborating_cue", frozenset())


def _whole_sentence(text: str, region: QuoteRegion, sentences: list[tuple[int, int]]) -> bool:
    for start, end in sentences:
        if start <= region.start < end or start < region.end <= end:
            outside = text[start : region.start] + text[region.end : end]
            return not outside.strip(" \t\n.,;:!?—–-")
    return False


def _paragraph(
    text: str,
    pstart: int,
    pend: int,
    sentences: list[tuple[int, int]],
    regions: list[QuoteRegion],
    index: int,
) -> list[Found]:
    """The quotes whose cue lies in this paragraph."""
    sentence_starts = {_lstrip(text, s) for s, _ in sentences}
    cues = [
        CueMatch(m.start + pstart, m.end + pstart, m.cue)
        for m in find_cues(text[pstart:pend])
        if not _inside(regions, m.start + pstart, closed_only=True)
        and (m.start + pstart in sentence_starts or _counts_mid_sentence(m, text, pstart))
    ]
    records: list[Found] = []
    units = _units(sentences, regions)
    if units:
        label = _colon_label(text, units[0], regions, cues, index, pend) or _quoted_label(
            text, units[0], regions, index, pend
        )
        if label is not None:
            records.append(label)
    for ustart, uend in units:
        unit_cues = [c for c in cues if ustart <= c.start < uend]
        nouns = has_noun_cue(text, ustart, uend)
        tokens = (
            tokenize(text[ustart:uend], ustart)
            if unit_cues or nouns or ":" in text[ustart:uend]
            else []
        )
        if unit_cues:
            records.extend(_unit(text, tokens, (ustart, uend), unit_cues, regions, index, records))
        elif nouns:
            records.extend(_noun_records(tokens, (ustart, uend), regions, index, frozenset()))
        if ":" in text[ustart:uend]:
            labelled = _named_quotation(tokens, (ustart, uend), regions, index, bool(unit_cues))
            if labelled is not None and not any(r.cue == labelled.cue for r in records):
                records.append(labelled)
    return records


def _counts_mid_sentence(match: CueMatch, text: str, pstart: int) -> bool:
    """Whether a cue found away from a sentence start counts: an opening preposition
    ("To Berg, ...") does not; "in" does before a poll ("leads in a county poll")."""
    if match.cue.viewpoint:
        return False
    return not match.cue.record_source or names_a_poll(text, match.end + pstart)


_INTERVIEW_LABEL = re.compile(r"[ \t]*([QA])[:.][ \t]+(?=\S)")


def _interview_turns(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """The paragraphs that open with an interview label, "Q:" or "A:" (or "Q." and
    "A."), as index -> the label letter's span; none unless the text has both a question
    and an answer label, as a printed interview does."""
    turns: dict[int, tuple[int, int]] = {}
    for index, (pstart, pend) in enumerate(paragraphs):
        label = _INTERVIEW_LABEL.match(text, pstart, pend)
        if label is not None:
            turns[index] = label.span(1)
    letters = {_interview_class(text[s:e]) for s, e in turns.values()}
    return turns if letters >= {"interview_question", "interview_answer"} else {}


def _interview_class(word: str) -> str | None:
    """The interview class of a label letter ("Q" -> interview_question), if any."""
    classes = word_classes()
    low = word.lower()
    return next(
        (
            name
            for name in ("interview_question", "interview_answer")
            if low in classes.get(name, ())
        ),
        None,
    )


def _interview_turn(
    text: str,
    label: tuple[int, int],
    sentence: tuple[int, int],
    pend: int,
    index: int,
    before: list[Found],
) -> Found | None:
    """ "A: The pier is safe.": a turn of a printed interview is a record of its own, to
    the paragraph's end; the label letter is the speaker, an answer's standing for the
    interviewee, the last speaker named before the interview began."""
    cue = colon_label_cue()
    start = _lstrip(text, label[1] + 1)
    end = _trim_end(text, start, pend)
    if cue is None or len(text[start:end].split()) < _MIN_CONTINUATION_WORDS:
        return None
    interviewee = None
    if _interview_class(text[label[0] : label[1]]) == "interview_answer":
        interviewee = _interviewee(text, before)
    return Found(
        parts=[(start, end)],
        cue=(label[1], label[1] + 1),
        cue_id=cue.id,
        speaker=label,
        addressee=None,
        paragraph=index,
        kind="direct",  # a printed interview gives the words as spoken
        sentence=sentence,
        antecedent=interviewee,
        turn=True,
    )


def _interviewee(text: str, before: list[Found]) -> tuple[int, int] | None:
    """The last speaker found so far named by a capitalized word other than a pronoun or
    an interview label: whom an interview's answers are from."""
    for record in reversed(before):
        if record.turn:
            if record.antecedent is not None:
                return record.antecedent
            continue
        if record.speaker is None:
            continue
        words = [t for t in tokenize(text[slice(*record.speaker)], record.speaker[0]) if t.is_word]
        if words and words[-1].capital and not in_class(words[-1], "subject_pronoun"):
            return record.speaker
    return None


def _named_quotation(
    tokens: list[Token],
    unit: tuple[int, int],
    regions: list[QuoteRegion],
    index: int,
    cued: bool,
) -> Found | None:
    """ "Pollsters agree - Jo Berg: "The polls were right."": a name and a colon right
    before a quotation, in a sentence with no cue or set off from its cue by a dash; the
    name speaks the quotation."""
    cue = colon_label_cue()
    if cue is None:
        return None
    for k, token in enumerate(tokens[1:-1], start=1):
        if token.text != ":" or _inside(regions, token.start):
            continue
        region = next((r for r in regions if r.start == tokens[k + 1].start), None)
        if region is None:
            continue
        first = k
        while (
            first - 1 >= 0
            and k - first < _LABEL_WORDS
            and _label_word(tokens[first - 1], tokens[first - 2] if first >= 2 else None)
        ):
            first -= 1
        if first == k or not any(t.is_word for t in tokens[first:k]):
            continue
        if cued and not (first > 0 and tokens[first - 1].text in {"-", "—", "–"}):
            continue
        return Found(
            parts=[(region.start, region.end)],
            cue=(token.start, token.end),
            cue_id=cue.id,
            speaker=(tokens[first].start, tokens[k - 1].end),
            addressee=None,
            paragraph=index,
            sentence=unit,
        )
    return None


def _colon_label(
    text: str,
    unit: tuple[int, int],
    regions: list[QuoteRegion],
    cues: list[CueMatch],
    index: int,
    pend: int,
) -> Found | None:
    """ "Mayor Berg: The pier is safe": a short name and a colon opening the paragraph;
    what follows, to the paragraph's end, is what the speaker said (a transcript turn).
    A headline's "Berg to Voters: ..." names the hearers after "to"."""
    cue = colon_label_cue()
    if cue is None or ":" not in text[unit[0] : unit[1]]:
        return None  # no colon, no label: spare tokenising every paragraph's opening
    tokens = tokenize(text[unit[0] : unit[1]], unit[0])
    colon = next((i for i, t in enumerate(tokens[: _LABEL_WORDS + 2]) if t.text == ":"), None)
    if colon is None or colon == 0 or colon + 1 >= len(tokens):
        return None
    label = tokens[:colon]
    to = next((i for i, t in enumerate(label) if t.text == "to"), None)
    name, hearers = (label[:to], label[to + 1 :]) if to is not None else (label, [])
    if to is not None and not (name and hearers):
        return None
    if not all(
        _label_word(t, part[i - 1] if i else None)
        for part in (name, hearers)
        for i, t in enumerate(part)
    ):
        return None
    if any(
        name[0].start <= c.start < tokens[len(name)].start and not _names_a_record(c, name)
        for c in cues
    ):
        return None
    if _inside(regions, tokens[colon].start):
        return None
    start = tokens[colon + 1].start
    end = _trim_end(text, start, pend)
    if len(text[start:end].split()) < _MIN_CONTINUATION_WORDS:
        return None
    if _NEXT_FIELD.search(text, start, end):
        return None  # "Prep: 15 min · Cook: 40 min": labelled fields, not a speaker's turn
    return Found(
        parts=[(start, end)],
        cue=(tokens[colon].start, tokens[colon].end),
        cue_id=cue.id,
        speaker=(name[0].start, name[-1].end),
        addressee=(hearers[0].start, hearers[-1].end) if hearers else None,
        paragraph=index,
        sentence=unit,
    )


# Another label after a separator on the same line: "Prep: 15 min · Cook: 40 min".
_NEXT_FIELD = re.compile(r"[·|•]\s*[A-Z][\w ]{0,24}:")
_QUOTED_LABEL_WORDS = 6  # "'We cannot build our way out': housing minister on rents"
_QUOTED_LABEL_END = re.compile(r"\s+(?:on|about|over)\s+|\s*$")


def _quoted_label(
    text: str, unit: tuple[int, int], regions: list[QuoteRegion], index: int, pend: int
) -> Found | None:
    """ "'We cannot build our way out of this': housing minister on the rent crisis": a
    paragraph (a headline) that opens with a quotation and a colon, then names who said it
    in a few words, before "on"/"about" and the topic or the end."""
    cue = colon_label_cue()
    opening = next((r for r in regions if r.start == unit[0] and not r.open_end), None)
    if cue is None or opening is None:
        return None
    colon = opening.end
    if text[colon : colon + 1] != ":" or unit[1] != pend:
        return None
    start = colon + 1 + len(text[colon + 1 : pend]) - len(text[colon + 1 : pend].lstrip())
    stop = _QUOTED_LABEL_END.search(text, start, pend)
    end = stop.start() if stop else pend
    words = text[start:end].split()
    if not words or len(words) > _QUOTED_LABEL_WORDS or text[start:end].rstrip().endswith("."):
        return None
    tokens = tokenize(text[start:end], start)
    if has_verb(tokens) or any(in_class(t, "auxiliary") for t in tokens):
        return None  # "'Books not budgets': the slogan spread fast": a clause, no label
    return Found(
        parts=[(opening.start, opening.end)],
        cue=(colon, colon + 1),
        cue_id=cue.id,
        speaker=(start, end),
        addressee=None,
        paragraph=index,
        sentence=unit,
        kind="direct",
    )


def _names_a_record(cue: CueMatch, name: list[Token]) -> bool:
    """ "Report: ...": a cue that is also a noun ("report", "claims"), alone before the
    colon, names the record the headline reports from, no speech act of a speaker."""
    return len(name) == 1 and cue.cue.homograph


def _label_word(token: Token, before: Token | None) -> bool:
    """A word of a speaker label: capitalized, not a page label ("Photo", "Update")."""
    if token.text == ".":
        return before is not None and in_class(before, "title")
    return (
        token.is_word
        and token.capital
        and not token.text.isdigit()
        and token.low not in word_classes().get("label_word", frozenset())
        and not in_class(token, "time_word")
    )


def _inside(regions: list[QuoteRegion], pos: int, *, closed_only: bool = False) -> bool:
    """Whether `pos` is inside one of `regions` (in order, not overlapping)."""
    k = bisect.bisect_right(regions, pos, key=lambda r: r.start) - 1
    if k < 0:
        return False
    region = regions[k]
    return pos < region.end and not (closed_only and region.open_end)


def _regions_over(regions: list[QuoteRegion], start: int, end: int) -> list[QuoteRegion]:
    """The regions (in order, not overlapping) that overlap `[start, end)`."""
    first = max(0, bisect.bisect_right(regions, start, key=lambda r: r.start) - 1)
    last = bisect.bisect_left(regions, end, key=lambda r: r.start)
    return [r for r in regions[first:last] if r.start < end and start < r.end]


def _units(sentences: list[tuple[int, int]], regions: list[QuoteRegion]) -> list[tuple[int, int]]:
    """Sentences, merged where a quotation runs across a sentence end."""
    units: list[tuple[int, int]] = []
    for start, end in sentences:
        if units and any(r.start < start for r in _regions_over(regions, start, start + 1)):
            units[-1] = (units[-1][0], end)  # a quotation runs on across the sentence end
        else:
            units.append((start, end))
    return units


def _token_at(tokens: list[Token], pos: int, *, end: bool = False) -> int | None:
    """The index of the token starting (or, with `end`, ending) at `pos`: a binary search,
    since tokens are in order and a very long sentence has thousands."""
    k = bisect.bisect_left(tokens, pos, key=(lambda t: t.end) if end else (lambda t: t.start))
    if k < len(tokens) and (tokens[k].end if end else tokens[k].start) == pos:
        return k
    return None


def _unit(
    text: str,
    tokens: list[Token],
    unit: tuple[int, int],
    cues: list[CueMatch],
    regions: list[QuoteRegion],
    index: int,
    earlier: list[Found],
) -> list[Found]:
    """The quotes cued in one sentence (or run of sentences joined by a quotation)."""
    settings: set[int] = set()
    frames: list[Frame] = []
    quoted_before = _previous_region(text, regions, unit[0], earlier) is not None
    for match in cues:
        first = _token_at(tokens, match.start)
        last = _token_at(tokens, match.end, end=True)
        if first is None or last is None:
            continue
        if match.cue.setting:
            while last + 1 < len(tokens) and in_class(tokens[last + 1], "message_noun"):
                last += 1  # "in a video message", "in an email message": one setting
            settings.update(range(first, last + 1))
            continue
        in_open = _inside(regions, match.start)
        frames.append(Frame(match, first, last, in_open=in_open, quoted_before=quoted_before))
    frozen = frozenset(settings)
    frames = [f for f in frames if plausible(f, tokens, regions, frozen)]
    firsts = frozenset(f.first for f in frames)
    readable = [
        f
        for f in frames
        if read_frame(f, tokens, regions, frozen, firsts) and (f.before or not f.in_open)
    ]
    joined = [f for k, f in enumerate(readable) if _joins_reported_clause(tokens, f, readable[:k])]
    readable = [f for f in readable if f not in joined]
    records: list[Found] = []
    for position, frame in enumerate(readable):
        later = readable[position + 1 :]
        record = _record(text, tokens, unit, frame, later, regions, index, records, earlier)
        if record is not None:
            records.append(record)
    silent = [f for f in frames if f not in readable and f not in joined and not f.match.cue.gerund]
    _cut_at_silent_cues(text, tokens, records, silent)
    cued = frozenset(t for f in readable for t in range(f.first, f.last + 1))
    records.extend(_noun_records(tokens, unit, regions, index, cued))
    return records


def _joins_reported_clause(tokens: list[Token], frame: Frame, before: list[Frame]) -> bool:
    """True for an attitude verb after "and" or "but" that shares the subject of the
    clause the cue before it reports, in that clause's tense ("Berg said she was tired
    and wanted a rest", "Lee says the crews are angry but hope to stay"): the second
    predicate is part of what was reported, so it makes no record and does not end the
    first content. A speech verb there is the speaker's own next act ("Berg said the pier
    was safe and urged calm"), and so is a verb in another tense than the reported
    clause's ("Lee said the pier has closed but declined to say why")."""
    if frame.match.cue.cue_class not in _JOINING_CLASSES or not frame.inherit or not before:
        return False
    lead = frame.clause_start
    if lead is not None and tokens[lead].text == ",":
        lead += 1
    if lead is None or lead >= frame.first or tokens[lead].low not in {"and", "but"}:
        return False
    host = before[-1]
    if host.inherit or host.right is None or not host.last < host.right < lead:
        return False
    shared = clause_subject(tokens, frame.first, host.right)
    if shared is None or empty_subject(tokens, shared[0]) or _possessive_end(tokens[shared[0][1]]):
        return False
    verb = _next_verb(tokens, shared[0][1] + 1, lead)
    own = _next_verb(tokens, lead + 1, frame.first + 1)
    return verb is not None and own is not None and _past(verb) == _past(own)


def _next_verb(tokens: list[Token], start: int, stop: int) -> Token | None:
    """The first word from token `start` (before `stop`) that is no adverb or negation:
    the verb of a clause whose subject ends right before `start`."""
    for token in tokens[start:stop]:
        if not (in_class(token, "adverb") or in_class(token, "negation") or ly_adverb(token)):
            return token if token.is_word else None
    return None


def _past(verb: Token) -> bool:
    """A past form or an auxiliary of the past ("wanted", "was", "could")."""
    return past_form(verb) or in_class(verb, "past_auxiliary")


_COMMA_AND = re.compile(r"\s*,\s*(?:and|but)\s*$", re.IGNORECASE)


def _cut_at_silent_cues(
    text: str, tokens: list[Token], records: list[Found], silent: list[Frame]
) -> None:
    """End a record's content where a coordinated clause opens whose own cue reports no
    content ("Norway said it would send ships, and Canada pledged a hospital"): that
    clause is the writer's next report, not part of what the first speaker said."""
    for frame in silent:
        subject = speaker_before(tokens, frame.first, 0)
        if subject is None:
            continue
        clause = tokens[subject[0]].start
        for record in records:
            if (record.cue_id or "").startswith("source."):
                continue  # "according to X" vouches for its whole sentence
            for k, (start, end) in enumerate(record.parts):
                if not start < clause < end:
                    continue
                lead = _COMMA_AND.search(text, start, clause)
                cut = _trim_end(text, start, lead.start()) if lead else start
                if cut > start:
                    record.parts = [*record.parts[:k], (start, cut)]
                break


def _noun_records(
    tokens: list[Token],
    unit: tuple[int, int],
    regions: list[QuoteRegion],
    index: int,
    cued: frozenset[int],
) -> list[Found]:
    """The records of noun cues with a holder ("Berg's claim that ...", "his attacks on
    X"), where no verb reading took the word."""
    out = []
    for reading in read_noun_cues(tokens, regions):
        if reading.first in cued:
            continue
        first, last = reading.content
        out.append(
            Found(
                parts=[(tokens[first].start, tokens[last].end)],
                cue=(tokens[reading.first].start, tokens[reading.last].end),
                cue_id=reading.cue.id,
                speaker=(tokens[reading.holder[0]].start, tokens[reading.holder[1]].end)
                if reading.holder is not None
                else None,
                addressee=None,
                paragraph=index,
                sentence=unit,
            )
        )
    return out


def _record(
    text: str,
    tokens: list[Token],
    unit: tuple[int, int],
    frame: Frame,
    later: list[Frame],
    regions: list[QuoteRegion],
    index: int,
    records: list[Found],
    earlier: list[Found],
) -> Found | None:
    """Turn a read frame into a quote, cutting its content at the next cue's clause."""
    speaker, addressee = frame.speaker, frame.addressee
    nearest = _adjunct_subject(tokens, frame) if frame.inherit else None
    speaker_span: tuple[int, int] | None
    if nearest is not None:
        speaker_span = (tokens[nearest[0]].start, tokens[nearest[1]].end)
    elif frame.inherit:
        # the subject of the nearest clause before the cue ("Then he met Berg, praising"),
        # unless it stands inside an earlier record's content or before its cue
        shared = clause_subject(tokens, frame.first, 0)
        clause = main_clause(tokens[: frame.first])
        own = shared is not None and (
            shared[1] is not None  # "backs Lee, who came and endorsed ...": the relative's
            or _outside_records(tokens[shared[0][0]].start, records)
        )
        if records and not own and not _fronted_cue(tokens, frame, clause, records):
            # "told X the offer stood and urged ...": the clause joined to the main cue, not
            # to a cue reported inside its content ("the government had offered ...")
            host = _main_record(_before_aside(tokens, frame, records))
            speaker = host.speaker
            if not _has_own_object(tokens, frame):
                addressee = addressee or host.addressee
            speaker_span = speaker
        elif frame.opening:
            main = _main_clause_subject(tokens, frame.first, regions)
            speaker_span = (tokens[main[0]].start, tokens[main[1]].end) if main else None
        else:
            phrase: tuple[int, int] | None = None
            whole = clause.subject if clause is not None else None
            if shared is not None:
                phrase, frame.antecedent = shared
                if whole and whole[1] == phrase[1] and whole[0] < phrase[0]:
                    phrase = whole  # the same head, with its title: "Harbour master Ina Volk"
                elif _main_subject_speaks(tokens, frame, clause, phrase, regions):
                    phrase, frame.antecedent = whole, None
            else:
                phrase = whole
            if phrase is None:
                phrase = _fronted_subject(tokens, frame)
                frame.aside = frame.aside or phrase is not None
            speaker_span = (tokens[phrase[0]].start, tokens[phrase[1]].end) if phrase else None
    else:
        gapped = _gapped_subject(tokens, frame, speaker)
        if gapped is not None:
            speaker, subject, closes = gapped
            frame.subject = frame.subject or subject
            frame.aside = frame.aside or closes
        if speaker is None and not records:
            speaker = (
                _for_subject(tokens, frame)
                or _infinitive_subject(tokens, frame)
                or _caused_speaker(tokens, frame)
            )
        speaker = _aside_speaker(tokens, frame, speaker, regions)
        speaker_span = (tokens[speaker[0]].start, tokens[speaker[1]].end) if speaker else None
    if speaker_span is None and not (frame.asked or frame.agentless):
        return None  # only a question put to someone or a view no one holds has no speaker
    addressee_span = (
        addressee
        if frame.inherit and records and addressee is _main_record(records).addressee
        else (tokens[addressee[0]].start, tokens[addressee[1]].end)
        if addressee
        else None
    )
    parts: list[tuple[int, int]] = []
    if frame.subject is not None:  # "The vote | is expected | to pass"
        parts.append((tokens[frame.subject[0]].start, tokens[frame.subject[1]].end))
    if frame.right is not None:
        start = tokens[frame.right].start
        clausal = frame.particle is None and (
            not frame.match.cue.infinitive or _after_that(tokens, frame.right)
        )
        end = _content_end(text, tokens, frame.right, unit, later, regions, clausal)
        if frame.match.cue.quoted_object:
            end = _second_predicate_end(text, tokens, frame.right, end, regions)
        if frame.subject is not None and frame.match.cue.passive_view:
            end = _complement_end(text, tokens, frame.right, end, regions)
        if frame.agent is not None and frame.right < frame.agent[0]:
            # "was declared the winner by the board": the view ends before its agent's "by"
            end = min(end, _trim_end(text, start, tokens[frame.agent[0] - 1].start))
        if frame.pro_form:  # "half said so in May": the content is the pro-form
            end = tokens[frame.right].end
        end = _fronted_clause_end(text, tokens, frame.right, end, regions)
        if (
            frame.opening
            and speaker_span is not None
            and start < speaker_span[0] < end
            and not _inside(regions, speaker_span[0])
        ):
            # "Having said the pier was safe, Berg left": the content ends at the comma
            # before the main clause whose subject speaks
            end = _before_comma(text, start, speaker_span[0], end)
        if frame.aside:  # "Berg, who said X, left": the clause closes at its comma
            comma = next(
                (
                    t.start
                    for t in tokens[frame.right :]
                    if t.text == "," and not _inside(regions, t.start)
                ),
                end,
            )
            end = _trim_end(text, start, min(end, comma))
        if end > start:
            parts.append((start, end))
    elif frame.before:
        start = unit[0]
        if (
            records
            and not frame.match.cue.id.startswith("source.")
            and (_speech_record(records[-1]) or frame.match.cue.cue_class != "speech")
        ):
            # "..., X said" reports what follows the last speech cue, and its speaker when
            # that comes after it ("According to the paper, ..."); "..., according to X"
            # vouches for the whole clause, an earlier "told" included, and a belief or
            # evaluation before "X said" is part of what X said ("Voters trust Lee and
            # like Berg, the poll found")
            last = records[-1]
            start = max(start, last.cue[1] if last.cue else start)
            if last.cue and last.speaker and last.speaker[0] >= last.cue[1]:
                start = max(start, last.speaker[1])
                while start < len(text) and text[start] in " ,":
                    start += 1
        if frame.bracket_open is not None:
            start = max(start, tokens[frame.bracket_open].end)  # "(trade halved, Lund says)"
        limit = tokens[frame.clause_start].start if frame.clause_start is not None else start
        if frame.clause_start is not None and tokens[frame.clause_start].text in ALL_MARKS:
            limit = tokens[frame.clause_start].end
        end = _trim_end(text, start, limit)
        start = _lstrip(text, start)
        if end > start:
            parts.append((start, end))
        elif frame.clause_start is None:
            claimed = _previous_region(text, regions, unit[0], earlier)
            if claimed is not None:
                parts.append(claimed)
        parts.extend(frame.extra)
        if frame.after_comma is not None:
            a_start = tokens[frame.after_comma].start
            a_end = _content_end(text, tokens, frame.after_comma, unit, later, regions)
            if a_end > a_start and parts:
                parts.append((a_start, a_end))
    if not parts and not (frame.before and _announces(text, tokens, frame, unit)):
        return None
    return Found(
        parts=parts,
        cue=(
            frame.match.start if frame.negation is None else tokens[frame.negation].start,
            _cue_end(tokens, frame),
        ),
        cue_id=(frame.refusal or frame.match.cue).id,
        speaker=speaker_span,
        addressee=addressee_span,
        paragraph=index,
        sentence=unit,
        antecedent=(
            (tokens[frame.antecedent[0]].start, tokens[frame.antecedent[1]].end)
            if frame.antecedent
            else None
        ),
    )


def _aside_speaker(
    tokens: list[Token],
    frame: Frame,
    speaker: tuple[int, int] | None,
    regions: list[QuoteRegion],
) -> tuple[int, int] | None:
    """The main clause's subject when the cue is its verb and the speaker read before it
    stands in an aside on that subject ("Jo Lee, 22, of Ayr, Scotland, said" -> "Jo
    Lee", not "Ayr"); else the speaker as read."""
    if speaker is None or frame.antecedent is not None:
        return speaker
    clause = main_clause(tokens[: frame.last + 1])
    if clause is None or clause.verb != frame.first or clause.fronted is None:
        return speaker
    if _inside(regions, tokens[clause.subject[0]].start):
        return speaker  # '"Yes, I agree," Jo Lee, a nurse, said': no subject in a quotation
    if clause.subject[1] < speaker[0] and speaker[1] < frame.first:
        return clause.subject
    return speaker


def _fronted_subject(tokens: list[Token], frame: Frame) -> tuple[int, int] | None:
    """The subject opening the sentence before a participle set off by commas ("Lee,
    citing the storm, said ..."): the participle's speaker, its clause closing at the
    comma. None when the comma before the participle closes anything else."""
    comma = frame.clause_start
    if comma is None or comma < 1 or tokens[comma].text != ",":
        return None
    phrase = phrase_before(tokens, comma - 1, 0)
    return phrase if phrase is not None and phrase[0] == 0 else None


def _fronted_cue(
    tokens: list[Token], frame: Frame, clause: Clause | None, records: list[Found]
) -> bool:
    """True when the cue a second verb would join stands before the main clause's verb,
    in an opening adverbial or an aside on its subject, so the verb shares the main
    clause's subject ("Adopting the advice of a judge who considered it, the board ruled
    and ordered ...", "Weber, who advises Lee, is no fan of Berg but lauded ...")."""
    if clause is None or clause.fronted is None or clause.verb is None:
        return False
    host = _main_record(records).cue
    if host is None or clause.verb >= frame.first:
        return False
    at = next((i for i, t in enumerate(tokens) if t.start >= host[0]), len(tokens))
    return at < clause.fronted or clause.subject[1] < at < clause.verb


def _main_subject_speaks(
    tokens: list[Token],
    frame: Frame,
    clause: Clause | None,
    shared: tuple[int, int],
    regions: list[QuoteRegion],
) -> bool:
    """True when a participle or second verb shares the main clause's subject rather than
    the nearest clause's: that clause stands in an opening adverbial ("Adopting the advice
    of a judge who heard it, the board ruled and ordered ..."), or inside the main
    clause's predicate with a comma or "and" hanging the cue on the main clause ("Berg
    went first at the hall hosted by CNN, predicting ...")."""
    if clause is None or clause.verb is None or clause.verb >= frame.first:
        return False
    if _inside(regions, tokens[clause.subject[0]].start):
        return False
    if empty_subject(tokens, clause.subject) and _after_complementizer(tokens, shared):
        return False  # "It was there that Berg spoke, adding ...": Berg, not "It"
    if clause.fronted is not None and shared[1] < clause.fronted:
        return True
    if _in_background_clause(tokens, clause, shared) and frame.clause_start is not None:
        return tokens[frame.clause_start].text == ","
    return (
        frame.clause_start is not None
        and (tokens[frame.clause_start].text == "," or frame.antecedent is None)
        and in_predicate(tokens, clause, shared[0])
    )


_BACKGROUND_REACH = 3  # words between "after" and the first word of its clause's subject


def _in_background_clause(tokens: list[Token], clause: Clause, shared: tuple[int, int]) -> bool:
    """Whether the nearest clause is set in the main clause's predicate by a word that
    gives its background ("called for calm after Russia closed the border, saying ...":
    who says it is who called). "as", "when", "while" report a second speaker instead
    ("praised it as Berg echoed it, saying ...": `_adjunct_subject`)."""
    if clause.verb is None or not clause.verb < shared[0]:
        return False
    if not _names_someone(tokens[clause.subject[1]]):
        return False  # "The row erupted after Lee entered the race, calling ...": Lee
    for j in range(shared[0] - 1, max(clause.verb, shared[0] - 1 - _BACKGROUND_REACH), -1):
        token = tokens[j]
        if not token.is_word:
            return False
        if in_class(token, "adjunct_start"):
            return token.low not in _SPEAKING_ADJUNCTS
    return False


def _names_someone(head: Token) -> bool:
    """A phrase head that can speak: a name, a pronoun, a title or a noun of people."""
    return head.capital or any(
        in_class(head, name) for name in ("subject_pronoun", "title", "person_noun", "group_noun")
    )


def _after_complementizer(tokens: list[Token], phrase: tuple[int, int]) -> bool:
    """Whether "that" or another complementizer stands right before the phrase."""
    return phrase[0] > 0 and in_class(tokens[phrase[0] - 1], "complementizer")


def _cue_end(tokens: list[Token], frame: Frame) -> int:
    """Where the cue ends: after the preposition whose object is the content when it
    follows the verb ("warned against"), as PolNeAR marks it; else after the verb's words
    ("asked Volk about": the hearer is no part of the cue)."""
    if frame.particle is not None and frame.particle == frame.last + 1:
        return tokens[frame.particle].end
    return frame.match.end


def _infinitive_subject(tokens: list[Token], frame: Frame) -> tuple[int, int] | None:
    """The speaker of a cue in a to-infinitive: the subject of the sentence, when only a
    short verb chain stands between it and "to" ("Berg went on to say ...", "Voters are
    more likely to say ...", "Lee was quick to add ..."). None when an object stands there
    ("led Lee to say": who says it is not the subject) or the subject is empty ("It is
    hard to predict ...")."""
    k = skip_back(tokens, frame.first - 1, 0)  # "to ultimately prevail"
    if k < 1 or tokens[k].low != "to":
        return None
    phrase = sentence_subject(tokens[:k])
    if phrase is None or (phrase[0] == phrase[1] and tokens[phrase[0]].low in EMPTY_SUBJECTS):
        return None
    chain = tokens[phrase[1] + 1 : k]
    if chain and len(chain) <= _VERB_CHAIN and all(_chain_word(t) for t in chain):
        return phrase
    return phrase if _purpose_chain(chain) and not _possessive_end(tokens[phrase[1]]) else None


def _purpose_chain(chain: list[Token]) -> bool:
    """The words between a subject and the "to" of a purpose clause: a verb phrase of
    lower-case words with no pronoun, relative or verb that makes someone else act ("Lee
    gave a long speech to defend the plan"; not "led voters to say")."""
    return 0 < len(chain) <= _PURPOSE_CHAIN and all(
        token.is_word
        and token.text.islower()
        and not any(
            in_class(token, name)
            for name in ("object_pronoun", "subject_pronoun", "relative", "causing_verb")
        )
        for token in chain
    )


def _possessive_end(token: Token) -> bool:
    """A subject cut short at "'s" ("Europe's", "It's"): not the whole subject."""
    return token.low.endswith(("'s", "’s"))


_VERB_CHAIN = 4  # words between a subject and "to": "are slightly more likely"
_PURPOSE_CHAIN = 10  # words of a verb phrase before a purpose "to": "gave a long speech"
_OBJECT_REACH = 8  # words of the object between a causing verb and "to"


def _caused_speaker(tokens: list[Token], frame: Frame) -> tuple[int, int] | None:
    """The object of a verb that makes someone speak ("the vote led Berg to declare ...",
    "leading aides like Jo Lee to argue ..."): the one made to speak speaks. Verbs of asking
    ("urged Berg to say") do not count: the one asked has said nothing yet."""
    k = skip_back(tokens, frame.first - 1, 0)
    if k < 2 or tokens[k].low != "to":
        return None
    for j in range(k - 2, max(-1, k - 2 - _OBJECT_REACH), -1):
        token = tokens[j]
        if in_class(token, "causing_verb"):
            return j + 1, k - 1
        if not (token.is_word or abbreviation_stop(tokens, j)) or in_class(token, "relative"):
            return None
    return None


def _for_subject(tokens: list[Token], frame: Frame) -> tuple[int, int] | None:
    """The subject "for" gives a cue in a to-infinitive ("it is time for voters to back
    the plan", "waited for the council to say"): the noun phrase between "for" and "to",
    unless it is a time ("lobbied for years to back")."""
    k = skip_back(tokens, frame.first - 1, 0)
    if k < 2 or tokens[k].low != "to" or not tokens[k - 1].is_word:
        return None
    lead = next(
        (j for j in range(k - 2, max(-1, k - 2 - _OBJECT_REACH), -1) if tokens[j].low == "for"),
        None,
    )
    if lead is None or not all(t.is_word for t in tokens[lead + 1 : k]):
        return None
    phrase = phrase_before(tokens, k - 1, lead + 1)
    if phrase is None or phrase[0] != lead + 1:
        return None
    words = tokens[phrase[0] : phrase[1] + 1]
    return None if any(in_class(t, "time_word") for t in words) else phrase  # "for years"


def _chain_word(token: Token) -> bool:
    """A word of a verb chain before "to": lower case, no determiner, pronoun or
    preposition other than the particle of "went on to"."""
    return (
        token.is_word
        and token.text.islower()
        and not any(
            in_class(token, name)
            for name in ("determiner", "object_pronoun", "subject_pronoun", "relative")
        )
        and (token.low == "on" or not in_class(token, "preposition"))
    )


def _announces(text: str, tokens: list[Token], frame: Frame, unit: tuple[int, int]) -> bool:
    """ "Berg said in a statement:" closing its paragraph: the content comes next."""
    tail = text[unit[0] : unit[1]].rstrip()
    return tail.endswith(":") and tokens[-1].text == ":" and frame.last >= len(tokens) - 8


def _after_that(tokens: list[Token], k: int) -> bool:
    return k > 0 and tokens[k - 1].low in {"that", ":"}


def _previous_region(
    text: str, regions: list[QuoteRegion], before: int, earlier: list[Found]
) -> tuple[int, int] | None:
    """'"...." Kerry said.': the quotation just before a cue sentence with no content."""
    candidates = [r for r in regions if r.end <= before]
    if not candidates:
        return None
    region = candidates[-1]
    if text[region.end : before].strip():
        return None
    if any(s < region.end and region.start < e for f in earlier for s, e in f.parts):
        return None
    return region.start, region.end


def _main_clause_subject(
    tokens: list[Token], first: int, regions: list[QuoteRegion]
) -> tuple[int, int] | None:
    """The subject of the main clause after a participle that opens the sentence ("After
    thanking the crowd, which cheered, Berg said ..." -> "Berg"): the sentence subject
    after the comma that closes the participle and any relative clause on its object."""
    k = first
    while True:
        while k < len(tokens) and (tokens[k].text != "," or _inside(regions, tokens[k].start)):
            k += 1
        if k + 1 >= len(tokens):
            return None
        if not in_class(tokens[k + 1], "relative"):
            break
        k += 1
    phrase = sentence_subject(tokens[k + 1 :])
    return (phrase[0] + k + 1, phrase[1] + k + 1) if phrase else None


def _content_end(
    text: str,
    tokens: list[Token],
    start: int,
    unit: tuple[int, int],
    later: list[Frame],
    regions: list[QuoteRegion],
    clausal: bool = True,
) -> int:
    """Where content starting at token `start` ends: the unit end, the clause of a later
    cue (", adding", ", he said"), or, for an object or infinitive ("called for X to
    act"), a temporal clause ("as he met ...")."""
    begin = tokens[start].start
    region = next((r for r in regions if r.start == begin), None)
    end = unit[1]
    for frame in later:
        if frame.clause_start is not None and tokens[frame.clause_start].start > begin:
            end = min(end, tokens[frame.clause_start].start)
            break
        if frame.match.cue.noun and frame.before and frame.match.start > begin:
            end = min(end, frame.match.start)
            break
    if region is not None and region.end <= end:
        rest = text[region.end : end].strip(" \t\n.,;:!?—–-")
        if not rest:
            return region.end
    for k in range(start + 1, len(tokens) - 1):
        token = tokens[k]
        if token.start >= end or clausal:
            break
        if (
            in_class(token, "adjunct_start")
            and in_class(tokens[k + 1], "subject_pronoun")
            and not _inside(regions, token.start)
        ):
            end = token.start
            break
    end = _refusal_end(tokens, start, _contrast_end(tokens, start, end, regions), regions)
    return _trim_end(text, begin, end)


def _refusal_end(tokens: list[Token], start: int, end: int, regions: list[QuoteRegion]) -> int:
    """Content stops before "but declined to", "and refused to": the speaker's own refusal,
    coordinated with the cue, is no part of what they reported ("Lee said the pier has
    closed but declined to say why")."""
    for k in range(start + 1, len(tokens) - 2):
        if tokens[k].start >= end:
            break
        if (
            in_class(tokens[k], "coordinator")
            and in_class(tokens[k + 1], "negating_verb")
            and tokens[k + 2].low == "to"
            and not _inside(regions, tokens[k].start)
        ):
            return tokens[k].start
    return end


def _before_comma(text: str, start: int, speaker: int, end: int) -> int:
    """The end of content before the comma that sets off a speaker after it."""
    comma = text.rfind(",", start, speaker)
    if comma < 0 or text[comma + 1 : speaker].strip():
        return end
    return _trim_end(text, start, comma)


def _fronted_clause_end(
    text: str, tokens: list[Token], start: int, end: int, regions: list[QuoteRegion]
) -> int:
    """Content that starts inside a clause opening the sentence ends where the main
    clause begins ("While Berg said the pier was safe, Lee said ...", "Although Berg said
    it was safe, the pier fell"): the main clause is no part of what the fronted cue
    reports."""
    opener = next((t for t in tokens if t.is_word and not in_class(t, "coordinator")), None)
    if opener is None or not in_class(opener, "adjunct_start"):
        return end  # no clause word opens the sentence: the cue is in the main clause
    if start > 0 and tokens[start - 1].text == ",":
        return end  # "As Berg said, even then, the pier ...": the cue's clause closed before
    clause = main_clause(tokens)
    if clause is None or clause.verb is None or clause.fronted is None:
        return end
    comma = clause.fronted - 1
    if comma <= start or tokens[comma].text != "," or tokens[comma].start >= end:
        return end
    if _inside(regions, tokens[comma].start) or any(t.text in ",:" for t in tokens[start:comma]):
        return end  # the comma belongs to a quotation, a colon's list or an adverbial
    return _trim_end(text, tokens[start].start, tokens[comma].start)


_CONTRAST_REACH = 15  # words after ", while" searched for the clause's own verb
_SUBJECT_WORDS = 3  # words of a new subject searched for its verb: "and others agreed"


def _second_predicate_end(
    text: str, tokens: list[Token], start: int, end: int, regions: list[QuoteRegion]
) -> int:
    """The object and its predicate after a naming cue ('called the plan "absurd"'), which
    hold no verb of their own, end before a coordinator that opens a second predicate of
    the speaker ("..., and left") or a clause with a subject of its own (", and others
    agreed"): those are the writer's report, not what was said."""
    for k in range(start + 1, len(tokens) - 1):
        token = tokens[k]
        if token.start >= end:
            break
        if not token.is_word or _inside(regions, token.start):
            continue
        if in_class(token, "finite_auxiliary") or past_form(token):
            return end  # a clause of its own: what follows may be reported too
        if in_class(token, "coordinator") and _opens_predicate(tokens, k + 1):
            return _trim_end(text, tokens[start].start, token.start)
    return end


def _complement_end(
    text: str, tokens: list[Token], start: int, end: int, regions: list[QuoteRegion]
) -> int:
    """The complement of a passive view ("Lee was declared the winner in Ayr", "is seen as
    a risk") holds no verb: it ends before a comma that opens a clause or predicate of its
    own (", and it is clear ...", ", Berg told a crowd ..."); "and positioned to" after no
    comma may still be the view."""
    for k in range(start + 1, len(tokens) - 1):
        token = tokens[k]
        if token.start >= end:
            break
        if token.text != "," or _inside(regions, token.start):
            continue
        nxt = k + 2 if in_class(tokens[k + 1], "coordinator") else k + 1
        if nxt < len(tokens) and _opens_predicate(tokens, nxt):
            return _trim_end(text, tokens[start].start, token.start)
    return end


def _opens_predicate(tokens: list[Token], k: int) -> bool:
    """A verb ("left", "agreed", "will") or a subject pronoun at token `k`, or a verb within
    the few words of a subject after it ("others agreed", "the mayor said")."""
    first = tokens[k]
    if in_class(first, "subject_pronoun") or _verb_word(first):
        return True
    for token in tokens[k + 1 : k + 1 + _SUBJECT_WORDS]:
        if not token.is_word or in_class(token, "relative"):
            return False  # "and someone who had ...": a noun with its relative clause
        if _verb_word(token):
            return True
    return False


def _verb_word(token: Token) -> bool:
    """A finite auxiliary or past form, counting the past forms that are as often nouns
    ("left", "cut"): they read as verbs here, after a coordinator or a subject."""
    return in_class(token, "finite_auxiliary") or past_form(token) or in_class(token, "past_noun")


def _contrast_end(tokens: list[Token], start: int, end: int, regions: list[QuoteRegion]) -> int:
    """Content stops before ", while ..." or ", whereas ..." when that clause has a finite
    verb of its own ("fans of Berg are young, while those of Lee are old": the contrast is
    the writer's); ", while visiting the pier" stays in."""
    for k in range(start + 1, len(tokens) - 2):
        if tokens[k].start >= end:
            break
        if tokens[k].text != "," or not in_class(tokens[k + 1], "contrast_clause"):
            continue
        if _inside(regions, tokens[k].start):
            continue
        for token in tokens[k + 2 : k + 2 + _CONTRAST_REACH]:
            if token.start >= end or token.text in {",", ";"}:
                break
            if in_class(token, "finite_auxiliary") or past_form(token):
                return tokens[k].start
    return end


def _trim_end(text: str, start: int, end: int) -> int:
    """Drop trailing spaces and the sentence's own closing punctuation."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?—–-"):
        if text[end - 1] == "?" and end - 1 > start and not text[end - 2].isspace():
            break  # a question is part of what was asked
        end -= 1
    return end


def _kind(record: Found, text: str, regions: list[QuoteRegion]) -> QuoteKind:
    """direct: every part is a quotation; mixed: some quoted words; indirect: none."""
    quoted = 0
    for start, end in record.parts:
        quoted += sum(max(0, min(end, r.end) - max(start, r.start)) for r in regions)
    if not quoted:
        return "indirect"
    total = sum(e - s for s, e in record.parts)
    if all(text[s] in ALL_MARKS for s, _ in record.parts) and quoted >= 0.9 * total:
        return "direct"
    return "mixed"


# ---- the step ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _People:
    """The article's mentions of one field by start, and its entities' names: built once per
    field, since a page may have thousands of quotes."""

    text: str
    field: SpanField
    starts: list[int]
    mentions: list[Mention]
    names: dict[str, str]


def _people_of(article: Article, field: SpanField) -> _People:
    mentions = sorted(
        (m for m in article.mentions if m.span.field == field), key=lambda m: m.span.start
    )
    return _People(
        article.field_text(field) or "",
        field,
        [m.span.start for m in mentions],
        mentions,
        {e.id: e.name for e in article.entities},
    )


def _party(
    people: _People, span: tuple[int, int] | None, antecedent: tuple[int, int] | None = None
) -> Party | None:
    """The speaker or addressee: its words, linked to the entity whose mention covers the
    head word (of the antecedent, for a relative pronoun)."""
    if span is None:
        return None
    text = people.text
    mention = make_span(text, *span, field=people.field)
    start, end = antecedent or span
    if _several_parties(people, start, end):
        return Party(name=text[start:end], mention=mention)  # "Putin and Biden singled out"
    head = _head(text, start, end)
    best = None
    k = bisect.bisect_right(people.starts, head)
    for m in people.mentions[max(0, k - _MENTION_REACH) : k]:
        if m.span.start <= head < m.span.end and start <= m.span.end and m.span.start <= end:
            best = m
            break
    if best is None and describes_one_person(text[start:end]):
        best = _appositive_person(people, end) or _named_last(people, start, end)
    if best is None:
        return Party(name=text[start:end], mention=mention)
    name = people.names.get(best.entity, text[start:end])
    return Party(entity=best.entity, name=name, mention=mention)


_MENTION_REACH = 40  # mentions starting before a head word that may still cover it


def _turn_speaker(article: Article, people: _People, record: Found) -> Party | None:
    """Who speaks a turn of a printed interview: an answer's speaker is the person the
    interview is with (the last named speaker before it, else the first person the story
    names before the turn: "Mira Hallen has led ..."); a question's is the interviewer,
    the article's one author. The label letter stays the mention."""
    speaker = _party(people, record.speaker, record.antecedent)
    if speaker is None or record.speaker is None or speaker.entity is not None:
        return speaker
    kind = _interview_class(people.text[slice(*record.speaker)])
    if kind == "interview_question" and len(article.authors) == 1:
        return Party(name=article.authors[0].name, mention=speaker.mention)
    if kind == "interview_answer" and record.antecedent is None:
        k = bisect.bisect_left(people.starts, record.speaker[0])
        person = next((m for m in people.mentions[:k] if m.entity.startswith("person:")), None)
        if person is not None:
            name = people.names.get(person.entity, person.span.text)
            return Party(entity=person.entity, name=name, mention=speaker.mention)
    return speaker


def _several_parties(people: _People, start: int, end: int) -> bool:
    """Whether `[start, end)` names two or more parties joined by "and" ("Putin and Biden",
    "Chile and Peru", "the union and the ministry"): a joint speaker no single entity
    stands for."""
    if " and " not in people.text[start:end]:
        return False
    lo = bisect.bisect_left(people.starts, start)
    hi = bisect.bisect_left(people.starts, end)
    inside = [m for m in people.mentions[lo:hi] if m.span.end <= end]
    return any(
        left.entity != right.entity
        and _JOINED.fullmatch(people.text, left.span.end, right.span.start) is not None
        for left, right in itertools.pairwise(inside)
    )


# What stands between two joint parties: "Chile and Peru", "Berg, Lee and Aas".
_JOINED = re.compile(r",?\s+and\s+(?:the\s+|its\s+|their\s+)?|,\s+")


_APPOSITION_OPEN = re.compile(r"\s*,\s*")


def _named_last(people: _People, start: int, end: int) -> Mention | None:
    """The person whose name closes a described speaker ("A spokeswoman for the ministry,
    Jo Lee"): the description and the name are one speaker."""
    k = bisect.bisect_left(people.starts, start)
    for m in people.mentions[k:]:
        if m.span.start >= end:
            break
        before = people.text[start : m.span.start].rstrip()
        if m.span.end == end and m.entity.startswith("person:") and before.endswith(","):
            return m
    return None


def _appositive_person(people: _People, end: int) -> Mention | None:
    """The person named in apposition right after a description ("the authority's director,
    Bjorn Aas, told"): the description speaks as that person."""
    opening = _APPOSITION_OPEN.match(people.text, end)
    if opening is None:
        return None
    k = bisect.bisect_left(people.starts, opening.end())
    if k == len(people.mentions):
        return None
    found = people.mentions[k]
    closes = people.text[found.span.end : found.span.end + 1] in (",", "")
    if found.span.start != opening.end() or not found.entity.startswith("person:") or not closes:
        return None
    return found


def _head(text: str, start: int, end: int) -> int:
    """The head word's offset: the last word before "of/for/in/at", else the last word."""
    tokens = tokenize(text[start:end], start)
    words = [t for t in tokens if t.is_word]
    if not words:
        return start
    head = words[-1]
    for i, token in enumerate(words[1:], start=1):
        if in_class(token, "np_link") and token.low not in {"and", "&"}:
            head = words[i - 1]
            break
    return head.start


def _gapped_subject(
    tokens: list[Token], frame: Frame, speaker: tuple[int, int] | None
) -> tuple[tuple[int, int], tuple[int, int], bool] | None:
    """Reported words with no subject of their own take the noun the clause hangs on:
    "a project officials said would power ..." (the project; officials speak), "the plan,
    which officials said would cost ..., was approved" (the plan; the clause closes at its
    comma). Returns (speaker, subject, closes at comma), or None."""
    if speaker is None or frame.right is None or frame.subject is not None:
        return None
    if not in_class(tokens[frame.right], "finite_auxiliary"):
        return None
    before = speaker[0] - 1
    if before >= 1 and tokens[before].low in ("which", "that"):
        k = before - 1
        commas = tokens[k].text == ","
        if commas:
            k -= 1
        antecedent = phrase_before(tokens, k, 0) if k >= 0 else None
        return (speaker, antecedent, commas) if antecedent is not None else None
    first, last = speaker
    if last > first and in_class(tokens[first], "determiner"):
        for p in range(last, first + 1, -1):
            head = in_class(tokens[p], "group_noun") or tokens[p].capital
            if head and not (tokens[p - 1].capital or in_class(tokens[p - 1], "determiner")):
                return (p, last), (first, p - 1), False
    return None


def _adjunct_subject(tokens: list[Token], frame: Frame) -> tuple[int, int] | None:
    """A participle after a comma closing a clause that opens with "as", "when" or
    "while" and a past verb takes that clause's subject: "Lee praised the plan as Berg
    echoed it, saying ..." (Berg says it). None when no such clause stands right before
    the participle."""
    if not frame.match.cue.gerund or frame.clause_start is None:
        return None
    comma = frame.clause_start
    if tokens[comma].text != ",":
        return None
    for k in range(comma - 1, max(-1, comma - _ADJUNCT_REACH), -1):
        token = tokens[k]
        if token.text in {",", ";", ":", ".", "—", "–"} or token.text in ALL_MARKS:
            return None
        if token.low in _SPEAKING_ADJUNCTS:
            phrase = phrase_after(tokens, k + 1)
            if phrase is None or phrase[1] + 1 >= comma:
                return None
            return phrase if past_form(tokens[phrase[1] + 1]) else None
        if in_class(token, "coordinator") and k >= 1 and tokens[k - 1].text in {",", ";"}:
            # "..., and the union has sued the city, saying ...": the nearest clause speaks
            phrase = phrase_after(tokens, k + 1)
            if phrase is None or phrase[1] + 1 >= comma:
                return None
            verb = tokens[phrase[1] + 1]
            return phrase if past_form(verb) or in_class(verb, "finite_auxiliary") else None
    return None


def _outside_records(pos: int, records: list[Found]) -> bool:
    """True when `pos` lies after every record's cue and inside no record's content."""
    return all(
        (r.cue is None or r.cue[1] <= pos) and not any(s <= pos < e for s, e in r.parts)
        for r in records
    )


def _before_aside(tokens: list[Token], frame: Frame, records: list[Found]) -> list[Found]:
    """The records before a dash aside that closes right before a coordinated cue ('Berg
    praised it - "fine," she said - and urged ...'): the aside's own tag is no clause the
    cue joins. All records when no such aside stands there."""
    lead = frame.clause_start
    if lead is None or lead < 1 or tokens[lead - 1].text not in _ASIDE_DASHES:
        return records
    opening = next(
        (j for j in range(lead - 2, -1, -1) if tokens[j].text == tokens[lead - 1].text), None
    )
    if opening is None:
        return records
    before = [r for r in records if r.cue is not None and r.cue[1] <= tokens[opening].start]
    return before or records


_ASIDE_DASHES = frozenset({"-", "—", "–"})


def _main_record(records: list[Found]) -> Found:
    """The last record whose cue no other record reports: the clause a coordinated cue
    ("and urged", ", adding") hangs on."""
    for record in reversed(records):
        cue = record.cue
        if cue is None or not any(
            other is not record and any(s <= cue[0] < e for s, e in other.parts)
            for other in records
        ):
            return record
    return records[-1]


def _has_own_object(tokens: list[Token], frame: Frame) -> bool:
    """Whether a cue taking a to-infinitive names whom it asks ("and urged the union to
    return"): then the hearer of an earlier "told X" is not its hearer."""
    if not frame.match.cue.infinitive or frame.right is None:
        return False
    first = tokens[frame.right]
    return first.low != "to" and any(
        t.low == "to" for t in tokens[frame.right + 1 : frame.right + 8]
    )


_RELATIVE_ASIDE = re.compile(r"\s*,\s*(\w+)")


def _relative_aside_end(text: str, speaker_end: int, cue_start: int) -> int:
    """Where a relative clause set off by commas after the speaker ends ("Berg, who
    turned 40 last week, said ..."): its times date the clause, not the utterance. The
    speaker's end when no such clause stands before the cue."""
    gap = text[speaker_end:cue_start]
    opening = _RELATIVE_ASIDE.match(gap)
    if opening is None or opening.group(1).lower() not in word_classes().get("relative", ()):
        return speaker_end
    closing = gap.rfind(",")
    return speaker_end + closing if closing >= opening.end() else speaker_end


def _utterance_date(
    dates: list[tuple[int, int, str]], found: Found, others: Sequence[Found] = (), text: str = ""
) -> str | None:
    """The value of a date in the cue's own clause: between the speaker and the content
    ("Kerry on Monday called for ..."), or after content that comes first ("..., Kerry
    said on Monday."). An earlier record's content in the same sentence is not this
    cue's clause ("told X the rules would wait until January and urged ...")."""
    if found.cue is None:
        return None
    content_start, content_end = found.content
    if content_start >= found.cue[1]:
        speaker_start = found.speaker[0] if found.speaker else found.cue[0]
        lo, hi = min(speaker_start, found.cue[0]), content_start
        if found.speaker and found.speaker[1] <= found.cue[0]:
            lo = max(lo, _relative_aside_end(text, found.speaker[1], found.cue[0]))
        for other in others:
            other_end = other.content[1]
            if (
                other is not found
                and other.sentence == found.sentence
                and other_end <= found.cue[0]
            ):
                lo = max(lo, other_end)
    else:
        lo, hi = content_end, found.sentence[1]
        for other in others:  # '"...," X said, adding that they would vote next week'
            if (
                other is not found
                and other.sentence == found.sentence
                and other.cue
                and found.cue[1] <= other.cue[0] < hi
            ):
                hi = other.cue[0]
    k = bisect.bisect_left(dates, (lo,))
    while k < len(dates) and dates[k][0] < hi:
        if dates[k][1] <= hi:
            return dates[k][2]
        k += 1
    return None


def _dates_of(article: Article, field: SpanField) -> list[tuple[int, int, str]]:
    """(start, end, value) of the article's DATE timexes in one field, by start."""
    return sorted(
        (t.span.start, t.span.end, t.value)
        for t in article.timexes
        if t.span.field == field and t.type == "DATE"
    )


def _paragraph_spans(article: Article) -> list[tuple[int, int]]:
    if article.paragraphs:
        spans = [(p.start, p.end) for p in article.paragraphs if p.kind != "crosshead"]
    else:
        spans = [(0, len(article.text))] if article.text else []
    lead = _dateline_end(article)
    if spans and lead and spans[0][0] < lead < spans[0][1]:
        spans[0] = (lead, spans[0][1])
    return spans


def _dateline_end(article: Article) -> int:
    """Where the story's own words start after a dateline that opens the text ("OTTAWA —",
    "MOSCOW (Reuters) -"): the dateline is no part of what a quote reports. 0 when none."""
    source = article.dateline.source if article.dateline else None
    if not source or not article.text.startswith(source):
        return 0
    return (
        len(source) + len(article.text[len(source) :]) - len(article.text[len(source) :].lstrip())
    )


def _after_dateline(sentences: list[tuple[int, int]], lead: int) -> list[tuple[int, int]]:
    return [
        (max(start, lead), end) if start < lead < end else (start, end) for start, end in sentences
    ]


@step("quotes", requires={"sentences"}, produces={"quotes"})
def quotes_step(article: Article) -> Article:
    """Fill `Article.quotes` from the headline, standfirst and body (English cues; other
    languages get a warning and no quotes)."""
    if article.language and not article.language.lower().startswith("en"):
        warning = f"quotes: no speech cues for language {article.language!r}"
        return article.model_copy(update={"warnings": [*article.warnings, warning]})
    crossheads = {i for i, p in enumerate(article.paragraphs) if p.kind == "crosshead"}
    body_index = [i for i in range(len(article.paragraphs)) if i not in crossheads]
    sentences = [(s.start, s.end) for s in article.sentences if s.field == "text"] or None
    if sentences:
        sentences = _after_dateline(sentences, _dateline_end(article))
    fields: list[tuple[SpanField, list[Found]]] = []
    heads: tuple[tuple[SpanField, str | None], ...] = (
        ("headline", article.headline),
        ("standfirst", article.standfirst),
    )
    for field, text in heads:
        if text:
            fields.append((field, find_quotes(text, [(0, len(text))])))
    fields.append(("text", find_quotes(article.text, _paragraph_spans(article), sentences)))
    quotes: list[Quote] = []
    for field, found in fields:
        text = article.field_text(field) or ""
        dates = _dates_of(article, field)
        people = _people_of(article, field)
        same_sentence: dict[tuple[int, int], list[Found]] = {}
        for record in found:
            same_sentence.setdefault(record.sentence, []).append(record)
        for record in found:
            paragraph = -1
            if field == "text" and body_index:
                paragraph = body_index[record.paragraph]
            quotes.append(
                Quote(
                    id=f"q{len(quotes) + 1}",
                    kind=record.kind,
                    content=make_span(text, *record.content, field=field),
                    content_parts=[make_span(text, *part, field=field) for part in record.parts]
                    if len(record.parts) > 1
                    else [],
                    cue=make_span(text, *record.cue, field=field) if record.cue else None,
                    cue_lexicon_id=record.cue_id,
                    speaker=_turn_speaker(article, people, record)
                    if record.turn
                    else _party(people, record.speaker, record.antecedent),
                    addressee=_party(people, record.addressee),
                    paragraph=paragraph,
                    utterance_date=_utterance_date(
                        dates, record, same_sentence[record.sentence], text
                    ),
                )
            )
    authors = [a.name for a in article.authors]
    return article.model_copy(update={"quotes": _first_person_speakers(quotes, authors)})


SELF_IN_QUOTE = "first-person-in-quote"  # Quote.inferred rule ids
SELF_AS_AUTHOR = "first-person-author"


def _first_person_speakers(quotes: list[Quote], authors: list[str]) -> list[Quote]:
    """An "I" who speaks inside another speaker's quoted words ('"I expect it to pass,"
    Keane said') is that speaker; an "I" in the story's own words, outside any quotation,
    is its one author (a column: "I believe it will only move the queues"). The mention
    stays "I" and `inferred` names the rule."""
    selves = word_classes().get("self_pronoun", frozenset())
    out = list(quotes)
    for k, quote in enumerate(quotes):
        speaker, cue = quote.speaker, quote.cue
        if speaker is None or speaker.entity or cue is None:
            continue
        if speaker.mention.text.lower() not in selves:
            continue
        outer = next(
            (
                other
                for other in quotes
                if other is not quote
                and other.kind in ("direct", "mixed")
                and other.content.field == cue.field
                and other.content.start <= cue.start < cue.end <= other.content.end
                and other.speaker is not None
                and other.speaker.mention.text.lower() not in selves
            ),
            None,
        )
        if outer is not None and outer.speaker is not None:
            party = Party(
                entity=outer.speaker.entity, name=outer.speaker.name, mention=speaker.mention
            )
            inferred = {**quote.inferred, "speaker": SELF_IN_QUOTE}
        elif len(authors) == 1 and cue.field == "text" and not _quoted(quotes, cue):
            party = Party(name=authors[0], mention=speaker.mention)
            inferred = {**quote.inferred, "speaker": SELF_AS_AUTHOR}
        else:
            continue
        out[k] = quote.model_copy(update={"speaker": party, "inferred": inferred})
    return out


def _quoted(quotes: list[Quote], cue: Span) -> bool:
    """Whether a cue stands inside a quotation some record reports (whoever's it is)."""
    return any(
        q.kind != "indirect"
        and q.content.field == cue.field
        and q.content.start <= cue.start < cue.end <= q.content.end
        for q in quotes
    )
