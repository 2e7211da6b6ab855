"""Proof that a speed-up left the analysis output unchanged.

Runs the full `read()` over the first N Zyte and N WCXB evaluation pages and
`code_sentence` (both `coded_only` settings) over every PLOVER GSR sentence, and writes
one line per item: its id and a SHA-256 of its facts as JSON (entities, mentions, events,
and the whole Article). Run it at two commits and compare the files: they must be
identical (`cmp` or `diff`).

Usage:
    python3 bench/analysis_regression.py [--shared ../shared] [--pages 150] \
        [--out bench/results/analysis_regression.txt]

Prints the number of items and one digest over all of them.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.analyze.event_coder import code_sentence  # noqa: E402
from dateline.reader import read  # noqa: E402


def _digest(value: object) -> str:
    """SHA-256 of a JSON-able value, keys sorted."""
    blob = json.dumps(value, sort_keys=True, ensure_ascii=False, default=_plain)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _plain(value: object) -> object:
    """JSON fallback for dataclasses and tuples of them."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return repr(value)


def page_lines(shared: Path, pages: int) -> list[str]:
    """One digest line per evaluation page: entities, mentions, events, whole article
    (or the error `read` raised, which is output too)."""
    lines = []
    for folder in ("zyte-article-extraction", "wcxb-dev"):
        files = sorted((shared / "data" / folder / "html").glob("*.html.gz"))[:pages]
        for path in files:
            try:
                article = read(gzip.decompress(path.read_bytes()))
            except Exception as error:
                lines.append(f"{folder}/{path.name} error {type(error).__name__}: {error}")
                continue
            data = article.model_dump(mode="json")
            parts = [
                _digest(data["entities"]),
                _digest(data["mentions"]),
                _digest(data["events"]),
                _digest(data),
            ]
            lines.append(f"{folder}/{path.name} " + " ".join(parts))
    return lines


def plover_lines(shared: Path) -> list[str]:
    """One digest line per PLOVER sentence: `code_sentence` coded-only and all actors."""
    lines = []
    data = shared / "data" / "plover" / "plover_gsr.jsonl"
    for row in data.read_text(encoding="utf-8").splitlines():
        if not row.strip():
            continue
        item = json.loads(row)
        try:
            coded = code_sentence(item["text"])
            every = code_sentence(item["text"], coded_only=False)
        except Exception as error:
            lines.append(f"plover/{item['id']} error {type(error).__name__}: {error}")
            continue
        lines.append(f"plover/{item['id']} {_digest(coded)} {_digest(every)}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "analysis_regression.txt"
    )
    args = parser.parse_args()
    lines = page_lines(args.shared, args.pages) + plover_lines(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    print(f"{len(lines)} items; digest {total}; written to {args.out}")


if __name__ == "__main__":
    main()
