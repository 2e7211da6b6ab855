"""The language of a clean article body, told by its function words (`function_words.tsv`)."""

from __future__ import annotations

import re
from functools import cache

from dateline.lexicons import load_table

MIN_TOKENS = 20
MIN_SHARE = 0.12
MAX_CHARS = 5_000  # enough text to tell
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


@cache
def _function_words() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """The languages, and each function word -> the indexes of the languages it belongs to."""
    rows = load_table("function_words.tsv")
    languages = tuple(row["language"] for row in rows)
    index: dict[str, list[int]] = {}
    for number, row in enumerate(rows):
        for word in row["words"].split():
            index.setdefault(word, []).append(number)
    return languages, {word: tuple(langs) for word, langs in index.items()}


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language most of the text's function words belong to.

    Returns None for texts under `MIN_TOKENS` words or when no language has a clear
    share (`MIN_SHARE`, and 1.5 times the runner-up's) of the tokens.
    """
    tokens = _TOKEN.findall(text[:MAX_CHARS])
    if len(tokens) < MIN_TOKENS:
        return None
    languages, index = _function_words()
    counts = [0] * len(languages)
    for token in tokens:
        for number in index.get(token.casefold(), ()):
            counts[number] += 1
    ranked = sorted(zip(counts, languages, strict=True), reverse=True)
    (best, language), (runner_up, _) = ranked[0], ranked[1]
    if best < MIN_SHARE * len(tokens) or best < runner_up * 1.5:
        return None
    return language
