"""Extraction benchmark: dateline and its peers, side by side, on the same pages in one run.

Sets (read from ../shared/data at run time, never copied):
  zyte  the Zyte article-extraction benchmark (181 pages). Body F1 is the benchmark's
        own metric: `\\w+` tokens -> 4-gram shingles (multisets); per page precision
        tp/(tp+fp) and recall tp/(tp+fn) over shingle counts; precision and recall are
        averaged over pages and F1 is taken of the two averages.
  wcxb  the `article` pages of the WCXB dev split. Body F1: word-token (lower-cased `\\w+`)
        multiset overlap precision/recall per page, averaged, F1 of the averages.
        Title: exact after lower-casing and collapsing punctuation and whitespace.
        Author: the same set of names (split on , ; & "and"; credentials such as "MD"
        dropped; lower-cased, punctuation removed); a page with no gold author counts
        as right when the system names none. Date: YYYY-MM-DD equal; a page with no
        gold date counts as right when the system gives none. Accuracy on the pages
        whose gold field is present is reported too (`*_present`).

Every system gets the same decoded page text (decoded once, outside the timing) and
the page URL. Throughput is pages per second of extraction alone, one process,
sequential, the same pages for every system, after one warm-up page: `pages_per_second`
divides by CPU time (process_time, robust when the machine is shared) and
`pages_per_second_wall` by wall-clock time.

Usage:
    python3 bench/extraction.py [--limit N] [--systems dateline,trafilatura,...]
        [--sets zyte,wcxb] [--split all|odd|even]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import logging
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.extract.decode import decode_page  # noqa: E402
from dateline.reader import read  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "bench" / "results"
SYSTEMS = ("dateline", "trafilatura", "readability", "newspaper4k", "resiliparse")
SETS = ("zyte", "wcxb")

_TOKEN = re.compile(r"\w+", re.UNICODE)
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_AUTHOR_SPLIT = re.compile(r"\s*(;|,|&|\band\b)\s*", re.IGNORECASE)
_CREDENTIAL = re.compile(
    r"^(?:[A-Z0-9®()\-]{2,8}|(?:[A-Za-z]{1,2}\.){1,3}|Ph\.?D\.?|Dr\.?|Jr\.?|Sr\.?)$"
)


@dataclass
class Output:
    """What one system read from one page."""

    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None


@dataclass
class Page:
    id: str
    url: str | None
    html: str
    body: str
    title: str | None = None
    author: str | None = None
    date: str | None = None


# ---- systems ----------------------------------------------------------------------------


def run_dateline(html: str, url: str | None) -> Output:
    article = read(html, url=url, format="html", facts=False)
    return Output(
        body=article.text,
        title=article.headline,
        authors=[a.name for a in article.authors],
        date=article.published.value[:10] if article.published else None,
    )


def run_trafilatura(html: str, url: str | None) -> Output:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return Output()
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Output(body=doc.text or "", title=doc.title, authors=authors, date=doc.date)


def run_readability(html: str, url: str | None) -> Output:
    import lxml.html
    from readability import Document

    doc = Document(html, url=url)
    summary = doc.summary(html_partial=True)
    body = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
    return Output(body=body, title=doc.short_title())


def run_newspaper4k(html: str, url: str | None) -> Output:
    import newspaper

    article = newspaper.Article(url or "http://example.invalid/", fetch_images=False)
    article.download(input_html=html)
    article.parse()
    date = article.publish_date.strftime("%Y-%m-%d") if article.publish_date else None
    return Output(body=article.text, title=article.title, authors=article.authors, date=date)


def run_resiliparse(html: str, url: str | None) -> Output:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(html)
    body = extract_plain_text(tree, main_content=True)
    return Output(body=body, title=tree.title or None)


RUNNERS: dict[str, Callable[[str, str | None], Output]] = {
    "dateline": run_dateline,
    "trafilatura": run_trafilatura,
    "readability": run_readability,
    "newspaper4k": run_newspaper4k,
    "resiliparse": run_resiliparse,
}


# ---- data -------------------------------------------------------------------------------


def _html(path: Path) -> str:
    with gzip.open(path, "rb") as handle:
        return decode_page(handle.read())


def load_zyte(limit: int | None, split: str) -> list[Page]:
    base = DATA / "zyte-article-extraction"
    truth = json.loads((base / "ground-truth.json").read_text("utf-8"))
    pages = []
    for index, key in enumerate(sorted(truth)):
        if not _in_split(index + 1, split):
            continue
        pages.append(
            Page(
                key,
                truth[key].get("url"),
                _html(base / "html" / f"{key}.html.gz"),
                truth[key].get("articleBody") or "",
            )
        )
        if limit and len(pages) >= limit:
            break
    return pages


def load_wcxb(limit: int | None, split: str) -> list[Page]:
    base = DATA / "wcxb-dev"
    pages = []
    for path in sorted((base / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text("utf-8"))
        if record.get("_internal", {}).get("page_type", {}).get("primary") != "article":
            continue
        if not _in_split(int(path.stem), split):
            continue
        truth = record.get("ground_truth", {})
        pages.append(
            Page(
                path.stem,
                record.get("url"),
                _html(base / "html" / f"{path.stem}.html.gz"),
                truth.get("main_content") or "",
                truth.get("title"),
                truth.get("author"),
                truth.get("publish_date"),
            )
        )
        if limit and len(pages) >= limit:
            break
    return pages


def _in_split(number: int, split: str) -> bool:
    return split == "all" or (number % 2 == 1) == (split == "odd")


# ---- metrics ----------------------------------------------------------------------------


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + size]) for i in range(max(0, len(tokens) - size + 1)))


def words(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def precision_recall(gold: Counter[object], pred: Counter[object]) -> tuple[float, float]:
    """Precision and recall of multiset overlap; an empty side scores 1 only against empty."""
    tp = sum((gold & pred).values())
    n_pred, n_gold = sum(pred.values()), sum(gold.values())
    precision = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    recall = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    return precision, recall


def norm_title(text: str | None) -> str:
    return " ".join(_PUNCT.sub(" ", (text or "").lower()).split())


def name_set(names: list[str]) -> frozenset[str]:
    """A set of normalised names; credentials after a comma ("Jane Doe, MD") are dropped."""
    found = set()
    for name in names:
        pieces = _AUTHOR_SPLIT.split(name)
        for index in range(0, len(pieces), 2):
            piece = pieces[index]
            tokens = piece.split()
            after_comma = index > 0 and pieces[index - 1] == ","
            if not tokens or (after_comma and all(_CREDENTIAL.match(t) for t in tokens)):
                continue
            key = norm_title(re.sub(r"^by\s+", "", piece.strip(), flags=re.I))
            if key:
                found.add(key)
    return frozenset(found)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(set_name: str, pages: list[Page], outputs: list[Output]) -> dict[str, float]:
    body_of = shingles if set_name == "zyte" else words
    prs = [
        precision_recall(body_of(p.body), body_of(o.body))
        for p, o in zip(pages, outputs, strict=True)
    ]
    precision = sum(p for p, _ in prs) / len(prs)
    recall = sum(r for _, r in prs) / len(prs)
    result = {"body_precision": precision, "body_recall": recall, "body_f1": f1(precision, recall)}
    if set_name != "wcxb":
        return result
    title, author, date = [], [], []
    author_present, date_present = [], []
    for page, out in zip(pages, outputs, strict=True):
        title.append(norm_title(page.title) == norm_title(out.title))
        gold_names = name_set([page.author] if page.author else [])
        right = gold_names == name_set(out.authors)
        author.append(right)
        if gold_names:
            author_present.append(right)
        right = (page.date or None) == (out.date[:10] if out.date else None)
        date.append(right)
        if page.date:
            date_present.append(right)
    result |= {
        "title": sum(title) / len(title),
        "author": sum(author) / len(author),
        "author_present": sum(author_present) / max(1, len(author_present)),
        "date": sum(date) / len(date),
        "date_present": sum(date_present) / max(1, len(date_present)),
    }
    return result


# ---- run --------------------------------------------------------------------------------


def warm_shared_libraries() -> None:
    """Load, before any system is timed, the process-wide tables of a library several
    systems share: htmldate (used by dateline, trafilatura and newspaper4k) hands a date
    written in words to dateparser, which builds its tables for some 400 locales on its first
    call, a few seconds of CPU. Left in, they were charged to whichever system met such a
    date first (dateline read the odd WCXB pages at 0.74x trafilatura's speed when timed
    first, 1.03x when timed second)."""
    with contextlib.suppress(Exception):
        from htmldate.extractors import get_external_parser

        get_external_parser().get_date_data("Published on 12 March 2024")


def run_system(name: str, pages: list[Page]) -> tuple[list[Output], float, float, int]:
    runner = RUNNERS[name]
    if pages:  # warm-up outside the timing: imports, lexicons, stop lists load once
        with contextlib.suppress(Exception):
            runner(pages[0].html, pages[0].url)
    outputs: list[Output] = []
    errors = 0
    cpu = wall = 0.0
    for page in pages:
        start_cpu, start_wall = time.process_time(), time.perf_counter()
        try:
            out = runner(page.html, page.url)
        except Exception:  # a peer failing on a page scores it as empty
            out = Output()
            errors += 1
        cpu += time.process_time() - start_cpu
        wall += time.perf_counter() - start_wall
        outputs.append(out)
    return outputs, cpu, wall, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: zyte,wcxb")
    parser.add_argument(
        "--split",
        default="all",
        choices=("all", "odd", "even"),
        help="odd/even page numbers (develop on one, check on the other)",
    )
    parser.add_argument("--dump", default=None, help="write per-page outputs of each system here")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    systems = [s for s in args.systems.split(",") if s]
    sets = [s for s in args.sets.split(",") if s]
    loaders = {"zyte": load_zyte, "wcxb": load_wcxb}
    warm_shared_libraries()
    results: dict[str, object] = {"split": args.split, "limit": args.limit, "sets": {}}
    lines = []
    for set_name in sets:
        pages = loaders[set_name](args.limit, args.split)
        rows = {}
        for system in systems:
            outputs, cpu, wall, errors = run_system(system, pages)
            row = score(set_name, pages, outputs)
            row |= {
                "pages_per_second": len(pages) / cpu if cpu else 0.0,
                "pages_per_second_wall": len(pages) / wall if wall else 0.0,
                "errors": errors,
            }
            rows[system] = row
            if args.dump:
                dump = Path(args.dump) / set_name / f"{system}.jsonl"
                dump.parent.mkdir(parents=True, exist_ok=True)
                with dump.open("w", encoding="utf-8") as handle:
                    for page, out in zip(pages, outputs, strict=True):
                        handle.write(json.dumps({"id": page.id, **out.__dict__}) + "\n")
        results["sets"][set_name] = {"pages": len(pages), "systems": rows}  # type: ignore[index]
        lines.append(_table(set_name, len(pages), args.split, rows))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out_path = RESULTS / f"extraction-{args.split}.json"
    out_path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", "utf-8")
    print("\n\n".join(lines))
    print(f"\nresults: {out_path.relative_to(ROOT)}")
    return 0


def _table(set_name: str, n_pages: int, split: str, rows: dict[str, dict[str, float]]) -> str:
    columns = ["body_precision", "body_recall", "body_f1"]
    if set_name == "wcxb":
        columns += ["title", "author", "author_present", "date", "date_present"]
    columns += ["pages_per_second", "pages_per_second_wall", "errors"]
    head = (
        f"### {set_name} ({n_pages} pages, split {split})\n\n| system | "
        + " | ".join(columns)
        + " |"
    )
    rule = "|---|" + "---:|" * len(columns)
    body = []
    for system, row in rows.items():
        cells = [f"{row[c]:.3f}" if c != "errors" else str(row[c]) for c in columns]
        for column in ("pages_per_second", "pages_per_second_wall"):
            cells[columns.index(column)] = f"{row[column]:.1f}"
        body.append(f"| {system} | " + " | ".join(cells) + " |")
    return "\n".join([head, rule, *body])


if __name__ == "__main__":
    raise SystemExit(main())
