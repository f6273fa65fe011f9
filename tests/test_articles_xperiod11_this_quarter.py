"""本季度 / 本季 in a story that has named an earlier quarter with its year, said of what happened,
is that quarter (a market tracker's story of 2025年第三季度 published in December: 其收入在本季度
同比增长…), not the quarter the story is published in; a sentence looking ahead (本季营收可望成长,
预计本季度…) keeps the present quarter. (English "this quarter" looks ahead in results stories
and is left as it is.) (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 10)

CASES = [
    (
        "第三季度服务器市场\n\n2025年第三季度全球服务器市场收入达到1124亿美元。\n\n"
        "GPU服务器的收入在本季度同比增长49.4%。",
        {"1124亿美元": "2025Q3", "49.4%": "2025Q3"},
    ),
    (
        "第三季伺服器市場\n\n2025年第三季全球伺服器市場營收達到1124億美元。\n\n"
        "GPU伺服器的營收在本季年增49.4%。",
        {"1124亿美元": "2025Q3", "49.4%": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["zh-Hans", "zh-Hant"])
def test_this_quarter_of_a_reported_quarter_is_that_quarter(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected


def test_this_quarter_looking_ahead_stays_the_present_one():
    text = "第三季度业绩\n\n公司2025年第三季度营收为50亿元。\n\n公司预计本季度营收将达到60亿元。"
    periods = periods_by_surface(text, PUBLISHED)
    assert (periods["50亿元"], periods["60亿元"]) == ("2025Q3", "2025Q4")
