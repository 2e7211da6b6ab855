"""find_timexes: extents, types and values, against a Wednesday publication date and others."""

from __future__ import annotations

import pytest

from dateline.analyze.timex import find_timexes

WED = "2021-07-14"  # a Wednesday


def found(text: str, dct: str | None = WED, **kw: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct, **kw)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The accord was signed on July 14, 2021, in Vienna.",
            ("July 14, 2021", "DATE", "2021-07-14"),
        ),
        ("The accord was signed on 14 July 2021.", ("14 July 2021", "DATE", "2021-07-14")),
        ("Records dated 2021-07-14 were sealed.", ("2021-07-14", "DATE", "2021-07-14")),
        (
            "The court sat on Wednesday, July 14, 2021.",
            ("Wednesday, July 14, 2021", "DATE", "2021-07-14"),
        ),
        ("The plant opened in March 2019.", ("March 2019", "DATE", "2019-03")),
        ("The mill closed in 1998 after a strike.", ("1998", "DATE", "1998")),
        (
            "The talks ended on the 3rd of June 2020.",
            ("the 3rd of June 2020", "DATE", "2020-06-03"),
        ),
        (
            "The stamp reads 2021-07-14 09:30 exactly.",
            ("2021-07-14 09:30", "TIME", "2021-07-14T09:30"),
        ),
    ],
)
def test_find_explicit_dates(sentence: str, expected: tuple[str, str, str]) -> None:
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "order", "value"),
    [
        ("The form was due 14/07/2021.", "MDY", "2021-07-14"),  # 14 cannot be a month
        ("The form was due 7/14/2021.", "DMY", "2021-07-14"),  # 14 cannot be a month
        ("The form was due 04/07/2021.", "MDY", "2021-04-07"),
        ("The form was due 04/07/2021.", "DMY", "2021-07-04"),
        ("The form was due 04.07.2021.", "DMY", "2021-07-04"),
        ("The form was due 7/4/21.", "MDY", "2021-07-04"),
    ],
)
def test_find_numeric_dates_follow_the_day_month_order(
    sentence: str, order: str, value: str
) -> None:
    assert [v for _, _, v in found(sentence, date_order=order)] == [value]


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        ("Both ministers took part in a summit in April.", WED, ("April", "2021-04")),
        ("Both ministers took part in a summit in November.", WED, ("November", "2020-11")),
        ("The summit will be held in November.", WED, ("November", "2021-11")),
        ("The fair will reopen in May.", WED, ("May", "2022-05")),
        ("The fair will reopen next April.", WED, ("next April", "2022-04")),
        ("The fair closed last April.", WED, ("last April", "2021-04")),
        ("The fair closed last July.", WED, ("last July", "2020-07")),
        ("Talks broke down in late November.", WED, ("late November", "2020-11")),
        ("The firm agreed to buy the mill in September.", WED, ("September", "2021-09")),
        ("The firm bought the mill in August.", "2021-06-20", ("August", "2021-08")),
        ("The firm bought the mill in October.", "2021-06-20", ("October", "2020-10")),
        ("The inquiry reported on Sept. 30.", "2021-10-05", ("Sept. 30", "2021-09-30")),
        ("The inquiry will report on Jan. 12.", "2021-12-20", ("Jan. 12", "2022-01-12")),
    ],
)
def test_find_months_by_tense(sentence: str, dct: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, _, v in found(sentence, dct)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council voted on the 2nd.", [("the 2nd", "2021-07-02")]),
        ("The council will vote on the 2nd.", [("the 2nd", "2021-08-02")]),
        ("The fair opens on the 30th, organisers said.", [("the 30th", "2021-07-30")]),
        ("The ballot on the 9th was close.", [("the 9th", "2021-07-09")]),
        # an ordinal before a noun is no day of the month
        ("The chapel was built on the 14th century walls.", [("the 14th century", "13XX")]),
        ("The shop on the 24th Street corner closed.", []),
        ("She lives on the 3rd floor.", []),
    ],
)
def test_find_a_day_of_the_month_after_on(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v in found(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        ("The minister met her counterpart on Monday.", WED, ("Monday", "2021-07-12")),
        ("The envoy stays in Oslo until Thursday.", WED, ("Thursday", "2021-07-15")),
        (
            "The envoy, who is in Oslo until Thursday, is due to meet farmers.",
            WED,
            ("Thursday", "2021-07-15"),
        ),
        ("The minister will visit Lagos on Thursday.", WED, ("Thursday", "2021-07-15")),
        ("A vote is scheduled for Thursday.", WED, ("Thursday", "2021-07-15")),
        ("Officials said on Thursday that the bridge was safe.", WED, ("Thursday", "2021-07-08")),
        ("The report was published on Wednesday.", WED, ("Wednesday", "2021-07-14")),
        ("The strike began last Friday.", WED, ("last Friday", "2021-07-09")),
        ("The strike ends next Monday.", WED, ("next Monday", "2021-07-19")),
        ("The derby was played on Friday.", "2021-07-12", ("Friday", "2021-07-09")),
        ("The derby will be played on Friday.", "2021-07-12", ("Friday", "2021-07-16")),
        ("Protesters were planning a march on Saturday.", WED, ("Saturday", "2021-07-17")),
        ("The hearing was postponed until Tuesday.", WED, ("Tuesday", "2021-07-20")),
        ("Until Monday, police had not named a suspect.", WED, ("Monday", "2021-07-12")),
        ("The club hadn't paid the fee until Tuesday.", WED, ("Tuesday", "2021-07-13")),
        ("The bakery is closed until Friday.", WED, ("Friday", "2021-07-16")),
        # a hedge between "until" and the expression leaves "until" governing it
        (
            "The pier stays shut until at least March, the harbour board said.",
            WED,
            ("March", "2022-03"),
        ),
        # "-eed" past forms are cues too, nearer than an adjective that looks ahead.
        (
            "The two mayors agreed on Tuesday to share buses for the coming winters.",
            WED,
            ("Tuesday", "2021-07-13"),
        ),
        ("Rebels freed two hostages on Monday.", WED, ("Monday", "2021-07-12")),
    ],
)
def test_find_weekdays_by_tense(sentence: str, dct: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, _, v in found(sentence, dct)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        ("The mayor resigned yesterday.", WED, ("yesterday", "DATE", "2021-07-13")),
        ("The mayor resigns today.", WED, ("today", "DATE", "2021-07-14")),
        ("The mayor resigns tomorrow.", WED, ("tomorrow", "DATE", "2021-07-15")),
        ("Prices rose last month.", WED, ("last month", "DATE", "2021-06")),
        ("Prices rose last month.", "2021-01-10", ("last month", "DATE", "2020-12")),
        ("Prices rose this year.", WED, ("this year", "DATE", "2021")),
        ("Prices will rise next year.", WED, ("next year", "DATE", "2022")),
        ("Prices will rise next year.", "2021-12-31", ("next year", "DATE", "2022")),
        ("Prices rose last week.", WED, ("last week", "DATE", "2021-W27")),
        ("Prices rose last week.", "2021-01-06", ("last week", "DATE", "2020-W53")),
        ("Prices rose two weeks ago.", WED, ("two weeks ago", "DATE", "2021-W26")),
        ("The plant closed three days ago.", WED, ("three days ago", "DATE", "2021-07-11")),
        ("The plant closed a year ago.", WED, ("a year ago", "DATE", "2020")),
        ("The results will arrive in three days.", WED, ("three days", "DATE", "2021-07-17")),
        ("The fleet sailed earlier this month.", WED, ("earlier this month", "DATE", "2021-07")),
        ("The mayor resigned yesterday.", "2024-03-01", ("yesterday", "DATE", "2024-02-29")),
        ("The mayor resigned yesterday.", "2023-03-01", ("yesterday", "DATE", "2023-02-28")),
        ("The leap-day gala was held on Feb. 29.", "2024-03-10", ("Feb. 29", "DATE", "2024-02-29")),
    ],
)
def test_find_relative_words(sentence: str, dct: str, expected: tuple[str, str, str]) -> None:
    assert found(sentence, dct) == [expected]


