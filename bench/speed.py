"""What the analysis costs next to the extraction it follows, step by step.

For the same news pages, in one run on one core (CPU time, `time.process_time`):
  - extraction: `read(page, facts=False)` (trafilatura + dateline's news layer);
  - each analysis step of the default pipeline (sentences, entities, timexes, quotes,
    events), run on the extracted articles;
and the sentences per second of the whole analysis. Lexicons load once per process
before timing (the start-up cost is reported apart). The issue's targets: >= 1,000
sentences/s, and the whole analysis cheaper than the extraction.

Usage:
    python3 bench/speed.py [--shared ../shared] [--pages 120] [--set zyte|wcxb]

Prints a Markdown table; writes bench/results/speed.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from dateline.analyze.registry import default_pipeline
from dateline.analyze.sentences import split_sentences
from dateline.reader import read

ROOT = Path(__file__).resolve().parents[1]


def page_files(shared: Path, which: str, pages: int) -> list[Path]:
    """The first `pages` HTML pages of one evaluation set, in name order."""
    folder = {
        "zyte": shared / "data" / "zyte-article-extraction" / "html",
        "wcxb": shared / "data" / "wcxb-dev" / "html",
    }[which]
    return sorted(folder.glob("*.html.gz"))[:pages]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--set", dest="which", choices=["zyte", "wcxb"], default="zyte")
    args = parser.parse_args()

    raw = [gzip.decompress(p.read_bytes()) for p in page_files(args.shared, args.which, args.pages)]
    started = time.process_time()
    steps = default_pipeline()
    read(b"<html><body><p>Warm up the lexicons, said Ana Ruiz on Monday.</p></body></html>")
    startup = time.process_time() - started

    started = time.process_time()
    articles = [read(page, facts=False) for page in raw]
    extraction = time.process_time() - started

    sentences = sum(len(split_sentences(a.text)) for a in articles)
    per_step: dict[str, float] = {s.name: 0.0 for s in steps}
    for article in articles:
        for current in steps:
            t0 = time.process_time()
            article = current.fn(article)
            per_step[current.name] += time.process_time() - t0
    analysis = sum(per_step.values())

    rows = [("extraction (read, facts=False)", extraction, len(articles) / extraction, None)]
    rows += [
        (f"analysis: {name}", secs, None, sentences / secs if secs else 0.0)
        for name, secs in per_step.items()
    ]
    rows.append(("analysis: all steps", analysis, len(articles) / analysis, sentences / analysis))
    print(
        f"{len(articles)} {args.which} pages, {sentences} sentences; "
        f"lexicon start-up {startup:.2f} s CPU (once per process)\n"
    )
    print("| stage | CPU s | pages/s | sentences/s |\n|---|---:|---:|---:|")
    for name, secs, pps, sps in rows:
        pages_cell = f"{pps:.1f}" if pps is not None else ""
        sentences_cell = f"{sps:,.0f}" if sps is not None else ""
        print(f"| {name} | {secs:.2f} | {pages_cell} | {sentences_cell} |")
    print(f"\nanalysis / extraction = {analysis / extraction:.2f}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "speed.json").write_text(
        json.dumps(
            {
                "set": args.which,
                "pages": len(articles),
                "sentences": sentences,
                "startup_s": startup,
                "extraction_s": extraction,
                "analysis_s": per_step,
                "analysis_over_extraction": analysis / extraction,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
