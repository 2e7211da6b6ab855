"""Actor coding: find the actor phrases of a sentence and give each a country and a sector.

An actor phrase is a run of words that names who acts: country names, demonyms, cities
standing for governments and organisations (from the gazetteer), role and organisation-kind
words (`lexicons/sectors.tsv`), and capitalised names ("Russian Foreign Minister Sergey
Lavrov", "Hungarian officials", "the Israeli army", "Poland's parliament", "the White House").

Coding, in order of strength:
  country  the first gazetteer name in the phrase (a demonym, a country, a city, an
           organisation's country, or an international body's own code such as "UN");
           else the dated office dictionary for a named person on the event's date.
  sector   the head role/kind word ("minister" GOV, "army" MIL, "police" COP); else an
           organisation's sector; else a capital standing for its government (GOV); else the
           office dictionary; a bare country or demonym has no sector (PLOVER's convention).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from dateline.analyze import gazetteer, timex_words
from dateline.analyze.event_grammar import grammar_words
from dateline.analyze.event_tokens import Token
from dateline.analyze.offices import OfficeDictionary
from dateline.given_names import given_name
from dateline.lexicons import load_table

MAX_TERM_WORDS = 4
_DETERMINERS = grammar_words("determiner")
_FUNCTION_WORDS = grammar_words("not-a-name")
_PRONOUNS = {
    "he": "singular",
    "she": "singular",
    "him": "singular",
    "her": "singular",
    "his": "singular",
    "they": "plural",
    "them": "plural",
    "their": "plural",
    "it": "neuter",
}
NAME_JOINERS = grammar_words("name-joiner")
_POSSESSIVE = frozenset({"'s", "’s"})
_LINKS = grammar_words("link")
_MODIFIER_KINDS = frozenset({"modifier", "ethnicity", "past"})
_AFFILIATED_ROLES = grammar_words("affiliated-role")
_STATE_MARKERS = grammar_words("state-marker")
_QUANTITIES = grammar_words("quantity")
_STATE_ORGAN_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP"})
# Sectors of professions a state organ employs (doctors, teachers, journalists, workers);
# others name the organ's opponents or victims ("government critics", "army deserters").
# Gazetteer kinds a descriptor may follow before its role or group word: "Chilean protest
# leaders", "UN weapons inspectors".
_DESCRIBED_KINDS = frozenset({"demonym", "organisation"})
_PHRASE_OPENERS = _DETERMINERS | grammar_words("possessive")
_PROFESSION_SECTORS = frozenset({"MED", "EDU", "JRN", "LAB", "BUS"})
_TRAVELLERS = grammar_words("traveller")
_INSURGENT_NAMES = grammar_words("insurgent-name")
_HOLDING_PARTICIPLES = grammar_words("holding-participle")
_REGIONAL_PEOPLES = grammar_words("regional-people")


@dataclass(frozen=True)
class SectorTerm:
    """A role, organisation-kind or modifier word from `sectors.tsv`."""

    term: str
    sector: str | None
    kind: str


@dataclass(frozen=True)
class ActorPhrase:
    """An actor found in a sentence: token range, characters, codes and what it is.

    `kind` is "person", "organisation", "country", "group", "name" (a capitalised name of
    unknown kind) or "pronoun". `name` holds the words of a personal name, for the office
    dictionary and for later mentions by surname. `town` marks a town or city named alone
    ("Basra", "Washington"): a place, or its government when it is a capital said to act.
    `modifier` marks a lone demonym adjective before a common noun that is no role or group
    word ("Russian missiles", "a Senegalese plan"): that noun is what the phrase is about.
    """

    start: int
    end: int
    char_start: int
    char_end: int
    text: str
    country: str | None
    sector: str | None
    kind: str
    entity: str | None = None
    name: str | None = None
    is_place: bool = False
    number: str = "singular"
    town: bool = False
    modifier: bool = False
    ethnic: bool = False


@cache
def sector_terms() -> dict[str, SectorTerm]:
    """Lower-cased term (and its plural) -> sector term, from `sectors.tsv`."""
    terms: dict[str, SectorTerm] = {}
    for row in load_table("sectors.tsv"):
        term = SectorTerm(row["term"].lower(), row["sector"] or None, row["kind"])
        for form in (term.term, term.term + "s", term.term + "es"):
            terms.setdefault(form, term)
    return terms


@cache
def _calendar_words() -> frozenset[str]:
    words = set(calendar.day_name) | set(calendar.month_name) | set(calendar.day_abbr)
    return frozenset(w for w in words if w)


@cache
def _sector_first_words() -> frozenset[str]:
    """The first words of every sector term (and its plural), to skip other words fast."""
    return frozenset(term.split()[0] for term in sector_terms())


def _sector_at(tokens: Sequence[Token], i: int) -> tuple[int, SectorTerm] | None:
    """The longest sector term starting at token `i`: (end index, term). A sector word
    hyphenated to a holding participle is its holder ("rebel-held": the rebels)."""
    holder, _, participle = tokens[i].lower.rpartition("-")
    if holder and participle in _HOLDING_PARTICIPLES:
        term = sector_terms().get(holder)
        if term is None or term.kind in _MODIFIER_KINDS:
            return None
        return i + 1, term
    if tokens[i].lower not in _sector_first_words():
        return None
    terms = sector_terms()
    best: tuple[int, SectorTerm] | None = None
    words: list[str] = []
    for j in range(i, min(len(tokens), i + MAX_TERM_WORDS)):
        words.append(tokens[j].lower)
        term = terms.get(" ".join(words))
        if term is not None:
            best = (j + 1, term)
    return best


def _gazetteer_spans(
    tokens: Sequence[Token], text: str, offset: int
) -> dict[int, tuple[int, gazetteer.GazetteerMatch]]:
    """Token index -> (end token index, match) for every gazetteer name in the sentence."""
    if not tokens:
        return {}
    by_start = {t.start: i for i, t in enumerate(tokens)}
    by_end = {t.end: i for i, t in enumerate(tokens)}
    spans: dict[int, tuple[int, gazetteer.GazetteerMatch]] = {}
    for match in gazetteer.find(text):
        first = by_start.get(match.start + offset)
        last = by_end.get(match.end + offset)
        if first is not None and last is not None:
            spans[first] = (last + 1, match)
    return _towns_by_context(tokens, spans)


def gazetteer_spans(
    tokens: Sequence[Token], offset: int = 0
) -> dict[int, tuple[int, gazetteer.GazetteerMatch]]:
    """Token index -> (end token index, match) for every gazetteer name among `tokens`.

    The same as the spans `find_actors` finds itself, without tokenizing the sentence
    again: `tokens` must be `tokenize(text, offset)` of the sentence `text`.
    """
    toks = [(t.start, t.end, t.text) for t in tokens]
    return _towns_by_context(
        tokens,
        {
            first: (
                last + 1,
                gazetteer.GazetteerMatch(toks[first][0] - offset, toks[last][1] - offset, entry),
            )
            for first, last, entry in gazetteer.find_in_tokens(toks)
        },
    )


def _towns_by_context(
    tokens: Sequence[Token], spans: dict[int, tuple[int, gazetteer.GazetteerMatch]]
) -> dict[int, tuple[int, gazetteer.GazetteerMatch]]:
    """Spans with each town whose name several countries' cities share placed in the one of
    those countries the sentence names as a place: by its name, or by a demonym before a
    land noun ("Tripoli ... the north Lebanese port" is Lebanon's Tripoli, not Libya's). A
    demonym of people says nothing of where a town is ("Pakistani militants in Hyderabad")."""
    lands = place_words("place-noun")
    named = {
        m.entry.country
        for end, m in spans.values()
        if m.entry.type == "country"
        and m.entry.country
        and (m.entry.kind != "demonym" or (end < len(tokens) and tokens[end].lower in lands))
    }
    placed = dict(spans)
    for k, (end, match) in spans.items():
        entry = match.entry
        if entry.type != "place" or entry.country in named:
            continue
        candidates = gazetteer.city_countries(entry.name) & named
        if len(candidates) == 1:
            entry = replace(entry, country=next(iter(candidates)), capital_of=None)
            placed[k] = (end, replace(match, entry=entry))
    return placed


def _is_name_word(tokens: Sequence[Token], i: int, known: frozenset[str] = frozenset()) -> bool:
    """A capitalised word that may be part of a name (not a calendar word).

    A sentence's first word is a name only when the next word is capitalised too ("John
    Kerry said") or it is a known name (`known`, case-folded).
    """
    token = tokens[i]
    if not token.is_title or not token.text[0].isalpha() or token.text in _calendar_words():
        return False
    if i > 0 and tokens[i - 1].text in ("#", "@") and tokens[i - 1].end == token.start:
        return False  # a hashtag or a handle
    if i == 0 or tokens[i - 1].text in {'"', "“", "(", "'", "‘"}:
        if token.text.casefold() in known:
            return True
        if token.text in _sentence_starters() or token.lower in _FUNCTION_WORDS:
            return False
        return i + 1 < len(tokens) and tokens[i + 1].is_title and tokens[i + 1].text.isalpha()
    return True


@cache
def _sentence_starters() -> frozenset[str]:
    """Capitalised words that open sentences, not names ("The", "He", "On")."""
    return frozenset(row["word"] for row in load_table("sentence_starters.tsv"))


@dataclass
class _Run:
    start: int
    end: int = 0
    country: str | None = None
    entity: str | None = None
    org_sector: str | None = None
    head: SectorTerm | None = None
    name_words: list[int] | None = None
    gaz_kinds: list[str] | None = None
    metonym: bool = False
    place: bool = False
    skip: bool = False
    past: SectorTerm | None = None
    plural_demonym: bool = False
    ethnic: bool = False
    act_noun: bool = False
    owned_elsewhere: bool = False  # after "its"/"their": the body it serves is named before


def find_actors(
    tokens: Sequence[Token],
    text: str,
    offset: int = 0,
    *,
    date: str | None = None,
    offices: OfficeDictionary | None = None,
    known: frozenset[str] = frozenset(),
    gaz: dict[int, tuple[int, gazetteer.GazetteerMatch]] | None = None,
) -> list[ActorPhrase]:
    """Every actor phrase of one sentence, coded.

    Args:
        tokens: the sentence's tokens (offsets into the larger text).
        text: the sentence's characters (`text[0]` is at `offset`).
        offset: where the sentence starts in the larger text.
        date: the event or publication date (TIMEX3 value), for the office dictionary.
        offices: the office dictionary; None leaves named people uncoded unless the phrase
            says their country.
        known: case-folded single names known to be people (surnames from the office
            dictionary or the article's entities), so "Kerry said" opens an actor.
        gaz: the sentence's `gazetteer_spans`, when the caller has them already.

    Returns:
        Actor phrases in sentence order, including pronouns (kind "pronoun").
    """
    if gaz is None:
        gaz = _gazetteer_spans(tokens, text, offset)
    phrases = _scan(tokens, text, offset, gaz, date, offices, known)
    return _roles_of_bodies(tokens, text, offset, _appositions(tokens, phrases))


def _roles_of_bodies(
    tokens: Sequence[Token], text: str, offset: int, phrases: list[ActorPhrase]
) -> list[ActorPhrase]:
    """A role that serves a body and the body named after its "of", "for" or "from" are one
    actor with the body's codes: "leaders of the Kenyan opposition" OPP, "a spokesman for
    the Ugandan army" MIL, "officials of the ruling party" PTY (as "opposition leaders" and
    "army spokesman" are). A profession keeps its own sector ("workers of a bus company")."""
    coded: list[ActorPhrase] = []
    k = 0
    while k < len(phrases):
        role = phrases[k]
        body = phrases[k + 1] if k + 1 < len(phrases) else None
        if body is not None and (
            _serves_body(tokens, role, body) or _people_of_body(tokens, role, body)
        ):
            coded.append(
                replace(
                    role,
                    end=body.end,
                    char_end=body.char_end,
                    text=text[role.char_start - offset : body.char_end - offset],
                    country=body.country or role.country,
                    sector=body.sector,
                    entity=body.entity,
                )
            )
            k += 2
            continue
        coded.append(role)
        k += 1
    return coded


def _serves_body(tokens: Sequence[Token], role: ActorPhrase, body: ActorPhrase) -> bool:
    """Whether `role` is a serving role ("leaders", "spokesman") whose "of", "for" or "from"
    names `body`, a body with a sector or an international body's code."""
    if (
        role.name
        or role.sector in _PROFESSION_SECTORS
        or body.kind == "pronoun"
        or role.end >= len(tokens)
        or tokens[role.end - 1].lower not in _AFFILIATED_ROLES
        or tokens[role.end].lower not in ("of", "for", "from")
        or not _describes_body(tokens[role.end + 1 : body.start])
    ):
        return False
    return body.sector is not None or (body.kind == "organisation" and body.country is not None)


