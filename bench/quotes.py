"""Quote attribution on PolNeAR: dateline against a quotation-mark baseline, one run.

Usage:
    PYTHONPATH=src python3 bench/quotes.py [--split dev|train] [--limit N]

Data: ../shared/data/polnear/<split>/{text,attributions} (brat standoff). Each `.ann`
holds `Source`, `Cue` and `Content` text-bound spans (content may be discontinuous:
"s e;s e") and `E` lines tying them into one attribution. A text annotated by more
than one annotator is scored against the first `.ann` file in name order.

Scoring, per attribution (one gold record = one `E` line with a Content):
- exact, per role: a predicted record matches a gold one when that role's span is
  identical (content: the same set of parts, whitespace-trimmed; source: the
  predicted speaker phrase equals the gold Source; cue: the cue span equals the gold
  Cue). Precision = matches / predicted, recall = matches / gold.
- overlap: predicted content covers >= 30% of the gold content's characters AND the
  predicted speaker span overlaps the gold Source by at least one character (waived
  when the gold attribution has no Source). One-to-one, greedy by overlap size.
- content-only overlap: the 30% content condition alone.
- speaker accuracy: of the content-only matches whose gold has a Source, the
  fraction whose predicted speaker overlaps that Source (and, stricter, equals it).
- overlap recall on speech-cue gold: the overlap recall over the gold attributions
  whose cue contains a `speech_cues.jsonl` form of class speech or source ("said",
  "according to"); PolNeAR also annotates beliefs, intentions, evaluations and evidence
  ("polls show", "criticized", "wants"), which dateline reports with their own class.
- sentences/s: sentences (dateline's splitter) per second of quote finding, sentence
  splitting included, over the whole split.

Results: a Markdown table on stdout and JSON in bench/results/quotes-<split>.json.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dateline.analyze.quotes import find_quotes
from dateline.analyze.sentences import split_sentences
from dateline.analyze.speech_cues import find_cues

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
RESULTS = ROOT / "bench" / "results"
Range = tuple[int, int]
SPEECH_CLASSES = frozenset({"speech", "source"})


@dataclass(frozen=True)
class Attribution:
    """One attribution: content parts, cue, speaker (source), as character ranges."""

    content: tuple[Range, ...]
    cue: Range | None
    source: Range | None


# ---- reading PolNeAR --------------------------------------------------------------------


def read_ann(path: Path) -> list[Attribution]:
    """The attributions of one brat `.ann` file."""
    spans: dict[str, tuple[str, tuple[Range, ...]]] = {}
    events: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"T\d+\t", line):  # (a span's text may run onto the next line)
            ident, middle, _ = line.split("\t", 2)
            label, _, offsets = middle.partition(" ")
            ranges = tuple(
                (int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))
            )
            spans[ident] = (label, ranges)
        elif re.match(r"E\d+\t", line):
            events.append(line.split("\t")[1])
    out = []
    for event in events:
        roles: dict[str, list[Range]] = {}
        for arg in event.split():
            role, _, ident = arg.partition(":")
            if ident in spans:
                roles.setdefault(re.sub(r"\d+$", "", role), []).extend(spans[ident][1])
        if "Content" not in roles:
            continue
        source = roles.get("Source")
        cue = roles.get("Cue")
        out.append(
            Attribution(
                content=tuple(sorted(roles["Content"])),
                cue=(cue[0][0], cue[-1][1]) if cue else None,
                source=(source[0][0], source[-1][1]) if source else None,
            )
        )
    return out


def documents(split: str, limit: int | None) -> list[tuple[str, str, list[Attribution]]]:
    """(name, text, gold attributions) for each text of the split."""
    text_dir = POLNEAR / split / "text"
    ann_dir = POLNEAR / split / "attributions"
    anns: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, path)
    docs = []
    for path in sorted(text_dir.glob("*.txt")):
        if path.stem not in anns:
            continue
        text = path.read_text(encoding="utf-8")
        docs.append((path.stem, text, read_ann(anns[path.stem])))
        if limit and len(docs) >= limit:
            break
    return docs


def paragraphs_of(text: str) -> list[Range]:
    """Non-empty lines, as the paragraphs of a PolNeAR text."""
    out = []
    offset = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            out.append((start, start + len(stripped)))
        offset += len(line)
    return out


# ---- the systems ------------------------------------------------------------------------


def dateline_system(text: str) -> list[Attribution]:
    """dateline's quote finder: one record per cue, speaker phrase as source."""
    found = find_quotes(text, paragraphs_of(text), split_sentences(text))
    return [Attribution(tuple(f.parts), f.cue, f.speaker) for f in found]


