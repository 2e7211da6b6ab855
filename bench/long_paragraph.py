"""Cost of one very long paragraph: a page that is a single unpunctuated block (a table or
a list read as prose) must cost time in proportion to its length, not its square.

Text is generated here (news words in random order, a few full stops), so no data is
needed. Prints CPU seconds of `read()` with facts, per size, and per 100,000 characters.

Usage:
    python3 bench/long_paragraph.py [--sizes 50000,100000,200000,400000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline import read  # noqa: E402

WORDS = [
    *("the", "minister", "said", "that", "talks", "with", "Russia", "on", "Monday", "would"),
    *("resume", "in", "Geneva", "next", "month", "and", "officials", "told", "reporters"),
]


def page(chars: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    length = 0
    while length < chars:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return "A long page\n\n" + " ".join(words) + "."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,100000,200000,400000")
    args = parser.parse_args()
    read(page(2000), format="text")  # load the lexicons first
    print("| characters | CPU s | CPU s per 100k characters | quotes | events |")
    print("|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        text = page(size)
        start = time.process_time()
        article = read(text, format="text")
        spent = time.process_time() - start
        print(
            f"| {len(text):,} | {spent:.2f} | {spent / len(text) * 100_000:.2f} "
            f"| {len(article.quotes)} | {len(article.events)} |"
        )


if __name__ == "__main__":
    main()
