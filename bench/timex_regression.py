"""Does the time-expression finder still give the same output? A before/after check.

Runs `find_timexes` over every TempEval-3 TBAQ-cleaned text (with its creation time, and
again without one and with day-first numeric dates, to reach the X-placeholder and DMY
paths) and over the fields (headline, standfirst, body, captions) of the first pages of
the bench sets, and writes every match as (start, end, text, type, value, mod, anchor,
rule, interval). Run it once with the code before a change and once after, then compare:

    git archive <commit> src | tar -x -C /tmp/timex-base
    PYTHONPATH=/tmp/timex-base/src python3 bench/timex_regression.py \
        --write bench/results/timex_before.json
    PYTHONPATH=src python3 bench/timex_regression.py --write bench/results/timex_after.json \
        --compare bench/results/timex_before.json

`--compare` prints the first differences and exits with status 1 when there are any.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from dateline.analyze.timex import date_order_for, find_timexes  # noqa: E402
from dateline.reader import read  # noqa: E402
from timex import DEFAULT_DATA, load  # noqa: E402  (bench/timex.py: the TBAQ reader)

Row = list[object]


def rows(text: str, dct: str | None, order: str) -> list[Row]:
    """Every field of every match of one text, as plain JSON data."""
    return [
        [m.start, m.end, m.text, m.type, m.value, m.mod, m.anchor, m.rule, m.interval]
        for m in find_timexes(text, dct, date_order=order)
    ]


def page_texts(shared: Path, pages: int) -> list[tuple[str, str | None, str, str]]:
    """(name, dct, date order, text) for each field of the first pages of both bench sets."""
    out = []
    for which in ("zyte-article-extraction", "wcxb-dev"):
        files = sorted((shared / "data" / which / "html").glob("*.html.gz"))[:pages]
        for path in files:
            article = read(gzip.decompress(path.read_bytes()), facts=False)
            dct = article.published.value if article.published else None
            order = date_order_for(article.outlet.domain, article.language)
            fields = [("headline", article.headline), ("standfirst", article.standfirst)]
            fields.append(("text", article.text))
            fields += [(f"caption{i}", im.caption) for i, im in enumerate(article.images)]
            for name, text in fields:
                if text:
                    out.append((f"{which}/{path.name}/{name}", dct, order, text))
    return out


def collect(data: Path, shared: Path, pages: int) -> tuple[dict[str, list[Row]], float]:
    """All matches by case name, and the CPU seconds `find_timexes` took over them."""
    cases: list[tuple[str, str | None, str, str]] = []
    for doc in load(data):
        cases.append((f"tbaq/{doc.name}", doc.dct, "MDY", doc.text))
        cases.append((f"tbaq-nodct-dmy/{doc.name}", None, "DMY", doc.text))
    cases += page_texts(shared, pages)
    began = time.process_time()
    found = {name: rows(text, dct, order) for name, dct, order, text in cases}
    return found, time.process_time() - began


def compare(before: dict[str, list[Row]], after: dict[str, list[Row]]) -> int:
    """Print the differences; return how many cases differ."""
    differing = 0
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        differing += 1
        if differing <= 10:
            print(f"DIFF {name}")
            old_set = {json.dumps(r) for r in old or []}
            new_set = {json.dumps(r) for r in new or []}
            for r in sorted(old_set - new_set)[:5]:
                print(f"  - {r}")
            for r in sorted(new_set - old_set)[:5]:
                print(f"  + {r}")
    return differing


def main() -> None:
    """Collect the matches, write them, and compare with an earlier run when asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--pages", type=int, default=80, help="pages of each bench set")
    parser.add_argument("--write", type=Path, required=True)
    parser.add_argument("--compare", type=Path)
    args = parser.parse_args()
    found, seconds = collect(args.data, args.shared, args.pages)
    found = json.loads(json.dumps(found))  # tuples as lists, as read back
    args.write.parent.mkdir(parents=True, exist_ok=True)
    args.write.write_text(json.dumps(found, sort_keys=True, ensure_ascii=False) + "\n")
    total = sum(len(v) for v in found.values())
    source = Path(sys.modules["dateline"].__file__ or "").parent
    print(f"dateline from {source}")
    print(f"{len(found)} texts, {total} expressions; find_timexes {seconds:.2f} s CPU")
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        differing = compare(before, found)
        print(f"{differing} of {len(found)} texts differ from {args.compare}")
        sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
