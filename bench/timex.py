"""TIMEX3 benchmark: dateline vs dateparser's search_dates on TempEval-3 TBAQ-cleaned.

TempEval-3 Task A scoring: extraction strict (exact span) and relaxed (overlap)
precision/recall/F1, type accuracy over relaxed matches, and value F1 (a system TIMEX
counts when it overlaps a gold TIMEX and its value equals the gold value). The document
creation time (the TIMEX3 with functionInDocument="CREATION_TIME") is given to both
systems as the anchor and is not itself scored.

dateparser baseline: `search_dates(line, languages=["en"], settings={"RELATIVE_BASE": dct,
"PREFER_DATES_FROM": "past"})` on each line of the text. dateparser has no types and no
granularity, so it is scored two ways from the same hits: "dateparser" values every hit
at day granularity (`%Y-%m-%d`, typed DATE; `%Y-%m-%dT%H:%M` typed TIME when the hit shows
a clock: a colon or am/pm); "dateparser+gran" gives it the benefit of the doubt on
granularity (a bare year -> YYYY, a hit naming no day -> YYYY-MM). Durations and sets
are outside what it does.

Development protocol: rules were tuned on AQUAINT and, later, on the even-numbered
TimeBank files ("TimeBank-dev"); the odd-numbered TimeBank files ("TimeBank-check") were
never inspected, only scored. `--errors` writes the dev documents' errors only.

Speed: sentences per second of `find_timexes` on one core (sentences counted by a
`[.!?]` + space split of the same texts).

Usage:
    python3 bench/timex.py [--data ../shared/data/tempeval3/TBAQ-cleaned] [--no-dateparser]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.analyze.timex import find_timexes  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"
_TOKEN = re.compile(r"<[^>]+>|&#?\w+;|[^<&]+|&")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_SENTENCE = re.compile(r"[.!?][\"')]?\s+")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Doc:
    name: str
    part: str
    dct: str
    text: str
    gold: list[Gold] = field(default_factory=list)


def read_tml(path: Path, part: str) -> Doc:
    """The TEXT of a .tml file with its TIMEX3s as character offsets, and the DCT."""
    raw = path.read_text(encoding="utf-8")
    dct_tag = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct = dict(_ATTR.findall(dct_tag.group())).get("value", "") if dct_tag else ""
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    source = body.group(1) if body else ""
    out: list[str] = []
    length = 0
    gold: list[Gold] = []
    open_tag: tuple[int, dict[str, str]] | None = None
    for token in _TOKEN.findall(source):
        if token.startswith("<"):
            if token.startswith("<TIMEX3"):
                open_tag = (length, dict(_ATTR.findall(token)))
            elif token.startswith("</TIMEX3") and open_tag is not None:
                start, attrs = open_tag
                gold.append(Gold(start, length, attrs.get("type", ""), attrs.get("value", "")))
                open_tag = None
            continue
        piece = html.unescape(token)
        out.append(piece)
        length += len(piece)
    return Doc(path.stem, part, dct, "".join(out), gold)


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    type: str
    value: str


def run_dateline(doc: Doc) -> list[Found]:
    """dateline's expressions for one document."""
    return [Found(m.start, m.end, m.type, m.value) for m in find_timexes(doc.text, doc.dct)]


_DP_YEAR = re.compile(r"^\s*(?:in\s+)?\d{4}\s*$", re.I)
_DP_DAY = re.compile(
    r"\d|yesterday|today|tomorrow|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    re.I,
)
_DP_CLOCK = re.compile(r":|\b[ap]\.?m\b", re.I)


def dateparser_hits(doc: Doc) -> list[tuple[int, int, str, datetime]]:
    """dateparser.search_dates hits per line, located in the text left to right."""
    from dateparser.search import search_dates

    base = datetime.fromisoformat(doc.dct[:19]) if doc.dct else datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    hits: list[tuple[int, int, str, datetime]] = []
    for line in re.finditer(r"[^\n]+", doc.text):
        try:
            found = search_dates(line.group(), languages=["en"], settings=settings) or []
        except Exception:  # the baseline's own failures count as no answer
            found = []
        cursor = 0
        for sub, when in found:
            pos = line.group().find(sub, cursor)
            if pos < 0:
                continue
            cursor = pos + len(sub)
            start = line.start() + pos
            hits.append((start, start + len(sub), sub, when))
    return hits