def _people_of_body(tokens: Sequence[Token], role: ActorPhrase, body: ActorPhrase) -> bool:
    """Whether `role` is a group of the body's own kind whose "of" names the body: "guerrillas
    of the Free Front" REB, "soldiers of the national army" MIL: the body's people, one
    actor (a group with no country of its own takes the body's)."""
    return (
        role.kind == "group"
        and not role.name
        and role.sector is not None
        and role.sector == body.sector
        and body.kind == "organisation"
        and role.end < len(tokens)
        and tokens[role.end].lower == "of"
        and _describes_body(tokens[role.end + 1 : body.start])
    )


def _describes_body(words: Sequence[Token]) -> bool:
    """Whether the words between "of" and a body are its determiners and at most two
    lower-case describing words ("the ruling", "the country's main"), no clause."""
    openers = _PHRASE_OPENERS | _POSSESSIVE
    described = [k for k, t in enumerate(words) if t.lower not in openers]
    return len(described) <= 2 and all(
        _lower_word(words[k])
        and words[k].lower not in _LINKS
        # after a determiner a participle is an adjective: "the jailed", "the ruling"
        and (not _verb_like(words[k].lower) or (k > 0 and words[k - 1].lower in openers))
        for k in described
    )


def _appositions(tokens: Sequence[Token], phrases: list[ActorPhrase]) -> list[ActorPhrase]:
    """A named person takes the codes of the role set off beside it by commas:
    "Alberto Vidal, Chile's foreign minister," and "Chile's foreign minister, Alberto Vidal"."""
    coded = list(phrases)
    for k in range(len(coded) - 1):
        left, right = coded[k], coded[k + 1]
        if right.start != left.end + 1 or tokens[left.end].lower != ",":
            continue
        for person, role in ((left, right), (right, left)):
            if (
                person.kind in ("person", "name")
                and person.name
                and person.country is None
                and role.country
                and role.sector
                and not role.name
            ):
                index = coded.index(person)
                coded[index] = replace(
                    person, country=role.country, sector=role.sector, kind="person"
                )
    return coded


