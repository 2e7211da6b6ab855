"""Scraped-text benchmark: dateline's text reader and its peers on the same scraped pages.

There is no public set of news pages "scraped to text with their furniture", so this makes
one the way a scraper does: each HTML page of the evaluation sets is turned into its full
visible text (resiliparse `extract_plain_text(main_content=False)`: menus, share prompts,
footers and all, one block per line). Every system then gets that same text.

Systems on the scraped text:
  dateline         `read(text, format="text")`
  trafilatura-txt  trafilatura on the same text, each line wrapped as a <p> (a peer given
                   exactly the same input)
  all-lines        every line kept (the floor: perfect recall, furniture included)
  long-lines       lines of 12+ words (a common one-line heuristic)
Reference, on the original HTML (a different, richer input; shown for scale only):
  trafilatura-html

Sets (read from ../shared/data at run time, never copied):
  zyte  181 article pages; body F1 is the benchmark's own metric (`\\w+` tokens -> 4-gram
        shingle multisets; precision/recall per page, averaged; F1 of the averages).
  wcxb  the `article` pages of the WCXB dev split; body F1 on word tokens (multiset overlap,
        per page, averaged); title exact after lower-casing and collapsing punctuation and
        whitespace; author = same set of names (credentials and a leading "By"
        dropped); date = same YYYY-MM-DD (dateline's
        `published`, else `updated` when a page prints only that). Title/author/date
        accuracy counts a page right when gold and system agree (both empty included).
        The metrics are bench/extraction.py's own functions, so the two benches compare.

Usage:
    python3 bench/text_pages.py [--limit N] [--offset N] [--sets zyte,wcxb] [--systems ...]

The rules were studied on the first 90 pages (sorted ids) of each set; report figures on
`--offset 90` to see them on pages they were not studied on.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.errors import DatelineError  # noqa: E402
from dateline.extract.decode import decode_page  # noqa: E402
from dateline.reader import read  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from extraction import f1, name_set, norm_title, precision_recall, shingles, words  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "bench" / "results"
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass
class Output:
    body: str = ""
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None


@dataclass
class Page:
    id: str
    url: str | None
    html: str
    text: str
    body: str
    title: str | None = None
    author: str | None = None
    date: str | None = None


def scrape(html: str) -> str:
    """The page's full visible text, one block per line, as a scraper would save it."""
    from resiliparse.extract.html2text import extract_plain_text

    return extract_plain_text(
        html,
        main_content=False,
        alt_texts=False,
        links=False,
        list_bullets=False,
        form_fields=False,
        noscript=False,
    )


# ---- systems ----------------------------------------------------------------------------


def run_dateline(page: Page) -> Output:
    try:
        article = read(page.text, url=page.url, format="text", facts=False)
    except DatelineError:
        return Output()
    return Output(
        body=article.text,
        title=article.headline,
        authors=[a.name for a in article.authors],
        date=(article.published or article.updated).value[:10]
        if (article.published or article.updated)
        else None,
    )


def run_trafilatura_text(page: Page) -> Output:
    import html as html_lib

    import trafilatura

    lines = [line.strip() for line in page.text.splitlines() if line.strip()]
    wrapped = "<html><body>" + "".join(f"<p>{html_lib.escape(x)}</p>" for x in lines)
    doc = trafilatura.bare_extraction(wrapped + "</body></html>", with_metadata=True)
    if doc is None:
        return Output()
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Output(body=doc.text or "", title=doc.title, authors=authors, date=doc.date)


def run_all_lines(page: Page) -> Output:
    return Output(body=page.text)


def run_long_lines(page: Page) -> Output:
    lines = [x for x in page.text.splitlines() if len(_TOKEN.findall(x)) >= 12]
    return Output(body="\n".join(lines))


def run_trafilatura_html(page: Page) -> Output:
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if doc is None:
        return Output()
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Output(body=doc.text or "", title=doc.title, authors=authors, date=doc.date)


SYSTEMS: dict[str, Callable[[Page], Output]] = {
    "dateline": run_dateline,
    "trafilatura-txt": run_trafilatura_text,
    "all-lines": run_all_lines,
    "long-lines": run_long_lines,
    "trafilatura-html (ref)": run_trafilatura_html,
}