_BASE_QUOTE = re.compile(r"[“\"]([^”\"\n]{3,})[”\"]")
_BASE_VERB = re.compile(r"\b(said|says|told|added|asked|wrote|according to)\b", re.IGNORECASE)
_BASE_NAME = re.compile(r"\b(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|he|she|they|I|we)\b")


def baseline_system(text: str) -> list[Attribution]:
    """Quotation marks plus a common speech verb within 40 characters after (or before)
    the closing (opening) mark; the speaker is the nearest name or pronoun by the verb."""
    out = []
    for quote in _BASE_QUOTE.finditer(text):
        after = text[quote.end() : quote.end() + 40]
        before_start = max(0, quote.start() - 40)
        before = text[before_start : quote.start()]
        verb = _BASE_VERB.search(after)
        if verb:
            vs, ve = quote.end() + verb.start(), quote.end() + verb.end()
            window = text[quote.end() : min(len(text), ve + 40)].split(".")[0]
            names = list(_BASE_NAME.finditer(window))
            name = names[0] if names else None
            speaker = (quote.end() + name.start(), quote.end() + name.end()) if name else None
        else:
            verbs = list(_BASE_VERB.finditer(before))
            if not verbs:
                continue
            verb = verbs[-1]
            vs, ve = before_start + verb.start(), before_start + verb.end()
            names = list(_BASE_NAME.finditer(before[: verb.start()]))
            name = names[-1] if names else None
            speaker = (before_start + name.start(), before_start + name.end()) if name else None
        out.append(Attribution(((quote.start(), quote.end()),), (vs, ve), speaker))
    return out


# ---- scoring ----------------------------------------------------------------------------