def test_find_later_this_year_keeps_year_granularity_and_an_interval() -> None:
    (match,) = find_timexes("A summit is planned later this year.", WED)
    assert (match.text, match.value) == ("later this year", "2021")
    assert match.interval == ("2021-07-14", "2021-12-31")
    assert match.anchor is not None and "2021-07-14/2021-12-31" in match.anchor


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The blast was heard at 11:37.", ("11:37", "TIME", "2021-07-14T11:37")),
        ("The vote opens at 3 p.m. sharp.", ("3 p.m.", "TIME", "2021-07-14T15:00")),
        ("The vote closes at noon.", ("noon", "TIME", "2021-07-14T12:00")),
        ("The convoy left on Monday morning.", ("Monday morning", "TIME", "2021-07-12TMO")),
        (
            "The jet landed at 9:15 a.m. on Monday.",
            ("9:15 a.m. on Monday", "TIME", "2021-07-12T09:15"),
        ),
        ("Posted 11:37, July 14, 2021", ("11:37, July 14, 2021", "TIME", "2021-07-14T11:37")),
        ("Shops close tonight.", ("tonight", "TIME", "2021-07-14TNI")),
        (
            "The shares fell mid-afternoon yesterday.",
            ("mid-afternoon yesterday", "TIME", "2021-07-13TAF"),
        ),
        ("The bakers start at 4 in the morning.", ("4 in the morning", "TIME", "2021-07-14T04:00")),
        ("The ferry sails at 6 in the evening.", ("6 in the evening", "TIME", "2021-07-14T18:00")),
    ],
)
def test_find_times(sentence: str, expected: tuple[str, str, str]) -> None:
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The siege lasted three days.", ("three days", "DURATION", "P3D")),
        ("The repairs took two years.", ("two years", "DURATION", "P2Y")),
        ("The feud went on for a decade.", ("a decade", "DURATION", "P10Y")),
        ("Rescuers searched for 48 hours.", ("48 hours", "DURATION", "PT48H")),
        ("The queue moved after half an hour.", ("half an hour", "DURATION", "PT30M")),
        ("Output doubled over the past decade.", ("the past decade", "DURATION", "P10Y")),
        ("Sales grew in the past two months.", ("the past two months", "DURATION", "P2M")),
        ("The talks lasted about six weeks.", ("about six weeks", "DURATION", "P6W")),
        ("Shares fell for eight trading days.", ("eight trading days", "DURATION", "P8D")),
        ("The reform took one hundred days.", ("one hundred days", "DURATION", "P100D")),
        ("The flight took 5 1/2 hours.", ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("Three days later the river fell.", ("Three days", "DURATION", "P3D")),
        ("A few weeks before the vote, he quit.", ("A few weeks", "DURATION", "PXW")),
        ("Rents climbed in recent months.", ("recent months", "DURATION", "PXM")),
        ("Rents climbed in recent weeks.", ("recent weeks", "DURATION", "PXW")),
        ("Rents will climb in coming months.", ("coming months", "DURATION", "PXM")),
        ("Rents climbed over the past few weeks.", ("the past few weeks", "DURATION", "PXW")),
        ("Over the years the village shrank.", ("the years", "DURATION", "PXY")),
        ("In the early decades the mill thrived.", ("the early decades", "DURATION", "PXDE")),
        ("The ferry stopped for a while.", ("a while", "DURATION", "PXX")),
        ("The mill has been shut for some time.", ("some time", "DURATION", "PXM")),
    ],
)
def test_find_durations(sentence: str, expected: tuple[str, str, str]) -> None:
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council meets every Monday.", ("every Monday", "SET", "XXXX-WXX-1")),
        ("The fair returns each July.", ("each July", "SET", "XXXX-07")),
        ("The bulletin appears weekly.", ("weekly", "SET", "P1W")),
        ("The fee is paid annually.", ("annually", "SET", "P1Y")),
        ("The market opens on Sundays.", ("Sundays", "SET", "XXXX-WXX-7")),
        ("The ferry sails twice a week.", ("twice a week", "SET", "P1W")),
    ],
)
def test_find_sets(sentence: str, expected: tuple[str, str, str]) -> None:
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        ("The river flooded last summer.", WED, ("last summer", "2020-SU")),
        ("The river flooded in the summer of 2019.", WED, ("the summer of 2019", "2019-SU")),
        ("Snow is expected this winter.", WED, ("this winter", "2021-WI")),
        ("Profits fell in the second quarter.", WED, ("the second quarter", "2021-Q2")),
        ("Profits fell in the fourth quarter.", WED, ("the fourth quarter", "2020-Q4")),
        (
            "Profits rose in the third quarter of 2019.",
            WED,
            ("the third quarter of 2019", "2019-Q3"),
        ),
        (
            "Profits fell in the first half of the year.",
            WED,
            ("the first half of the year", "2021-H1"),
        ),
        ("Music changed in the 1990s.", WED, ("the 1990s", "199X")),
        ("Music changed in the 20th century.", WED, ("the 20th century", "19XX")),
        ("Music changed in the late 1960s.", WED, ("the late 1960s", "196X")),
        ("Demand stayed weak well into the summer.", WED, ("the summer", "2021-SU")),
        ("A grid plan will be published before the summer.", WED, ("the summer", "2021-SU")),
        ("Talks resume ahead of the autumn.", WED, ("the autumn", "2021-FA")),
        ("Tastes shifted in the '80s.", WED, ("the '80s", "198X")),
        ("Rents rose this decade.", WED, ("this decade", "202X")),
    ],
)
def test_find_seasons_quarters_decades(sentence: str, dct: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, _, v in found(sentence, dct)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The port is now closed.", ("now", "PRESENT_REF")),
        ("The port was recently closed.", ("recently", "PAST_REF")),
        ("The port may close in the future.", ("the future", "FUTURE_REF")),
        ("The port may close in the near future.", ("the near future", "FUTURE_REF")),
        ("At current prices the port loses money.", ("current", "PRESENT_REF")),
        ("The vote was put off to a later date.", ("a later date", "FUTURE_REF")),
        ("Prices fell in past years.", ("past years", "PAST_REF")),
    ],
)
def test_find_fuzzy_references(sentence: str, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, _, v in found(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry will sail again soon.", [("soon", "FUTURE_REF")]),
        ("The ferry may soon sail again.", [("soon", "FUTURE_REF")]),
        # past narration: 'soon' follows the narrated event, not the publication
        ("The sailors were soon rescued by a trawler.", []),
        ("A small leak that soon became a flood sank the ferry.", []),
    ],
)
def test_find_soon_only_looks_ahead_outside_past_narration(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t, v) for t, _, v in found(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The minister met her counterpart on Monday.", ("Monday", "XXXX-WXX-1")),
        ("Prices rose last month.", ("last month", "XXXX-XX")),
        ("The mayor resigned yesterday.", ("yesterday", "XXXX-XX-XX")),
        ("Both took part in a summit in April.", ("April", "XXXX-04")),
        ("The accord was signed on July 14, 2021.", ("July 14, 2021", "2021-07-14")),
    ],
)
def test_find_without_publication_date_leaves_relative_values_open(
    sentence: str, expected: tuple[str, str]
) -> None:
    (match,) = find_timexes(sentence, None)
    assert (match.text, match.value) == expected
    relative = "X" in match.value
    assert (match.anchor == "none: no publication time") is relative