def _scan(
    tokens: Sequence[Token],
    text: str,
    offset: int,
    gaz: dict[int, tuple[int, gazetteer.GazetteerMatch]],
    date: str | None,
    offices: OfficeDictionary | None,
    known: frozenset[str],
) -> list[ActorPhrase]:
    """The coded actor phrases of a sentence, left to right."""
    phrases: list[ActorPhrase] = []
    first_words = _sector_first_words()
    i = 0
    while i < len(tokens):
        token = tokens[i]
        lower = token.lower
        if lower in _PRONOUNS and not token.text.isupper():
            phrases.append(_pronoun(token, i))
            i += 1
            continue
        if (
            not token.is_title
            and i not in gaz
            and lower not in first_words
            and lower not in _DETERMINERS
        ):
            i += 1  # no actor run can start here (see `_scan_run`)
            continue
        run = _scan_run(tokens, i, gaz, text, known)
        if run is None:
            i += 1
            continue
        phrase = _code_run(run, tokens, text, offset, date, offices)
        if phrase is not None and not (
            phrase.kind == "country" and _before_place_noun(tokens, run)
        ):
            if phrase.country is None and phrase.sector is not None:
                phrase = _attach_country(phrase, tokens, gaz)
            elif run.plural_demonym and _lives_elsewhere(phrase, tokens, gaz):
                phrase = replace(phrase, country=None)
            phrases.append(phrase)
        i = max(run.end, i + 1)
    return phrases


