"""Quotes: who said what, to whom. The analysis step "quotes".

One record per speech cue (PARC/PolNeAR convention; a cue with coordinated
complements is one record). For each cue from `lexicons/speech_cues.jsonl` found
outside quotation marks, the sentence around it is read by a few general frames:

- content after the cue: "X said (that) ...", "X told Y ...", "X said: "..."",
  "X called for Y to ...", "X said, "..."";
- content before the cue: "CONTENT, X said.", ""...," X said.", ""...," said X.",
  "CONTENT, X told Y, adding that ..." (the participle borrows X and Y);
- noun cues: "according to X, ...", "..., according to X.";
- split quotes: ""A," X said, "B."" and ""A," X said. "B."" make ONE record whose
  content has two parts; `Quote.content` covers both (from the first opening mark
  to the last closing mark, so it includes the cue between them) and the parts are
  kept in `Found.parts` for scorers;
- a paragraph that is only a quotation, with no cue, continues the last quote of the
  paragraph before (cue None, same speaker); a quotation left open at a paragraph end
  runs on into the next paragraph that opens with a quotation mark.

Direct content includes its quotation marks (as PolNeAR gold does); indirect content
excludes the complementizer "that" and the final full stop. Negated cues ("did not
say"), cues after "declined to", passives and cues with no reported content ("flagged
the plan in the meeting") make no record.

The speaker is the words found (`Party.mention`); it is linked to an entity when an
`Article.mentions` span covers the phrase's head word.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

# Registered before "quotes": speakers link to entity mentions, utterance dates to timexes.
import dateline.analyze.entities
import dateline.analyze.timex  # noqa: F401
from dateline.analyze.quote_marks import ALL_MARKS, QuoteRegion, quote_regions
from dateline.analyze.quote_phrases import (
    Token,
    addressee_after,
    in_class,
    phrase_after,
    phrase_before,
    skip_back,
    skip_forward,
    speaker_before,
    tokenize,
)
from dateline.analyze.registry import step
from dateline.analyze.sentences import split_sentences
from dateline.analyze.speech_cues import Cue, CueMatch, find_cues
from dateline.model import Article, Party, Quote, QuoteKind, make_span

__all__ = ["Found", "find_quotes", "quotes_step"]

_STOPS = frozenset(".!?;")
_MIN_CONTINUATION_WORDS = 3
_CLAUSE_LOOKAHEAD = 8
_ADJUNCT_LOOKAHEAD = 16
_SUBJECT_REACH = 30


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

    @property
    def content(self) -> tuple[int, int]:
        """The hull of the parts."""
        return self.parts[0][0], max(end for _, end in self.parts)


@dataclass
class _Frame:
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
        leftovers = _unclaimed(text, regions, records, par_sentences)
        only_quote = not records and leftovers and _only_quotes(text, pstart, pend, leftovers)
        if only_quote and previous:
            last = previous[-1]
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
        found.extend(records)
    for record in found:
        near = [r for r in all_regions if r.start < record.content[1] and record.content[0] < r.end]
        record.kind = _kind(record, text, near)
    found.sort(key=lambda f: (f.content[0], f.cue or (0, 0)))
    return found


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
        if earlier and whole and words >= _MIN_CONTINUATION_WORDS:
            earlier[-1].parts.append((region.start, region.end))
        else:
            left.append(region)
    return left


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
    cues = [
        CueMatch(m.start + pstart, m.end + pstart, m.cue)
        for m in find_cues(text[pstart:pend])
        if not _inside(regions, m.start + pstart, closed_only=True)
    ]
    if not cues:
        return []
    records: list[Found] = []
    for ustart, uend in _units(sentences, regions):
        unit_cues = [c for c in cues if ustart <= c.start < uend]
        if unit_cues:
            tokens = tokenize(text[ustart:uend], ustart)
            records.extend(_unit(text, tokens, (ustart, uend), unit_cues, regions, index, records))
    return records


def _inside(regions: list[QuoteRegion], pos: int, *, closed_only: bool = False) -> bool:
    return any(r.start <= pos < r.end for r in regions if not (closed_only and r.open_end))


def _units(sentences: list[tuple[int, int]], regions: list[QuoteRegion]) -> list[tuple[int, int]]:
    """Sentences, merged where a quotation runs across a sentence end."""
    units: list[tuple[int, int]] = []
    for start, end in sentences:
        if units and any(r.start < start < r.end for r in regions):
            units[-1] = (units[-1][0], end)
        else:
            units.append((start, end))
    return units


def _token_at(tokens: list[Token], pos: int, *, end: bool = False) -> int | None:
    for i, token in enumerate(tokens):
        if (token.end if end else token.start) == pos:
            return i
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
    frames: list[_Frame] = []
    for match in cues:
        first = _token_at(tokens, match.start)
        last = _token_at(tokens, match.end, end=True)
        if first is None or last is None:
            continue
        if match.cue.setting:
            settings.update(range(first, last + 1))
            continue
        in_open = _inside(regions, match.start)
        frames.append(_Frame(match, first, last, in_open=in_open))
    frozen = frozenset(settings)
    frames = [f for f in frames if _plausible(f, tokens, regions, frozen)]
    firsts = frozenset(f.first for f in frames)
    readable = [
        f
        for f in frames
        if _read_frame(f, tokens, regions, frozen, firsts) and (f.before or not f.in_open)
    ]
    records: list[Found] = []
    for position, frame in enumerate(readable):
        later = readable[position + 1 :]
        record = _record(text, tokens, unit, frame, later, regions, index, records, earlier)
        if record is not None:
            records.append(record)
    return records


def _plausible(
    frame: _Frame, tokens: list[Token], regions: list[QuoteRegion], settings: frozenset[int]
) -> bool:
    """False for a cue word used otherwise: negated, passive, a noun ("the state")."""
    cue = frame.match.cue
    if _negated(tokens, frame.first) or _passive(tokens, frame.first, cue):
        return False
    if frame.first > 0 and in_class(tokens[frame.first - 1], "noun_determiner"):
        return False  # "a pledged delegate", "send a signal": a noun or adjective
    if cue.homograph:
        k = skip_forward(tokens, frame.last + 1, settings)
        return _homograph_ok(tokens, frame.first, k, regions)
    return True


def _read_frame(
    frame: _Frame,
    tokens: list[Token],
    regions: list[QuoteRegion],
    settings: frozenset[int],
    cue_firsts: frozenset[int],
) -> bool:
    """Fill the frame's speaker, addressee and content side; False when it is no quote."""
    cue = frame.match.cue
    if cue.noun and cue.speaker_after:
        return _read_noun_frame(frame, tokens)
    k = skip_forward(tokens, frame.last + 1, settings)
    prev = skip_back(tokens, frame.first - 1, 0)
    if not cue.gerund and _inverted(frame, tokens, k, regions, cue_firsts):
        return True
    if cue.gerund and prev >= 0 and tokens[prev].text in {",", "—", "–"}:
        frame.inherit = True
        frame.clause_start = prev
    elif prev >= 0 and tokens[prev].low == "and":
        frame.inherit = True
        frame.clause_start = prev - 1 if prev >= 1 and tokens[prev - 1].text == "," else prev
    else:
        frame.speaker = speaker_before(tokens, frame.first, 0)
        if frame.speaker is None and prev >= 1 and tokens[prev].low in {"who", "whom"}:
            # "voters who said ...", "Berg, who said ...": the pronoun, read as its antecedent
            frame.speaker = (prev, prev)
            end = prev - 2 if tokens[prev - 1].text == "," else prev - 1
            frame.antecedent = phrase_before(tokens, end, 0) if end >= 0 else None
            frame.aside = tokens[prev - 1].text == ","
    if cue.addressee and k < len(tokens):
        hearer = addressee_after(tokens, k)
        if hearer is not None:
            frame.addressee = hearer
            k = skip_forward(tokens, hearer[1] + 1, settings)
    frame.right = _content_start(tokens, k, cue, regions)
    if frame.right is None:
        frame.right = _content_further(tokens, k, regions, cue_firsts, frame.addressee is not None)
    if frame.right is not None and _after_quotation(frame, tokens):
        starts_content = tokens[k].low == "that" or tokens[k].text == ":"
        if tokens[k].text == "," or not (starts_content or _quote_at(tokens, k, regions)):
            # '"A," X said, "B."' and '"A," he said aboard the plane': read from the left
            frame.right = None
    if frame.right is None:
        _read_before(frame, tokens, k, regions, cue_firsts)
    return frame.right is not None or frame.before


