"""Articles built by hand for the archive tests: fictional stories with their facts.

Facts (entities, mentions, quotes, timexes, events) are constructed here directly,
with spans found in the text, so the archive can be tested before the analysis
steps that will produce them exist.
"""

from __future__ import annotations

from dateline.model import (
    Actor,
    Analysis,
    Article,
    Author,
    Dateline,
    Entity,
    Event,
    Image,
    Mention,
    Outlet,
    Paragraph,
    Party,
    Place,
    Quote,
    Role,
    Span,
    Timestamp,
    Timex,
    make_span,
)

HARBOUR_PARAGRAPHS = [
    "Fisheries ministers from Norland and Westmark agreed on Tuesday to share data on "
    "shipping lanes in the northern strait, ending two years of quarrels over the harbour "
    "at Kestrel Bay.",
    '"This agreement protects our fishing towns and our sailors," said Marta Olsen, the '
    "Norland fisheries minister, speaking to reporters after the talks in Kestrel Bay.",
    "Olsen told her Westmark counterpart, Ivo Brandt, that both coastguards would start "
    "sending daily reports in March. Brandt said the deal would be reviewed next year.",
    "The two governments will meet again in the autumn to discuss quotas for cod and "
    "herring, officials said, and a joint committee will publish its first report soon.",
]

LEXICONS = {"event_triggers.jsonl": "a1b2c3d4e5f60718", "speech_cues.jsonl": "0f1e2d3c4b5a6978"}


def _paragraphs(parts: list[str]) -> tuple[str, list[Paragraph]]:
    text, paras, offset = "", [], 0
    for i, part in enumerate(parts):
        if i:
            text += "\n\n"
            offset += 2
        paras.append(Paragraph(start=offset, end=offset + len(part)))
        text += part
        offset += len(part)
    return text, paras


