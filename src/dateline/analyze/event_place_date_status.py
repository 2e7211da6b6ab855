"""Place, date, status and evidence span of one trigger's event.

The place is "in/at <place>" near the trigger (or "the Glasgow meeting"); the date is the
nearest time expression in the clause; the status comes from cues
(`lexicons/event_status.jsonl`), then the date against the publication date, then the tense.
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.analyze.actors import ActorPhrase, place_words
from dateline.analyze.event_arguments import has_support_verb, support_verb_at
from dateline.analyze.event_clause import aside_tokens, coordinated_verb
from dateline.analyze.event_context import (
    BE,
    DETERMINERS,
    HAVE,
    REPORTING,
    SUBORDINATORS,
    PlaceRef,
    SentenceContext,
    TimeRef,
    past_forms,
)
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_tokens import Token
from dateline.analyze.offices import date_bounds
from dateline.analyze.triggers import Match

_STATUS_WINDOW_BEFORE = 4
_STATUS_WINDOW_AFTER = 3
_PLACE_WINDOW = 10
_TIME_BOUNDS = grammar_words("time-bound")


def event_place(
    ctx: SentenceContext,
    match: Match,
    left: int,
    right: int,
    source: tuple[ActorPhrase, ...],
    target: tuple[ActorPhrase, ...],
) -> PlaceRef | None:
    tokens = ctx.tokens
    locatives = place_words("locative")
    first = match.start + 1 if match.pattern.get("target") == "place" else match.end
    for actor in ctx.actors:
        if not actor.is_place or actor.start < first or actor.start >= right:
            continue
        if actor.start - match.end > _PLACE_WINDOW:
            break
        before = tokens[actor.start - 1].lower
        if before in locatives or (before == "of" and _place_noun_phrase(tokens, actor.start - 1)):
            if _topic_complement(tokens, actor.start - 1, match):
                continue  # "discussed investment in the port of Mombasa": what, not where
            return place_ref(ctx, actor)
        if match.pattern.get("target") == "place" and actor in target:
            return place_ref(ctx, actor)
    for actor in ctx.actors:
        # A name the gazetteer does not know, right after "in" near the trigger, is a small
        # place ("meet again in Iqaluit"): people and bodies are coded apart, not as names.
        if actor.kind != "name" or actor.start < first or actor.start >= right:
            continue
        if actor.start - match.end > _PLACE_WINDOW:
            break
        if tokens[actor.start - 1].lower == "in" and actor not in (*source, *target):
            return PlaceRef(actor.text, actor.char_start, actor.char_end, None, None)
    area = _unknown_area(ctx, first, right, (*source, *target)) or _here(ctx, first, right)
    if area is not None:
        return area
    virtual = place_words("virtual")
    for i in range(match.start - 1, max(left, match.start - 3) - 1, -1):
        if tokens[i].lower in virtual:
            return PlaceRef("virtual", tokens[i].start, tokens[i].end)
    modifier = [a for a in ctx.actors if a.end == match.start and a.is_place]
    if modifier and match.pattern.get("pos") == "noun":
        return place_ref(ctx, modifier[0])
    return None


_AREA_WINDOW = 16  # "exchanged fire on Wednesday at a disputed section ... in the Batken region"


def _unknown_area(
    ctx: SentenceContext, first: int, right: int, actors: tuple[ActorPhrase, ...]
) -> PlaceRef | None:
    """A name the gazetteer does not know, after "in (the)" and before an area noun, in
    the clause: "in the Batken region", "in Kherson province" (the name and the noun)."""
    tokens = ctx.tokens
    areas = place_words("area-noun")
    for actor in ctx.actors:
        if actor.kind != "name" or actor.start < first or actor.end >= right:
            continue
        if actor.start - first > _AREA_WINDOW or actor in actors:
            continue
        k = actor.start - 1
        if k >= 0 and tokens[k].lower == "the":
            k -= 1
        if k >= 0 and tokens[k].lower == "in" and tokens[actor.end].lower in areas:
            noun = tokens[actor.end]
            name = ctx.text[actor.char_start - ctx.offset : noun.end - ctx.offset]
            return PlaceRef(name, actor.char_start, noun.end, None, None)
    return None


_HERE_WINDOW = 4  # "in this remote northern port city": words between "this" and the noun


def _here(ctx: SentenceContext, first: int, right: int) -> PlaceRef | None:
    """ "in this port city", "at this border town" after the trigger: the place the story is
    filed from (the article's dateline names it), marked `here`."""
    tokens = ctx.tokens
    locatives, deictic = place_words("locative"), place_words("deictic")
    nouns = place_words("place-noun") | place_words("area-noun")
    for i in range(first, min(right, first + _PLACE_WINDOW) - 1):
        if tokens[i].lower not in locatives or tokens[i + 1].lower not in deictic:
            continue
        for k in range(i + 2, min(right, i + 2 + _HERE_WINDOW)):
            while k + 1 < right and tokens[k].lower in nouns and tokens[k + 1].lower in nouns:
                k += 1  # "this port city": the last noun is the head
            if tokens[k].lower in nouns and (k + 1 >= len(tokens) or tokens[k + 1].lower != "of"):
                start, end = tokens[i + 1].start, tokens[k].end
                name = ctx.text[start - ctx.offset : end - ctx.offset]
                return PlaceRef(name, start, end, here=True)
            if not tokens[k].lower.isalpha():
                break
        return None
    return None


def _topic_complement(tokens: Sequence[Token], before_place: int, match: Match) -> bool:
    """Whether the locative phrase ending at token `before_place` completes a topic noun
    after the trigger ("the war in Ukraine", "investment in the port of Mombasa"): it says
    what the event is about, not where it happens."""
    locatives = place_words("locative")
    for i in range(before_place, max(match.end, before_place - 5) - 1, -1):
        if tokens[i].lower in locatives:
            return i - 1 >= match.end and tokens[i - 1].lower in place_words("topic-noun")
    return False


def _place_noun_phrase(tokens: Sequence[Token], of_index: int) -> bool:
    """Whether "of" closes "in the <demonym> city of": a locative place phrase."""
    nouns = place_words("place-noun")
    window = [t.lower for t in tokens[max(0, of_index - 4) : of_index]]
    return (
        bool(window) and window[-1] in nouns and any(w in place_words("locative") for w in window)
    )


def place_ref(ctx: SentenceContext, actor: ActorPhrase) -> PlaceRef:
    return PlaceRef(actor.text, actor.char_start, actor.char_end, actor.entity, actor.country)


_CLAUSE_OPENERS = grammar_words("relative") | {"that"}


def _clause_opens_between(ctx: SentenceContext, token: int, char: int) -> bool:
    """Whether a relative pronoun or "that" stands from token `token` up to offset `char`."""
    for t in ctx.tokens[token:]:
        if t.start >= char:
            return False
        if t.lower in _CLAUSE_OPENERS:
            return True
    return False


def event_date(ctx: SentenceContext, match: Match, left: int, right: int) -> TimeRef | None:
    """The time expression of a trigger.

    In its clause, the nearest one after the trigger and before the next trigger ("a summit
    in Geneva last month and a meeting in April"), else the nearest before it and after the
    previous trigger ("On Tuesday, X met Y"). Outside the clause, the sentence's nearest
    one when no other trigger is nearer to it.
    """
    # "this year's budget", "last week's vote": a time that owns a noun is not when it happens
    times = [t for t in ctx.times if not ctx.text.startswith(("'s", "’s"), t.end - ctx.offset)]
    # "the current mayor", "the then president": a time that qualifies an actor ("Last
    # month Kenya signed" opens the clause: it dates it)
    actor_starts = {a.char_start for a in ctx.actors}
    times = [
        t
        for t in times
        if _next_token_start(ctx, t.end) not in actor_starts or _opens_sentence(ctx, t)
    ]
    # "pledged to build it by 2027", "signed since 2019": bounds, not when it happens
    times = [t for t in times if t.preposition not in _TIME_BOUNDS]
    if not times:
        return None
    tokens = ctx.tokens
    lo = tokens[left].start if left < len(tokens) else 0
    hi = tokens[right - 1].end if right > 0 else 0
    t_start, t_end = tokens[match.start].start, tokens[match.end - 1].end
    spans = sorted(ctx.trigger_spans)
    # "vetoed it at a summit in Brussels on Wednesday": the event noun where the act took
    # place does not keep the time from it
    settings = {a for a, _ in spans if is_setting_noun(ctx, a)}
    next_start = min((a for a, _ in spans if a >= t_end and a not in settings), default=hi)
    inside_trigger = [t for t in times if t_start <= t.start and t.end <= t_end]
    if inside_trigger:
        return inside_trigger[0]  # "announced on Wednesday a ban": in the pattern's gap
    prev_end = max((b for _, b in spans if b <= t_start), default=lo)
    # an aside closed before the trigger dates its own verb ("Ruiz, who visited Oslo in
    # 2023, praised ..."), wherever the trigger's clause is taken to start
    hidden = [(tokens[i].start, tokens[i].end) for i in aside_tokens(ctx, 0, match.start)]

    def visible(ref: TimeRef) -> bool:
        return not any(a <= ref.start < b or ref.start <= a < ref.end for a, b in hidden)

    after = [t for t in times if t_end <= t.start and t.end <= min(hi, next_start)]
    # "fined the bank for a breach that happened last spring": a time inside a relative or
    # that-clause after the trigger dates that clause, not the trigger
    after = [t for t in after if not _clause_opens_between(ctx, match.end, t.start)]
    if after:
        return min(after, key=lambda ref: ref.start)
    before = [t for t in times if max(lo, prev_end) <= t.start and t.end <= t_start]
    before = [t for t in before if visible(t)]
    if before:
        return max(before, key=lambda ref: ref.start)
    inside = [t for t in times if lo <= t.start and t.end <= hi and visible(t)]
    if inside:
        return None  # the clause's dates belong to its other triggers

    # "..., the prefecture said on Sunday": the date of the saying, not of what it reports
    times = [t for t in times if not _in_reporting_tail(ctx, hi, t)]
    times = [t for t in times if not _in_first_conjunct(ctx, match, t) and visible(t)]
    if not times:
        return None

    def distance(ref: TimeRef, start: int, end: int) -> int:
        return ref.start - end if ref.start >= end else start - ref.end + 1

    best = min(times, key=lambda ref: (distance(ref, t_start, t_end), ref.start))
    mine = distance(best, t_start, t_end)
    if any(distance(best, a, b) < mine for a, b in spans if (a, b) != (t_start, t_end)):
        return None
    return best


_SETTING_PREPOSITIONS = grammar_words("setting-preposition")
_SETTING_MODIFIERS = 2


def is_setting_noun(ctx: SentenceContext, char_start: int) -> bool:
    """Whether the trigger starting at `char_start` is an event noun that says where another
    act took place: "at"/"during" before it, past its determiners and up to two modifiers
    ("at a summit", "at a donor conference", "during the annual EU talks")."""
    k = next((i for i, t in enumerate(ctx.tokens) if t.start == char_start), None)
    if k is None:
        return False
    k -= 1
    while k >= 0 and ctx.tokens[k].lower in DETERMINERS:
        k -= 1
    for _ in range(_SETTING_MODIFIERS):
        if k < 0 or ctx.tokens[k].lower in _SETTING_PREPOSITIONS | DETERMINERS:
            break
        if not ctx.tokens[k].text.isalpha():
            return False
        k -= 1
    while k >= 0 and ctx.tokens[k].lower in DETERMINERS:
        k -= 1
    return k >= 0 and ctx.tokens[k].lower in _SETTING_PREPOSITIONS


def _in_first_conjunct(ctx: SentenceContext, match: Match, ref: TimeRef) -> bool:
    """Whether a time lies in what the verb before a coordinated one reports: "said the
    deal would be reviewed next year and warned ..." (next year is the review's)."""
    if not coordinated_verb(ctx, match):
        return False
    tokens = ctx.tokens
    joiner = max(k for k in range(match.start) if tokens[k].lower == "and")
    opener = next((k for k in range(joiner) if tokens[k].lower in SUBORDINATORS), None)
    return opener is not None and tokens[opener].end <= ref.start < tokens[joiner].start


def _in_reporting_tail(ctx: SentenceContext, clause_end: int, ref: TimeRef) -> bool:
    """Whether a time after the clause ends is in a trailing ", X said ..." that reports it."""
    return ref.start >= clause_end and any(
        token.lower in REPORTING for token in ctx.tokens if clause_end <= token.start < ref.start
    )


def _opens_sentence(ctx: SentenceContext, ref: TimeRef) -> bool:
    """Whether a time expression is the first words of its sentence ("Last month Kenya
    signed ..."), where it dates the clause, qualifying no noun."""
    return bool(ctx.tokens) and ref.start <= ctx.tokens[0].start and not ref.value.endswith("_REF")


def _next_token_start(ctx: SentenceContext, end: int) -> int | None:
    """Where the first token at or after character `end` starts."""
    return next((t.start for t in ctx.tokens if t.start >= end), None)


def status_cues(ctx: SentenceContext, match: Match, left: int, right: int) -> tuple[str, ...]:
    """Status cue labels around the trigger, within its clause."""
    labels = []
    window = _STATUS_WINDOW_BEFORE + (3 if match.pattern.get("pos") == "noun" else 0)
    past = _governed_in_past(ctx, match, left)
    support = support_verb_at(ctx, match, left) if match.pattern.get("pos") == "noun" else None
    for cue in ctx.status_matches:
        where = str(cue.pattern.get("where", "before"))
        before_ok = left <= cue.start and cue.end <= match.start and match.start - cue.end <= window
        after_window = _STATUS_WINDOW_AFTER + (5 if where == "around" else 0)
        after_ok = match.end <= cue.start < right and cue.start - match.end <= after_window
        if after_ok and cue.start > 0 and ctx.tokens[cue.start - 1].lower == "to":
            after_ok = False  # "offered to delay the rules": a new action, not this one's fate
        label = str(cue.pattern.entry.label)
        if label == "negated" and match.start < cue.start and cue.end <= match.end:
            labels.append(label)  # inside the pattern's words: "held no talks", "made no arrests"
            continue
        carried = support is not None and 0 <= support - cue.end <= 2
        if label == "negated" and match.start - cue.end > 2 and not carried:
            # negation governs the next verb only ("did not meet", "failed to agree"), or
            # the verb carrying a noun ("would not attend the talks")
            continue
        if label == "intent" and cue.end < len(ctx.tokens) and ctx.tokens[cue.end].lower in HAVE:
            continue  # "may have killed", "could have met": a past possibility, no plan
        if label == "scheduled" and past and not before_ok:
            continue  # "launched war games, expected to ...": what follows is another plan
        if where == "head" and cue.start == match.start:
            labels.append(label)  # "stay on strike": the trigger's own first word
        elif (where in ("before", "around") and before_ok) or (
            where in ("after", "around") and after_ok
        ):
            labels.append(label)
    return tuple(sorted(set(labels)))


def _governed_in_past(ctx: SentenceContext, match: Match, left: int) -> bool:
    """Whether the verb carrying the trigger (itself, or a noun's support verb) is a finite
    past form not after "be" ("launched war games", "has met"; not "was scheduled")."""
    if match.pattern.get("pos") == "noun":
        index = support_verb_at(ctx, match, left)
        if index is None:
            return False
    else:
        index = match.start
    word = ctx.tokens[index].lower
    before = ctx.tokens[index - 1].lower if index > 0 else ""
    return (word.endswith("ed") or word in past_forms()) and before not in BE


def event_status(
    ctx: SentenceContext, match: Match, cues: tuple[str, ...], date: TimeRef | None, pos: str
) -> str:
    """occurred / ongoing / scheduled / cancelled / unknown, from cues, date, then tense."""
    if "cancelled" in cues:
        return "cancelled"
    if "continuing" in cues and not _governed_in_past(ctx, match, 0):
        return "ongoing"  # "will stay on strike until Thursday": going on now
    if "scheduled" in cues or "intent" in cues:
        return "scheduled"
    head = ctx.tokens[match.start].lower
    before = ctx.tokens[match.start - 1].lower if match.start > 0 else ""
    present = before in ("is", "are", "am") or head in ("is", "are", "am")
    if date is not None and date.preposition == "until" and present:
        return "ongoing"
    if match.pattern.entry.label == "AGREE" and pos == "verb" and _governed_in_past(ctx, match, 0):
        # "agreed to meet in Cairo in September": the agreeing happened, whenever the meeting
        return "occurred"
    relation = relative_to_dct(date, ctx.dct)
    if relation == "before":
        return "occurred"
    if relation == "after":
        return "scheduled"
    if "ongoing" in cues or (
        present and (head.endswith("ing") or match.pattern.get("target") == "place")
    ):
        return "ongoing"
    if (
        pos == "verb"
        and (head.endswith("ed") or head in past_forms() or before in HAVE)
        and before not in BE
    ):
        return "occurred"
    if pos == "noun" and has_support_verb(ctx, match, 0):
        verbs = [t.lower for t in ctx.tokens[max(0, match.start - 5) : match.start]]
        if any(v.endswith("ed") or v in past_forms() for v in verbs):
            return "occurred"
    return "unknown"


def relative_to_dct(date: TimeRef | None, dct: str | None) -> str | None:
    """Whether a date lies wholly before or after the publication day, else None."""
    if date is None or not dct:
        return None
    bounds = date.interval or date_bounds(date.value)
    if bounds is None:
        return None
    first, last = bounds
    day = dct[:10]
    if last < day:
        return "before"
    if first > day:
        return "after"
    return None


def evidence_start(ctx: SentenceContext, match: Match, left: int, pos: str) -> int:
    """Where a trigger's evidence starts: at the verb governing a noun trigger, if any."""
    support = support_verb_at(ctx, match, left) if pos == "noun" else None
    return ctx.tokens[support if support is not None else match.start].start


def evidence_span(
    trigger: tuple[int, int],
    source: tuple[ActorPhrase, ...],
    target: tuple[ActorPhrase, ...],
    place: PlaceRef | None,
    date: TimeRef | None,
    clause_start: int,
) -> tuple[int, int]:
    """The smallest stretch of the trigger's clause holding the trigger and its arguments
    (an actor found through a pronoun or a relative clause is left outside)."""
    local = [a for a in (*source, *target) if a.kind != "pronoun" and a.char_start >= clause_start]
    starts = [trigger[0], *(a.char_start for a in local)]
    ends = [trigger[1], *(a.char_end for a in local)]
    for extra in (place, date):
        if extra is not None:
            starts.append(extra.start)
            ends.append(extra.end)
    return min(starts), max(ends)
