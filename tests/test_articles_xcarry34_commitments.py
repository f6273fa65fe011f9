"""A results story's reporting period, carried from its title or an earlier paragraph, does not
date a sum the company commits (a capital injection, a ceiling set for spending, a project's
budget raised) nor a stake it holds: a board's resolution is not a result of the quarter, and a
stake stands at the time it is told. Their own sentence's time still dates them, and a change in
a budget is dated as any growth. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 12)

RESULTS = (
    "甲公司第三季每股盈余创新高 前三季营收3000亿元\n\n甲公司第三季营收为1200亿元，年增30%。\n\n"
)

# A results lead before a planned raise.
RAISE_RESULTS = "甲公司第三季度营收创新高\n\n甲公司第三季度营收为12亿元，同比增长80%。\n\n"

CASES = [
    # carried from the title or the results paragraph before: none
    (
        RESULTS + "董事会同意对美国子公司增资3.5亿美元，用于扩充产能。",
        {"1200亿元": "2025Q3", "3.5亿美元": None},
    ),
    (
        RESULTS + "公司拟在不超过40亿元的额度内，购置新厂区的机器设备。",
        {"1200亿元": "2025Q3", "40亿元": None},
    ),
    (
        RESULTS + "公司同时核准研发大楼的资本支出预算26亿元。",
        {"1200亿元": "2025Q3", "26亿元": None},
    ),
    (
        RESULTS + "公司将与百分之百持股的子公司乙资产管理公司合作兴建总部。",
        {"1200亿元": "2025Q3", "百分之百": None},
    ),
    (
        "Acme third-quarter revenue hits $12 billion\n\n"
        "Acme reported third-quarter revenue of $12 billion.\n\n"
        "The board approved a capital injection of $400 million into its Mexican unit.",
        {"$12 billion": "2025Q3", "$400 million": None},
    ),
    # its own sentence's time still dates it
    (
        RESULTS + "公司2026年的资本支出预算为80亿元。",
        {"80亿元": "2026"},
    ),
    (
        RESULTS + "董事会同意明年对美国子公司增资3.5亿美元。",
        {"3.5亿美元": "2026"},
    ),
    # must not fire: a change in a budget is a growth, dated as the paragraph dates it
    (
        "2026年，四大云厂商的资本开支将大增。其开支预算按年增长约60%。",
        {"60%": "2026"},
    ),
    # must not fire: results carried within their paragraph keep the quarter
    (
        "甲公司第三季营收为1200亿元。毛利率为7.4%，净利润为74亿元。",
        {"7.4%": "2025Q3", "74亿元": "2025Q3"},
    ),
    (
        RAISE_RESULTS + "根据招股书，甲公司拟募资45.5亿元，用于新一代芯片研发。",
        {"12亿元": "2025Q3", "45.5亿元": None},
    ),
    (
        RAISE_RESULTS + "加上28.6亿元定增落地，公司研发资金较为充裕。",
        {"12亿元": "2025Q3", "28.6亿元": None},
    ),
    (
        "上市审核委员会定于2025年10月24日召开审议会议。招股书显示，乙公司拟募集资金33亿元。",
        {"33亿元": None},
    ),
    # its own sentence's time still dates it
    (
        RAISE_RESULTS + "公司已于2025年10月完成一笔40亿元的定增。",
        {"40亿元": "2025-10"},
    ),
    # must not fire: results carried within their paragraph keep the quarter
    (
        "甲公司第三季度营收为12亿元。净利润为3.5亿元。",
        {"12亿元": "2025Q3", "3.5亿元": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_committed_sums_take_no_carried_period(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s, "missing") for s in expected} == expected