def test_find_anchor_names_the_publication_date() -> None:
    (match,) = find_timexes("Prices rose last month.", "2021-07-14T11:37:00+08:00")
    assert match.anchor == "dct 2021-07-14"
    (absolute,) = find_timexes("It began in 1998.", "2021-07-14")
    assert absolute.anchor is None


def test_find_several_in_text_order_with_offsets() -> None:
    text = "On Monday the envoy said talks would end by Friday, a week after they began in June."
    matches = find_timexes(text, WED)
    assert [m.text for m in matches] == ["Monday", "Friday", "a week", "June"]
    for m in matches:
        assert text[m.start : m.end] == m.text


def test_find_a_year_earlier_follows_a_quarter_just_named() -> None:
    text = "Profit rose in the second quarter, up from a year earlier."
    assert found(text)[-1] == ("a year earlier", "DATE", "2020-Q2")


def test_find_early_weekday_keeps_the_modifier() -> None:
    (match,) = find_timexes("Ministers agreed early Tuesday to extend the deal.", WED)
    assert (match.text, match.value, match.mod) == ("early Tuesday", "2021-07-13", "START")


def test_find_named_weekday_picks_the_year_of_a_date() -> None:
    # 26 October fell on a Monday in 2020, not in 2021.
    assert found("The trial opened on Monday, Oct. 26.", "2021-07-14") == [
        ("Monday, Oct. 26", "DATE", "2020-10-26")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The port handles 2,500 ships a year.", [("a year", "SET", "P1Y")]),
        ("The contract pays $4 million a year.", [("a year", "SET", "P1Y")]),
        # a number ends in a digit: the comma after a date is no rate
        (
            "The vote was on June 30, a day after the strike.",
            [("June 30", "DATE", "2021-06-30"), ("a day", "DURATION", "P1D")],
        ),
        # the midnight that opens the day, and the one that ends it
        ("She spoke shortly after midnight.", [("midnight", "TIME", "2021-07-14T00:00")]),
        ("The offer expires at midnight.", [("midnight", "TIME", "2021-07-14T24:00")]),
        ("The page was updated 4 hours ago.", [("4 hours ago", "DATE", "2021-07-14")]),
        ("The deal looked lost as recently as last week.", [("last week", "DATE", "2021-W27")]),
    ],
)
def test_find_rates_hours_ago_and_idioms(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Profit fell in the quarter, from $3 a year earlier.",
            [("the quarter", "2021-Q2"), ("a year earlier", "2020-Q2")],
        ),
        (
            "Sales beat this year's third quarter forecast.",
            [("this year's third quarter", "2021-Q3")],
        ),
        ("Sales topped the 2019 quarter.", [("the 2019 quarter", "2019-Q2")]),
        (
            "Profit fell in the quarter, from $3 in the corresponding period last year.",
            [("the quarter", "2021-Q2"), ("the corresponding period last year", "2020-Q2")],
        ),
        ("Sales rose nearly two weeks ago.", [("nearly two weeks ago", "2021-W26")]),
    ],
)
def test_find_quarters_and_reference_time(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, _, v in found(sentence)] == expected


