"""Every match of many regexes in one text, without scanning the text once per regex.

`finditer_all(scanner, text)` gives, for each regex, exactly what `regex.finditer(text)`
gives, but tries a regex only where its first characters occur. Each regex's possible
first few characters (lower-cased, any ASCII digit written '0') are read once from its
parsed form; one scan finds the word starts of the text, and a table lookup on the
characters there says which regexes to try. Regexes whose start cannot be read (an
empty prefix, a class too wide) still get a whole-text `finditer`.

The prefix reading assumes that case-insensitive matching is ASCII lower-casing and `\\d`
is 0-9; a text with a character for which that is not so (a non-ASCII digit, the Kelvin
sign, a long s) gets plain `finditer` for every regex.
"""

from __future__ import annotations

import re

try:  # CPython's regex parser: private, present in 3.11-3.13. Without it, no shortcut.
    import re._constants as sre  # the parsed form of a regex
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - a future Python
    sre = sre_parse = None
from dataclasses import dataclass, field
from typing import Any, cast

__all__ = ["Scanner", "finditer_all", "make_scanner", "read_regexes"]

_DEPTH = 6  # characters of prefix read per regex
_MAX_PREFIXES = 6000
_MAX_CLASS = 12  # a wider character class ends the prefix
_STOP = ("", True)
_DIGITS = str.maketrans("123456789", "000000000")
# Characters outside ASCII that Unicode case-insensitive or \d matching treats like an
# ASCII letter or digit: with one of them in the text the prefix table is not trusted.
_FOLDS_TO_ASCII = re.compile(r"(?![\x00-\x7f])(?:(?i:[a-z])|\d)")
_SPACE = re.compile(r"\s")  # every character \s matches is written ' ' in the prefixes
# The same two rewritings over a whole text: digits and blanks are few in a text, so a
# regex that replaces only them is several times faster than `str.translate`, which looks
# up every character, and than replacing every blank, plain spaces included.
_NONZERO_DIGIT = re.compile(r"[1-9]")
_OTHER_BLANK = re.compile(r"[^\S ]")  # a blank other than ' '

Alt = tuple[str, bool]  # (prefix so far, True when nothing more is known after it)


@dataclass(frozen=True)
class Scanner:
    """Regexes with the prefix table that says where each can start."""

    regexes: tuple[re.Pattern[str], ...]
    table: dict[str, tuple[int, ...]]  # prefix -> the regexes that may start so
    singles: frozenset[str]  # the one-character prefixes
    pairs: dict[str, tuple[int, ...]]  # first two characters -> lengths of the prefixes
    starts: re.Pattern[str]
    # Regexes with no usable prefix get a whole-text finditer, when the text holds one of
    # the strings each of their matches must hold (None: always).
    everywhere: tuple[tuple[int, frozenset[str] | None], ...]
    # The regexes to try where a text's next `_DEPTH` characters (in prefix form) are
    # these, filled as they are met (`_to_try`): words recur, and the answer depends on
    # those characters and the table only, which never change.
    tried: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)


def _norm(ch: str) -> str:
    return " " if _SPACE.match(ch) else ch.lower().translate(_DIGITS)


def _literal(code: int) -> set[Alt] | None:
    ch = chr(code)
    if ord(ch) > 127 and ch.isalpha():
        return None  # non-ASCII letters fold in ways lower() does not follow
    if ord(ch) > 127 and ch.isdigit():
        return None
    return {(_norm(ch), False)}


def _class(items: list[tuple[object, object]]) -> set[Alt] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            alts = _literal(int(av))  # type: ignore[call-overload]
            if alts is None:
                return None
            chars |= {a for a, _ in alts}
        elif op is sre.RANGE:
            lo, hi = cast("tuple[int, int]", av)
            if hi > 127 or hi - lo > 30:
                return None
            chars |= {_norm(chr(c)) for c in range(lo, hi + 1)}
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.add("0")
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None
    if len(chars) > _MAX_CLASS:
        return None
    return {(c, False) for c in chars}


