"""Whole-article events: dateline against the events an analyst expects, on articles we wrote.

Reads tests/fixtures/events/*.txt and their .expected.json (see tests/event_articles.py for
how an event is matched) and prints, per article, expected events found / expected, the
events no expectation or acceptable entry covers, and with -v what was missed and got.
Articles named heldout_* (and heldout2_*, the next set) were written after the others, with
their expectations, and are not studied: --split study (the default) leaves them out,
--split heldout scores only them.

Usage:
    PYTHONPATH=src python3 bench/event_articles.py [-v] [--split study|heldout|all]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.event_articles import article_names, describe, score  # noqa: E402

HELD_OUT_PREFIXES = ("heldout_", "heldout2_")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--split", choices=("study", "heldout", "all"), default="study")
    args = parser.parse_args()
    found = total = extras = 0
    for name in article_names():
        held_out = name.startswith(HELD_OUT_PREFIXES)
        if (args.split == "study" and held_out) or (args.split == "heldout" and not held_out):
            continue
        result, article = score(name)
        right = len(result.found)
        count = right + len(result.missed)
        found, total, extras = found + right, total + count, extras + len(result.extras)
        print(f"{name:20} {right}/{count} found, {len(result.extras)} extra")
        if args.verbose:
            for want in result.missed:
                print("   MISSED", json.dumps({k: v for k, v in want.items() if k != "note"}))
            for event in result.extras:
                print("   EXTRA ", describe(event))
            for event in article.events:
                print("   got   ", describe(event))
    print(f"{'all':20} {found}/{total} found, {extras} extra")


if __name__ == "__main__":
    main()