def test_find_a_shifted_date_does_not_become_the_reference() -> None:
    text = "Profit rose in the second quarter from a year earlier, and from a year earlier still."
    values = [v for _, _, v in found(text)]
    assert values == ["2021-Q2", "2020-Q2", "2020-Q2"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The station opened in nineteen ninety-six.", ("nineteen ninety-six", "DATE", "1996")),
        ("Nothing changed until the year two thousand.", ("the year two thousand", "DATE", "2000")),
        ("Music changed in the nineties.", ("the nineties", "DATE", "199X")),
        ("Results for fiscal 2020 improved.", ("fiscal 2020", "DATE", "2020")),
        ("Since 2015 profits have doubled.", ("2015", "DATE", "2015")),
        ("Debt will be cut by year-end.", ("year-end", "DATE", "2021")),
        ("Debt will be cut by the end of the year.", ("the end of the year", "DATE", "2021")),
    ],
)
def test_find_spelled_years_decade_words_and_year_end(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert found(sentence) == [expected]


def test_find_an_old_quarter_is_not_a_reference_for_a_year_earlier() -> None:
    text = "Sales topped the 2019 second quarter, and rose from a year earlier."
    assert [v for _, _, v in found(text)] == ["2019-Q2", "2020"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dam burst on March 3, 2019. The following month the valley was rebuilt.",
            [("March 3, 2019", "2019-03-03"), ("The following month", "2019-04")],
        ),
        (
            "The dam burst on March 3, 2019. The next day the army came.",
            [("March 3, 2019", "2019-03-03"), ("The next day", "2019-03-04")],
        ),
        (
            "The dam burst in 2016. Later that year the valley was rebuilt.",
            [("2016", "2016"), ("Later that year", "2016")],
        ),
        (
            "The dam burst on May 2, 2019, and the mayor resigned that same day.",
            [("May 2, 2019", "2019-05-02"), ("that same day", "2019-05-02")],
        ),
        (
            "The dam burst in 2016. The following day the army came.",
            [("2016", "2016"), ("The following day", "2021-07-15")],
        ),
        ("The mayor spoke that day.", [("that day", "2021-07-14")]),
        (
            "The dam burst in 2016. That day the army came.",
            [("2016", "2016"), ("That day", "2016-XX-XX")],
        ),
        ("Rain fell over the next day.", [("the next day", "P1D")]),
        (
            "She graduated in 1955. Two years later she joined the observatory.",
            [("1955", "1955"), ("Two years later", "1957")],
        ),
        ("The plant will open two years later than planned.", [("two years later", "2023")]),
        ("Profit for the current fiscal year will fall.", [("the current fiscal year", "2021")]),
    ],
)
def test_find_anaphoric_dates_follow_the_reference_time(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'the following month' counts from the last date named outright; a year alone cannot
    anchor a day, so the publication date does; after 'over' it is a duration."""
    assert [(t, v) for t, _, v in found(text)] == expected


def test_find_anaphoric_dates_without_any_anchor_stay_open() -> None:
    assert found("The following month the valley was rebuilt.", None) == [
        ("The following month", "DATE", "XXXX-XX")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The current account deficit widened.",
        "A strong current swept the swimmer away.",
        "The ferry fought a cold current.",
        "The board raised its quarterly dividend.",
        "The firm posted its first quarterly loss.",
    ],
)
def test_find_current_as_a_noun_or_quarterly_as_a_kind_of_report_is_no_time(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Net income in the year ended June 30 fell.",
            [("the year", "DURATION", "P1Y"), ("June 30", "DATE", "2021-06-30")],
        ),
        ("Rain delayed sowing earlier in the year.", [("earlier in the year", "DATE", "2021")]),
    ],
)
def test_find_the_year_ended_and_earlier_in_the_year(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("dct", "expected"),
    [
        ("2021-07-14T11:37:00+08:00", [("four hours ago", "TIME", "2021-07-14T07:37")]),
        ("2021-07-14T02:00", [("four hours ago", "TIME", "2021-07-13T22:00")]),
        ("2021-07-14", [("four hours ago", "DATE", "2021-07-14")]),
        (None, [("four hours ago", "DATE", "XXXX-XX-XX")]),
    ],
)
def test_find_hours_ago_use_the_publication_time_when_known(
    dct: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert found("The fire started four hours ago.", dct) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The summit meets on Sept. 24 and 25 in Rome.",
            [("Sept. 24", "DATE", "2021-09-24"), ("25", "DATE", "2021-09-25")],
        ),
        ("The team won on Sept. 24 and 25 games later lost.", [("Sept. 24", "DATE", "2021-09-24")]),
        ("Its post-1989 politics changed.", [("1989", "DATE", "1989")]),
    ],
)
def test_find_a_second_day_and_a_prefixed_year(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("FLOODS CLOSE SCHOOLS ON MONDAY", ("MONDAY", "DATE", "2021-07-12")),
        ("TUESDAY: MAYOR RESIGNS", ("TUESDAY", "DATE", "2021-07-13")),
        ("FAIR OPENS AUGUST 3, 2021", ("AUGUST 3, 2021", "DATE", "2021-08-03")),
        # Abbreviated or ambiguous names, in capitals, only beside a day or a year.
        ("UPDATED 14 JUL 2021 09:30", ("14 JUL 2021 09:30", "TIME", "2021-07-14T09:30")),
        ("POLLS CLOSE SEPT. 3, 2021", ("SEPT. 3, 2021", "DATE", "2021-09-03")),
        ("ELECTION SET FOR MAY 5, 2022", ("MAY 5, 2022", "DATE", "2022-05-05")),
        ("IT MAY RAIN ON THE MARCH", None),
    ],
)
def test_find_all_capital_names_in_headlines(
    headline: str, expected: tuple[str, str, str] | None
) -> None:
    assert found(headline) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        ("Polls open on Election Day.", "2022-10-20", ("Election Day", "2022-11-08")),
        ("She conceded on Election Day.", "2020-11-20", ("Election Day", "2020-11-03")),
        ("Polls open on Election Day.", "2011-10-20", ("Election Day", "2011-11-08")),
        ("Shops shut on Thanksgiving.", "2021-11-01", ("Thanksgiving", "2021-11-25")),
        ("Polls open on Election Day.", None, ("Election Day", "XXXX-11-XX")),
    ],
)
def test_find_holidays_by_rule(sentence: str, dct: str | None, expected: tuple[str, str]) -> None:
    assert [(t, v) for t, _, v in found(sentence, dct)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profit in the fiscal second quarter rose. In the quarter, sales fell.",
            [("the fiscal second quarter", "2021-Q2"), ("the quarter", "2021-Q2")],
        ),
        (
            "Profit in the first quarter of 2019 rose. In the quarter, sales fell.",
            [("the first quarter of 2019", "2019-Q1"), ("the quarter", "2019-Q1")],
        ),
        ("Sales fell in the quarter.", [("the quarter", "2021-Q2")]),
        (
            "Profit in the first quarter rose. Sales in the latest quarter fell.",
            [("the first quarter", "2021-Q1"), ("the latest quarter", "2021-Q2")],
        ),
    ],
)
def test_find_the_quarter_follows_a_quarter_just_named(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t, v) for t, _, v in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The storm hit on March 3, 2021. Crews left the next morning.",
            WED,
            [
                ("March 3, 2021", "DATE", "2021-03-03"),
                ("the next morning", "TIME", "2021-03-04TMO"),
            ],
        ),
        (
            "Crews left the previous evening.",
            WED,
            [("the previous evening", "TIME", "2021-07-13TEV")],
        ),
        ("Crews left the next morning.", None, [("the next morning", "TIME", "XXXX-XX-XXTMO")]),
    ],
)
def test_find_the_next_part_of_a_day_follows_the_reference_day(
    text: str, dct: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day the story last named, within a week of publication
        ("The blast hit the port on Monday. It struck at 10:35 a.m.", "2021-07-12T10:35"),
        # a day from the background does not date it: the publication day does
        ("The pact was signed on March 3, 1990. The vote opens at 9 a.m.", "2021-07-14T09:00"),
        ("The vote opens at 9 a.m.", "2021-07-14T09:00"),
    ],
)
def test_bare_clock_time_falls_on_the_day_last_named(text: str, value: str) -> None:
    assert [v for _, kind, v in found(text) if kind == "TIME"] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Veterans of the 1992 protests gathered again.", "1992"),
        ("Tickets for the 2028 Games went on sale.", "2028"),
    ],
)
def test_year_between_determiner_and_noun_is_a_year(text: str, value: str) -> None:
    assert [v for _, _, v in found(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town hopes it will one day host the games.", ("one day", "DATE", "FUTURE_REF")),
        ("The strike lasted one day.", ("one day", "DURATION", "P1D")),
    ],
)
def test_one_day_after_a_modal_is_the_vague_future(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


def test_month_with_a_year_said_in_words() -> None:
    text = "March nineteen eighty-two. The fleet sails south."
    assert found(text) == [("March nineteen eighty-two", "DATE", "1982-03")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales rose 4% in the quarter ended April 30.", "2021-Q1"),  # February-April
        ("Sales rose 4% in the quarter ended June 30.", "2021-Q2"),
        ("The firm lost money in the quarter ended Jan. 31.", "2020-Q4"),  # Nov-Jan
    ],
)
def test_quarter_ended_a_day_is_the_calendar_quarter_of_its_months(text: str, value: str) -> None:
    assert [v for t, _, v in found(text) if t == "the quarter"] == [value]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "mid-" joined to a month or a year by its hyphen
        ("Elections are due in mid-September.", [("mid-September", "DATE", "2021-09")]),
        ("Output fell in mid-2019.", [("mid-2019", "DATE", "2019")]),
        # a clock time takes the day named after it, across "local time" or a zone
        (
            "The blast came at 3 p.m. local time on July 10.",
            [("3 p.m. local time on July 10", "TIME", "2021-07-10T15:00")],
        ),
        # a timetable verb in the present looks ahead
        ("The offer expires on Monday.", [("Monday", "DATE", "2021-07-19")]),
        (
            "The ballot closes at 09:00 GMT on Friday.",
            [("09:00 GMT on Friday", "TIME", "2021-07-16T09:00")],
        ),
    ],
)
def test_find_mid_months_clock_days_and_timetables(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(sentence) == expected


def test_find_a_live_blog_entry_stamp_is_of_the_pages_own_day() -> None:
    """An entry stamped "12:15" on a line of its own follows an entry that named
    Wednesday: the stamp, and the clock times under it, are of the page's day."""
    text = (
        "13:40\n\nAll ferries are cancelled until Wednesday.\n\n"
        "12:15\n\nThe council closed the schools at noon."
    )
    values = {t: v for t, _, v in found(text, "2026-02-03")}
    assert values["Wednesday"] == "2026-02-04"
    assert values["12:15"] == "2026-02-03T12:15"
    assert values["noon"] == "2026-02-03T12:00"
