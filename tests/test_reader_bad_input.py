"""Bad input through `read()` and `dateline read`: a clear one-line error, never a traceback."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline import read
from dateline.cli import main
from dateline.errors import ConfigError, ExtractError
from dateline.extract.decode import MAX_PAGE_BYTES, decode_page

PAGE = (
    "Café owners protest new parking rules\n"
    "By Zoë Lindqvist\n\n"
    "Café owners in the old town said on Monday that the new “parking rules” would cost "
    "them customers, and asked the council to think again before the summer season.\n\n"
    "The council said it would listen to their concerns – and to residents’ as well.\n"
)
LATIN1_PAGE = PAGE.replace("“", '"').replace("”", '"').replace("–", "-").replace("’", "'")
NOT_AN_ARTICLE = "Home\nNews\nSport\nWeather\nContact us\n"

BAD_BYTES = {
    "empty": b"",
    "blank": b" \n\t\n  ",
    "binary": bytes(range(256)) * 40,
    "nul-heavy": b"\x00\x01\x02\x03" * 500,
    "word-and-nuls": b"garbage\x00\x01\x02",  # valid UTF-8, but no page holds NULs
    "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    "gzip": b"\x1f\x8b\x08\x00" + bytes(200),
}


@pytest.mark.parametrize("name", sorted(BAD_BYTES))
def test_reader_bad_bytes_raise_extract_error(name: str) -> None:
    with pytest.raises(ExtractError) as info:
        read(BAD_BYTES[name], facts=False)
    assert "\n" not in str(info.value)


def test_reader_page_over_the_size_limit() -> None:
    with pytest.raises(ExtractError, match="limit"):
        read(b"a" * (MAX_PAGE_BYTES + 1), facts=False)
    with pytest.raises(ExtractError, match="limit"):
        read("a" * (MAX_PAGE_BYTES + 1), facts=False)


@pytest.mark.parametrize(
    ("encoding", "page"),
    [
        ("utf-8", PAGE),
        ("utf-8-sig", PAGE),
        ("latin-1", LATIN1_PAGE),
        ("windows-1252", PAGE),
        ("utf-16", PAGE),  # with BOM
        ("utf-16-le", PAGE),  # without BOM
        ("utf-16-be", PAGE),
        ("utf-32", PAGE),
    ],
)
def test_reader_detects_the_encoding(encoding: str, page: str) -> None:
    article = read(page.encode(encoding), format="text", facts=False)
    assert article.headline == "Café owners protest new parking rules"
    assert [a.name for a in article.authors] == ["Zoë Lindqvist"]
    assert article.paragraph_texts()[0].startswith("Café owners in the old town")
    assert "’" in article.text or encoding == "latin-1"


def test_reader_ascii_text_in_utf16_without_a_bom() -> None:
    """UTF-16 of ASCII text is valid UTF-8 too (NULs are characters): the NULs in every
    other byte say it is UTF-16."""
    page = LATIN1_PAGE.replace("é", "e").replace("ë", "e")
    for encoding in ("utf-16-le", "utf-16-be"):
        article = read(page.encode(encoding), format="text", facts=False)
        assert article.headline == "Cafe owners protest new parking rules"


def test_reader_valid_utf8_wins_over_a_wrong_declared_charset() -> None:
    html = '<meta charset="iso-8859-1"><p>Zoë met the café owners.</p>'
    assert "Zoë met the café owners." in decode_page(html.encode("utf-8"))


def test_reader_declared_charset_used_when_bytes_are_not_utf8() -> None:
    html = '<meta charset="windows-1252"><p>“Zoë” met the café owners.</p>'
    assert "“Zoë” met the café owners." in decode_page(html.encode("windows-1252"))


def test_reader_unknown_declared_charset_is_ignored() -> None:
    html = '<meta charset="x-no-such-charset"><p>Zoë met the café owners.</p>'
    assert "Zoë" in decode_page(html.encode("utf-8"))


def test_reader_nul_and_surrogates_keep_offsets() -> None:
    page = PAGE.replace("Monday", "Mon\x00day").replace("summer", "sum\ud800mer")
    article = read(page, format="text", facts=False)
    para = article.paragraphs[0]
    raw_start = article.to_raw("text", para.start)
    assert raw_start is not None
    assert len(article.text[para.start : para.end]) == len(page[raw_start:].split("\n")[0])
    article.model_dump_json()  # serialisable: no lone surrogates left


def test_reader_not_an_article_is_returned_and_flagged() -> None:
    article = read(NOT_AN_ARTICLE.encode(), facts=False)
    assert article.kind == "not_article"
    assert article.warnings
    assert article.text == ""


def test_reader_rejects_unknown_format_and_type() -> None:
    with pytest.raises(ConfigError):
        read(PAGE, format="pdf", facts=False)  # type: ignore[arg-type]
    with pytest.raises(ExtractError):
        read(12345, facts=False)  # type: ignore[arg-type]


# ---- the same through the CLI ------------------------------------------------------------


def _run(tmp_path: Path, data: bytes, *args: str) -> tuple[int, str]:
    page = tmp_path / "page.txt"
    page.write_bytes(data)
    result = CliRunner().invoke(main, ["read", str(page), "--no-facts", *args])
    return result.exit_code, result.output


@pytest.mark.parametrize("name", sorted(BAD_BYTES))
def test_cli_bad_bytes_one_line_error(tmp_path: Path, name: str) -> None:
    code, output = _run(tmp_path, BAD_BYTES[name])
    assert code == 1
    assert output.startswith("dateline: error: ")
    assert output.strip().count("\n") == 0
    assert "Traceback" not in output


def test_cli_page_over_the_size_limit(tmp_path: Path) -> None:
    page = tmp_path / "big.txt"
    with page.open("wb") as out:
        out.truncate(MAX_PAGE_BYTES + 1)
    result = CliRunner().invoke(main, ["read", str(page)])
    assert result.exit_code == 1
    assert "limit" in result.output
    assert result.output.strip().count("\n") == 0


@pytest.mark.parametrize("encoding", ["latin-1", "windows-1252", "utf-16", "utf-16-le"])
def test_cli_reads_other_encodings(tmp_path: Path, encoding: str) -> None:
    page = LATIN1_PAGE if encoding == "latin-1" else PAGE
    code, output = _run(tmp_path, page.encode(encoding), "--format", "text")
    assert code == 0, output
    assert "Café owners protest new parking rules" in output
    assert "Zoë Lindqvist" in output


def test_cli_not_an_article_exits_zero_and_says_so(tmp_path: Path) -> None:
    code, output = _run(tmp_path, NOT_AN_ARTICLE.encode(), "--format", "text")
    assert code == 0, output
    assert "not_article" in output


def test_cli_stdin_garbage(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["read", "-"], input=bytes(range(256)) * 10)
    assert result.exit_code == 1
    assert result.output.startswith("dateline: error: ")
    assert "Traceback" not in result.output


def test_codecs_used_above_exist() -> None:
    for name in ("latin-1", "windows-1252", "utf-16-le", "utf-16-be", "utf-32"):
        codecs.lookup(name)


def test_reader_a_few_bytes_of_no_words_are_no_page() -> None:
    """Three control bytes decode as text, but nothing in them can be read."""
    with pytest.raises(ExtractError, match="no words"):
        read(b"\x01\x02\x03")