def _find(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return make_span(text, start, start + len(words))


def harbour_article(
    *,
    url: str | None = "https://news.example.org/world/harbour-talks",
    published: str = "2024-03-05T10:00:00+01:00",
    domain: str | None = "news.example.org",
    paragraphs: list[str] | None = None,
    headline: str = "Norland and Westmark agree to share shipping data",
    facts: bool = True,
) -> Article:
    """The harbour-talks story with entities, roles, mentions, quotes, timexes, events."""
    text, paras = _paragraphs(paragraphs or HARBOUR_PARAGRAPHS)
    base = {
        "id": _id(url, text),
        "url": url,
        "outlet": Outlet(name="Example News" if domain else None, domain=domain),
        "language": "en",
        "headline": headline,
        "standfirst": "A deal on the northern strait",
        "section": ["World", "Europe"],
        "authors": [Author(name="Lena Park", email="lena@example.org"), Author(name="Tom Ade")],
        "dateline": Dateline(place="Kestrel Bay", source="KESTREL BAY -"),
        "published": Timestamp(value=published, timezone="stated", source="meta"),
        "images": [Image(url="https://img.example.org/1.jpg", caption="The harbour at dawn")],
        "text": text,
        "paragraphs": paras,
    }
    if not facts or paragraphs is not None:
        return Article(**base)  # type: ignore[arg-type]
    sentences = [_find(text, p) for p in HARBOUR_PARAGRAPHS[:1]]
    second = text.index('"This agreement')
    sentences.append(make_span(text, second, text.index("Kestrel Bay.", second) + 12))
    olsen = Entity(
        id="person:marta-olsen",
        type="person",
        name="Marta Olsen",
        aliases=["Olsen"],
        roles=[
            Role(
                title="fisheries minister",
                affiliation="Norland",
                country="NRL",
                sector="GOV",
                evidence=_find(text, "the Norland fisheries minister"),
            )
        ],
        country="NRL",
        sector="GOV",
    )
    brandt = Entity(id="person:ivo-brandt", type="person", name="Ivo Brandt", country="WMK")
    bay = Entity(id="place:kestrel-bay", type="place", name="Kestrel Bay")
    norland = Entity(id="country:norland", type="country", name="Norland", country="NRL")
    return Article(
        **base,  # type: ignore[arg-type]
        sentences=sentences,
        entities=[olsen, brandt, bay, norland],
        mentions=[
            Mention(entity=olsen.id, kind="name", span=_find(text, "Marta Olsen")),
            Mention(entity=olsen.id, kind="surname", span=_find(text, "Olsen told")),
            Mention(entity=brandt.id, kind="name", span=_find(text, "Ivo Brandt")),
            Mention(entity=bay.id, kind="name", span=_find(text, "Kestrel Bay")),
        ],
        quotes=[
            Quote(
                id="q1",
                kind="direct",
                content=_find(text, "This agreement protects our fishing towns and our sailors,"),
                content_parts=[
                    _find(text, "This agreement protects our fishing towns"),
                    _find(text, "and our sailors,"),
                ],
                cue=_find(text, "said"),
                cue_lexicon_id="said",
                speaker=Party(entity=olsen.id, mention=_find(text, "Marta Olsen")),
                paragraph=1,
            ),
            Quote(
                id="q2",
                kind="indirect",
                content=_find(text, "both coastguards would start sending daily reports in March"),
                cue=_find(text, "told"),
                cue_lexicon_id="told",
                speaker=Party(entity=olsen.id, mention=_find(text, "Olsen told")),
                addressee=Party(entity=brandt.id, mention=_find(text, "Ivo Brandt")),
                paragraph=2,
            ),
        ],
        timexes=[
            Timex(id="t1", span=_find(text, "Tuesday"), type="DATE", value="2024-03-05"),
            Timex(id="t2", span=_find(text, "in March"), type="DATE", value="2024-03"),
            Timex(
                id="t3",
                span=_find(text, "next year"),
                type="DATE",
                value="2025",
                interval=("2025-01-01", "2025-12-31"),
                rule="next-unit",
            ),
        ],
        events=[
            Event(
                id="e1",
                type="AGREE",
                mode="sign",
                source=[
                    Actor(
                        entity=norland.id,
                        text="Norland",
                        country="NRL",
                        sector="GOV",
                        evidence=_find(text, "Norland"),
                    )
                ],
                target=[Actor(text="Westmark", country="WMK", evidence=_find(text, "Westmark"))],
                place=Place(name="Kestrel Bay", entity=bay.id, evidence=_find(text, "Kestrel Bay")),
                date="2024-03-05",
                date_timex="t1",
                status="occurred",
                trigger=_find(text, "agreed"),
            ),
            Event(
                id="e2",
                type="CONSULT",
                mode="meet",
                source=[Actor(text="The two governments")],
                date="2024-09",
                status="scheduled",
                trigger=_find(text, "meet"),
                evidence=[_find(text, "in the autumn")],
            ),
        ],
        analysis=Analysis(pipeline=["sentences", "quotes", "events"], lexicons=LEXICONS),
    )


STORY_WORDS = [
    "river",
    "valley",
    "council",
    "bridge",
    "budget",
    "farmers",
    "market",
    "railway",
    "school",
    "library",
    "museum",
    "harbour",
    "forest",
    "election",
    "weather",
    "storm",
    "festival",
    "hospital",
    "factory",
    "village",
    "road",
    "tunnel",
    "airport",
    "energy",
    "grid",
    "water",
    "court",
    "police",
    "museum",
    "orchestra",
    "stadium",
    "canal",
    "ferry",
    "mine",
]


def plain_article(
    number: int,
    *,
    url: str | None = None,
    published: str = "2024-01-15",
    domain: str = "daily.example.net",
    words: int = 90,
    text: str | None = None,
) -> Article:
    """A distinct generic story (different words for each `number`), no facts."""
    if text is None:
        picks = [
            STORY_WORDS[(number * 7 + i * (number % 5 + 3)) % len(STORY_WORDS)]
            for i in range(words)
        ]
        text = f"Report {number}. " + " ".join(
            f"{w}{(i * number) % 97}" for i, w in enumerate(picks)
        )
    url = url if url is not None else f"https://{domain}/story/{number}"
    return Article(
        id=_id(url, text),
        url=url,
        outlet=Outlet(domain=domain),
        headline=f"Story number {number}",
        published=Timestamp(value=published, source="meta"),
        text=text,
        paragraphs=[Paragraph(start=0, end=len(text))],
    )


def _id(url: str | None, text: str) -> str:
    from dateline.extract.draft import article_id

    return article_id(url, text, None)
