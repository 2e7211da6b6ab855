"""Whole articles we wrote, against the events an analyst expects (tests/event_articles.py).

Each article is one case; those dateline does not yet get fully right are strict xfails, so
one that starts passing must be promoted. The count of expected events found may only rise.
"""

from __future__ import annotations

import pytest

from tests.event_articles import article_names, describe, expected, score

# Expected events found over all articles (studied, heldout_* and heldout2_*) when this floor
# was last raised (41 of 70: 28 of 33 studied, 13 of 37 held out).
FOUND_FLOOR = 41
# Articles whose events are fully right (every expected event, no unlisted extra).
RIGHT: frozenset[str] = frozenset(
    {
        "agreement_signed",
        "cancelled_visit",
        "phone_call",
        "protest_police",
        "sanctions_eu",
        "summit_leaders",
        "visit_talks",
    }
)
FIELDS = {"type", "mode", "source", "target", "place", "date", "status"}
STATUSES = {"occurred", "ongoing", "scheduled", "cancelled", "unknown"}


@pytest.mark.parametrize("name", article_names())
def test_expectations_are_well_formed(name: str) -> None:
    gold = expected(name)
    assert gold["events"]
    for event in gold["events"]:
        assert event.keys() >= FIELDS and event["status"] in STATUSES
        for actor in event["source"] + event["target"]:
            assert {"name", "country", "sector"} == actor.keys()


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=() if n in RIGHT else pytest.mark.xfail(strict=True))
        for n in article_names()
    ],
)
def test_article_events_as_an_analyst_codes_them(name: str) -> None:
    result, article = score(name)
    got = [describe(e) for e in article.events]
    assert not result.missed, (result.missed, got)
    assert not result.extras, [describe(e) for e in result.extras]


def test_expected_events_found_do_not_fall() -> None:
    assert sum(len(score(name)[0].found) for name in article_names()) >= FOUND_FLOOR
