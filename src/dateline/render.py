"""Readable views of an article for people (the CLI's `--format text`)."""

from __future__ import annotations

import textwrap

from dateline.model import Actor, Article, Event, Party, Role, Span, Timestamp

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
    lines += facts_as_text(article)
    for warning in article.warnings:
        lines.append(f"warning: {warning}")
    if article.removed:
        count = len(article.removed)
        pieces = "piece" if count == 1 else "pieces"
        lines.append(f"dropped {count} {pieces} of page furniture:")
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


def facts_as_text(article: Article) -> list[str]:
    """People, quotes, time expressions and events, each with the sentence it came from."""
    lines: list[str] = []
    people = [e for e in article.entities if e.type == "person"]
    if people:
        lines += ["People", "------"]
        for person in people:
            roles = "; ".join(_offices(person.roles))
            lines.append(f"  {person.name}" + (f" — {roles}" if roles else ""))
        lines.append("")
    others = [e for e in article.entities if e.type != "person"]
    if others:
        lines += ["Organisations and places", "------------------------"]
        for entity in others:
            code = f" [{entity.country}]" if entity.country else ""
            lines.append(f"  {entity.type}: {entity.name}{code}")
        lines.append("")
    if article.quotes:
        lines += ["Quotes", "------"]
        for quote in article.quotes:
            who = _party(quote.speaker) or "(speaker unknown)"
            to = _party(quote.addressee)
            cue = quote.cue.text if quote.cue else "(continues)"
            if to and "addressee" in quote.inferred:
                to += " (inferred)"
            if quote.speaker and "speaker" in quote.inferred:
                who += f' ("{quote.speaker.mention.text}")'  # the "I" of another's quote
            # The kind of attribution when it is not speech: "believes" [indirect, belief]
            cls = (quote.cue_lexicon_id or "").partition(".")[0]
            label = quote.kind + (
                f", {cls}"
                if cls and cls != "speech" and "." in (quote.cue_lexicon_id or "")
                else ""
            )
            head = f"  {who} {cue}" + (f" → {to}" if to else "") + f" [{label}]"
            if quote.utterance_date:
                said_at = " (at the meeting)" if "utterance_date" in quote.inferred else ""
                head += f" {quote.utterance_date}{said_at}"
            lines.append(head)
            # A split quotation reads as its own words: '"A," … "B."', without the cue between.
            words = " … ".join(p.text for p in quote.content_parts) or quote.content.text
            lines += textwrap.wrap(
                _clip(words, 400),
                WIDTH,
                initial_indent="    ",
                subsequent_indent="    ",
            )
        lines.append("")
    if article.timexes:
        lines += ["Times", "-----"]
        for timex in article.timexes:
            lines.append(f"  {timex.value:<16} {timex.type:<8} “{timex.span.text}”")
            lines += _context(article, timex.span)
        lines.append("")
    if article.events:
        lines += ["Events", "------"]
        for event in article.events:
            lines.append("  " + event_line(event))
            lines += _context(article, event.trigger)
        lines.append("")
    return lines


def event_line(event: Event) -> str:
    """One line per event: date, type (mode), actors with codes, place."""
    mode = f" ({event.mode})" if event.mode else ""
    source = " + ".join(actor_label(a) for a in event.source)
    target = " + ".join(actor_label(a) for a in event.target)
    actors = (f"{source} <-> {target}" if target else source) or "(no actor named)"
    place = f", {event.place.name}" if event.place else ""
    status = "" if event.status in {"occurred", "unknown"} else f" [{event.status}]"
    return f"{event.date or '????'} {event.type}{mode} {actors}{place}{status}"


def _offices(roles: list[Role]) -> list[str]:
    """One entry per office: the same role found at several mentions is shown once, and a
    bare title ("minister") is left out where a fuller one says it ("foreign minister
    (Japan)")."""
    held = list(dict.fromkeys((r.title, r.affiliation) for r in roles))
    return [
        _role_text(title, affiliation)
        for title, affiliation in held
        if affiliation
        or not any(
            (other, of) != (title, None) and (other == title or other.endswith(" " + title))
            for other, of in held
        )
    ]


def _role_text(title: str, affiliation: str | None) -> str:
    return f"{title} ({affiliation})" if affiliation else title


def _party(party: Party | None) -> str:
    if party is None:
        return ""
    return party.name or party.mention.text


def _context(article: Article, span: Span) -> list[str]:
    """The sentence a span sits in, indented, for `--format text`."""
    source = article.field_text(span.field, span.index) or ""
    sentence = next(
        (
            s
            for s in article.sentences
            if s.field == span.field
            and s.index == span.index
            and s.start <= span.start
            and span.end <= s.end
        ),
        None,
    )
    if sentence is not None:
        words = sentence.text
    elif span.field != "text":
        words = source  # a headline or caption is short: show it whole
    else:
        words = _window(source, span.start, span.end)
    return textwrap.wrap(
        "« " + _clip(words, 300) + " »", WIDTH, initial_indent="      ", subsequent_indent="      "
    )


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
        for paragraph in article.paragraphs:  # an article built with no sentences
            if paragraph.start <= trigger.start < paragraph.end:
                return " ".join(article.text[paragraph.start : paragraph.end].split())
    return " ".join(text.split())


def _window(source: str, start: int, end: int, reach: int = 80) -> str:
    """About `reach` characters either side of a span, widened to whole words."""
    left = source.rfind(" ", 0, max(0, start - reach)) + 1
    right = source.find(" ", min(len(source), end + reach))
    return source[left : right if right != -1 else len(source)]
