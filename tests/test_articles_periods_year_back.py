"""A time back stated with a figure ("a year ago", 一年前) dates that figure once, and only that
figure: the figures around it keep the period the story is told in. One short text each, in
wordings that appear in none of the articles: (surface, period) for every fact the text holds."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface


def periods_of(text: str, published: date) -> dict[str, str | None]:
    return periods_by_surface(text, published)


# The clause after a figure dated a year back goes on with the quarter the story reports.
AFTER_A_YEAR_BACK = [
    (
        "AMD reported revenue of $6.8 billion for the third quarter of 2024. Segment operating "
        "income came to $1 billion, against $306 million a year ago; operating income more than "
        "tripled.",
        date(2024, 10, 30),
        "tripled",
        "2024Q3",
    ),
    (
        "英伟达2024年第三季度营收为351亿美元。数据中心营收为308亿美元，一年前为146亿美元；"
        "数据中心营收同比增长112%。",
        date(2024, 11, 21),
        "112%",
        "2024Q3",
    ),
    (
        "輝達2024年第三季度營收為351億美元。數據中心營收為308億美元，一年前為146億美元；"
        "數據中心營收同比增長112%。",
        date(2024, 11, 21),
        "112%",
        "2024Q3",
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "period"), AFTER_A_YEAR_BACK)
def test_a_clause_after_a_figure_dated_a_year_back_keeps_the_storys_period(
    text, published, surface, period
):
    assert periods_of(text, published)[surface] == period


def test_a_year_ago_right_after_a_figure_dates_it_one_year_back_not_two():
    text = (
        "AMD reported revenue of $6.8 billion for the third quarter of 2024. "
        "Operating income was $306 million a year ago."
    )
    assert periods_of(text, date(2024, 10, 30))["$306 million"] == "2023Q3"


@pytest.mark.parametrize(
    "text",
    [
        "英伟达2024年第三季度营收为351亿美元。数据中心营收为308亿美元，一年前为146亿美元。",
        "輝達2024年第三季度營收為351億美元。數據中心營收為308億美元，一年前為146億美元。",
    ],
)
def test_a_year_back_opening_the_next_figure_does_not_date_the_one_before(text):
    periods = periods_of(text, date(2024, 11, 21))
    assert periods["308亿美元"] == "2024Q3"
    assert periods["146亿美元"] == "2023"
