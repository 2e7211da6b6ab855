"""find_timexes: numbers and words that look like times but are not."""

from __future__ import annotations

import pytest

from dateline.analyze.timex import find_timexes


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of 20 nations signed the pledge.",
        "About 80 percent of the harvest was lost.",
        "Turnout rose to 62% in the capital.",
        "We will not give up, the coach said.",
        "You may leave the hall.",
        "May I ask a question?",
        "The March for Clean Air drew crowds.",
        "Thousands march through the old town.",
        "The Sun reported the story first.",
        "The final score was 3-2 after extra time.",
        "Tickets cost $2,021 each.",
        "Tickets cost $2021 each.",
        "Call 555-201-2020 for details.",
        "2024 Summer Sale Banner.gif",
        "The firm hired 2000 workers.",
        "The 45-year-old driver was unhurt.",
        "The rate rose 1.75 points.",
        "Orders reached 12,000 units.",
        "The western town hosted a showdown at high noon.",
        "The paper, the City Daily, broke the story.",
        "The region imports about three-quarters of its grain.",
        "She spoke on VOA Today about the floods.",
        "The current account deficit narrowed.",
        "Analysts cut their future earnings forecasts.",
        "The fund's average daily trading volume doubled.",
        "Its median weekly wage is modest.",
        "The recently opened bridge carries buses.",
        "Critics of their recently written charter gathered.",
        "Each striker got six months of base pay.",
        "The cook was owed two weeks' wages.",
        "PRICES MAY RISE AGAIN",
        "MARCH FOR CLEAN AIR DRAWS CROWDS",
        "SUN REPORTER WED IN SECRET",
    ],
)
def test_negatives_find_nothing(text: str) -> None:
    assert find_timexes(text, "2021-07-14") == []


def test_negatives_file_name_line_does_not_hide_the_next_line() -> None:
    text = "2024 Summer Sale Banner.gif\n\nThe sale ended on Monday."
    assert [m.text for m in find_timexes(text, "2021-07-14")] == ["Monday"]


def test_the_past_before_a_count_is_not_the_vague_past() -> None:
    """'the past three summers' counts summers: 'the past' alone is not PAST_REF there."""
    text = "Riots have marred the parades for the past three summers."
    assert [m.value for m in find_timexes(text, "2021-07-14") if m.text == "the past"] == []