def _read_before(
    frame: _Frame,
    tokens: list[Token],
    k: int,
    regions: list[QuoteRegion],
    cue_firsts: frozenset[int],
) -> None:
    """Content before the cue: "CONTENT, X said (of ...)." or a quotation just before."""
    if frame.inherit or frame.speaker is None:
        return
    ends_here = k >= len(tokens) or tokens[k].text in _STOPS | {",", "—", "–", ":"}
    mark = _closing_mark_before(frame, tokens)
    if not ends_here and mark is None:
        return  # "As X rose, they proposed cuts": a clause, not reported content
    if mark is not None and any(t.text == "," for t in tokens[mark + 2 : frame.speaker[0]]):
        # '"...," Jo Bloggs, 67, a nurse, said': the name that opens the appositives
        head = phrase_after(tokens, mark + 2 if tokens[mark + 1].text == "," else mark + 1)
        if head is not None and tokens[head[0]].capital:
            frame.speaker = head
    boundary = frame.speaker[0] - 1
    while boundary >= 0 and tokens[boundary].is_word and frame.speaker[0] - boundary < 6:
        boundary -= 1
    if boundary < 0:
        frame.before = True
        frame.clause_start = None
    elif tokens[boundary].text in {",", "—", "–"} or tokens[boundary].text in ALL_MARKS:
        frame.before = True
        frame.clause_start = boundary
    if frame.before:
        _read_after_comma(frame, tokens, k, regions, cue_firsts)