def _item(op: object, av: object, room: int) -> set[Alt] | None:
    """The possible starts of one parsed item (None: unknown)."""
    if op is sre.LITERAL:
        return _literal(int(av))  # type: ignore[call-overload]
    if op is sre.IN:
        return _class(av)  # type: ignore[arg-type]
    if op is sre.BRANCH:
        out: set[Alt] = set()
        for sub in av[1]:  # type: ignore[index]
            alts = _sequence(list(sub.data), room)
            if alts is None:
                return None
            out |= alts
        return out
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3].data), room)  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av.data), room)  # type: ignore[attr-defined]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = cast("tuple[int, int, Any]", av)
        out = set()
        for times in range(low, min(high, room + 1) + 1):
            alts = _sequence(list(sub.data) * times, room)
            if alts is None:
                return None
            out |= alts
        if high > room + 1:
            out |= {(a, True) for a, stop in out if len(a) >= room}
        return out
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {("", False)}  # zero width: says nothing about the characters
    return None


def _sequence(items: list[tuple[object, object]], room: int) -> set[Alt] | None:
    """The possible starts (up to `room` characters) of a sequence of parsed items."""
    states: set[Alt] = {("", False)}
    for op, av in items:
        if all(stop or len(s) >= room for s, stop in states):
            break
        alts = _item(op, av, room)
        next_states: set[Alt] = set()
        for s, stop in states:
            if stop or len(s) >= room:
                next_states.add((s[:room], True))
                continue
            if alts is None:
                next_states.add((s, True))
                continue
            for a, astop in alts:
                joined = s + a
                next_states.add((joined[:room], astop or len(joined) > room))
        if len(next_states) > _MAX_PREFIXES:
            return None
        states = next_states
    return states


def prefixes(regex: re.Pattern[str], depth: int = _DEPTH) -> frozenset[str] | None:
    """The first characters every match of `regex` starts with (lower-cased, digits as
    '0', blanks as ' '), shortest forms only; None when some match may start almost
    anywhere (an empty or one-letter prefix, or too many to list even when shallower)."""
    if sre_parse is None:
        return None  # every pattern then scans the whole text: slower, same matches
    try:
        parsed = list(sre_parse.parse(regex.pattern, regex.flags).data)
    except Exception:  # a parser that changed shape: same fallback
        return None
    for room in range(depth, 1, -2):
        alts = _sequence(parsed, room)
        if alts is not None:
            break
    else:
        return None
    found = {a for a, _ in alts}
    if any(len(a) < 2 and a != "0" for a in found):
        return None  # a single letter would send nearly every word to the regex
    return frozenset(a for a in found if not any(a[:n] in found for n in range(1, len(a))))


def _mandatory_items(items: list[tuple[object, object]]) -> list[tuple[object, object]]:
    """The items of a sequence every match goes through (non-capturing groups opened)."""
    out: list[tuple[object, object]] = []
    for op, av in items:
        if op is sre.SUBPATTERN:
            out.append((op, av))
            out += _mandatory_items(list(av[3].data))  # type: ignore[index]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:  # type: ignore[index]
            out += _mandatory_items(list(av[2].data))  # type: ignore[index]
        else:
            out.append((op, av))
    return out


def needs(regex: re.Pattern[str]) -> frozenset[str] | None:
    """Strings (in prefix form) of which every match of `regex` holds at least one: the
    most selective part of the regex that must match, or None when there is none."""
    best: frozenset[str] | None = None
    if sre_parse is None:
        return None
    for op, av in _mandatory_items(list(sre_parse.parse(regex.pattern, regex.flags).data)):
        alts = _item(op, av, _DEPTH)
        if not alts:
            continue
        found = frozenset(a for a, _ in alts)
        rare = all(a and not a[0].isalnum() and a[0] not in " .,-" for a in found)
        if min(len(a) for a in found) < 3 and not rare:
            continue  # too common to rule a text out
        if best is None or min(len(a) for a in found) > min(len(a) for a in best):
            best = found
    return best


