"""How fast dateline's sources hand out pages, beside plain peers doing the same job.

Uses the WCXB dev and Zyte pages on disk (../shared/data, read at run time, never
copied into the repo). For each source kind it runs dateline.ingest and its peers
on the same pages in one run:

- folder: `pages_from([folder])` vs a plain `os.walk` + `gzip.open().read()`;
- WARC.gz: the pages written to a temporary WARC.gz with warcio, then read by
  `pages_from([warc])` vs warcio's `ArchiveIterator` vs a bare FastWARC loop;
- HTTP: N pages served by a local threaded server, fetched by `pages_from` (the
  polite fetcher, pacing off, loopback allowed) vs a bare `httpx.Client` loop;
- and `read(facts=False)` on a sample, to put the source costs beside the reading cost.

Prints a Markdown table and writes bench/results/ingest_sources.json.

    python3 bench/ingest_sources.py [--shared ../shared] [--http-pages 300] [--read-pages 200]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import httpx
from fastwarc.warc import ArchiveIterator as FastIterator
from fastwarc.warc import WarcRecordType
from warcio.archiveiterator import ArchiveIterator as WarcioIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.errors import DatelineError  # noqa: E402
from dateline.ingest import Fetcher, FetchSettings, RawPage, pages_from  # noqa: E402
from dateline.reader import read  # noqa: E402

Row = dict[str, object]


def page_dirs(shared: Path) -> list[Path]:
    """The folders of gzipped HTML pages the benchmark reads."""
    dirs = [
        shared / "data" / "wcxb-dev" / "html",
        shared / "data" / "zyte-article-extraction" / "html",
    ]
    missing = [d for d in dirs if not d.is_dir()]
    if missing:
        raise SystemExit(f"missing page folders: {', '.join(map(str, missing))}")
    return dirs


def timed(name: str, tool: str, run: Callable[[], Iterator[int]]) -> Row:
    """Run a page counter to its end; count pages and bytes; time it."""
    start = time.perf_counter()
    pages = 0
    size = 0
    for nbytes in run():
        pages += 1
        size += nbytes
    seconds = time.perf_counter() - start
    return {
        "source": name,
        "tool": tool,
        "pages": pages,
        "seconds": round(seconds, 3),
        "pages_per_s": round(pages / seconds, 1) if seconds else None,
        "mb_per_s": round(size / 1e6 / seconds, 1) if seconds else None,
    }


def dateline_pages(specs: list[str], **kwargs: object) -> Iterator[int]:
    for item in pages_from(specs, **kwargs):  # type: ignore[arg-type]
        if isinstance(item, RawPage):
            yield len(item.data)


def plain_folder(dirs: list[Path]) -> Iterator[int]:
    for folder in dirs:
        for base, subdirs, files in os.walk(folder):
            subdirs.sort()
            for name in sorted(files):
                if name.endswith(".html.gz"):
                    with gzip.open(Path(base) / name, "rb") as stream:
                        yield len(stream.read())


def write_warc(dirs: list[Path], path: Path) -> int:
    """Write every page as an HTTP response record of a WARC.gz; return the record count."""
    count = 0
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for folder in dirs:
            for page in sorted(folder.glob("*.html.gz")):
                body = gzip.decompress(page.read_bytes())
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                record = writer.create_warc_record(
                    f"https://bench.invalid/{folder.parent.name}/{page.name[:-3]}",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                )
                writer.write_record(record)
                count += 1
    return count


def warcio_pages(path: Path) -> Iterator[int]:
    with path.open("rb") as stream:
        for record in WarcioIterator(stream):
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type", "")
            if ctype.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml"):
                yield len(record.content_stream().read())


def fastwarc_pages(path: Path) -> Iterator[int]:
    with path.open("rb") as stream:
        for record in FastIterator(
            stream, record_types=WarcRecordType.response, auto_decode="all", fsspec_args=False
        ):
            if (record.http_content_type or "") in ("text/html", "application/xhtml+xml"):
                yield len(record.reader.read())


class _Pages(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    bodies: ClassVar[dict[str, bytes]] = {}

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        body = self.bodies.get(self.path)
        status = 200 if body is not None else 404
        body = body if body is not None else b"User-agent: *\nAllow: /\n"
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(bodies: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    _Pages.bodies = bodies
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def httpx_pages(urls: list[str]) -> Iterator[int]:
    with httpx.Client(trust_env=False) as client:
        for url in urls:
            yield len(client.get(url).content)


def sample_bodies(dirs: list[Path], count: int) -> list[bytes]:
    pages = sorted(dirs[0].glob("*.html.gz"))[:count]
    return [gzip.decompress(page.read_bytes()) for page in pages]


def read_pages(bodies: list[bytes]) -> Iterator[int]:
    for body in bodies:
        try:
            read(body, facts=False)
        except DatelineError:  # a bench counts what it could read
            continue
        yield len(body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--http-pages", type=int, default=300)
    parser.add_argument("--read-pages", type=int, default=200)
    args = parser.parse_args()
    dirs = page_dirs(args.shared)
    rows: list[Row] = []

    specs = [str(d) for d in dirs]
    rows.append(timed("folder (.html.gz)", "dateline pages_from", lambda: dateline_pages(specs)))
    rows.append(timed("folder (.html.gz)", "os.walk + gzip", lambda: plain_folder(dirs)))

    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "bench.warc.gz"
        write_warc(dirs, warc)
        rows.append(timed("WARC.gz", "dateline pages_from", lambda: dateline_pages([str(warc)])))
        rows.append(timed("WARC.gz", "warcio ArchiveIterator", lambda: warcio_pages(warc)))
        rows.append(timed("WARC.gz", "fastwarc loop", lambda: fastwarc_pages(warc)))

    bodies = sample_bodies(dirs, args.http_pages)
    server, base = serve({f"/p/{n}.html": body for n, body in enumerate(bodies)})
    urls = [f"{base}/p/{n}.html" for n in range(len(bodies))]
    settings = FetchSettings(
        allow_private=True, min_interval=0, concurrency=4, per_host_concurrency=4
    )
    try:
        with Fetcher(settings) as fetcher:
            rows.append(
                timed(
                    "HTTP (loopback)",
                    "dateline pages_from",
                    lambda: dateline_pages(urls, fetcher=fetcher),
                )
            )
        rows.append(timed("HTTP (loopback)", "httpx loop", lambda: httpx_pages(urls)))
    finally:
        server.shutdown()
        server.server_close()

    sample = sample_bodies(dirs, args.read_pages)
    rows.append(timed("read(facts=False)", "dateline read", lambda: read_pages(sample)))

    print("| source | tool | pages | seconds | pages/s | MB/s |")
    print("|---|---|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['source']} | {row['tool']} | {row['pages']} | {row['seconds']} "
            f"| {row['pages_per_s']} | {row['mb_per_s']} |"
        )
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "ingest_sources.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
