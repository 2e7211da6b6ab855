"""Archive speed: ingest into SQLite vs `read()` alone, and search latency at 10k articles.

    python3 bench/archive.py [--shared ../shared] [--limit N] [--workers 2]

1. Ingest throughput. The WCXB dev and Zyte pages are loaded into memory once (as
   `RawPage`s with their URLs), then, in the same run and with the same process
   pool size:
     - `read() alone`: a `ProcessPoolExecutor` maps `read()` over the pages (the
       article is built and dropped in the worker; only its id comes back);
     - `ingest`: `dateline.batch.ingest` over the same pages into a fresh SQLite
       file: read + rows + fingerprints in the workers, dedup checks and writes
       (commit every 32 pages) in the parent.
   Both include the cost of shipping each page to a worker; neither reads files.
   The ratio ingest/read is what storage costs (target: at least 0.8).
2. Search latency. 10,000 plausible articles are synthesised from the stored ones
   (paragraphs of three real articles mixed, new URL, date, outlet, a fictional
   person and a PLOVER event per article, so filters have something to select),
   stored through the normal write path, then typical queries run 30 times each.

Prints a Markdown table and writes bench/results/archive.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.archive import open_archive  # noqa: E402
from dateline.archive.base import SourceOutcome  # noqa: E402
from dateline.archive.rows import prepare  # noqa: E402
from dateline.batch import ingest, page_format  # noqa: E402
from dateline.model import (  # noqa: E402
    Actor,
    Article,
    Entity,
    Event,
    Mention,
    Outlet,
    Paragraph,
    RawPage,
    Timestamp,
    make_span,
)
from dateline.reader import read  # noqa: E402

SYNTHETIC = 10_000
REPEAT = 30
PEOPLE = ["Marta Olsen", "Ivo Brandt", "Lena Park", "Tomas Reyes", "Ada Okafor", "Jun Sato"]
EVENT_TYPES = ["AGREE", "CONSULT", "COOPERATE", "DEMAND", "ACCUSE", "PROTEST", "AID"]
QUERIES: list[tuple[str, str, dict[str, str]]] = [
    ("one word", "government", {}),
    ("phrase", '"prime minister"', {}),
    ("OR + date range", "election OR vote", {"since": "2024-01", "until": "2024-06"}),
    ("word + outlet", "market", {"outlet": "OUTLET"}),
    ("filters only: person + since", "", {"person": "olsen", "since": "2024-07"}),
    ("word + event type", "talks", {"event_type": "AGREE"}),
    ("prefix + person", "econom*", {"person": "brandt"}),
]


def load_pages(shared: Path, limit: int | None) -> list[RawPage]:
    """WCXB dev and Zyte pages, decompressed, with the URL each set records."""
    pages: list[RawPage] = []
    wcxb = shared / "data" / "wcxb-dev"
    for path in sorted((wcxb / "html").glob("*.html.gz")):
        truth = wcxb / "ground-truth" / (path.name.split(".")[0] + ".json")
        url = json.loads(truth.read_text()).get("url") if truth.exists() else None
        pages.append(RawPage(data=gzip.decompress(path.read_bytes()), url=url, source=str(path)))
    zyte = shared / "data" / "zyte-article-extraction"
    urls = {
        k: v.get("url") for k, v in json.loads((zyte / "ground-truth.json").read_text()).items()
    }
    for path in sorted((zyte / "html").glob("*.html.gz")):
        url = urls.get(path.name.split(".")[0])
        pages.append(RawPage(data=gzip.decompress(path.read_bytes()), url=url, source=str(path)))
    if limit:
        random.Random(7).shuffle(pages)
        pages = pages[:limit]
    return pages


def _read_only(page: RawPage) -> str:
    """In a worker: read the page as ingest does, keep only the id."""
    try:
        return read(page.data, url=page.url, format=page_format(page)).id
    except Exception as exc:
        return f"error: {type(exc).__name__}"


def bench_read(pages: list[RawPage], workers: int) -> float:
    """Seconds for `read()` alone over the pages, on a pool of `workers`."""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_read_only, pages[: workers * 2]))  # start the workers first
        started = time.perf_counter()
        for _ in pool.map(_read_only, pages, chunksize=1):
            pass
        return time.perf_counter() - started


def bench_ingest(pages: list[RawPage], workers: int, db: Path) -> tuple[float, dict[str, int]]:
    """Seconds for `ingest` over the pages into a fresh SQLite archive."""
    with open_archive(db) as archive:
        summary = ingest(pages, archive, workers=workers)
    counts = {"stored": summary.stored, "duplicates": summary.duplicates, "failed": summary.failed}
    return summary.seconds, counts


def bench_stages(pages: list[RawPage], db: Path) -> dict[str, float]:
    """CPU milliseconds per page of each stage, in this process, one page at a time.

    Process time (not wall time), so other work on a shared machine does not count.
    """
    totals = {"read": 0.0, "prepare (rows + fingerprint)": 0.0, "record (SQLite write)": 0.0}
    with open_archive(db) as archive:
        for page in pages:
            t0 = time.process_time()
            try:
                article = read(page.data, url=page.url, format=page_format(page))
            except Exception:
                continue
            t1 = time.process_time()
            prepared = prepare(article, source=page.source)
            t2 = time.process_time()
            archive.record([SourceOutcome(page.source, page.url, prepared)])
            t3 = time.process_time()
            totals["read"] += t1 - t0
            totals["prepare (rows + fingerprint)"] += t2 - t1
            totals["record (SQLite write)"] += t3 - t2
    return {k: round(v * 1000 / max(len(pages), 1), 2) for k, v in totals.items()}


def synthesise(db: Path, count: int) -> int:
    """Grow the archive to `count` stored articles made of mixed real paragraphs."""
    with open_archive(db) as archive:
        seeds = [a for a in _articles(db) if len(a.paragraphs) >= 3]
        domains = sorted({a.outlet.domain for a in seeds if a.outlet.domain}) or ["example.org"]
        rng = random.Random(11)
        stored, number = archive.stats().articles, 0
        while stored < count:
            batch = []
            for _ in range(500):
                number += 1
                batch.append(_synthetic(number, rng.sample(seeds, 3), domains, rng))
            outcomes = [SourceOutcome(f"synthetic:{a.id}", a.url, prepare(a)) for a in batch]
            stored += archive.record(outcomes).count("ok")
        return domains[0] if domains else ""


def _articles(db: Path) -> list[Article]:
    import sqlite3

    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT json FROM articles ORDER BY seq").fetchall()
    conn.close()
    return [Article.model_validate_json(r[0]) for r in rows]


def _synthetic(
    number: int, parts: list[Article], domains: list[str], rng: random.Random
) -> Article:
    paras = [p for a in parts for p in a.paragraph_texts()[: rng.randint(2, 6)]]
    rng.shuffle(paras)
    person = rng.choice(PEOPLE)
    paras.append(f"{person} said the talks would continue.")
    text = "\n\n".join(paras)
    offsets, start = [], 0
    for p in paras:
        offsets.append(Paragraph(start=start, end=start + len(p)))
        start += len(p) + 2
    at = text.rindex(person)
    month = rng.randint(1, 12)
    ent = Entity(id="person:p", type="person", name=person)
    trigger = make_span(text, text.rindex("talks"), text.rindex("talks") + 5)
    return Article(
        id=f"synthetic{number:07d}",
        url=f"https://{rng.choice(domains)}/synthetic/{number}",
        outlet=Outlet(domain=rng.choice(domains)),
        headline=parts[0].headline,
        published=Timestamp(value=f"2024-{month:02d}-{rng.randint(1, 28):02d}", source="meta"),
        text=text,
        paragraphs=offsets,
        entities=[ent],
        mentions=[Mention(entity=ent.id, kind="name", span=make_span(text, at, at + len(person)))],
        events=[
            Event(
                id="e1",
                type=rng.choice(EVENT_TYPES),
                source=[Actor(entity=ent.id, text=person)],
                trigger=trigger,
            )
        ],
    )


def bench_search(db: Path, outlet: str) -> list[dict[str, object]]:
    """p50/p95 milliseconds of each typical query, `REPEAT` runs each."""
    results = []
    with open_archive(db) as archive:
        total = archive.stats().articles
        for name, query, filters in QUERIES:
            kwargs = {k: (outlet if v == "OUTLET" else v) for k, v in filters.items()}
            times, hits = [], 0
            for _ in range(REPEAT):
                started = time.perf_counter()
                hits = len(archive.search(query, limit=20, **kwargs))  # type: ignore[arg-type]
                times.append((time.perf_counter() - started) * 1000)
            times.sort()
            results.append(
                {
                    "query": name,
                    "text": query,
                    "filters": kwargs,
                    "hits": hits,
                    "p50_ms": round(statistics.median(times), 2),
                    "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
                    "articles": total,
                }
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=None, help="only this many pages")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--synthetic", type=int, default=SYNTHETIC)
    parser.add_argument("--stage-pages", type=int, default=150, help="pages for the CPU split")
    parser.add_argument("--keep", type=Path, default=None, help="keep the archive here")
    args = parser.parse_args()

    pages = load_pages(args.shared, args.limit)
    megabytes = sum(len(p.data) for p in pages) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        stages = bench_stages(pages[: args.stage_pages], Path(tmp) / "stages.db")
        read_s = bench_read(pages, args.workers)
        ingest_s, counts = bench_ingest(pages, args.workers, db)
        size = db.stat().st_size
        outlet = synthesise(db, args.synthetic)
        searches = bench_search(db, outlet)
        if args.keep:
            import shutil

            shutil.copy(db, args.keep)

    read_rate, ingest_rate = len(pages) / read_s, len(pages) / ingest_s
    result = {
        "command": "python3 " + " ".join(sys.argv),
        "pages": len(pages),
        "megabytes": round(megabytes, 1),
        "workers": args.workers,
        "read_seconds": round(read_s, 2),
        "ingest_seconds": round(ingest_s, 2),
        "read_pages_per_second": round(read_rate, 2),
        "ingest_pages_per_second": round(ingest_rate, 2),
        "ratio": round(ingest_rate / read_rate, 3),
        "ingest_counts": counts,
        "cpu_ms_per_page": stages,
        "archive_bytes_after_ingest": size,
        "search": searches,
        "load_average": os.getloadavg(),
    }
    out = ROOT / "bench" / "results" / "archive.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")

    print(f"`{result['command']}`\n")
    print(f"{len(pages)} pages ({megabytes:.0f} MB of HTML), {args.workers} worker processes\n")
    print("| run | seconds | pages/s | vs read() |")
    print("|---|---:|---:|---:|")
    print(f"| read() alone, process pool | {read_s:.1f} | {read_rate:.1f} | 1.00 |")
    print(
        f"| dateline ingest into SQLite | {ingest_s:.1f} | {ingest_rate:.1f} |"
        f" {ingest_rate / read_rate:.2f} |"
    )
    print(f"\ningest: {counts}; archive {size / 1e6:.1f} MB\n")
    print(f"| stage (CPU ms per page, first {min(len(pages), args.stage_pages)} pages) | ms |")
    print("|---|---:|")
    for stage, ms in stages.items():
        print(f"| {stage} | {ms} |")
    storage = stages["prepare (rows + fingerprint)"] + stages["record (SQLite write)"]
    print(f"| storage / read | {storage / max(stages['read'], 1e-9):.3f} |\n")
    print(
        f"| query ({searches[0]['articles']} articles) | text | filters | hits | p50 ms | p95 ms |"
    )
    print("|---|---|---|---:|---:|---:|")
    for s in searches:
        filters = ", ".join(f"{k}={v}" for k, v in s["filters"].items())  # type: ignore[attr-defined]
        cells = [s["query"], f"`{s['text']}`", filters, s["hits"], s["p50_ms"], s["p95_ms"]]
        print("| " + " | ".join(str(c) for c in cells) + " |")
    print(f"\nload average during the run: {os.getloadavg()[0]:.1f} (machine shared)")


if __name__ == "__main__":
    main()
