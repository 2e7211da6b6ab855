"""Actor precision by route: how each actor of a main event was found, and how often it is right.

For every actor dateline's sentence coder gives the main event (as bench/events.py scores it),
the route is the chain of argument rules that found it (subject before the verb, object
after it, "with X", "between X and Y", a possessive, a pronoun resolved, a coordinated
actor, a shared subject from an earlier clause, ...) plus what the actor is (its kind and
whether it has a sector). Each actor is matched against gold as bench/events.py matches
(one-to-one, greedy). Errors are split into: no gold actor shares a word ("wrong actor"),
one does but the country differs ("country"), or only the sector differs ("sector").

Runs only on the studied material: the odd half of the PLOVER GSR and the study part of
the own sentences (the held-out parts are never read here).

Usage:
    python3 bench/actor_routes.py [--by route|kind|both] [--show ROUTE_PREFIX]
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from dateline.analyze import event_arguments  # noqa: E402
from dateline.analyze import event_coder as ec  # noqa: E402
from dateline.analyze.actors import ActorPhrase  # noqa: E402
from dateline.analyze.offices import load_offices  # noqa: E402
from events import (  # noqa: E402
    DEFAULT_DATA,
    ActorCode,
    _igo_codes,
    _matches,
    _words,
    gold_actors,
    half,
    norm_code,
    norm_sector,
)
from events_own import load_rows, own_gold  # noqa: E402

# Argument rules (as `event_arguments` names them) whose returned actors are tagged with the
# call chain that found them; the routes below use the rule's name in the second column.
TRACED = {
    "verb_arguments": "_verb_arguments",
    "noun_arguments": "_noun_arguments",
    "_passive_arguments": "_passive_arguments",
    "_demand_arguments": "_demand_arguments",
    "_speaker": "_speaker",
    "_subject": "_subject",
    "actors_after": "_after",
    "_indirect_object": "_indirect_object",
    "_coordinated": "_coordinated",
    "_resolve_pronoun": "_resolve_pronoun",
    "_named_by_apposition": "_named_by_apposition",
}
# One dict per active traced call: actor span -> the route below that call.
_detail = False
_frames: list[dict[tuple[int, int], str]] = []
_mentions: dict[tuple[int, int], dict[tuple[int, int], str]] = {}


def _label(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    if name == "_after":
        prep = args[3] if len(args) > 3 else kwargs.get("preposition")
        return f"after({prep or 'object'})"
    return name.strip("_")


def _own_route(name: str, label: str, k: int, actor: ActorPhrase, args: tuple[Any, ...]) -> str:
    """The route an argument rule gives an actor it returns itself (no inner rule found it)."""
    if name == "_coordinated" and k > 0:
        return "conj"
    if name == "_subject" and args[2] > actor.start:
        return "subject[earlier clause]"
    if name == "_after" and _detail:
        words = [t.lower for t in args[0].tokens[args[1] : actor.start]]
        content = [w for w in words if w not in ("the", "a", "an", "his", "her", "their", "its")]
        gap = "0" if not content else ("1-2" if len(content) <= 2 else "3+")
        return f"{label}[gap {gap}; {words[-1] if words else '-'}]"
    return label


def _traced(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        label = _label(name, args, kwargs)
        _frames.append({})
        try:
            result = func(*args, **kwargs)
        finally:
            below = _frames.pop()
        found = (result,) if name == "_named_by_apposition" else result
        if isinstance(found, tuple) and found and isinstance(found[0], tuple):
            found = tuple(a for part in found for a in part)  # (source, target)
        mine: dict[tuple[int, int], str] = {}
        for k, actor in enumerate(a for a in found if isinstance(a, ActorPhrase)):
            key = (actor.char_start, actor.char_end)
            inner = below.get(key)
            if name in ("_verb_arguments", "_noun_arguments"):
                pos = name.strip("_").split("_")[0]
                mine[key] = f"{pos}:{inner or 'direct'}"
            elif name == "_coordinated":
                own = _own_route(name, label, k, actor, args)
                mine[key] = own + (">" + inner if inner else "") if k else (inner or "head")
            elif name == "_named_by_apposition":
                if actor != args[1]:
                    mine[key] = "apposition"
            elif name == "_subject" and inner:
                earlier = "[earlier clause]" if args[2] > actor.start else ""
                mine[key] = label + earlier + ">" + inner
            else:
                own = _own_route(name, label, k, actor, args)
                mine[key] = own + (">" + inner if inner else "")
        if _frames:
            _frames[-1].update(mine)
        elif name in ("_verb_arguments", "_noun_arguments"):
            _mentions[_trigger_key(args)] = mine
        return result

    return wrapper


def _trigger_key(args: tuple[Any, ...]) -> tuple[int, int]:
    ctx, match = args[0], args[1]
    return (ctx.tokens[match.start].start, ctx.tokens[match.end - 1].end)


def install() -> None:
    """Trace each rule wherever the coder's modules bind it (its own and those importing it)."""
    for name, route in TRACED.items():
        rule = getattr(event_arguments, name)
        traced = _traced(route, rule)
        for module_name, module in list(sys.modules.items()):
            if (
                module_name.startswith("dateline.analyze.event_")
                and getattr(module, name, None) is rule
            ):
                setattr(module, name, traced)


