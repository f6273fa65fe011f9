"""当季 / 该季度 / "in the quarter" points back to the last quarter its sentence states, not to the
day of a report or an event stated between the two (2025年第三季度…某券商12月3日发布的报告称，该
季度营收…: the day dates the report); with no quarter stated it stays the quarter of the period
before it (今年4月…当季). (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 2, 1)

CASES = [
    (
        "芯片公司业绩\n\n转折出现在2025年第三季度，某券商在2025年12月3日发布的报告中写道，"
        "该公司该季度营收达到17亿元。",
        {"17亿元": "2025Q3"},
    ),
    (
        "晶片公司業績\n\n轉折出現在2025年第三季，某券商在2025年12月3日發布的報告中寫道，"
        "該公司該季度營收達到17億元。",
        {"17亿元": "2025Q3"},
    ),
    (
        "Chipmaker results\n\nThe turn came in the third quarter of 2025: a broker's note of "
        "December 3, 2025 said the company made revenue of $2 billion in the quarter.",
        {"$2 billion": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_that_quarter_is_the_quarter_stated_not_a_later_day(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected


def test_with_no_quarter_stated_it_is_the_quarter_of_the_month_before():
    text = "出口管制\n\n2025年4月，美国收紧管制，该公司当季因此损失45亿美元收入。"
    assert periods_by_surface(text, PUBLISHED)["45亿美元"] == "2025Q2"
