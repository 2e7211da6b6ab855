"""Embedded social posts: keep the signature under a post's words as a paragraph.

A network's embed code is a <blockquote> holding the post in <p> elements and, after them,
loose text and a link: "— Jo Berg (@joberg) May 2, 2026". Trafilatura keeps the <p>s and
drops the loose signature, which leaves the post's words in the body with no one to say
them. Wrapping the signature in a <p> of its own keeps it, and the quote finder then reads
the post as a direct quote of the account holder.
"""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

from dateline.lexicons import load_table

# The signature under a post's words: a dash, the account's name, its handle in brackets,
# then (optionally) the date or a link ("— Jo Berg (@joberg) May 2, 2026").
POST_SIGNATURE = re.compile(
    r"[—–-]\s*(?P<name>[^()@\n]{2,80}?)\s*\(@[\w.\-]{1,60}\)(?:\s+[^\n]{0,60})?"
)


def is_post_signature(line: str) -> bool:
    """True when the whole line is the signature of an embedded post."""
    return POST_SIGNATURE.fullmatch(line.strip()) is not None


@cache
def _embed_classes() -> frozenset[str]:
    return frozenset(row["class"] for row in load_table("embedded_posts.tsv"))


def keep_post_signatures(tree: etree._Element) -> int:
    """Wrap the loose signature of each embedded post in a <p>; return how many."""
    wrapped = 0
    for quote in tree.iter("blockquote"):
        classes = set((quote.get("class") or "").split())
        if not classes & _embed_classes():
            continue
        paragraphs = [child for child in quote if child.tag == "p"]
        if paragraphs and _wrap_after(quote, paragraphs[-1]):
            wrapped += 1
    return wrapped


def _wrap_after(quote: etree._Element, last: etree._Element) -> bool:
    """Move what follows `last` inside `quote` (its tail, later elements) into a new <p>."""
    loose = list(quote)[quote.index(last) + 1 :]
    tail = last.tail or ""
    if not tail.strip() and not any("".join(c.itertext()).strip() for c in loose):
        return False
    signature = etree.SubElement(quote, "p")
    signature.text = tail
    last.tail = None
    for child in loose:
        signature.append(child)  # moves it (with its own tail)
    return True
