"""Readable views of an article for people (the CLI's `--format text`)."""

from __future__ import annotations

import textwrap

from dateline.model import Article, Timestamp

WIDTH = 88


def article_as_text(article: Article) -> str:
    """A plain-text view: metadata block, the body, then what was dropped."""
    lines: list[str] = []
    if article.headline:
        lines += [article.headline, "=" * min(len(article.headline), WIDTH)]
    if article.standfirst:
        lines += [*textwrap.wrap(article.standfirst, WIDTH), ""]
    meta = [
        ("outlet", " · ".join(x for x in (article.outlet.name, article.outlet.domain) if x)),
        ("section", " > ".join(article.section)),
        ("by", ", ".join(_author(a.name, a.email) for a in article.authors)),
        ("dateline", article.dateline.place if article.dateline else ""),
        ("published", _stamp(article.published)),
        ("updated", _stamp(article.updated)),
        ("url", article.url or ""),
        ("kind", "" if article.kind == "article" else article.kind),
        ("language", article.language or ""),
    ]
    lines += [f"{key:>10}: {value}" for key, value in meta if value]
    for image in article.images:
        caption = image.caption or "(no caption)"
        credit = f" [{image.credit}]" if image.credit else ""
        lines += textwrap.wrap(f"photo: {caption}{credit}", WIDTH, subsequent_indent="       ")
    lines.append("")
    for para in article.paragraphs:
        body = article.text[para.start : para.end]
        if para.kind == "crosshead":
            lines += [f"## {body}", ""]
        else:
            lines += [*textwrap.wrap(body, WIDTH), ""]
    for warning in article.warnings:
        lines.append(f"warning: {warning}")
    if article.removed:
        lines.append(f"dropped {len(article.removed)} pieces of page furniture:")
        lines += [f"  - [{r.reason}] {_clip(r.text)}" for r in article.removed]
    return "\n".join(lines).rstrip() + "\n"


def _author(name: str, email: str | None) -> str:
    return f"{name} <{email}>" if email else name


def _stamp(stamp: Timestamp | None) -> str:
    if stamp is None:
        return ""
    note = f" (zone inferred: {stamp.timezone_rule})" if stamp.timezone == "inferred" else ""
    return stamp.value + note


def _clip(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
