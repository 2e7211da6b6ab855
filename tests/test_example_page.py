"""The bundled example a new user reads first (README, command 1): its events, whole."""

from __future__ import annotations

from dateline import read

from .conftest import EXAMPLES


def test_the_bundled_example_reads_as_four_events() -> None:
    article = read((EXAMPLES / "harbour-talks.html").read_bytes())
    events = [
        (
            e.date,
            e.type,
            e.mode,
            e.status,
            [a.text for a in e.source],
            [a.text for a in e.target],
            e.place.name if e.place else None,
        )
        for e in article.events
    ]
    assert events == [
        ("2024-03-12", "AGREE", None, "occurred", ["Norway", "Canada"], [], None),
        (
            "2024-03-12",
            "CONSULT",
            "meet",
            "occurred",
            ["Ingrid Solheim"],
            ["Daniel Okafor"],
            "Oslo",
        ),
        ("2024-04", "AGREE", None, "scheduled", ["Ottawa"], [], None),
        (
            "2024-06",
            "CONSULT",
            "meet",
            "scheduled",
            ["Ingrid Solheim", "Daniel Okafor"],
            [],
            "Iqaluit",
        ),
    ]
