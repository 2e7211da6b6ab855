"""The language of a clean article body, told by its function words (`function_words.tsv`)."""

from __future__ import annotations

import re
from functools import cache

from dateline.lexicons import load_table

MIN_TOKENS = 20
MIN_SHARE = 0.12
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


@cache
def _function_words() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple(
        (row["language"], frozenset(row["words"].split()))
        for row in load_table("function_words.tsv")
    )


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language most of the text's function words belong to.

    Returns None for texts under `MIN_TOKENS` words or when no language has a clear
    share (`MIN_SHARE`, and 1.5 times the runner-up's) of the tokens.
    """
    tokens = [t.casefold() for t in _TOKEN.findall(text[:20_000])]
    if len(tokens) < MIN_TOKENS:
        return None
    scores = sorted(
        (
            (sum(t in words for t in tokens) / len(tokens), lang)
            for lang, words in _function_words()
        ),
        reverse=True,
    )
    best, runner_up = scores[0], scores[1]
    if best[0] < MIN_SHARE or best[0] < runner_up[0] * 1.5:
        return None
    return best[1]


def _share(tokens: list[str], words: frozenset[str]) -> float:
    return sum(t in words for t in tokens) / len(tokens)