def _verb_like(word: str) -> bool:
    """A word that may be the verb after a subject: "-ed" forms and the first words of verb
    triggers (a noun trigger's first word, "transport" of "transport strike", is no verb)."""
    return word.endswith("ed") or word in _verb_trigger_words()


@cache
def _verb_trigger_words() -> frozenset[str]:
    from dateline.analyze.triggers import compiled

    return frozenset(
        form
        for form, patterns in compiled("event_triggers.jsonl").by_first.items()
        if any(pattern.get("pos", "verb") == "verb" for pattern in patterns)
    )


def _attach_country(
    phrase: ActorPhrase,
    tokens: Sequence[Token],
    gaz: dict[int, tuple[int, gazetteer.GazetteerMatch]],
) -> ActorPhrase:
    """A group placed by a prepositional phrase: "rebels in the Ivory Coast", "doctors from
    two American aid groups" take that country (the phrase's text is not extended)."""
    j = phrase.end
    if j >= len(tokens) or tokens[j].lower not in ("in", "of", "from"):
        return phrase
    if phrase.start > 0 and tokens[phrase.start - 1].lower in ("its", "their", "his", "her", "our"):
        return phrase  # "its forces in Lebanon" are not Lebanon's
    words = [t.lower for t in tokens[phrase.start : phrase.end]]
    pairs = {" ".join(words[k : k + 2]) for k in range(len(words) - 1)}
    if tokens[j].lower == "in" and (
        phrase.sector == "MIL" or any(w in _TRAVELLERS for w in (*words, *pairs))
    ):
        # "peacekeepers in Iraq", "aid workers in Darfur", "embassy staff in Kabul": often
        # foreigners where they are
        return phrase
    for k in range(j + 1, min(len(tokens), j + 5)):
        if k in gaz and gaz[k][1].entry.country and gaz[k][1].entry.type in ("country", "place"):
            return replace(phrase, country=gaz[k][1].entry.country)
        if tokens[k].lower in (",", ".", ";", "and", "who", "which", "that"):
            break
    return phrase


def _lives_elsewhere(
    phrase: ActorPhrase,
    tokens: Sequence[Token],
    gaz: dict[int, tuple[int, gazetteer.GazetteerMatch]],
) -> bool:
    """Whether a people is placed in another country ("Albanians of southern Serbia"):
    a minority is coded by where it lives, which the demonym does not say, so no country."""
    j = phrase.end
    if j >= len(tokens) or tokens[j].lower not in ("in", "of"):
        return False
    for k in range(j + 1, min(len(tokens), j + 5)):
        if k in gaz and gaz[k][1].entry.type in ("country", "place"):
            return gaz[k][1].entry.country not in (None, phrase.country)
        if tokens[k].lower in (",", ".", ";", "and", "who", "which", "that"):
            break
    return False


def _pronoun(token: Token, i: int) -> ActorPhrase:
    return ActorPhrase(
        i,
        i + 1,
        token.start,
        token.end,
        token.text,
        None,
        None,
        "pronoun",
        number=_PRONOUNS[token.lower],
    )


