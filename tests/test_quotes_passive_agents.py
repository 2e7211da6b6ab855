"""quotes: passive cues whose agent speaks, in a relative clause or as a participle on a
noun with no auxiliary, on sentences written for these tests."""

from __future__ import annotations

import pytest

from .quote_records import FoundRecord as Record
from .quote_records import found_records as _records


@pytest.mark.parametrize(
    ("page", "records"),
    [
        (  # the relative pronoun is the subject of the passive: it stands for the content
            "The levy, which was opposed by the fishers, passed in May.",
            [("opposed", "the fishers", ["which"])],
        ),
        (
            "Ina Volk, who has been endorsed by the union, leads the race.",
            [("endorsed", "the union", ["who"])],
        ),
        (  # a participle set off by commas on the noun before it
            "The toll, opposed by the ferry crews, was dropped in June.",
            [("opposed", "the ferry crews", ["The toll"])],
        ),
        (  # a participle right after its noun, an adverb between
            "It was a rota once championed by the harbour board.",
            [("championed", "the harbour board", ["a rota"])],
        ),
        (  # the agent after a passive view's bare complement: the view ends before "by"
            "Ina Volk was declared the winner in the Ayr, Leeds and Hull primaries by the"
            " wire services on Tuesday.",
            [
                (
                    "declared",
                    "the wire services",
                    ["Ina Volk", "the winner in the Ayr, Leeds and Hull primaries"],
                )
            ],
        ),
        (  # a view cue: the agent holds the view after "as"
            "The levy, seen by many traders as a burden, was cut.",
            [("seen", "many traders", ["The levy", "a burden"])],
        ),
    ],
)
def test_the_agent_of_a_passive_cue_speaks(page: str, records: list[Record]) -> None:
    assert _records(page) == records


@pytest.mark.parametrize(
    "page",
    [
        "The board studied a report released by the port.",  # an act on a text, no view
        "The quay was rebuilt last year by the harbour board.",  # no cue
        "The council backed by ten votes to two a cut in the fee.",  # a measure, no agent
    ],
)
def test_no_agent_speaks(page: str) -> None:
    assert all(speaker not in {"the port", "ten votes"} for _, speaker, _ in _records(page))
