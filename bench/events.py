"""PLOVER event benchmark: dateline's sentence coder vs a keyword baseline on the PLOVER GSR.

Data: `plover_gsr.jsonl` (322 sentences, one gold event each, with source and target actors
coded by country and sector). Development half: sentences whose id ends in an odd number;
held-out half: even. Both halves are reported so overfitting shows.

Scores (per the shared README):
  event-type accuracy  the type of the system's main event (`main_event`: the first event
                       in a main clause with an actor) equals the gold type; a sentence
                       with no event is wrong.
  actor P/R/F1         system actors (source and target of the main event) against gold
                       actors, one-to-one: a pair matches when the texts share a word
                       (case-folded), the country codes are equal and the sectors are equal.
                       Codes are compared after mapping CAMEO's own country codes to ISO
                       (JAP->JPN, ITL->ITA, VTN->VNM) and every international body to
                       "IGO"/"NGO"; sectors on their first three letters (gold "CVLalb" is
                       CVL; its variant "CIV" is read as CVL), a gold "***" (coder
                       unsure) matches any sector, and a gold
                       actor without sector matches only a system actor without sector.
  sentences/s          `code_sentence` over all sentences on one core (after a warm-up).

Baseline (same run): one keyword family per PLOVER type (the type's own verbs, e.g.
"agree", "meet/visit", "reject", "threaten"...), first keyword in the sentence wins; its
actors are every country name/demonym the gazetteer finds, coded with no sector.

Usage:
    python3 bench/events.py [--data ../shared/data/plover/plover_gsr.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.analyze import gazetteer  # noqa: E402
from dateline.analyze.event_coder import code_sentence, main_event  # noqa: E402
from dateline.analyze.offices import load_offices  # noqa: E402
from dateline.lexicons import load_table  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "plover" / "plover_gsr.jsonl"
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
_WORD = re.compile(r"\w+")

# The baseline: the verbs that name each type, nothing more.
BASELINE_KEYWORDS = {
    "AGREE": ("agree",),
    "CONSULT": ("meet", "met", "visit", "talks"),
    "SUPPORT": ("support", "praise"),
    "COOPERATE": ("cooperat",),
    "AID": ("aid",),
    "CONCEDE": ("concede", "ease"),
    "RETREAT": ("withdr", "retreat", "release"),
    "INVESTIGATE": ("investigat",),
    "DEMAND": ("demand",),
    "DISAPPROVE": ("critici", "condemn", "accuse"),
    "REJECT": ("reject", "refuse"),
    "THREATEN": ("threat",),
    "PROTEST": ("protest", "demonstrat"),
    "MOBILIZE": ("mobili",),
    "SANCTION": ("sanction", "suspend"),
    "COERCE": ("arrest", "ban"),
    "ASSAULT": ("attack", "kill"),
    "FIGHT": ("fight", "clash"),
}


@dataclass(frozen=True)
class ActorCode:
    text: str
    country: str | None
    sector: str | None


@dataclass
class Tally:
    sentences: int = 0
    type_correct: int = 0
    actor_tp: int = 0
    actor_pred: int = 0
    actor_gold: int = 0
    confusions: dict[str, int] = field(default_factory=dict)

    def scores(self) -> dict[str, float]:
        precision = self.actor_tp / self.actor_pred if self.actor_pred else 0.0
        recall = self.actor_tp / self.actor_gold if self.actor_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "sentences": self.sentences,
            "type_accuracy": round(self.type_correct / self.sentences, 4)
            if self.sentences
            else 0.0,
            "actor_precision": round(precision, 4),
            "actor_recall": round(recall, 4),
            "actor_f1": round(f1, 4),
            "actors_predicted": self.actor_pred,
            "actors_gold": self.actor_gold,
        }


def _igo_codes() -> dict[str, str]:
    """Organisation code -> "IGO"/"NGO" from the gazetteer's organisation lexicon."""
    codes = {}
    for row in load_table("organisations.tsv"):
        if row["sector"] in ("IGO", "NGO") and row["country"]:
            codes[row["country"]] = row["sector"]
    return codes


def norm_code(code: str | None, igo: dict[str, str]) -> str | None:
    if not code:
        return None
    code = CAMEO_TO_ISO.get(code, code)
    return igo.get(code, code)


def norm_sector(sector: str | None) -> str | None:
    if not sector:
        return None
    code = sector[:3].upper()
    return "CVL" if code == "CIV" else code  # the GSR writes civilians both ways


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _matches(pred: ActorCode, gold: ActorCode) -> bool:
    if not (_words(pred.text) & _words(gold.text)):
        return False
    if pred.country != gold.country:
        return False
    if gold.sector == "***":
        return True
    return pred.sector == gold.sector