def _scan_run(
    tokens: Sequence[Token],
    i: int,
    gaz: dict[int, tuple[int, gazetteer.GazetteerMatch]],
    text: str,
    known: frozenset[str],
) -> _Run | None:
    """The maximal actor run starting at token `i` (leading determiners skipped), or None."""
    while i < len(tokens) and tokens[i].lower in _DETERMINERS:
        i += 1
    if i >= len(tokens) or (
        i not in gaz
        and tokens[i].lower not in _sector_first_words()
        and not _is_name_word(tokens, i, known)
    ):
        return None  # no actor word here: nothing a run could start with
    run = _Run(start=i, name_words=[], gaz_kinds=[])
    run.owned_elsewhere = i > 0 and tokens[i - 1].lower in _OWNER_PRONOUNS
    j = i
    while j < len(tokens):
        if j in gaz and _word_of_longer_name(tokens, gaz, run, j):
            assert run.name_words is not None
            run.name_words.append(j)
            j += 1
            continue
        if j in gaz:
            end, match = gaz[j]
            entry = match.entry
            if _not_an_actor(entry, tokens, j, end):
                if j == run.start:
                    return _Run(start=j, end=end, skip=True)
                break
            if (
                (run.country is None or _state_after_people(run, tokens, entry, j))
                and entry.country
                and not _name_part(entry, tokens, run, j)
            ):
                run.country = entry.country
                run.entity = entry.id
            if entry.type == "organisation":
                run.org_sector = entry.sector
                if run.head is not None and j > run.start and tokens[j - 1].lower not in _LINKS:
                    # a descriptor before the name ("rights watchdog Amnesty International",
                    # "the militant group Hamas"): the organisation's own codes win
                    run.head = None
                elif run.head is not None and tokens[j - 1].lower == "of":
                    # "a leader of Hamas", "spokesman of the Red Cross": the body named after
                    # the role is the one it serves
                    role = sector_terms().get(run.head.term, run.head)
                    run.head = _affiliated(replace(run, head=None), role)
                inner = _sector_at(tokens, end - 1)
                if (
                    inner is not None
                    and inner[1].kind not in _MODIFIER_KINDS
                    and inner[1].sector in _STATE_ORGAN_SECTORS
                    and entry.sector in (None, "IGO", "NGO")
                ):
                    # "Security Council"; not the "Union" of "European Union", nor the
                    # "Army" of a rebel army the lexicon codes REB
                    run.head = inner[1]
            run.place = entry.type in ("country", "place") and j == run.start
            if gazetteer.is_metonym(text, match):
                run.metonym = True
            assert run.gaz_kinds is not None
            run.gaz_kinds.append(entry.type if entry.kind != "demonym" else "demonym")
            run.plural_demonym = entry.kind == "demonym" and tokens[end - 1].lower.endswith("s")
            j = end
            named = None
            if entry.type == "organisation" and entry.sector not in ("IGO", "NGO"):
                named = _country_named_after(tokens, gaz, j)
            if named is not None:
                # "the Democratic Party of Japan", "the Supreme Court of Pakistan": a body
                # name many states share, here that country's
                run.country, j = named
            continue
        sector = _sector_at(tokens, j)
        if sector is not None and (
            sector[1].kind not in _MODIFIER_KINDS or _continues(tokens, sector[0], gaz)
        ):
            if sector[1].kind not in _MODIFIER_KINDS:
                run.head = _affiliated(run, sector[1])
            run.ethnic = run.ethnic or sector[1].kind == "ethnicity"
            if sector[1].kind == "past" and run.head is None:
                run.past = sector[1]
            j = sector[0]
            continue
        if _is_name_word(tokens, j, known) or (
            tokens[j].lower in NAME_JOINERS
            and run.name_words
            and j + 1 < len(tokens)
            and tokens[j + 1].is_title
        ):
            assert run.name_words is not None
            run.name_words.append(j)
            j += 1
            continue
        if run.gaz_kinds and run.gaz_kinds[-1] in _DESCRIBED_KINDS and run.head is None:
            head_at = _descriptor_then_head(tokens, j)
            if head_at is not None:
                # "Chilean protest leaders": leaders of an act, not of a state organ
                run.act_noun = _verb_like(tokens[j].lower)
                j = head_at
                continue
        if (
            tokens[j].lower in _POSSESSIVE
            and j > run.start
            and j + 1 < len(tokens)
            and (_sector_at(tokens, j + 1) is not None or _is_name_word(tokens, j + 1))
        ):
            j += 1
            continue
        if tokens[j].lower in _POSSESSIVE and j > run.start and j + 1 < len(tokens):
            head_at = _descriptor_then_head(tokens, j + 1, after_possessive=True)
            if head_at is not None:  # "Colombia's largest rebel group", "Iran's new president"
                j = head_at
                continue
        if (
            (tokens[j].lower == "of" or (tokens[j].lower == "for" and tokens[j - 1].is_title))
            and run.head is not None
            and j + 1 < len(tokens)
            and (j + 1 in gaz or _is_name_word(tokens, j + 1))
        ):  # "Ministry of Defence"; "Department for Transport" (a name, not "aid for Gaza")
            j += 1
            continue
        break
    run.end = j
    if run.end <= run.start:
        return None
    return run


_OWNER_PRONOUNS = frozenset({"its", "their"})


def _affiliated(run: _Run, term: SectorTerm) -> SectorTerm:
    """A role that serves a body before it takes the body's sector: "rebel leader" REB,
    "intelligence officials" SPY, "Hamas spokesman" (the organisation's sector)."""
    if run.owned_elsewhere and run.head is None and run.org_sector is None and term.kind == "role":
        # "its chief executive", "their leader": an office of a body named before, which
        # may be a charity as well as a firm or a state: no sector guessed
        return SectorTerm(term.term, None, term.kind)
    if term.term not in _AFFILIATED_ROLES:
        return _serving(run, term)
    sector = run.head.sector if run.head is not None else None
    if run.head is None and (run.org_sector == "NGO" or run.act_noun):
        # an NGO's staff, "protest leaders", "strike organisers": not government
        return SectorTerm(term.term, None, term.kind)
    if sector is None and run.org_sector not in (None, "IGO", "NGO"):
        sector = run.org_sector
    return SectorTerm(term.term, sector or term.sector, term.kind)


def _serving(run: _Run, term: SectorTerm) -> SectorTerm:
    """A profession inside a state organ is coded by the organ, as CAMEO puts the institution
    first: "an army doctor" MIL, "defence ministry nurses" GOV, "police lawyers" COP (a
    profession outside one keeps its own sector: "hospital doctors" MED)."""
    if term.sector not in _PROFESSION_SECTORS or term.kind == "body":
        return term
    if run.head is not None:
        organ = run.head.sector if run.head.kind == "body" else None
    else:
        organ = run.org_sector
    if organ not in _STATE_ORGAN_SECTORS:
        return term
    return SectorTerm(term.term, organ, term.kind)


_PEOPLE_DEMONYMS = grammar_words("people-demonym")


def _state_after_people(
    run: _Run, tokens: Sequence[Token], entry: gazetteer.GazetteerEntry, j: int
) -> bool:
    """Whether a state's demonym follows right after a demonym of a people that lives in
    several states ("Greek Cypriot", "Turkish Cypriot", "Albanian Macedonian"): the state
    the people live in codes the actor, not the people's namesake state."""
    return (
        j == run.start + 1
        and run.gaz_kinds == ["demonym"]
        and entry.kind == "demonym"
        and tokens[j - 1].lower in _PEOPLE_DEMONYMS
        and tokens[j].lower not in _PEOPLE_DEMONYMS
    )


