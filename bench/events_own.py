"""PLOVER generalisation benchmark: dateline's sentence coder on sentences written for dateline.

Data: tests/fixtures/plover_own/{study,heldout}.jsonl, about 300 news sentences written by hand
over all 18 PLOVER types and their modes, with varied actors (leaders by title, ministries,
militaries, rebels, protesters, companies, UN bodies, demonyms, capitals), tenses, voices
(passives, nominalisations, "held talks", "is on a visit to") and reported speech. The gold
(type, actors with country and sector) was written before dateline was run on them. Rules
are tuned on the study part; the heldout part is scored only to report. A harder part,
{hard_study,hard_heldout}.jsonl (about 150 long wire-copy sentences with several clauses and
candidate triggers, reported events, nominal and passive main events), is split the same way.
A study-only actor part, actors_study.jsonl (wire-copy sentences over ways of naming an
actor: titles with names, capitals, ethnic and separatist groups), checks actor coding rules;
a second one, actors_fresh.jsonl (titled officials, courts, companies, international bodies
and their people, and sentences whose only actors are pronouns or generic nouns with no
country, where dateline should abstain), checks them on sentences written later.
A later study part, fresh.jsonl (227 wire sentences over all 18 types in five batches, gold
written before each batch's first run), checks that rules carry to sentences no earlier rule
was tuned on.

Scores are those of bench/events.py (type accuracy of the main event, actor P/R/F1 on text
word overlap + country + sector), against the same keyword baseline.

Usage:
    python3 bench/events_own.py [--part PART] [--errors]   (PART: one of PARTS below)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from events import (  # noqa: E402
    ActorCode,
    Tally,
    _igo_codes,
    baseline_system,
    dateline_system,
    gold_actors,
    score_actors,
)

DATA_DIR = ROOT / "tests" / "fixtures" / "plover_own"
PARTS = (
    *("study", "heldout", "hard_study", "hard_heldout"),
    *("actors_study", "actors_fresh", "fresh"),
)
STUDY_PARTS = ("study", "hard_study", "actors_study", "actors_fresh", "fresh")
# CAMEO's code for transnational militant groups; dateline codes them as international bodies.
CAMEO_TRANSNATIONAL = {"IMG": "IGO"}


def load_rows(part: str) -> list[dict[str, object]]:
    """The sentences of one part; lines starting with '#' are the file's header."""
    path = DATA_DIR / f"{part}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line and not line.startswith("#")]


def own_gold(row: dict[str, object], igo: dict[str, str]) -> list[ActorCode]:
    return [
        ActorCode(a.text, CAMEO_TRANSNATIONAL.get(a.country or "", a.country), a.sector)
        for a in gold_actors(row, igo)
    ]


def _describe(actors: list[ActorCode]) -> str:
    return "; ".join(f"{a.text}/{a.country or '-'}/{a.sector or '-'}" for a in actors)


def main() -> None:
    """Score dateline and the keyword baseline on one part and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, default="study")
    parser.add_argument(
        "--errors", action="store_true", help="print type and actor errors (study parts only)"
    )
    args = parser.parse_args()
    if args.errors and args.part not in STUDY_PARTS:
        parser.error("errors are shown for the study parts only")
    rows = load_rows(args.part)
    igo = _igo_codes()
    systems = {"dateline": dateline_system, "keyword baseline": baseline_system}
    print("| system | part | sentences | type acc. | actor P | actor R | actor F1 |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, system in systems.items():
        tally = Tally()
        for row in rows:
            label, actors = system(str(row["text"]), igo)
            gold = own_gold(row, igo)
            hits = score_actors(actors, gold)
            tally.sentences += 1
            tally.type_correct += label == row["event"]
            tally.actor_gold += len(gold)
            tally.actor_pred += len(actors)
            tally.actor_tp += hits
            if (
                args.errors
                and name == "dateline"
                and (label != row["event"] or hits < max(len(actors), len(gold)))
            ):
                print(
                    f"{row['id']}: {label} != {row['event']} | {row['text']}\n"
                    f"    sys  {_describe(actors)}\n    gold {_describe(gold)}",
                    file=sys.stderr,
                )
        s = tally.scores()
        print(
            f"| {name} | {args.part} | {s['sentences']} | {s['type_accuracy']:.3f} | "
            f"{s['actor_precision']:.3f} | {s['actor_recall']:.3f} | {s['actor_f1']:.3f} |"
        )


if __name__ == "__main__":
    main()