# What reading one regex gives: (its prefixes, None) or (None, what it needs).
Reading = tuple[frozenset[str] | None, frozenset[str] | None]


def read_regexes(regexes: tuple[re.Pattern[str], ...]) -> tuple[Reading, ...]:
    """The prefixes of each regex, or what it needs when it has none: the slow part of
    `make_scanner` (it parses every regex), plain data that can be kept on disk."""
    readings: list[Reading] = []
    for regex in regexes:
        found = prefixes(regex)
        readings.append((found, None) if found is not None else (None, needs(regex)))
    return tuple(readings)


def make_scanner(
    regexes: tuple[re.Pattern[str], ...],
    boundary: str,
    readings: tuple[Reading, ...] | None = None,
) -> Scanner:
    """Read the prefixes of `regexes` once (or take `read_regexes(regexes)`, read
    before). `boundary` is a zero-width regex every one of them starts with (e.g. a
    lookbehind for a word start); it finds the places to try."""
    if readings is None:
        readings = read_regexes(regexes)
    table: dict[str, list[int]] = {}
    everywhere = []
    for index, (found, needed) in enumerate(readings):
        if found is None:
            everywhere.append((index, needed))
            continue
        for prefix in found:
            table.setdefault(prefix, []).append(index)
    pairs: dict[str, set[int]] = {}
    for prefix in table:
        if len(prefix) >= 2:
            pairs.setdefault(prefix[:2], set()).add(len(prefix))
    firsts = {p[0] for p in table}
    written = {"0": "0-9", " ": r"\s"}  # the prefix form of digits and blanks
    chars = "".join(
        written.get(c) or re.escape(c) + (re.escape(c.upper()) if c.isalpha() else "")
        for c in sorted(firsts)
    )
    starts = re.compile(f"{boundary}(?=[{chars}])" if chars else "(?!)")
    return Scanner(
        regexes=regexes,
        table={k: tuple(v) for k, v in table.items()},
        singles=frozenset(k for k in table if len(k) == 1),
        pairs={k: tuple(sorted(v)) for k, v in pairs.items()},
        starts=starts,
        everywhere=tuple(everywhere),
    )


def finditer_all(scanner: Scanner, text: str) -> list[list[re.Match[str]]]:
    """For each regex of `scanner`, the list `list(regex.finditer(text))`."""
    regexes = scanner.regexes
    key = text.lower()
    if len(key) != len(text) or _FOLDS_TO_ASCII.search(text):
        return [list(r.finditer(text)) for r in regexes]
    key = _OTHER_BLANK.sub(" ", _NONZERO_DIGIT.sub("0", key))
    found: list[list[re.Match[str]]] = [[] for _ in regexes]
    for index, needed in scanner.everywhere:
        if needed is None or any(n in key for n in needed):
            found[index] = list(regexes[index].finditer(text))
    free_from = [0] * len(regexes)  # finditer resumes after the previous match
    tried = scanner.tried
    for start_match in scanner.starts.finditer(text):
        pos = start_match.start()
        window = key[pos : pos + _DEPTH]
        indexes = tried.get(window)
        if indexes is None:
            indexes = _to_try(scanner, window)
            if len(tried) < _WINDOWS_KEPT:
                tried[window] = indexes
        for index in indexes:
            if pos < free_from[index]:
                continue
            m = regexes[index].match(text, pos)
            if m is not None:
                found[index].append(m)
                free_from[index] = m.end() if m.end() > pos else pos + 1
    return found


_WINDOWS_KEPT = 65536  # bounds `Scanner.tried` over a long run


def _to_try(scanner: Scanner, window: str) -> tuple[int, ...]:
    """The regexes one of whose prefixes starts `window` (the text's next `_DEPTH`
    characters, in prefix form), in table order. A regex listed twice changes nothing: the
    second time it has matched there already (and is skipped) or fails again."""
    table = scanner.table
    found = list(table.get(window[0], ())) if window[0] in scanner.singles else []
    for length in scanner.pairs.get(window[:2], ()):
        found += table.get(window[:length], ())
    return tuple(found)
