"""What the event coder's modules share: the mention types, the sentence context, word classes.

`EventMention` (with its `TimeRef` and `PlaceRef`) is what the coder returns;
`SentenceContext` is the one sentence being coded (tokens, actors, time expressions, the
publication date) that every step reads. The word classes here are those more than one
step reads; each step keeps its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property

from dateline.analyze.actors import ActorPhrase
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_tokens import Token
from dateline.analyze.triggers import Match, word_forms
from dateline.lexicons import load_table

TRIGGERS = "event_triggers.jsonl"
SUBORDINATORS = grammar_words("subordinator")
RELATIVES = grammar_words("relative")
CLAUSE_STOPS = frozenset({";", ":", "!", "?", '"', "“", "”"})
PREPOSITIONS = grammar_words("preposition")
NOMINAL_BEFORE = grammar_words("nominal-before")
NOMINAL_SUFFIXES = tuple(sorted(grammar_words("nominal-suffix")))


def is_nominal_before(word: str) -> bool:
    """Whether a word right before a trigger makes it a noun: "a visit", "held signs", "a
    months-long fight"."""
    return word in NOMINAL_BEFORE or ("-" in word and word.endswith(NOMINAL_SUFFIXES))


def possessive_mark(tokens: Sequence[Token], k: int) -> bool:
    """Whether token `k` marks a possessive: "Germany's", or the bare apostrophe after a
    plural ("the traders' protests")."""
    if not 1 <= k < len(tokens):
        return False
    text = tokens[k].lower
    if text in ("'s", "’s"):
        return True
    return (
        text in ("'", "’")
        and tokens[k - 1].lower.endswith("s")
        and tokens[k - 1].end == tokens[k].start
    )


BE = frozenset(word_forms("be"))
HAVE = frozenset(word_forms("have"))
HOSTILE = grammar_words("hostile-type")
HAZARDS = grammar_words("hazard")
SPEECH_VERBS = grammar_words("speech-verb")
FREE_BEFORE_VERB = grammar_words("free-before-verb")
PARTICLES = grammar_words("particle") | PREPOSITIONS
REPORTING = grammar_words("reporting")
MODALS = grammar_words("modal")
DETERMINERS = grammar_words("determiner")
FORCES = frozenset({"MIL", "COP"})
POSSESSIVES = grammar_words("possessive")


@dataclass(frozen=True)
class TimeRef:
    """A time expression of the sentence: offsets, TIMEX3 value, and the Timex id if any."""

    start: int
    end: int
    value: str
    id: str | None = None
    preposition: str | None = None
    interval: tuple[str, str] | None = None


@dataclass(frozen=True)
class PlaceRef:
    """Where an event happens: the place's name, its characters and gazetteer id."""

    name: str
    start: int
    end: int
    entity: str | None = None
    country: str | None = None
    # "in this port city": the place the story is filed from, which the dateline names
    here: bool = False


@dataclass(frozen=True)
class EventMention:
    """One event as one sentence reports it; offsets index the text the sentence is in."""

    type: str
    mode: str | None
    trigger_id: str
    trigger: tuple[int, int]
    source: tuple[ActorPhrase, ...]
    target: tuple[ActorPhrase, ...]
    place: PlaceRef | None
    date: TimeRef | None
    status: str
    evidence: tuple[int, int]
    pos: str = "verb"
    cues: tuple[str, ...] = field(default=())
    subordinate: bool = False
    governed: bool = False
    mode_guessed: bool = False  # "spoke with": a meeting or a call, as the article says
    # ", ending an 11-day strike": a participle clause after the main one, telling what
    # the main event did or how; in an article it is part of that event, not another one
    result_clause: bool = False
    # no actor phrase was found: kept only when a sentence is read on its own, so that it
    # still says what happened ("Ibo elders demanded ...": the elders are no actor we know)
    actorless: bool = False


@dataclass(frozen=True)
class SentenceContext:
    """The sentence being coded: its tokens and text, where the text starts in the article,
    its actors and time expressions, the publication date, and what earlier steps found."""

    tokens: Sequence[Token]
    text: str
    offset: int
    actors: tuple[ActorPhrase, ...]
    times: tuple[TimeRef, ...]
    dct: str | None
    keep_actorless: bool = False
    # a second reading of a sentence that, read on its own, gave no event: readings set
    # aside only for their place (a reduced relative, a participle, a predicate noun) count
    set_aside_kept: bool = False
    complements: dict[int, Match] = field(default_factory=dict)
    trigger_spans: list[tuple[int, int]] = field(default_factory=list)
    status_matches: list[Match] = field(default_factory=list)

    @cached_property
    def actor_tokens(self) -> frozenset[int]:
        """Indexes of the tokens inside some actor phrase."""
        return frozenset(k for a in self.actors for k in range(a.start, a.end))


@cache
def past_forms() -> frozenset[str]:
    """Irregular past forms ("met", "held") from `verb_forms.tsv`."""
    forms: set[str] = set()
    for row in load_table("verb_forms.tsv"):
        forms |= {f.strip() for f in row["forms"].split(",") if not f.strip().endswith("ing")}
    return frozenset(forms - {"is", "are", "am", "has", "does", "goes", "'s", "'re", "flies"})