def _not_an_actor(
    entry: gazetteer.GazetteerEntry, tokens: Sequence[Token], start: int, end: int
) -> bool:
    """A region with no country ("the Arctic"), or a dateline in capitals ("OSLO —")."""
    if entry.type == "place" and entry.country is None:
        return True
    words = [t.text for t in tokens[start:end]]
    return entry.type == "place" and all(w.isupper() and len(w) > 1 for w in words)


def _country_named_after(
    tokens: Sequence[Token], gaz: dict[int, tuple[int, gazetteer.GazetteerMatch]], j: int
) -> tuple[str, int] | None:
    """The country an "of" right after an organisation's name names, with the index after
    it ("Labour Party of Norway" -> NOR), or None."""
    if j + 1 >= len(tokens) or tokens[j].lower != "of" or j + 1 not in gaz:
        return None
    end, match = gaz[j + 1]
    if match.entry.type != "country" or match.entry.kind == "demonym" or not match.entry.country:
        return None
    if end < len(tokens) and tokens[end].lower in _POSSESSIVE:
        return None  # "accused Hezbollah of Iran's bidding": the country owns what follows
    return match.entry.country, end


def _word_of_longer_name(
    tokens: Sequence[Token],
    gaz: dict[int, tuple[int, gazetteer.GazetteerMatch]],
    run: _Run,
    j: int,
) -> bool:
    """Whether an organisation known by one word is here only a word of a longer name the
    gazetteer does not know, so some other body, of a kind and country the words do not say:
    a body noun ("Congress") after a capitalised word of the run that names no place ("the
    African National Congress") or before another body noun ("the Congress party"), or any
    national body's one-word name before a capitalised body noun ("the Guardian Council" is
    no newspaper's). The body noun after it names another kind of body than the known one
    ("the Kremlin administration" is the Kremlin's). "Brazilian Congress", "Peru's
    Congress" and "EU Commission" stay what they say."""
    end, match = gaz[j]
    if match.entry.type != "organisation" or end - j != 1:
        return False
    following = _sector_at(tokens, end) if end < len(tokens) else None
    body_follows = (
        following is not None
        and following[1].kind == "body"
        and following[1].sector != match.entry.sector  # "the Kremlin administration" stays
    )
    term = sector_terms().get(tokens[j].lower)
    if term is None or term.kind != "body":
        international = match.entry.sector in ("IGO", "NGO")
        return body_follows and tokens[end].is_title and not international
    if body_follows:
        return True
    named_place = any(k < j <= stop for k, (stop, _) in gaz.items())
    return j > run.start and tokens[j - 1].is_title and not named_place


def _name_part(entry: gazetteer.GazetteerEntry, tokens: Sequence[Token], run: _Run, j: int) -> bool:
    """Whether a town's name inside a run is a word of a personal name, not a place: after a
    title or a given name ("Attorney General Janet Reno", "Crown Prince Hassan") it says
    nothing of the country ("the Mayor of Lyon" and "Lyon's mayor" still do)."""
    if entry.type != "place" or j == run.start:
        return False
    return tokens[j - 1].lower not in ("of", "for", "in", "from") and tokens[j - 1].is_title


def _descriptor_then_head(
    tokens: Sequence[Token], j: int, *, after_possessive: bool = False
) -> int | None:
    """After a demonym, one or two lower-case words before a role or group word ("Irish
    nationalist guerrillas", "French paper workers"): the index of that word, else None.
    Right after a possessive no verb can follow, so a participle there is an adjective
    ("Taiwan's elected government", "Mali's ruling junta")."""
    for k in range(j, min(len(tokens), j + 2)):
        word = tokens[k]
        adjective = after_possessive and k == j and word.lower.endswith(("ed", "ing"))
        if k == j and not word.lower.endswith(("ed", "s")) and _head_at(tokens, k + 1):
            # a singular demonym, then a noun that may be a verb, then a role or group word:
            # the noun describes it ("Chilean protest leaders", "Bolivian strike organisers")
            adjective = adjective or not _plural_before(tokens, j)
        if (
            not _lower_word(word)
            or word.lower in _LINKS
            or word.lower in _PHRASE_OPENERS  # "told the BBC the government had": a new phrase
            or (_verb_like(word.lower) and not adjective)
        ):
            return None  # not a descriptor: "Russian artillery pounded rebel positions"
        nxt = _sector_at(tokens, k + 1) if k + 1 < len(tokens) else None
        if nxt is not None and nxt[1].kind in ("group", "body", "role"):
            return k + 1
    return None