def dateparser_day(hits: list[tuple[int, int, str, datetime]]) -> list[Found]:
    """Every hit a DATE valued at day granularity (a TIME with minutes when it shows a clock)."""
    out = []
    for start, end, sub, when in hits:
        clock = bool(_DP_CLOCK.search(sub))
        value = when.strftime("%Y-%m-%dT%H:%M" if clock else "%Y-%m-%d")
        out.append(Found(start, end, "TIME" if clock else "DATE", value))
    return out


def dateparser_granular(hits: list[tuple[int, int, str, datetime]]) -> list[Found]:
    """As `dateparser_day`, but a bare year is valued YYYY and a hit naming no day YYYY-MM."""
    out = []
    for found, (_, _, sub, when) in zip(dateparser_day(hits), hits, strict=True):
        if found.type == "DATE" and _DP_YEAR.match(sub):
            found = Found(found.start, found.end, "DATE", when.strftime("%Y"))
        elif found.type == "DATE" and not _DP_DAY.search(sub):
            found = Found(found.start, found.end, "DATE", when.strftime("%Y-%m"))
        out.append(found)
    return out


@dataclass
class Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, gold: list[Gold], system: list[Found]) -> None:
        self.gold += len(gold)
        self.system += len(system)
        gold_spans = {(g.start, g.end) for g in gold}
        self.strict += sum(1 for s in system if (s.start, s.end) in gold_spans)
        used: set[int] = set()
        for s in system:
            match = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in used and s.start < g.end and g.start < s.end
                ),
                None,
            )
            if match is None:
                continue
            used.add(match)
            self.relaxed_sys += 1
            self.type_ok += gold[match].type == s.type
            self.value_ok += gold[match].value == s.value
        self.relaxed_gold += len(used)

    def scores(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        sp = self.strict / self.system if self.system else 0.0
        sr = self.strict / self.gold if self.gold else 0.0
        rp = self.relaxed_sys / self.system if self.system else 0.0
        rr = self.relaxed_gold / self.gold if self.gold else 0.0
        vp = self.value_ok / self.system if self.system else 0.0
        vr = self.value_ok / self.gold if self.gold else 0.0
        return {
            "gold": self.gold,
            "system": self.system,
            "strict_p": sp,
            "strict_r": sr,
            "strict_f1": f1(sp, sr),
            "relaxed_p": rp,
            "relaxed_r": rr,
            "relaxed_f1": f1(rp, rr),
            "type_accuracy": self.type_ok / self.relaxed_sys if self.relaxed_sys else 0.0,
            "value_p": vp,
            "value_r": vr,
            "value_f1": f1(vp, vr),
        }


_DP_HITS: dict[str, list[tuple[int, int, str, datetime]]] = {}


def _dp_cache(doc: Doc) -> list[tuple[int, int, str, datetime]]:
    if doc.name not in _DP_HITS:
        _DP_HITS[doc.name] = dateparser_hits(doc)
    return _DP_HITS[doc.name]


def load(data: Path) -> list[Doc]:
    """Every .tml document under the TimeBank, AQUAINT and testpipeline folders."""
    docs = []
    for part in ("TimeBank", "AQUAINT", "testpipeline"):
        for path in sorted((data / part).glob("*.tml")):
            docs.append(read_tml(path, part))
    return docs


def half(doc: Doc, docs: list[Doc]) -> str:
    """TimeBank is split by file order: even files 'TimeBank-dev', odd 'TimeBank-check'."""
    if doc.part != "TimeBank":
        return doc.part
    index = [d.name for d in docs if d.part == "TimeBank"].index(doc.name)
    return "TimeBank-dev" if index % 2 == 0 else "TimeBank-check"


def main() -> None:
    """Run both systems on TBAQ-cleaned, print a Markdown table, write bench/results/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--errors", type=Path, help="write dateline's misses/false hits here")
    args = parser.parse_args()
    docs = load(args.data)
    systems: dict[str, Callable[[Doc], list[Found]]] = {"dateline": run_dateline}
    if not args.no_dateparser:
        systems["dateparser"] = lambda doc: dateparser_day(_dp_cache(doc))
        systems["dateparser+gran"] = lambda doc: dateparser_granular(_dp_cache(doc))
    parts = ["ALL", "TimeBank", "AQUAINT", "TimeBank-dev", "TimeBank-check"]
    results: dict[str, dict[str, dict[str, float]]] = {}
    timing: dict[str, float] = {}
    outputs: dict[str, dict[str, list[Found]]] = {}
    for name, run in systems.items():
        began = time.process_time()
        outputs[name] = {doc.name: run(doc) for doc in docs}
        timing[name] = time.process_time() - began
        if name == "dateparser+gran":  # re-scores the hits of the "dateparser" run
            timing[name] = timing["dateparser"]
        tallies = {part: Tally() for part in parts}
        for doc in docs:
            for part in sorted({"ALL", doc.part, half(doc, docs)}):
                if part in tallies:
                    tallies[part].add(doc.gold, outputs[name][doc.name])
        results[name] = {part: t.scores() for part, t in tallies.items()}
    sentences = sum(len(_SENTENCE.split(doc.text.strip())) for doc in docs)
    speed = {name: sentences / t if t else 0.0 for name, t in timing.items()}
    print(f"TBAQ-cleaned: {len(docs)} documents, {sentences} sentences\n")
    print(
        "| system | set | gold | found | strict P | strict R | strict F1 | relaxed P "
        "| relaxed R | relaxed F1 | type acc | value P | value R | value F1 |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name in systems:
        for part in parts:
            s = results[name][part]
            print(
                f"| {name} | {part} | {s['gold']} | {s['system']} | {s['strict_p']:.3f} "
                f"| {s['strict_r']:.3f} | {s['strict_f1']:.3f} | {s['relaxed_p']:.3f} "
                f"| {s['relaxed_r']:.3f} | {s['relaxed_f1']:.3f} | {s['type_accuracy']:.3f} "
                f"| {s['value_p']:.3f} | {s['value_r']:.3f} | {s['value_f1']:.3f} |"
            )
    print("\n| system | CPU seconds | sentences/s (one core) |\n|---|---|---|")
    for name in systems:
        print(f"| {name} | {timing[name]:.2f} | {speed[name]:.0f} |")
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    payload = {
        "documents": len(docs),
        "sentences": sentences,
        "scores": results,
        "cpu_seconds": timing,
        "sentences_per_second": speed,
    }
    (out_dir / "timex.json").write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n")
    if args.errors:
        dev = [d for d in docs if half(d, docs) in ("AQUAINT", "TimeBank-dev")]
        _write_errors(args.errors, dev, outputs["dateline"])


def _write_errors(path: Path, docs: list[Doc], found: dict[str, list[Found]]) -> None:
    lines = []
    for doc in docs:
        system = found[doc.name]
        for g in doc.gold:
            hit = next((s for s in system if s.start < g.end and g.start < s.end), None)
            gold_text = doc.text[g.start : g.end]
            if hit is None:
                lines.append(f"MISS\t{doc.part}\t{doc.dct}\t{gold_text}\t{g.type}\t{g.value}")
            elif hit.value != g.value or hit.type != g.type:
                lines.append(
                    f"VALUE\t{doc.part}\t{doc.dct}\t{gold_text}\t{g.type}\t{g.value}"
                    f"\t{doc.text[hit.start : hit.end]}\t{hit.type}\t{hit.value}"
                )
        for s in system:
            if not any(s.start < g.end and g.start < s.end for g in doc.gold):
                ctx = doc.text[max(0, s.start - 30) : s.end + 30].replace("\n", " ")
                said = doc.text[s.start : s.end]
                lines.append(f"FALSE\t{doc.part}\t{doc.dct}\t{said}\t{s.type}\t{s.value}\t{ctx}")
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
