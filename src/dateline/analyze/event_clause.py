"""The clause around a trigger, and the asides (relative clauses, appositions) inside it."""

from __future__ import annotations

from collections.abc import Sequence

from dateline.analyze.actors import ActorPhrase
from dateline.analyze.event_context import (
    BE,
    CLAUSE_STOPS,
    DETERMINERS,
    HAVE,
    MODALS,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVES,
    REPORTING,
    SUBORDINATORS,
    SentenceContext,
    past_forms,
)
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_tokens import Token
from dateline.analyze.triggers import Match

_QUANTITIES = grammar_words("quantity")


def clause_bounds(ctx: SentenceContext, match: Match) -> tuple[int, int]:
    """Token bounds `[left, right)` of the clause around a trigger.

    A relative clause or apposition closed before the trigger (", who is in Russia,") does
    not bound it; a trigger inside one is bounded by its commas.
    """
    tokens = ctx.tokens
    hidden = aside_tokens(ctx, 0, match.start)
    relative = closed_relative(ctx, match)
    left = 0
    if coordinated_verb(ctx, match):
        # "X said the deal would be reviewed and warned that ...": a second verb with no
        # subject of its own starts its clause (the subject is the first verb's)
        return match.start, _right_bound(ctx, match, in_aside=False)
    for i in range(match.start - 1, -1, -1):
        if i in hidden or i == relative:
            continue
        word = tokens[i].lower
        if word == "," and (
            _closes_opening_clause(tokens, i, hidden) or i == opening_participle(ctx)
        ):
            left = i + 1
            break
        if word in CLAUSE_STOPS or word in SUBORDINATORS or word in RELATIVES:
            left = i + 1 if word not in RELATIVES else i
            break
        if _opens_new_clause(tokens, i):
            left = i + 1
            break
    in_aside = left > 0 and tokens[left].lower in RELATIVES and tokens[left - 1].lower == ","
    return left, _right_bound(ctx, match, in_aside=in_aside)


_CLOSERS = SUBORDINATORS | CLAUSE_STOPS | {",", "and", "or"}


def closed_relative(ctx: SentenceContext, match: Match) -> int | None:
    """The relative word of a restrictive relative clause that ends before a verb trigger,
    which is then the verb of the clause the relative's antecedent is subject of: in
    "Protesters who rallied on Saturday demanded reforms" the protesters demand (the
    rally only says which protesters). None unless the relative clause has a verb of its
    own before the trigger and nothing between opens another clause."""
    tokens = ctx.tokens
    if match.pattern.get("pos", "verb") != "verb" or match.start < 3:
        return None
    head = tokens[match.start].lower
    if head.endswith("ing") or tokens[match.start - 1].lower == "to":
        return None  # "who rallied demanding", "who vowed to attack": inside the clause
    for i in range(match.start - 1, 0, -1):
        word = tokens[i].lower
        if word in RELATIVES:
            if tokens[i - 1].lower == "," or not _has_own_verb(ctx, i + 1, match.start):
                return None
            return i
        if word in _CLOSERS:
            return None
    return None


_RELATIVE_VERB_REACH = 3  # "who [have long] rallied", "which [was] banned"


def _has_own_verb(ctx: SentenceContext, start: int, stop: int) -> bool:
    """Whether a verb stands within the first words of `[start, stop)` (leaving a word
    before `stop`, and the auxiliaries of the verb at `stop`): a trigger, an auxiliary, or
    a past form."""
    triggers = {s for s, _ in ctx.trigger_spans}
    group = stop  # auxiliaries right before `stop` are its own: "who had been abducted"
    while group > start and (
        ctx.tokens[group - 1].lower in BE | HAVE | MODALS
        or ctx.tokens[group - 1].lower in ("not", "never")
        or ctx.tokens[group - 1].lower.endswith("ly")
    ):
        group -= 1
    for k in range(start, min(stop - 1, group, start + _RELATIVE_VERB_REACH)):
        token = ctx.tokens[k]
        word = token.lower
        if token.start in triggers or word in BE or word in HAVE or word in MODALS:
            return True
        if token.text.islower() and (word.endswith("ed") or word in past_forms()):
            return True
    return False


