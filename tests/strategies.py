"""Hypothesis strategies shared by the property tests: news-like text with the hard parts
(abbreviations, quotation marks, initials, decimals, other scripts) mixed in."""

from __future__ import annotations

from hypothesis import strategies as st

NEWS_WORDS = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "Anna",
        "Hale",
        "said",
        "he",
        "she",
        "the",
        "foreign",
        "minister",
        "Russian",
        "Moscow",
        ",",
        ".",
        "...",
        "?",
        '"',
        "“",
        "”",
        "(AB)",
        "\n\n",
        "J.",
        "3.5",
        "Inc.",
        "WHO",
        "Übersee",
        "东京",
    ]
)
NEWS_TEXT = st.lists(NEWS_WORDS, max_size=60).map(" ".join) | st.text(max_size=200)