# ---- pages ------------------------------------------------------------------------------


def load_zyte(limit: int | None, offset: int = 0) -> list[Page]:
    folder = DATA / "zyte-article-extraction"
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    pages = []
    chosen = sorted(truth)[offset:]
    for page_id in chosen[:limit]:
        path = folder / "html" / f"{page_id}.html.gz"
        if not path.exists():
            continue
        html = _decode(gzip.decompress(path.read_bytes()))
        gold = truth[page_id]
        pages.append(Page(page_id, gold.get("url"), html, scrape(html), gold["articleBody"]))
    return pages


def load_wcxb(limit: int | None, offset: int = 0) -> list[Page]:
    folder = DATA / "wcxb-dev"
    files = json.loads((folder / "metadata.json").read_text("utf-8"))["files"]
    ids = sorted(k for k, v in files.items() if v["page_type"] == "article")[offset:]
    ids = ids[:limit]
    pages = []
    for page_id in ids:
        record = json.loads((folder / "ground-truth" / f"{page_id}.json").read_text("utf-8"))
        gold = record["ground_truth"]
        if isinstance(gold, str):
            import ast

            gold = ast.literal_eval(gold)
        html = _decode(gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()))
        pages.append(
            Page(
                page_id,
                record.get("url"),
                html,
                scrape(html),
                gold.get("main_content") or "",
                gold.get("title"),
                gold.get("author"),
                gold.get("publish_date"),
            )
        )
    return pages


def _decode(data: bytes) -> str:
    try:
        return decode_page(data)
    except DatelineError:
        return data.decode("utf-8", errors="replace")


# ---- scoring ----------------------------------------------------------------------------


def score(pages: list[Page], outputs: list[Output], zyte: bool) -> dict[str, float]:
    """The metrics of bench/extraction.py, so the two benches' figures compare."""
    body_of = shingles if zyte else words
    prs = [
        precision_recall(body_of(page.body), body_of(out.body))  # type: ignore[arg-type]
        for page, out in zip(pages, outputs, strict=True)
    ]
    n = len(pages) or 1
    precision, recall = sum(p for p, _ in prs) / n, sum(r for _, r in prs) / n
    result = {"pages": len(pages), "precision": precision, "recall": recall}
    result["f1"] = f1(precision, recall)
    if zyte:
        return result
    title = author = date = 0
    for page, out in zip(pages, outputs, strict=True):
        title += norm_title(out.title) == norm_title(page.title)
        author += name_set(out.authors) == name_set([page.author] if page.author else [])
        date += (out.date or "")[:10] == (page.date or "")[:10]
    return result | {"title": title / n, "author": author / n, "date": date / n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    parser.add_argument(
        "--offset", type=int, default=0, help="skip the first N pages of each set (sorted ids)"
    )
    parser.add_argument("--sets", default="zyte,wcxb")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    import logging

    logging.disable(logging.WARNING)
    results: dict[str, dict[str, dict[str, float]]] = {}
    for name in args.sets.split(","):
        load = load_zyte if name == "zyte" else load_wcxb
        pages = load(args.limit, args.offset)
        results[name] = {}
        for system in args.systems.split(","):
            run = SYSTEMS[system]
            started = time.perf_counter()
            outputs = [run(page) for page in pages]
            elapsed = time.perf_counter() - started
            row = score(pages, outputs, zyte=name == "zyte")
            row["pages_per_s"] = len(pages) / elapsed if elapsed else 0.0
            results[name][system] = row
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "text_pages.json").write_text(json.dumps(results, indent=2, sort_keys=True))
    for name, rows in results.items():
        extra = name == "wcxb"
        head = "| system | pages | P | R | F1 |" + (" title | author | date |" if extra else "")
        print(f"\n### {name} (scraped text)\n")
        print(head + " pages/s |")
        print("|" + "---|" * (head.count("|") - 1 + 1))
        for system, row in rows.items():
            cells = [system, str(int(row["pages"]))]
            cells += [f"{row[k]:.3f}" for k in ("precision", "recall", "f1")]
            if extra:
                cells += [f"{row[k]:.3f}" for k in ("title", "author", "date")]
            cells.append(f"{row['pages_per_s']:.0f}")
            print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