def _head_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether a role, group or body word starts at token `k`."""
    found = _sector_at(tokens, k) if k < len(tokens) else None
    return found is not None and found[1].kind in ("group", "body", "role")


def _plural_before(tokens: Sequence[Token], j: int) -> bool:
    """Whether the word before token `j` is a plural (a people that may be a verb's
    subject: "Afghans attack rebels"), not an adjective."""
    return j > 0 and tokens[j - 1].lower.endswith("s")


def _continues(
    tokens: Sequence[Token], j: int, gaz: dict[int, tuple[int, gazetteer.GazetteerMatch]]
) -> bool:
    """Whether an actor word follows at token `j` (so a modifier before it belongs to it)."""
    if j >= len(tokens):
        return False
    return j in gaz or _sector_at(tokens, j) is not None or _is_name_word(tokens, j)


def _code_run(
    run: _Run,
    tokens: Sequence[Token],
    text: str,
    offset: int,
    date: str | None,
    offices: OfficeDictionary | None,
) -> ActorPhrase | None:
    """Code a run into an actor phrase, or None when it is not an actor. `text` is the
    sentence (`text[0]` at `offset`), for the phrase's characters."""
    name_words = run.name_words or []
    kinds = run.gaz_kinds or []
    if run.skip:
        return None
    if (
        run.head is not None
        and not kinds
        and not name_words
        and not tokens[run.end - 1].lower.endswith("s")  # as written: "civilians say"
        and run.end < len(tokens)
        and tokens[run.end].text.isalpha()
        and tokens[run.end].text.islower()
        and tokens[run.end].lower not in _LINKS
        and not _verb_like(tokens[run.end].lower)
    ):
        return None  # a sector word used as an adjective: "military aid", "official contact"
    if _town_modifier(run, tokens) or _hyphenated_to_participle(run, tokens):
        return None
    if _demonym_modifier(run, tokens) and _counted(tokens, run.start):
        return None  # "two Chinese engineers": people or things counted, not the state
    if _member_of(run, tokens):
        return None  # "a member of the Latvian senate": the body after "of" is coded
    if _names_a_building(run, tokens):
        return None  # "a police station", "the army barracks": a place, not who acts
    if _names_a_feature(run, tokens):
        return None  # "River Ouse peaks": a river, not who acts
    name = _person_name(tokens, name_words)
    country, sector = run.country, None
    if run.head is not None:
        sector = run.head.sector
    elif run.org_sector and run.org_sector not in ("IGO", "NGO"):
        sector = run.org_sector  # an international body's code is its type: no sector
    elif run.metonym:
        sector = "GOV"
    elif run.plural_demonym and not name_words and len(kinds) > 1:
        sector = "CVL"  # "Iraqi Kurds", "Bosnian Serbs": a people, not a state
    if sector == "MIL" and (
        _names_an_insurgent_force(run, tokens) or tokens[run.start].lower in _REGIONAL_PEOPLES
    ):
        sector = "REB"  # "the Free Syrian Army", "Chechen forces": they fight the state
    if run.past is not None and _former_official(run) and sector in _STATE_ORGAN_SECTORS:
        sector = run.past.sector  # "former president", "a former army chief": elites, ELI
    crowd = run.plural_demonym and _counted(tokens, run.start)
    if crowd and len(kinds) == 1 and run.head is None and not run.ethnic:
        sector = "CVL"  # "thousands of Serbs", "300 Afghans": people, counted
    elif run.ethnic:
        # "ethnic Turks": an ethnicity says nothing of the state they live in (a bare
        # "Libyans" is the nation as a polity, CAMEO's country code with no sector)
        country = None
    if sector == "JRN" and any(
        t.lower in _STATE_MARKERS for t in tokens[max(0, run.start - 2) : run.end]
    ):
        sector = "GOV"  # "the official Syrian newspaper", "state television": state media
    kind = _kind(run, kinds, name)
    if name and offices is not None:
        term = offices.lookup(name, date)
        if term is not None and (country is None or country == term.country):
            country = term.country
            sector = sector or term.sector
            kind = "person"
    if kind in ("name", "group") and sector is None and name_words:
        # "Danish Web", "Iranian Ahmadi", "British Airways staff": a country word before an
        # unknown name, which says what the actor is and so its codes
        country = None
    start = run.start
    while start < run.end - 1 and _is_modifier(tokens, start):
        start += 1
    first, last = tokens[start], tokens[run.end - 1]
    if last.lower in _POSSESSIVE:
        return None
    plural = run.plural_demonym or (run.head is not None and run.head.kind == "group")
    role_head = run.head is not None and run.head.kind == "role" and not name
    number = "plural" if plural else "singular"
    return ActorPhrase(
        start,
        run.end,
        first.start,
        last.end,
        text[first.start - offset : last.end - offset],
        country,
        sector,
        kind,
        # "her Canadian counterpart" is someone of Canada, not Canada itself.
        entity=run.entity if kind in ("country", "organisation") and not role_head else None,
        name=name,
        is_place=run.place and not name_words and run.head is None,
        number=number,
        town=run.place and kinds == ["place"] and not name_words and run.head is None,
        modifier=_demonym_modifier(run, tokens),
        ethnic=run.ethnic and run.head is None,
    )


def _names_a_feature(run: _Run, tokens: Sequence[Token]) -> bool:
    """Whether a name the gazetteer does not know opens or closes with a natural feature's
    word ("River Ouse", "Mount Kenya", "Lake Toba")."""
    names = run.name_words or []
    if run.head is not None or run.gaz_kinds or not names or given_name(tokens[names[0]].text):
        return False  # "Tom Lake" is a person
    features = place_words("feature")
    return tokens[names[0]].lower in features or tokens[names[-1]].lower in features


def _member_of(run: _Run, tokens: Sequence[Token]) -> bool:
    """Whether a bare membership word with no sector of its own ("member", "staff") is
    followed by "of": the body it belongs to stands after it."""
    head = run.head
    return (
        head is not None
        and head.sector is None
        and head.kind == "group"
        and not run.gaz_kinds
        and not run.name_words
        and run.end < len(tokens)
        and tokens[run.end].lower == "of"
    )


_BUILDINGS = grammar_words("building")