def _after_quotation(frame: _Frame, tokens: list[Token]) -> bool:
    """True when a closing quotation mark ends the text before the speaker phrase."""
    return _closing_mark_before(frame, tokens) is not None


def _closing_mark_before(frame: _Frame, tokens: list[Token]) -> int | None:
    """The closing quotation mark before the speaker phrase and its appositives
    ('"...," Jo Bloggs, 67, a retired nurse, said'), as a token index."""
    if frame.speaker is None:
        return None
    k = frame.speaker[0] - 1
    while k >= 0 and frame.speaker[0] - k <= _SUBJECT_REACH:
        token = tokens[k]
        if token.text in ALL_MARKS:
            nxt = tokens[k + 1]
            opening = nxt.start == token.end and nxt.is_word
            return None if opening else k
        if token.text in _STOPS or token.text == ":":
            return None
        k -= 1
    return None


def _inverted(
    frame: _Frame,
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
    if k >= len(tokens) or in_class(tokens[k], "complementizer") or not tokens[k].is_word:
        return False
    phrase = phrase_after(tokens, k)
    after = phrase[1] + 1 if phrase else len(tokens)
    if phrase is None or not (
        after >= len(tokens)
        or tokens[after].text in _STOPS | {",", "(", "—", "–"}
        or in_class(tokens[after], "relative")
    ):
        return False
    frame.speaker = phrase
    frame.before = True
    frame.clause_start = prev
    _read_after_comma(frame, tokens, after, regions, cue_firsts, quotes_only=True)
    return True


def _read_after_comma(
    frame: _Frame,
    tokens: list[Token],
    k: int,
    regions: list[QuoteRegion],
    cue_firsts: frozenset[int],
    *,
    quotes_only: bool = False,
) -> None:
    """What follows ", X said": a second quotation (split quote) or the rest of the clause."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return
    nxt = tokens[k + 1]
    region = next((r for r in regions if r.start == nxt.start), None)
    if region is not None:
        frame.extra.append((region.start, region.end))
    elif not (
        quotes_only
        or in_class(nxt, "coordinator")
        or not nxt.is_word
        or any(c > k for c in cue_firsts)
    ):
        # "The deal, he said, was dead": the clause resumes after the cue.
        frame.after_comma = k + 1


def _read_noun_frame(frame: _Frame, tokens: list[Token]) -> bool:
    """ "according to X, CONTENT" or "CONTENT, according to X"."""
    phrase = phrase_after(tokens, frame.last + 1)
    if phrase is None:
        return False
    frame.speaker = phrase
    after = phrase[1] + 1
    if after + 1 < len(tokens) and tokens[after].text == ",":
        frame.right = after + 1
        return True
    prev = frame.first - 1
    if prev >= 0 and tokens[prev].text == ",":
        frame.before = True
        frame.clause_start = prev
        return True
    return False


def _negated(tokens: list[Token], first: int) -> bool:
    """ "did not say", "never told", "declined to say"."""
    k = first - 1
    steps = 0
    while k >= 0 and steps < 3:
        token = tokens[k]
        if in_class(token, "negation") or token.low.endswith("n't"):
            return True
        if token.low == "to" and k >= 1 and in_class(tokens[k - 1], "negating_verb"):
            return True
        if not (in_class(token, "auxiliary") or in_class(token, "adverb") or token.low == "to"):
            return False
        k -= 1
        steps += 1
    return False


def _passive(tokens: list[Token], first: int, cue: Cue) -> bool:
    """ "was told", "is expected": the subject is not the speaker."""
    if cue.noun:
        return False
    k = first - 1
    while k >= 0 and in_class(tokens[k], "adverb"):
        k -= 1
    return (
        k >= 0
        and in_class(tokens[k], "passive_auxiliary")
        and not tokens[first].low.endswith("ing")
    )


def _homograph_ok(tokens: list[Token], first: int, k: int, regions: list[QuoteRegion]) -> bool:
    """A form that is also a noun ("the state", "his claims") needs a verb's company."""
    prev = tokens[first - 1] if first > 0 else None
    if prev is not None and (
        in_class(prev, "subject_pronoun") or in_class(prev, "auxiliary") or prev.low == "also"
    ):
        return True
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    return nxt.low == "that" or nxt.text == ":" or any(r.start == nxt.start for r in regions)


def _content_start(tokens: list[Token], k: int, cue: Cue, regions: list[QuoteRegion]) -> int | None:
    """Token index where content after the cue begins, or None when there is none."""
    n = len(tokens)
    if k >= n:
        return None
    token = tokens[k]
    if token.text in _STOPS or token.text in {"—", "–"}:
        return None
    if token.text == ":":
        return k + 1 if k + 1 < n else None
    if any(r.start == token.start for r in regions):
        return k
    if token.text == ",":
        return k + 1 if _quote_at(tokens, k + 1, regions) else None
    if not token.is_word:
        return None
    if token.low == "that":
        return (
            k + 1
            if (k + 1 < n and tokens[k + 1].is_word) or _quote_at(tokens, k + 1, regions)
            else None
        )
    if in_class(token, "question_word") and (cue.question or token.low == "whether"):
        return k
    if token.low == "to":
        return k if cue.infinitive else None
    if in_class(token, "no_content"):
        return None
    if in_class(token, "preposition") or in_class(token, "relative") or in_class(token, "boundary"):
        return None
    if cue.clause_only:
        return k if _clause_follows(tokens, k) else None
    return k


def _content_further(
    tokens: list[Token],
    k: int,
    regions: list[QuoteRegion],
    cue_firsts: frozenset[int],
    after_hearer: bool,
) -> int | None:
    """Content after adjuncts the cue's words did not cover: "said in an interview with
    the AP last week that ...", "said, among other things, that ...", "said in Berlin, "..."".
    """
    n = len(tokens)
    commas = 0
    for j in range(k, min(n, k + _ADJUNCT_LOOKAHEAD)):
        token = tokens[j]
        if token.text in _STOPS or token.text in ALL_MARKS or token.text == ":" or j in cue_firsts:
            return None
        if token.low == "that" and j > k and (tokens[j - 1].is_word or tokens[j - 1].text == ","):
            object_before = tokens[j - 1].is_word and not in_class(tokens[j - 1], "preposition")
            if object_before and not (after_hearer or _adjunct_words(tokens[k:j])):
                return None
            return j + 1 if j + 1 < n else None
        if token.text == ",":
            commas += 1
            if _quote_at(tokens, j + 1, regions):
                return j + 1
            if commas > 2:
                return None
        elif (
            not token.is_word
            or in_class(token, "relative")
            or (in_class(token, "coordinator") and not after_hearer)
        ):
            return None
    return None


def _adjunct_words(tokens: list[Token]) -> bool:
    """True when the words open with a preposition (an adjunct, not an object)."""
    return bool(tokens) and (in_class(tokens[0], "preposition") or tokens[0].text == ",")


def _quote_at(tokens: list[Token], k: int, regions: list[QuoteRegion]) -> bool:
    return k < len(tokens) and any(r.start == tokens[k].start for r in regions)


def _clause_follows(tokens: list[Token], k: int) -> bool:
    """A bare clause ("noted he was ...") rather than an object ("noted the plan")."""
    if in_class(tokens[k], "subject_pronoun"):
        return True
    window = tokens[k + 1 : k + 1 + _CLAUSE_LOOKAHEAD]
    previous = tokens[k]
    for token in window:
        if token.text in _STOPS or token.text == ",":
            return False
        if in_class(token, "auxiliary") and token.low not in {"'s", "be", "been", "being"}:
            return True
        if (
            token.low.endswith("ed")
            and not token.capital
            and previous.is_word
            and not in_class(previous, "determiner")
            and not in_class(previous, "preposition")
        ):
            return True  # "claiming the quarantine violated her rights"
        previous = token
    return False


def _record(
    text: str,
    tokens: list[Token],
    unit: tuple[int, int],
    frame: _Frame,
    later: list[_Frame],
    regions: list[QuoteRegion],
    index: int,
    records: list[Found],
    earlier: list[Found],
) -> Found | None:
    """Turn a read frame into a quote, cutting its content at the next cue's clause."""
    speaker, addressee = frame.speaker, frame.addressee
    if frame.inherit:
        if records:
            speaker = records[-1].speaker
            addressee = addressee or records[-1].addressee
            speaker_span = speaker
        else:
            phrase = _sentence_subject(tokens)
            speaker_span = (tokens[phrase[0]].start, tokens[phrase[1]].end) if phrase else None
    else:
        speaker_span = (tokens[speaker[0]].start, tokens[speaker[1]].end) if speaker else None
    if speaker_span is None:
        return None
    addressee_span = (
        addressee
        if frame.inherit and records and addressee is records[-1].addressee
        else (tokens[addressee[0]].start, tokens[addressee[1]].end)
        if addressee
        else None
    )
    parts: list[tuple[int, int]] = []
    if frame.right is not None:
        start = tokens[frame.right].start
        clausal = not frame.match.cue.infinitive or _after_that(tokens, frame.right)
        end = _content_end(text, tokens, frame.right, unit, later, regions, clausal)
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
        if records:
            start = max(start, records[-1].cue[1] if records[-1].cue else start)
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
    if not parts:
        return None
    return Found(
        parts=parts,
        cue=(frame.match.start, frame.match.end),
        cue_id=frame.match.cue.id,
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


def _sentence_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The noun phrase opening the sentence, after leading adverbials ("Hours later,",
    "At a rally in Ames, Iowa, on Sunday,") and before a relative clause."""
    k = 0
    for _ in range(4):
        while k < len(tokens) and (not tokens[k].is_word or in_class(tokens[k], "boundary")):
            k += 1
        if k >= len(tokens):
            return None
        phrase = phrase_after(tokens, k)
        if phrase is None:
            if not in_class(tokens[k], "preposition"):
                return None
            k = _after_next_comma(tokens, k)  # an opening prepositional phrase
            continue
        after = phrase[1] + 1
        if (
            after + 1 < len(tokens)
            and tokens[after].text == ","
            and in_class(tokens[after + 1], "relative")
        ):
            return phrase  # "Republicans, who hold the Senate, have ..."
        if after < len(tokens) and tokens[after].text in {",", "—", "–", ":"}:
            k = after + 1  # an opening adverbial or dateline, not the subject
            continue
        if after < len(tokens) and tokens[after].is_word and not in_class(tokens[after], "np_link"):
            return phrase
        return None
    return None


def _after_next_comma(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].text != ",":
        k += 1
    while k < len(tokens) and tokens[k].text == ",":
        k += 1
    return k


def _content_end(
    text: str,
    tokens: list[Token],
    start: int,
    unit: tuple[int, int],
    later: list[_Frame],
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
    return _trim_end(text, begin, end)


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


def _party(
    article: Article, span: tuple[int, int] | None, antecedent: tuple[int, int] | None = None
) -> Party | None:
    """The speaker or addressee: its words, linked to the entity whose mention covers the
    head word (of the antecedent, for a relative pronoun)."""
    if span is None:
        return None
    mention = make_span(article.text, *span)
    start, end = antecedent or span
    head = _head(article.text, start, end)
    best = None
    for m in article.mentions:
        if m.span.field != "text":
            continue
        if m.span.start <= head < m.span.end and start <= m.span.end and m.span.start <= end:
            best = m
            break
    if best is None:
        return Party(name=article.text[start:end], mention=mention)
    names = {e.id: e.name for e in article.entities}
    name = names.get(best.entity, article.text[start:end])
    return Party(entity=best.entity, name=name, mention=mention)


def _head(text: str, start: int, end: int) -> int:
    """The head word's offset: the last word before "of/for/in/at", else the last word."""
    tokens = tokenize(text[start:end], start)
    words = [t for t in tokens if t.is_word]
    if not words:
        return start
    head = words[-1]
    for i, token in enumerate(words[1:], start=1):
        if token.low in {"of", "for", "in", "at", "from", "with"}:
            head = words[i - 1]
            break
    return head.start


def _utterance_date(article: Article, found: Found) -> str | None:
    """The value of a date in the cue's own clause: between the speaker and the content
    ("Kerry on Monday called for ..."), or after content that comes first ("..., Kerry
    said on Monday.")."""
    if found.cue is None:
        return None
    content_start, content_end = found.content
    if content_start >= found.cue[1]:
        speaker_start = found.speaker[0] if found.speaker else found.cue[0]
        lo, hi = min(speaker_start, found.cue[0]), content_start
    else:
        lo, hi = content_end, found.sentence[1]
    for timex in article.timexes:
        span = timex.span
        if span.field == "text" and timex.type == "DATE" and lo <= span.start and span.end <= hi:
            return timex.value
    return None


def _paragraph_spans(article: Article) -> list[tuple[int, int]]:
    if article.paragraphs:
        return [(p.start, p.end) for p in article.paragraphs if p.kind != "crosshead"]
    return [(0, len(article.text))] if article.text else []


@step("quotes", requires={"sentences"}, produces={"quotes"})
def quotes_step(article: Article) -> Article:
    """Fill `Article.quotes` (English cues; other languages get a warning and no quotes)."""
    if article.language and not article.language.lower().startswith("en"):
        warning = f"quotes: no speech cues for language {article.language!r}"
        return article.model_copy(update={"warnings": [*article.warnings, warning]})
    sentences = [(s.start, s.end) for s in article.sentences if s.field == "text"] or None
    crossheads = {i for i, p in enumerate(article.paragraphs) if p.kind == "crosshead"}
    body_index = [i for i in range(len(article.paragraphs)) if i not in crossheads]
    found = find_quotes(article.text, _paragraph_spans(article), sentences)
    quotes = []
    for number, record in enumerate(found, start=1):
        start, end = record.content
        paragraph = body_index[record.paragraph] if body_index else -1
        quotes.append(
            Quote(
                id=f"q{number}",
                kind=record.kind,
                content=make_span(article.text, start, end),
                cue=make_span(article.text, *record.cue) if record.cue else None,
                cue_lexicon_id=record.cue_id,
                speaker=_party(article, record.speaker, record.antecedent),
                addressee=_party(article, record.addressee),
                paragraph=paragraph,
                utterance_date=_utterance_date(article, record),
            )
        )
    return article.model_copy(update={"quotes": quotes})