def coordinated_verb(ctx: SentenceContext, match: Match) -> bool:
    """Whether a verb trigger follows "and" right away (maybe past an adverb: "and also
    warned"): it shares the subject of the verb before it."""
    if match.pattern.get("pos", "verb") != "verb" or match.start < 2:
        return False
    k = match.start - 1
    if ctx.tokens[k].lower in _COORDINATED_ADVERBS:
        k -= 1
    return k >= 1 and ctx.tokens[k].lower == "and"


_COORDINATED_ADVERBS = grammar_words("coordinated-adverb")


def _right_bound(ctx: SentenceContext, match: Match, *, in_aside: bool) -> int:
    tokens = ctx.tokens
    right = len(tokens)
    for i in range(match.end, len(tokens)):
        word = tokens[i].lower
        if word in CLAUSE_STOPS or (word in SUBORDINATORS and word != "that"):
            right = i
            break
        if word in RELATIVES and i > 0 and tokens[i - 1].lower == ",":
            right = i - 1
            break
        if in_aside and word == ",":
            right = i
            break
        if word == "," and _opens_new_clause(tokens, i + 1):
            right = i
            break
    if right < len(tokens) and tokens[right].lower in REPORTING:
        # "..., Indian officials said": the speaker after the last comma is outside
        commas = [k for k in range(match.end, right) if tokens[k].lower == ","]
        if commas:
            right = commas[-1]
    return right


_CLAUSE_SUBJECTS = grammar_words("clause-subject")


