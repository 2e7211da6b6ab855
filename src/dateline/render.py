"""Readable views of an article for people (the CLI's `--format text`)."""

from __future__ import annotations

import textwrap

from dateline.model import Actor, Article, Event, Timestamp

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


# ---- events ---------------------------------------------------------------------------


def actor_label(actor: Actor) -> str:
    """ "USA GOV John Kerry": codes first, then the actor's words."""
    codes = " ".join(code for code in (actor.country, actor.sector) if code)
    return f"{codes} {actor.text}".strip()


def event_actors(event: Event) -> str:
    """Who acts on whom: "A -> B", or "A <-> B" for a meeting of equals."""
    source = " + ".join(actor_label(a) for a in event.source)
    target = " + ".join(actor_label(a) for a in event.target)
    if not target and len(event.source) == 2 and event.type == "CONSULT":
        return " <-> ".join(actor_label(a) for a in event.source)
    if not target:
        return source
    arrow = "<->" if event.type == "CONSULT" else "->"
    return f"{source} {arrow} {target}"


def event_kind(event: Event) -> str:
    """The PLOVER type and mode: "CONSULT (meet)"."""
    return f"{event.type} ({event.mode})" if event.mode else event.type


def event_sentence(article: Article, event: Event) -> str:
    """The sentence (or headline/caption) the event's main trigger sits in, on one line."""
    trigger = event.trigger
    text = article.field_text(trigger.field, trigger.index) or ""
    if trigger.field == "text":
        for sentence in article.sentences:
            if sentence.start <= trigger.start < sentence.end:
                return " ".join(sentence.text.split())
    return " ".join(text.split())


def event_line(event: Event) -> str:
    """One line per event: "2021-07-12 CONSULT (meet) USA GOV John Kerry <-> ..., Moscow"."""
    parts = [event.date or "----------", event_kind(event), event_actors(event)]
    line = " ".join(p for p in parts if p)
    if event.place:
        line += f", {event.place.name}"
    if event.status not in ("occurred", "unknown"):
        line += f" [{event.status}]"
    return line


def events_as_text(article: Article) -> str:
    """A plain-text events section for `dateline read --format text` (one event a line)."""
    if not article.events:
        return ""
    lines = [f"events ({len(article.events)}):"]
    for event in article.events:
        lines += textwrap.wrap(event_line(event), WIDTH, subsequent_indent="      ")
        lines += textwrap.wrap(
            f'"{event_sentence(article, event)}"',
            WIDTH,
            initial_indent="    ",
            subsequent_indent="    ",
        )
    return "\n".join(lines) + "\n"
