"""A sum a company plans to raise or has placed (招股书…拟募资, 定增落地, 计划投资总额) is the
offering's plan, not a result of the period a story carries from its title or an earlier
sentence: with no time of its own it is null. Its own sentence's time still dates it.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 12)

RESULTS = "甲公司第三季度营收创新高\n\n甲公司第三季度营收为12亿元，同比增长80%。\n\n"

CASES = [
    (
        RESULTS + "根据招股书，甲公司拟募资45.5亿元，用于新一代芯片研发。",
        {"12亿元": "2025Q3", "45.5亿元": None},
    ),
    (
        RESULTS + "加上28.6亿元定增落地，公司研发资金较为充裕。",
        {"12亿元": "2025Q3", "28.6亿元": None},
    ),
    (
        "上市审核委员会定于2025年10月24日召开审议会议。招股书显示，乙公司拟募集资金33亿元。",
        {"33亿元": None},
    ),
    # its own sentence's time still dates it
    (
        RESULTS + "公司已于2025年10月完成一笔40亿元的定增。",
        {"40亿元": "2025-10"},
    ),
    # must not fire: results carried within their paragraph keep the quarter
    (
        "甲公司第三季度营收为12亿元。净利润为3.5亿元。",
        {"12亿元": "2025Q3", "3.5亿元": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_planned_raises_take_no_carried_period(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s, "missing") for s in expected} == expected