def _names_a_building(run: _Run, tokens: Sequence[Token]) -> bool:
    """Whether a sector word with no name of its own modifies a building or site noun:
    "outside a police station", "Police station attacked", "an army base in Borno"."""
    return (
        run.head is not None
        and not run.gaz_kinds
        and not run.name_words
        and run.end < len(tokens)
        and tokens[run.end].lower in _BUILDINGS
    )


def _town_modifier(run: _Run, tokens: Sequence[Token]) -> bool:
    """Whether a lone town or city name modifies the noun after it, a determiner before it:
    "the Miami relatives", "a Tel Aviv rally", "the Atlanta clinic bombing" are no actors
    (event nouns stay: "the Geneva talks" gives the talks their place)."""
    if run.gaz_kinds != ["place"] or run.head is not None or run.name_words:
        return False
    if run.start == 0 or tokens[run.start - 1].lower not in _DETERMINERS:
        return False
    if run.end >= len(tokens):
        return False
    word = tokens[run.end]
    return (
        word.text.isalpha()
        and word.text.islower()
        and word.lower not in _LINKS
        and not _verb_like(word.lower)
    )


def _hyphenated_to_participle(run: _Run, tokens: Sequence[Token]) -> bool:
    """Whether a hyphen joins the run to a participle after it ("U.S.-led forces", "U.N.-
    backed troops"): the name only says who leads or backs the noun after it, the actor."""
    k = run.end
    if k + 1 >= len(tokens) or tokens[k].text != "-" or tokens[k].start != tokens[k - 1].end:
        return False
    from dateline.analyze.event_context import past_forms  # it imports this module

    word = tokens[k + 1]
    return _lower_word(word) and (word.lower.endswith("ed") or word.lower in past_forms())


def _names_an_insurgent_force(run: _Run, tokens: Sequence[Token]) -> bool:
    """Whether a military noun heads a name the gazetteer does not know ("Army" and "Forces"
    capitalised) with a word of a force that fights the state ("Liberation", "Free")."""
    if run.head is None or not tokens[run.end - 1].is_title:
        return False
    return any(t.text in _INSURGENT_NAMES for t in tokens[run.start : run.end - 1])


def _former_official(run: _Run) -> bool:
    """Whether a "former" stands before a person's role or group word ("a former minister",
    "former officials"); a former body ("the former Iraqi army") is no elite."""
    return run.past is not None and run.head is not None and run.head.kind in ("role", "group")


def _demonym_modifier(run: _Run, tokens: Sequence[Token]) -> bool:
    """Whether a lone singular demonym modifies the common noun after it ("Russian
    missiles", "an Indian proposal", "Iraqi anti-aircraft guns"): a lower-case word,
    hyphenated or not, that is no role or group word (those are in the run) and no link
    word ("Turkish and Greek officials")."""
    if run.gaz_kinds != ["demonym"] or run.plural_demonym or run.head or run.name_words:
        return False
    if run.end >= len(tokens):
        return False
    word = tokens[run.end]
    return _lower_word(word) and word.lower not in _LINKS


def _lower_word(token: Token) -> bool:
    """A lower-case word, hyphenated or not ("proposal", "anti-aircraft", "pro-government")."""
    return token.text.replace("-", "").isalpha() and token.text.islower()


_COUNT_WORDS = frozenset(
    word
    for word, value in timex_words.words("number").items()
    if value.isdigit() and int(value) > 1 and " " not in word
)


def _counted(tokens: Sequence[Token], start: int) -> bool:
    """Whether a number or "thousands of" counts the people at `start`."""
    before = tokens[start - 1].lower if start > 0 else ""
    if start > 1 and before.endswith("ed") and tokens[start - 1].text.islower():
        start -= 1  # "12 jailed Britons", "six wounded Afghans"
        before = tokens[start - 1].lower
    if before[:1].isdigit() or before in _COUNT_WORDS:
        return True  # "300 Afghans", "six Britons"
    return before == "of" and start > 1 and tokens[start - 2].lower in _QUANTITIES


def _person_name(tokens: Sequence[Token], name_words: list[int]) -> str | None:
    """The words of the trailing personal name of a run ("Sergey Lavrov"), or None."""
    if not name_words:
        return None
    tail = [name_words[-1]]
    for index in reversed(name_words[:-1]):
        if index == tail[0] - 1:
            tail.insert(0, index)
        else:
            break
    return " ".join(tokens[k].text for k in tail)


def _is_modifier(tokens: Sequence[Token], i: int) -> bool:
    term = sector_terms().get(tokens[i].lower)
    return term is not None and term.kind in _MODIFIER_KINDS


def _kind(run: _Run, kinds: list[str], name: str | None) -> str:
    if run.head is not None:
        if name and run.head.kind == "role":
            return "person"
        return "group" if run.head.kind == "group" else "organisation"
    if "organisation" in kinds:
        return "organisation"
    if name:
        return "person" if not kinds and " " in name else "name"
    if kinds and kinds[-1] == "demonym":
        return "group" if run.plural_demonym else "country"
    return "country"


@cache
def place_words(kind: str) -> frozenset[str]:
    """Words of one kind from `lexicons/event_places.tsv` (virtual, place-noun, locative)."""
    return frozenset(row["word"] for row in load_table("event_places.tsv") if row["kind"] == kind)


def _before_place_noun(tokens: Sequence[Token], run: _Run) -> bool:
    """Whether a country word modifies a place noun ("the British city of Glasgow")."""
    return run.end < len(tokens) and tokens[run.end].lower in place_words("place-noun")
