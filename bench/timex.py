"""TIMEX3 benchmark: dateline vs dateparser's search_dates on TempEval-3 TBAQ-cleaned.

TempEval-3 Task A scoring: extraction strict (exact span) and relaxed (overlap)
precision/recall/F1, type accuracy over relaxed matches, and value F1 (a system TIMEX
counts when it overlaps a gold TIMEX and its value equals the gold value). The document
creation time (the TIMEX3 with functionInDocument="CREATION_TIME") is given to both
systems as the anchor and is not itself scored.

dateparser baseline: `search_dates(text, languages=["en"], settings={"RELATIVE_BASE": dct,
"PREFER_DATES_FROM": "past"})`; every hit is typed DATE and valued at day granularity
(`%Y-%m-%d`), or `%Y-%m-%dT%H:%M` when the hit shows a clock time (a colon, am/pm).

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


def run_dateparser(doc: Doc) -> list[Found]:
    """dateparser.search_dates hits, located in the text left to right."""
    from dateparser.search import search_dates

    base = datetime.fromisoformat(doc.dct[:19]) if doc.dct else datetime(2000, 1, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    found: list[Found] = []
    for para_match in re.finditer(r"[^\n]+", doc.text):
        para = para_match.group()
        try:
            hits = search_dates(para, languages=["en"], settings=settings) or []
        except Exception:  # the baseline's own failures count as no answer
            hits = []
        cursor = 0
        for sub, when in hits:
            pos = para.find(sub, cursor)
            if pos < 0:
                continue
            cursor = pos + len(sub)
            clock = ":" in sub or re.search(r"\b[ap]\.?m\b", sub, re.I)
            value = when.strftime("%Y-%m-%dT%H:%M" if clock else "%Y-%m-%d")
            start = para_match.start() + pos
            found.append(Found(start, start + len(sub), "TIME" if clock else "DATE", value))
    return found


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


def load(data: Path) -> list[Doc]:
    """Every .tml document under the TimeBank, AQUAINT and testpipeline folders."""
    docs = []
    for part in ("TimeBank", "AQUAINT", "testpipeline"):
        for path in sorted((data / part).glob("*.tml")):
            docs.append(read_tml(path, part))
    return docs


def main() -> None:
    """Run both systems on TBAQ-cleaned, print a Markdown table, write bench/results/."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--errors", type=Path, help="write dateline's misses/false hits here")
    args = parser.parse_args()
    docs = load(args.data)
    systems = {"dateline": run_dateline}
    if not args.no_dateparser:
        systems["dateparser"] = run_dateparser
    parts = ["ALL", "TimeBank", "AQUAINT"]
    results: dict[str, dict[str, dict[str, float]]] = {}
    timing: dict[str, float] = {}
    outputs: dict[str, dict[str, list[Found]]] = {}
    for name, run in systems.items():
        began = time.process_time()
        outputs[name] = {doc.name: run(doc) for doc in docs}
        timing[name] = time.process_time() - began
        tallies = {part: Tally() for part in parts}
        for doc in docs:
            for part in ("ALL", doc.part):
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
        _write_errors(args.errors, docs, outputs["dateline"])


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
                lines.append(
                    f"FALSE\t{doc.part}\t{doc.dct}\t{doc.text[s.start : s.end]}\t{s.type}\t{s.value}\t{ctx}"
                )
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
