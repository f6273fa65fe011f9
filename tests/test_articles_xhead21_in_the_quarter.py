"""季內 / 季内 (in the quarter, as Hong Kong results stories write it) is the quarter the story
reports, also after a half told in passing (已兑现下半年…的承诺); 两个季度内 is a window of time and
连续第二季 (the second quarter in a row) a count, neither of them a quarter (issue 12, ninth
session). Texts written for the test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

FEBRUARY = date(2026, 2, 12)

IN_THE_QUARTER = [
    (
        "電腦商季度收入創新高\n\n"
        "公司公布截至2025年12月31日止第三季業績，季內收入達80億美元，按年增加15%。\n\n"
        "主席表示，集團已兌現下半年雙位數增長的承諾。季內毛利為12億美元，按年上升9%。",
        {"80亿美元": "2025Q4", "12亿美元": "2025Q4", "9%": "2025Q4"},
    ),
    (
        "电脑商季度收入创新高\n\n"
        "公司2025年第四季度营收80亿美元。\n\n"
        "管理层称下半年需求强劲。季内经营利润为6亿元，同比增长11%。",
        {"80亿美元": "2025Q4", "6亿元": "2025Q4", "11%": "2025Q4"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), IN_THE_QUARTER, ids=["hant", "hans"])
def test_in_the_quarter_is_the_storys_quarter(text, expected):
    periods = periods_by_surface(text, FEBRUARY)
    assert {s: periods.get(s) for s in expected} == expected


NOT_A_QUARTER = [
    (
        "禁令的代價\n\n4月的禁令令公司在兩個季度內損失45億美元。",
        {"45亿美元": None},
    ),
    (
        "電腦商季度收入創新高\n\n"
        "公司公布截至2025年12月31日止第三季業績，收入達80億美元。\n\n"
        "個人電腦業務的市場份額按年上升2個百分點，連續第二季創新高。",
        {"2个百分点": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_A_QUARTER, ids=["window", "in-a-row"])
def test_a_window_or_a_run_of_quarters_is_no_quarter(text, expected):
    periods = periods_by_surface(text, FEBRUARY)
    assert {s: periods.get(s) for s in expected} == expected
