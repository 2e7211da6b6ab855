"""Given names and the gender they most often carry.

The names come from `lexicons/given_names.tsv`, written for dateline. Every module that
asks whether a word starts a person's name (mention finding, coreference, the HTML author
reader) asks here, so a larger or different list plugs in at one place.

A package's name dictionary was measured as a second source (gender-guesser's ~45,000
names): it moved WCXB author accuracy by half a point, and its data file is under the GNU
FDL, a copyleft licence this Apache-2.0 project does not take on for so little.

Genders are "m", "f" or "u" (used for both, or unknown).

>>> given_name("Anna"), given_name("Hope")
('f', None)
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from dateline.lexicons import load_table


def given_name(word: str) -> str | None:
    """The gender a given name carries ("m", "f", "u"), or None when `word` is not one.

    Case-sensitive: a given name is capitalised ("Anna", not "anna").
    """
    return given_names().get(word)


@cache
def given_names() -> Mapping[str, str]:
    """Every given name dateline knows -> its gender."""
    return {row["name"]: row["gender"] for row in load_table("given_names.tsv")}
