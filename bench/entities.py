"""Benchmark the sentence, entity, role and coreference analysis, side by side with peers.

Measures, in one run:
  1. speed: HTML extraction (dateline's trafilatura-based `read(..., facts=False)`) against
     the analysis steps "sentences" + "entities" on the same zyte pages, and sentence
     splitting alone against pysbd (a rule-based peer) and a naive regex splitter;
  2. actor coding on PLOVER gold sentences: for each gold source/target actor whose code
     is an ISO 3166 alpha-3 country, whether a mention covers the actor's words and which
     country the analysis gives it (country / capital / person role / group / organisation);
  3. speaker mentions on PolNeAR dev: the share of attribution sources (first fragment)
     that one of our mentions overlaps, by source shape (pronoun, capitalised name, other).

Usage:
    PYTHONPATH=src python3 bench/entities.py [--shared ../shared] [--pages 60]

Prints a Markdown table per measure; writes bench/results/entities.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from pathlib import Path
from typing import Any

from dateline.analyze.entities import entities_step
from dateline.analyze.gazetteer import lookup
from dateline.analyze.sentences import sentences_step, split_sentences
from dateline.model import Article, Paragraph
from dateline.reader import read

ROOT = Path(__file__).resolve().parents[1]
_NAIVE = re.compile(r"(?<=[.!?])\s+")
_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "they", "we", "i", "it"})


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _text_article(text: str) -> Article:
    paragraphs, offset = [], 0
    for part in text.split("\n\n"):
        paragraphs.append(Paragraph(start=offset, end=offset + len(part)))
        offset += len(part) + 2
    return Article(id="b", text=text, paragraphs=paragraphs)


def bench_speed(shared: Path, pages: int) -> dict[str, Any]:
    """Extraction vs analysis time on the same pages; splitters side by side."""
    import pysbd

    files = sorted((shared / "data" / "zyte-article-extraction" / "html").glob("*.html.gz"))
    files = files[:pages]
    t0 = time.process_time()
    entities_step(sentences_step(_text_article("Warm-up: Anna Hale met officials in Paris.")))
    startup = time.process_time() - t0
    extract_s = analyse_s = 0.0
    sentences = chars = 0
    texts = []
    for path in files:
        html = gzip.decompress(path.read_bytes())
        t0 = time.process_time()
        article = read(html, format="html", facts=False)
        extract_s += time.process_time() - t0
        t0 = time.process_time()
        analysed = entities_step(sentences_step(article))
        analyse_s += time.process_time() - t0
        sentences += len(analysed.sentences)
        chars += len(article.text)
        texts.append(article.text)
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
    split = {}
    for name, fn in (
        ("dateline split_sentences", split_sentences),
        ("pysbd 0.3", segmenter.segment),
        ("naive regex", _NAIVE.split),
    ):
        t0 = time.process_time()
        count = sum(len(fn(text)) for text in texts if text)
        seconds = time.process_time() - t0
        split[name] = {"sentences": count, "seconds": round(seconds, 3)}
    return {
        "pages": len(files),
        "chars": chars,
        "sentences": sentences,
        "startup_seconds": round(startup, 3),
        "extract_seconds": round(extract_s, 3),
        "analyse_seconds": round(analyse_s, 3),
        "analyse_sentences_per_second": round(sentences / analyse_s) if analyse_s else None,
        "split": split,
    }


def _actor_country(article: Article, start: int, end: int) -> tuple[bool, str | None]:
    """Whether a mention overlaps [start, end), and the country the analysis gives it."""
    entities = {e.id: e for e in article.entities}
    covering = [
        m
        for m in article.mentions
        if m.span.field == "text" and m.span.start < end and start < m.span.end
    ]
    for mention in covering:
        entity = entities[mention.entity]
        if entity.type == "place" and mention.kind == "metonym":
            entry = lookup(entity.name)
            return True, entry.capital_of if entry else entity.country
        if entity.country:
            return True, entity.country
    return bool(covering), None


def bench_plover(shared: Path) -> dict[str, Any]:
    """Country coding of PLOVER gold actors whose code is an ISO alpha-3 country."""
    import pycountry

    iso3 = {c.alpha_3 for c in pycountry.countries}
    total = covered = correct = 0
    for line in (shared / "data" / "plover" / "plover_gsr.jsonl").read_text().splitlines():
        record = json.loads(line)
        article = entities_step(sentences_step(_text_article(record["text"])))
        for actor in [*record.get("source", []), *record.get("target", [])]:
            code = (actor.get("code") or "")[:3]
            text = actor.get("actorText") or ""
            if code not in iso3 or not text:
                continue
            at = record["text"].find(text)
            if at < 0:
                continue
            total += 1
            found, country = _actor_country(article, at, at + len(text))
            covered += found
            correct += country == code
    return {
        "actors": total,
        "covered": covered,
        "country_correct": correct,
        "coverage": round(covered / total, 3) if total else None,
        "accuracy": round(correct / total, 3) if total else None,
    }


def _shape(source: str) -> str:
    if source.lower() in _PRONOUNS:
        return "pronoun"
    words = source.split()
    if words and all(w[:1].isupper() for w in words):
        return "capitalised name"
    return "other"


def bench_polnear(shared: Path) -> dict[str, Any]:
    """Share of PolNeAR dev attribution sources that a mention overlaps, by shape."""
    base = shared / "data" / "polnear" / "dev"
    texts = {p.stem: p for p in (base / "text").glob("*.txt")}
    counts: dict[str, list[int]] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem not in texts:
            continue
        raw = texts[stem].read_text(encoding="utf-8")
        article = entities_step(sentences_step(_text_article(raw)))
        spans = [(m.span.start, m.span.end) for m in article.mentions if m.span.field == "text"]
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 3 or not parts[1].startswith("Source"):
                continue
            first = parts[1].split(" ", 1)[1].split(";")[0].split()
            start, end = int(first[0]), int(first[1])
            shape = _shape(raw[start:end])
            hit = any(s < end and start < e for s, e in spans)
            counts.setdefault(shape, [0, 0])
            counts[shape][0] += 1
            counts[shape][1] += hit
    return {
        k: {"sources": v[0], "overlapped": v[1], "share": round(v[1] / v[0], 3)}
        for k, v in counts.items()
    }


def main() -> None:
    """Run the three measures and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--pages", type=int, default=60)
    args = parser.parse_args()
    speed = bench_speed(args.shared, args.pages)
    plover = bench_plover(args.shared)
    polnear = bench_polnear(args.shared)
    print(f"## Speed ({speed['pages']} zyte pages, {speed['sentences']} sentences, one core)\n")
    print(
        _table(
            ["stage", "seconds", "sentences/s"],
            [
                ["extraction (read, facts=False)", speed["extract_seconds"], ""],
                [
                    "sentences + entities",
                    speed["analyse_seconds"],
                    speed["analyse_sentences_per_second"],
                ],
                ["lexicon start-up (once per process)", speed["startup_seconds"], ""],
            ],
        )
    )
    print("\n## Sentence splitting, same texts\n")
    print(
        _table(
            ["splitter", "sentences", "seconds", "sentences/s"],
            [
                [
                    name,
                    v["sentences"],
                    v["seconds"],
                    round(v["sentences"] / max(v["seconds"], 1e-9)),
                ]
                for name, v in speed["split"].items()
            ],
        )
    )
    print("\n## PLOVER gold actors with a country code\n")
    print(
        _table(
            ["actors", "covered by a mention", "country correct", "coverage", "accuracy"],
            [
                [
                    plover["actors"],
                    plover["covered"],
                    plover["country_correct"],
                    plover["coverage"],
                    plover["accuracy"],
                ]
            ],
        )
    )
    print("\n## PolNeAR dev attribution sources overlapped by a mention\n")
    print(
        _table(
            ["source shape", "sources", "overlapped", "share"],
            [[k, v["sources"], v["overlapped"], v["share"]] for k, v in sorted(polnear.items())],
        )
    )
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    result = {"speed": speed, "plover": plover, "polnear": polnear}
    (out / "entities.json").write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