def code(text: str, igo: dict[str, str]) -> tuple[str | None, list[tuple[ActorCode, str, str]]]:
    """The main event's type and its actors, each with route and kind."""
    _mentions.clear()
    main = ec.main_event(ec.code_sentence(text, None, offices=load_offices()))
    if main is None:
        return None, []
    out = []
    for role, actors in (("src", main.source), ("tgt", main.target)):
        for a in actors:
            if a.kind == "pronoun":
                continue
            routes = _mentions.get(main.trigger, {})
            route = routes.get((a.char_start, a.char_end), "untraced")
            kind = f"{a.kind}/{'sector' if a.sector else 'nosector'}"
            if a.town:
                kind += "/town"
            out.append(
                (
                    ActorCode(a.text, norm_code(a.country, igo), norm_sector(a.sector)),
                    f"{role}:{route}",
                    kind,
                )
            )
    return main.type, out


def judge(pred: list[ActorCode], gold: list[ActorCode]) -> list[str]:
    """Per system actor: "ok", or why not (greedy one-to-one, as the benchmark scores)."""
    used: set[int] = set()
    verdicts = []
    for p in pred:
        verdict = ""
        for k, g in enumerate(gold):
            if k not in used and _matches(p, g):
                used.add(k)
                verdict = "ok"
                break
        if not verdict:
            same = [g for g in gold if _words(p.text) & _words(g.text)]
            if not same:
                verdict = "wrong actor"
            elif all(g.country != p.country for g in same):
                verdict = "country"
            else:
                verdict = "sector"
        verdicts.append(verdict)
    return verdicts


types: dict[str, str] = {}


def studied_rows(igo: dict[str, str]) -> list[tuple[str, str, str, list[ActorCode]]]:
    """(corpus, id, text, gold actors) of the studied material only; gold types to `types`."""
    rows = []
    for line in DEFAULT_DATA.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line else None
        if row and half(row["id"]).startswith("dev"):
            rows.append(("gsr", row["id"], row["text"], gold_actors(row, igo)))
            types[row["id"]] = row["event"]
    for own in load_rows("study"):
        rows.append(("own", str(own["id"]), str(own["text"]), own_gold(own, igo)))
        types[str(own["id"])] = str(own["event"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--by", choices=("route", "kind", "both", "type"), default="route")
    parser.add_argument(
        "--show", help="print the wrong actors whose route or kind contains this ('' for all)"
    )
    parser.add_argument("--detail", action="store_true", help="split after(X) by gap and word")
    parser.add_argument("--dump", type=Path, help="write one line per actor (to diff two runs)")
    args = parser.parse_args()
    global _detail
    _detail = args.detail
    install()
    dump: list[str] = []
    igo = _igo_codes()
    table: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for corpus, row_id, text, gold in studied_rows(igo):
        label, found = code(text, igo)
        verdicts = judge([a for a, _, _ in found], gold)
        for (actor, route, kind), verdict in zip(found, verdicts, strict=True):
            typed = "type ok" if label == types[row_id] else "type wrong"
            key = {"route": route, "kind": kind, "both": f"{route} | {kind}", "type": typed}[
                args.by
            ]
            table[(key, corpus)][verdict] += 1
            dump.append(
                f"{row_id}\t{actor.text}/{actor.country}/{actor.sector}\t{verdict}\t{route}"
            )
            if args.show is not None and verdict != "ok" and args.show in f"{route} | {kind}":
                desc = "; ".join(f"{g.text}/{g.country}/{g.sector}" for g in gold)
                print(
                    f"{verdict:11} {row_id} {actor.text}/{actor.country}/{actor.sector} "
                    f"[{route} | {kind}]\n    gold {desc}\n    {text}"
                )
    if args.dump:
        args.dump.write_text("\n".join(dump) + "\n", encoding="utf-8")
    keys = sorted(
        {k for k, _ in table},
        key=lambda k: -sum(sum(table[(k, c)].values()) for c in ("gsr", "own")),
    )
    print("| route | GSR n | GSR P | own n | own P | wrong actor | country | sector |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for key in keys:
        cells = []
        for corpus in ("gsr", "own"):
            tally = table[(key, corpus)]
            n = sum(tally.values())
            cells += [str(n), f"{tally['ok'] / n:.2f}" if n else "-"]
        both = table[(key, "gsr")] + table[(key, "own")]
        print(
            f"| {key} | {' | '.join(cells)} | {both['wrong actor']} | {both['country']} | "
            f"{both['sector']} |"
        )


if __name__ == "__main__":
    main()