def _opens_new_clause(tokens: Sequence[Token], i: int) -> bool:
    """Whether the "and"/"but" at `i` joins a new clause with its own subject: a comma
    before it, a subject's first word after it ("..., and the two leaders agreed")."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i].lower in ("and", "but")
        and tokens[i - 1].lower == ","
        and tokens[i + 1].lower in _CLAUSE_SUBJECTS
    )


_OPENERS = grammar_words("adverbial") - RELATIVES
_PHRASE_OPENERS = PREPOSITIONS | grammar_words("phrase-opener")


def _closes_opening_clause(tokens: Sequence[Token], comma: int, hidden: set[int]) -> bool:
    """Whether the comma at `comma` closes an adverbial clause or phrase that opens the
    sentence ("After jets bombed Gaza, Iran condemned", "In a deal reached after talks,
    the rebels agreed", "Following talks in Cairo, X and Y agreed"): what follows is the
    main clause. Only the sentence's first comma
    outside asides closes one (a list's commas leave it open)."""
    opening = [k for k in range(comma) if k not in hidden]
    if any(tokens[k].lower == "," or tokens[k].lower in CLAUSE_STOPS for k in opening):
        return False
    if opening and opening[0] == 0 and tokens[0].lower in _PHRASE_OPENERS:
        return True  # "Following talks in Cairo, Hamas and Fatah agreed"
    return any(tokens[k].lower in _OPENERS for k in opening)


def opening_participle(ctx: SentenceContext) -> int | None:
    """The comma that closes a participle phrase opening the sentence ("Meeting in Geneva,
    the ministers agreed", "Waving flags, thousands marched"): its index, or None. The
    phrase only sets the scene; the clause after the comma is the main one."""
    tokens = ctx.tokens
    if len(tokens) < 3 or not tokens[0].lower.endswith("ing") or not tokens[0].text.isalpha():
        return None
    if any(a.start == 0 for a in ctx.actors) or not tokens[1].text.islower():
        return None  # "Beijing, ...", "Reading FC": a name
    return next((k for k, t in enumerate(tokens) if t.lower == ","), None)


def aside_tokens(ctx: SentenceContext, left: int, stop: int) -> set[int]:
    """Token indexes in `[left, stop)` inside closed ", who ...," / ", the ...," asides
    and parentheses."""
    tokens = ctx.tokens
    hidden: set[int] = set()
    i = left
    while i < stop:
        if tokens[i].lower == "," and i + 1 < stop:
            j = i + 1
            while j < stop and tokens[j].lower != ",":
                j += 1
            if j < stop and _is_aside(tokens, i + 1, j, ctx):
                hidden.update(range(i, j + 1))
                i = j  # its closing comma may open the next one: ", General X, who ...,"
                continue
        if tokens[i].lower == "(":
            j = i
            while j < stop and tokens[j].lower != ")":
                j += 1
            hidden.update(range(i, j + 1))
            i = j + 1
            continue
        i += 1
    return hidden


def actors_outside_asides(ctx: SentenceContext, left: int, stop: int) -> list[ActorPhrase]:
    """Actors in `[left, stop)` outside asides and not governed by a preposition."""
    tokens = ctx.tokens
    hidden = aside_tokens(ctx, left, stop)
    found = []
    for actor in ctx.actors:
        if left <= actor.start and actor.end <= stop and actor.start not in hidden:
            before = tokens[actor.start - 1].lower if actor.start > 0 else ""
            quantity = tokens[actor.start - 2].lower if actor.start > 1 else ""
            if before == "of" and quantity in _QUANTITIES:
                found.append(actor)  # "thousands of students": the students act
                continue
            if _opens_subordinate_clause(tokens, left, actor.start):
                found.append(actor)  # "after Poland and Peru agreed": the clause's subject
                continue
            if before in PREPOSITIONS or before == "'s" or _in_governed_list(ctx, actor):
                continue
            if _governed_through_modifiers(tokens, actor.start):
                continue
            found.append(actor)
    return found


def _opens_subordinate_clause(tokens: Sequence[Token], left: int, start: int) -> bool:
    """Whether the phrase at `start` opens a clause that begins at `left` after a
    subordinator ("after the union agreed", "before Poland signed"): that clause's subject,
    though "after" and "before" are prepositions too."""
    if left == 0 or tokens[left - 1].lower not in SUBORDINATORS:
        return False
    return all(t.lower in DETERMINERS or t.lower in POSSESSIVES for t in tokens[left:start])


def _governed_through_modifiers(tokens: Sequence[Token], start: int) -> bool:
    """Whether a preposition governs the phrase at `start` across a determiner or
    participles: "the son of the ousted president", "the widow of a murdered politician",
    "supporters of jailed leader X" (the son, the widow, the supporters act)."""
    k = start - 1
    modifiers: list[str] = []
    while k >= 0 and len(modifiers) < 3 and tokens[k].text.isalpha() and tokens[k].text.islower():
        word = tokens[k].lower
        if word in DETERMINERS or word in POSSESSIVES or word in PREPOSITIONS:
            break
        modifiers.append(word)
        k -= 1
    determined = False
    while k >= 0 and (tokens[k].lower in DETERMINERS or tokens[k].lower in POSSESSIVES):
        determined = True
        k -= 1
    if k < 0 or tokens[k].lower not in PREPOSITIONS:
        return False
    if k > 0 and tokens[k].lower in ("of", "for") and tokens[k - 1].lower in _AFFILIATED_ROLES:
        return False  # "a member of the Latvian senate": a member, coded as the body
    # without a determiner, only participles are surely modifiers ("since then X acted")
    return determined or all(w.endswith(("ed", "en")) for w in modifiers)


def _in_governed_list(ctx: SentenceContext, actor: ActorPhrase) -> bool:
    """Whether `actor` continues a list of actors a preposition opens: "crews at Dover,
    Holyhead and Portsmouth" (Holyhead and Portsmouth are places, not the subject)."""
    tokens = ctx.tokens
    in_actor = ctx.actor_tokens
    k = actor.start - 1
    joiners: set[str] = set()
    while k >= 0 and (tokens[k].lower in (",", "and", "or", "&") or k in in_actor):
        if k not in in_actor:
            joiners.add(tokens[k].lower)
        k -= 1
    if joiners == {","} and (
        actor.end >= len(tokens) or tokens[actor.end].lower not in (",", "and", "or", "&")
    ):
        return False  # "In a letter to X, Y said": a comma alone ends an opening phrase
    commas = [j for j in range(k + 1, actor.start) if tokens[j].lower == ","]
    if commas and _closes_opening_clause(tokens, commas[0], aside_tokens(ctx, 0, commas[0])):
        return False  # "Following talks in Cairo, Hamas and Fatah agreed": the list starts anew
    return bool(joiners) and k >= 0 and tokens[k].lower in PREPOSITIONS and k + 1 in in_actor


def _is_aside(tokens: Sequence[Token], start: int, end: int, ctx: SentenceContext) -> bool:
    """A comma-delimited stretch that describes, not acts: relative clause or apposition."""
    first = tokens[start].lower
    if first in RELATIVES or first in ("the", "a", "an", "who", "also", "on"):
        return True
    if first in PREPOSITIONS and start + 1 < end and tokens[start + 1].lower in RELATIVES:
        return True  # ", in which a general died,": a relative clause after its preposition
    return any(a.start == start and a.end <= end and a.kind != "pronoun" for a in ctx.actors)


_AFFILIATED_ROLES = grammar_words("affiliated-role")
