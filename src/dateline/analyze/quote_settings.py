"""Where and to whom a quote was said, inferred from the article's events.

News about a meeting reports what was said at it without dating each quote: "Kerry met
Lavrov on Monday. ... Kerry told Lavrov the two countries must act together." The rules,
as data in `lexicons/quote_settings.tsv`:

- **setting-event**: a quote whose speaker takes part in exactly one exchange of the
  article (a CONSULT event whose mode is a setting mode: meet, talks, call) that
  occurred on a known day, and whose cue reports the past ("said", "told", "adding"), was
  said at that exchange. The quote gets `setting_event`, and the exchange's date as its
  `utterance_date` when it states none; a quote dated otherwise keeps its date and no setting.
- **second-person-at-setting**: a direct quote said at an exchange, with no addressee but a
  "you"/"your" of its own (outside any quotation inside it), speaks to the exchange's other
  participant when there is exactly one other person; the pronoun is the mention.

Every inferred field is named in `Quote.inferred` with its rule, so a reader can tell what
the page states from what dateline concluded.
"""

from __future__ import annotations

import re
from functools import cache

from dateline.analyze.registry import step
from dateline.analyze.timex_tense import tense_cues
from dateline.lexicons import load_table
from dateline.model import Article, Entity, Event, Party, Quote, Span

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WORD = re.compile(r"[A-Za-z]+")
# Inner quotations of a direct quote: a "you" there is someone else's.
_INNER_QUOTE = re.compile(r"(?<=\w\s)[\u2018'][^\u2019']*[\u2019']|\u201c[^\u201d]*\u201d")

SETTING_RULE = "setting-event"
ADDRESSEE_RULE = "second-person-at-setting"


@cache
def _words(kind: str) -> frozenset[str]:
    return frozenset(
        row["word"].lower() for row in load_table("quote_settings.tsv") if row["kind"] == kind
    )


def reports_past(cue: str) -> bool:
    """Whether a cue reports something already said: "said", "told", "called for",
    "adding" (a participle hangs on a past clause); not "says" or "will say"."""
    first = _WORD.search(cue)
    if first is None:
        return False
    word = first.group().lower()
    if word.endswith("s") and not word.endswith("ss"):
        return False  # "says", "tells", "believes": the present, maybe a standing view
    return tense_cues().get(word) == "past" or word.endswith(("ed", "ing"))


def exchanges(events: list[Event]) -> list[Event]:
    """The events that are exchanges between their participants, dated to a day, done."""
    modes = _words("setting_mode")
    return [
        e
        for e in events
        if e.type == "CONSULT"
        and e.mode in modes
        and e.status == "occurred"
        and e.date is not None
        and _DAY.match(e.date)
    ]


def _participants(event: Event) -> set[str]:
    return {a.entity for a in (*event.source, *event.target) if a.entity}


def setting_of(quote: Quote, settings: list[Event]) -> Event | None:
    """The one exchange the quote's speaker took part in, if the quote can be dated by it."""
    if quote.speaker is None or quote.speaker.entity is None:
        return None
    if quote.cue is not None and not reports_past(quote.cue.text):
        return None
    taking_part = [e for e in settings if quote.speaker.entity in _participants(e)]
    if len(taking_part) != 1:
        return None
    event = taking_part[0]
    if quote.utterance_date is not None and quote.utterance_date != event.date:
        return None
    return event


def second_person(quote: Quote) -> Span | None:
    """The first "you"/"your" of a direct quote's own words, as a span."""
    if quote.kind != "direct":
        return None
    words = _words("second_person")
    for part in quote.content_parts or [quote.content]:
        own = _INNER_QUOTE.sub(lambda m: " " * len(m.group()), part.text)
        for m in _WORD.finditer(own):
            if m.group().lower() in words:
                start = part.start + m.start()
                return Span(
                    start=start,
                    end=start + len(m.group()),
                    text=m.group(),
                    field=part.field,
                    index=part.index,
                )
    return None


def listener(quote: Quote, event: Event, entities: dict[str, Entity]) -> Party | None:
    """The exchange's one other person, addressed by the quote's "you", if it has one."""
    if quote.addressee is not None or quote.speaker is None:
        return None
    mention = second_person(quote)
    if mention is None:
        return None
    others = {
        e
        for e in _participants(event) - {quote.speaker.entity}
        if e in entities and entities[e].type == "person"
    }
    if len(others) != 1:
        return None
    other = entities[others.pop()]
    return Party(entity=other.id, name=other.name, mention=mention)


def set_quote(quote: Quote, settings: list[Event], entities: dict[str, Entity]) -> Quote:
    """The quote with its setting, utterance date and addressee inferred where the rules hold."""
    event = setting_of(quote, settings)
    if event is None:
        return quote
    update: dict[str, object] = {"setting_event": event.id}
    inferred = dict(quote.inferred)
    if quote.utterance_date is None:
        update["utterance_date"] = event.date
        inferred["utterance_date"] = SETTING_RULE
    addressee = listener(quote, event, entities)
    if addressee is not None:
        update["addressee"] = addressee
        inferred["addressee"] = ADDRESSEE_RULE
    update["inferred"] = inferred
    return quote.model_copy(update=update)


@step("quote_settings", requires={"quotes", "events", "entities"}, produces={"quotes"})
def quote_settings_step(article: Article) -> Article:
    """Give quotes said at the article's meetings, talks or calls their setting and date."""
    settings = exchanges(article.events)
    if not settings or not article.quotes:
        return article
    entities = {e.id: e for e in article.entities}
    quotes = [set_quote(q, settings, entities) for q in article.quotes]
    return article.model_copy(update={"quotes": quotes})
