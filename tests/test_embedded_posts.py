"""Embedded social posts: the signature stays, and the post is a quote of its account."""

from __future__ import annotations

from dateline import read
from dateline.analyze import analyze_text
from dateline.extract.embedded_posts import is_post_signature

_STORY = (
    "<p>The harbour board voted on Tuesday to close the old ferry pier for two years of "
    "repairs, after engineers found cracks in its supports.</p>"
    "<p>Fishermen who use the pier said they had not been asked and would lose their "
    "moorings for the whole of next season.</p>"
)


def _page(embed: str) -> str:
    return (
        "<html><head><title>Harbour board closes ferry pier</title></head><body><article>"
        f"<h1>Harbour board closes ferry pier</h1>{_STORY}{embed}"
        "<p>The board said a temporary landing stage would open at the north quay in "
        "the spring, and that fares would not change.</p></article></body></html>"
    )


def test_a_post_signature_is_kept_and_the_post_is_a_direct_quote_of_its_account() -> None:
    embed = (
        '<blockquote class="twitter-tweet"><p lang="en">Two years without our pier is two '
        "years without our living. We will fight this.</p>&mdash; Harbour Fishers Union "
        '(@HarbourFishers) <a href="https://x.example/HarbourFishers/status/9">'
        "March 3, 2026</a></blockquote>"
    )
    article = read(_page(embed))
    texts = article.paragraph_texts()
    assert "— Harbour Fishers Union (@HarbourFishers) March 3, 2026" in texts
    quote = next(q for q in article.quotes if "living" in q.content.text)
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.mention.text == "Harbour Fishers Union"
    assert quote.cue_lexicon_id == "speech.post_signature"


def test_a_blockquote_that_is_no_embed_keeps_its_own_shape() -> None:
    embed = "<blockquote><p>The sea gives, the sea takes.</p>Old harbour saying</blockquote>"
    texts = read(_page(embed)).paragraph_texts()
    assert not any(is_post_signature(t) for t in texts)


def test_a_scraped_signature_line_stays_in_the_body_and_names_the_speaker() -> None:
    page = (
        "Harbour board closes ferry pier\n"
        "By Ola Brandt\n"
        "March 3, 2026\n"
        "The harbour board voted on Tuesday to close the old ferry pier for two years of "
        "repairs, after engineers found cracks in its supports.\n"
        "Two years without our pier is two years without our living. We will fight this.\n"
        "— Harbour Fishers Union (@HarbourFishers) March 3, 2026\n"
        "The board said a temporary landing stage would open at the north quay in the spring.\n"
    )
    article = read(page)
    assert "— Harbour Fishers Union (@HarbourFishers) March 3, 2026" in article.paragraph_texts()
    speakers = {q.speaker.mention.text for q in article.quotes if q.speaker}
    assert "Harbour Fishers Union" in speakers


def test_the_signature_shape() -> None:
    assert is_post_signature("— Jo Berg (@joberg) May 2, 2026")
    assert is_post_signature("- Mayor Jo Berg (@jo.berg.bsky.social)")
    assert not is_post_signature("WASHINGTON — The Senate passed the bill on Thursday.")
    assert not is_post_signature("— Jo Berg, May 2, 2026")


def test_without_a_signature_a_bare_paragraph_is_nobody_s_quote() -> None:
    quotes = analyze_text("Two years without our pier is two years without our living.").quotes
    assert quotes == []