def _overlap(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _content_overlap(pred: tuple[Range, ...], gold: tuple[Range, ...]) -> int:
    return sum(_overlap(p, g) for p in pred for g in gold)


def _trim(text: str, ranges: tuple[Range, ...]) -> tuple[Range, ...]:
    out = []
    for start, end in ranges:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((start, end))
    return tuple(out)


def _greedy(pairs: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """One-to-one matching of (score, pred, gold) pairs, best first."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, p, g in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            out.append((p, g))
    return out


def _speech_cue(words: str) -> bool:
    """True when the words hold a cue of class speech or source ("said", "according to")."""
    return any(m.cue.cue_class in SPEECH_CLASSES for m in find_cues(words))


def score_document(text: str, preds: list[Attribution], golds: list[Attribution]) -> dict[str, int]:
    """Counts for one document (see the module docstring for the definitions)."""
    counts = {"pred": len(preds), "gold": len(golds)}
    # exact per role
    for role in ("content", "cue", "source"):
        pairs = []
        for i, p in enumerate(preds):
            for j, g in enumerate(golds):
                pv, gv = getattr(p, role), getattr(g, role)
                if pv is None or gv is None:
                    continue
                if role == "content":
                    same = _trim(text, pv) == _trim(text, gv)
                else:
                    same = _trim(text, (pv,)) == _trim(text, (gv,))
                if same and (role != "source" or _content_overlap(p.content, g.content)):
                    pairs.append((1, i, j))
        counts[f"exact_{role}"] = len(_greedy(pairs))
    # overlap (content + source) and content-only
    full, content_only = [], []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            ov = _content_overlap(p.content, g.content)
            gold_chars = sum(e - s for s, e in g.content)
            if not gold_chars or ov < 0.3 * gold_chars:
                continue
            content_only.append((ov, i, j))
            if g.source is None or (p.source is not None and _overlap(p.source, g.source) > 0):
                full.append((ov, i, j))
    full_matched = _greedy(full)
    counts["overlap"] = len(full_matched)
    speech = {j for j, g in enumerate(golds) if g.cue and _speech_cue(text[g.cue[0] : g.cue[1]])}
    counts["speech_gold"] = len(speech)
    counts["speech_overlap"] = sum(1 for _, j in full_matched if j in speech)
    matched = _greedy(content_only)
    counts["content_overlap"] = len(matched)
    with_source = [(i, j) for i, j in matched if golds[j].source is not None]
    counts["speaker_scored"] = len(with_source)
    counts["speaker_overlap"] = sum(
        1
        for i, j in with_source
        if preds[i].source is not None and _overlap(preds[i].source, golds[j].source) > 0
    )
    counts["speaker_exact"] = sum(
        1
        for i, j in with_source
        if preds[i].source is not None
        and _trim(text, (preds[i].source,)) == _trim(text, (golds[j].source,))
    )
    return counts


def prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1, rounded to 3 places."""
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}


def run(
    name: str,
    system: Callable[[str], list[Attribution]],
    docs: list[tuple[str, str, list[Attribution]]],
) -> dict[str, object]:
    """Score one system over the documents; time it."""
    totals: dict[str, int] = {}
    started = time.perf_counter()
    outputs = [system(text) for _, text, _ in docs]
    elapsed = time.perf_counter() - started
    for (_, text, golds), preds in zip(docs, outputs, strict=True):
        for key, value in score_document(text, preds, golds).items():
            totals[key] = totals.get(key, 0) + value
    sentences = sum(len(split_sentences(text)) for _, text, _ in docs)
    pred, gold = totals["pred"], totals["gold"]
    scored = totals["speaker_scored"]
    return {
        "system": name,
        "predicted": pred,
        "gold": gold,
        "exact_content": prf(totals["exact_content"], pred, gold),
        "exact_cue": prf(totals["exact_cue"], pred, gold),
        "exact_source": prf(totals["exact_source"], pred, gold),
        "overlap": prf(totals["overlap"], pred, gold),
        "content_overlap": prf(totals["content_overlap"], pred, gold),
        "speaker_accuracy_overlap": round(totals["speaker_overlap"] / scored, 3) if scored else 0,
        "speaker_accuracy_exact": round(totals["speaker_exact"] / scored, 3) if scored else 0,
        "speech_cue_gold": totals["speech_gold"],
        "speech_cue_overlap_recall": round(totals["speech_overlap"] / totals["speech_gold"], 3)
        if totals["speech_gold"]
        else 0,
        "sentences_per_second": round(sentences / elapsed) if elapsed else 0,
    }


def table(results: list[dict[str, object]]) -> str:
    """The results as a Markdown table."""
    head = (
        "| system | pred | gold | overlap P | overlap R | overlap F1 | content-only F1 "
        "| speaker acc. (overlap / exact) | exact content F1 | exact cue F1 "
        "| exact source F1 | overlap R on speech-cue gold | sentences/s |"
    )
    rows = [head, "|" + "---|" * 13]
    for r in results:
        ov, co = r["overlap"], r["content_overlap"]
        rows.append(
            f"| {r['system']} | {r['predicted']} | {r['gold']} | {ov['p']:.3f} | {ov['r']:.3f} "  # type: ignore[index]
            f"| {ov['f1']:.3f} | {co['f1']:.3f} "  # type: ignore[index]
            f"| {r['speaker_accuracy_overlap']:.3f} / {r['speaker_accuracy_exact']:.3f} "
            f"| {r['exact_content']['f1']:.3f} | {r['exact_cue']['f1']:.3f} "  # type: ignore[index]
            f"| {r['exact_source']['f1']:.3f} | {r['speech_cue_overlap_recall']:.3f} "  # type: ignore[index]
            f"| {r['sentences_per_second']} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Run both systems on one PolNeAR split; print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None, help="first N texts only")
    args = parser.parse_args(argv)
    if not POLNEAR.exists():
        print(f"bench/quotes.py: {POLNEAR} not found", file=sys.stderr)
        return 1
    docs = documents(args.split, args.limit)
    results = [run("dateline", dateline_system, docs), run("baseline", baseline_system, docs)]
    print(f"PolNeAR {args.split}: {len(docs)} texts\n")
    print(table(results))
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"quotes-{args.split}.json"
    payload = {"split": args.split, "texts": len(docs), "results": results}
    out.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
