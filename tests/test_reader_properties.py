"""Property: `read()` raises nothing but `ExtractError`, whatever it is given."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline import read
from dateline.errors import ExtractError
from dateline.model import Article

FORMATS = st.sampled_from(["auto", "html", "text"])
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Pieces of news pages, so generated pages reach the extractors' deeper branches.
PIECES = st.sampled_from(
    [
        "<html>",
        "<body>",
        "<p>",
        "</p>",
        "<h1>",
        "<div class='byline'>",
        "&amp;",
        "\n",
        "\n\n",
        "By Jo Ann Lee in Oslo\n",
        "Published: 11:37, July 14, 2021 | Updated: 11:38, July 14, 2021\n",
        "OSLO (Nordwire) - ",
        "The minister said the talks would resume on Friday. ",
        "Ferry timetable changes announced\n",
        "(KARI NES / POOL PHOTO VIA AP)",
        "jo.lee@paper.example\n",
        "Share this story\n",
        "10:42\n",
        "News > World > Content\n",
        "\x00",
        "\ud800",
        "\x0b",
        "é",
        "“",
    ]
)


def _read_or_extract_error(page: str | bytes, page_format: str) -> None:
    try:
        article = read(page, format=page_format, facts=True)  # type: ignore[arg-type]
    except ExtractError:
        return
    assert isinstance(article, Article)
    article.model_dump_json()


@SETTINGS
@given(st.binary(max_size=4000), FORMATS)
def test_reader_arbitrary_bytes(data: bytes, page_format: str) -> None:
    _read_or_extract_error(data, page_format)


@SETTINGS
@given(st.text(max_size=4000), FORMATS)
def test_reader_arbitrary_text(text: str, page_format: str) -> None:
    _read_or_extract_error(text, page_format)


@SETTINGS
@given(st.lists(PIECES, max_size=80).map("".join), FORMATS)
def test_reader_page_like_text(text: str, page_format: str) -> None:
    _read_or_extract_error(text, page_format)


@SETTINGS
@given(st.lists(PIECES, max_size=80).map("".join), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_reader_page_like_bytes(text: str, encoding: str) -> None:
    _read_or_extract_error(text.encode(encoding, errors="replace"), "auto")
