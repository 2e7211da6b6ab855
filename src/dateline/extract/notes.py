"""Notes around the story that both readers drop from the body: pull quotes, the author's
biography at the end, and the reporter's contact line whose address belongs to an author.

A magazine prints a sentence of the story again in large type (a pull quote); a column
ends with a line about its writer ("Jane Roe is a professor of ..."); a local paper ends
with "Contact the reporter at ...". None of these is part of the story's text; each
removal is recorded with its reason.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.extract.draft import DraftParagraph
from dateline.extract.lines import EMAIL_ADDRESS, is_sentence, words_of
from dateline.extract.metadata import squash
from dateline.extract.outlets import squash as squash_name
from dateline.lexicons import load_table
from dateline.model import Author, Removed

PULL_QUOTE_MIN_WORDS = 5  # shorter repeats ("He said no.") may be the story's own words
PULL_QUOTE_MAX_WORDS = 45
BIO_MAX_WORDS = 70  # a biography is a sentence or two
BIO_REACH = 2  # paragraphs from the end of the story where a biography may stand
_LABELLED = re.compile(r"[^:.!?]{1,40}:\s|.*:$")  # "Step one: ...", "The plan offers:"
_EMAIL = re.compile(rf"{EMAIL_ADDRESS}(?<!\.)")


def drop_pull_quotes(
    paragraphs: list[DraftParagraph],
) -> tuple[list[DraftParagraph], list[Removed]]:
    """Drop short body paragraphs whose words all stand again inside a longer paragraph.

    >>> story = [DraftParagraph("The river rose two metres overnight, the mayor said."),
    ...          DraftParagraph("The river rose two metres overnight")]
    >>> kept, removed = drop_pull_quotes(story)
    >>> len(kept), removed[0].reason
    (1, 'pull-quote')
    """
    keys = [squash(p.text) for p in paragraphs]
    joined = "\n".join(keys)  # a key found once here is found only in itself
    kept: list[DraftParagraph] = []
    removed: list[Removed] = []
    for index, para in enumerate(paragraphs):
        words = len(para.text.split())
        key = keys[index]
        # a pull quote is a sentence that stands apart from where the story says it: a
        # heading or list entry that the next paragraph opens with, a line that introduces
        # a list ("... offers:") or a labelled entry ("Step one: ..."), is none
        repeated = (
            para.kind in ("body", "blockquote")
            and PULL_QUOTE_MIN_WORDS <= words <= PULL_QUOTE_MAX_WORDS
            and is_sentence(para.text, words_of(para.text))
            and _LABELLED.match(para.text) is None
            and joined.count(key) > 1
            and any(
                i != index
                and len(other) > len(key)
                and key in other
                and not (i == index + 1 and other.startswith(key))
                for i, other in enumerate(keys)
            )
        )
        if repeated:
            removed.append(Removed(text=para.text, reason="pull-quote"))
        else:
            kept.append(para)
    return kept, removed


@cache
def _bio_verbs() -> str:
    words = sorted((row["word"] for row in load_table("author_bio_verbs.tsv")), key=len)
    return "|".join(re.escape(w) for w in reversed(words))


def is_author_bio(text: str, names: list[str]) -> bool:
    """A short paragraph that opens with an author's full name and a biography verb.

    >>> is_author_bio("Jane Roe is a professor of law at Carnford.", ["Jane Roe"])
    True
    >>> is_author_bio("Jane Roe is a professor of law at Carnford.", ["Ana Lee"])
    False
    """
    if len(text.split()) > BIO_MAX_WORDS:
        return False
    stripped = text.strip().lstrip("*_—–- ")
    for name in names:
        if len(name.split()) < 2:
            continue
        if re.match(rf"{re.escape(name)}\s+(?:{_bio_verbs()})\b", stripped):
            return True
    return False


def drop_author_bio(
    paragraphs: list[DraftParagraph], authors: list[Author]
) -> tuple[list[DraftParagraph], list[Removed]]:
    """Drop an author's biography among the last paragraphs of the story."""
    names = [a.name for a in authors]
    if not names:
        return paragraphs, []
    kept = list(paragraphs)
    removed: list[Removed] = []
    body = [i for i, p in enumerate(kept) if p.kind == "body"]
    for index in reversed(body[-BIO_REACH:]):
        if index > 0 and is_author_bio(kept[index].text, names):
            removed.insert(0, Removed(text=kept[index].text, reason="author-bio"))
            del kept[index]
    return kept, removed


@cache
def _shared_mailboxes() -> frozenset[str]:
    return frozenset(row["mailbox"] for row in load_table("shared_mailboxes.tsv"))


def is_shared_mailbox(address: str) -> bool:
    """Whether an address is a desk's or a service's ("newsdesk@", "letters@"), no person's."""
    local = re.sub(r"[^a-z]", "", address.split("@", 1)[0].lower())
    return local in _shared_mailboxes()


def email_owner(address: str, authors: list[Author]) -> int | None:
    """The author an address belongs to: the one whose family name its local part carries,
    else the only author; no one for a desk's address ("newsdesk@")."""
    if is_shared_mailbox(address):
        return None
    local = squash_name(address.split("@", 1)[0])
    for i, author in enumerate(authors):
        parts = [squash_name(p) for p in author.name.split() if len(p) > 1]
        if author.email is None and parts and all(p in local for p in parts[-1:]):
            return i
    free = [i for i, a in enumerate(authors) if a.email is None]
    if len(authors) == 1 and free:
        return free[0]
    return None


def emails_in_notes(notes: list[str], authors: list[Author]) -> list[Author]:
    """The authors, each given the address a note about them holds ("Mira Okafor covers
    transport. Reach her at m.okafor@..."): the author the note names."""
    authors = list(authors)
    for note in notes:
        for found in _EMAIL.finditer(note):
            named = [i for i, a in enumerate(authors) if a.email is None and a.name in note]
            if named:
                authors[named[0]] = Author(name=authors[named[0]].name, email=found.group())
    return authors


def contact_emails(removed: list[Removed], authors: list[Author], reason: str) -> list[Author]:
    """The authors, given the address a removed contact line ("Contact the reporter at
    ...") holds."""
    authors = list(authors)
    for item in removed:
        if item.reason != reason:
            continue
        for found in _EMAIL.finditer(item.text):
            owner = email_owner(found.group(), authors)
            if owner is not None:
                authors[owner] = Author(name=authors[owner].name, email=found.group())
    return authors