def score_actors(pred: list[ActorCode], gold: list[ActorCode]) -> int:
    """One-to-one greedy matches between system and gold actors."""
    used: set[int] = set()
    hits = 0
    for p in pred:
        for k, g in enumerate(gold):
            if k not in used and _matches(p, g):
                used.add(k)
                hits += 1
                break
    return hits


def gold_actors(row: dict[str, object], igo: dict[str, str]) -> list[ActorCode]:
    actors = []
    for a in [*row["source"], *(row["target"] or [])]:  # type: ignore[misc]
        sector = a.get("sector")
        actors.append(
            ActorCode(
                a["actorText"],
                norm_code(a.get("code"), igo),
                "***" if sector == "***" else norm_sector(sector),
            )
        )
    return actors


def dateline_system(text: str, igo: dict[str, str]) -> tuple[str | None, list[ActorCode]]:
    main = main_event(code_sentence(text, None, offices=load_offices()))
    if main is None:
        return None, []
    actors = [
        ActorCode(a.text, norm_code(a.country, igo), norm_sector(a.sector))
        for a in (*main.source, *main.target)
        if a.kind != "pronoun"
    ]
    return main.type, actors


def baseline_system(text: str, igo: dict[str, str]) -> tuple[str | None, list[ActorCode]]:
    lower = text.lower()
    best: tuple[int, str] | None = None
    for label, keywords in BASELINE_KEYWORDS.items():
        for keyword in keywords:
            found = re.search(r"\b" + re.escape(keyword), lower)
            if found and (best is None or found.start() < best[0]):
                best = (found.start(), label)
    actors = [
        ActorCode(text[m.start : m.end], norm_code(m.entry.country, igo), None)
        for m in gazetteer.find(text)
        if m.entry.type == "country"
    ]
    return (best[1] if best else None), actors


def half(row_id: str) -> str:
    number = int(row_id.rsplit("-", 1)[-1])
    return "dev (odd ids)" if number % 2 else "held-out (even ids)"


def main() -> None:
    """Run dateline and the baseline on the GSR, print a Markdown table, write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="print dev-half type errors")
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="score the dev half alone (for iterating: the held-out half is not run)",
    )
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    if args.dev_only:
        rows = [row for row in rows if half(row["id"]).startswith("dev")]
    igo = _igo_codes()
    systems = {"dateline": dateline_system, "keyword baseline": baseline_system}
    results: dict[str, dict[str, dict[str, float]]] = {}
    speed: dict[str, float] = {}
    for name, system in systems.items():
        system(rows[0]["text"], igo)  # warm-up: lexicons and gazetteer load once
        tallies: dict[str, Tally] = {}
        started = time.process_time()
        outputs = [system(row["text"], igo) for row in rows]
        elapsed = time.process_time() - started
        speed[name] = round(len(rows) / elapsed, 1) if elapsed else 0.0
        for row, (label, actors) in zip(rows, outputs, strict=True):
            for part in (half(row["id"]), "all"):
                tally = tallies.setdefault(part, Tally())
                tally.sentences += 1
                tally.type_correct += label == row["event"]
                gold = gold_actors(row, igo)
                tally.actor_gold += len(gold)
                tally.actor_pred += len(actors)
                tally.actor_tp += score_actors(actors, gold)
            dev = half(row["id"]).startswith("dev")
            if args.errors and name == "dateline" and dev and label != row["event"]:
                print(f"TYPE {row['id']}: {label} != {row['event']}", file=sys.stderr)
        results[name] = {part: tally.scores() for part, tally in sorted(tallies.items())}
    parts = ["dev (odd ids)"] if args.dev_only else ["dev (odd ids)", "held-out (even ids)", "all"]
    print("| system | half | sentences | type acc. | actor P | actor R | actor F1 | sent/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name in systems:
        for part in parts:
            s = results[name][part]
            print(
                f"| {name} | {part} | {s['sentences']} | {s['type_accuracy']:.3f} | "
                f"{s['actor_precision']:.3f} | {s['actor_recall']:.3f} | {s['actor_f1']:.3f} | "
                f"{speed[name] if part == 'all' else ''} |"
            )
    if args.dev_only:
        return  # a partial run does not overwrite the recorded results
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / "events.json"
    payload = {"data": str(args.data), "scores": results, "sentences_per_second": speed}
    out.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
