"""The same period a year earlier (去年同期, 上年同期, 上一年同期, "a year earlier") is the
period the sentence tells, moved back one year: a half's or a quarter's base stays a half or a
quarter, is moved back once (not once for 去年 and again for 同期), and, being a base, dates no
later sentence. A half's revenue (上半年营收) is the half's, not a year's worth.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 9, 4)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


SAME_PERIOD_LAST_YEAR = [
    (
        "景嘉微上半年营业收入为3.6亿元，而上年同期为亏损0.8亿元。",
        {"3.6亿元": "2025H1", "0.8亿元": "2024H1"},
    ),
    (
        "景嘉微上半年營業收入為3.6億元，而上年同期為虧損0.8億元。",
        {"3.6亿元": "2025H1", "0.8亿元": "2024H1"},
    ),
    (
        "该厂第三季度净利润为12亿元，去年同期净利润为7亿元，较去年同期增长71%。",
        {"12亿元": "2025Q3", "7亿元": "2024Q3", "71%": "2025Q3"},
    ),
    (
        "該廠第三季淨利為12億元，高於去年同期的7億元。",
        {"12亿元": "2025Q3", "7亿元": "2024Q3"},
    ),
    (
        "该厂2025年第二季度毛利率为41%（上年同期亏损2亿元）。",
        {"41%": "2025Q2", "2亿元": "2024Q2"},
    ),
    (
        "景嘉微上半年净利润为1.2亿元，而去年同期公司还亏损0.8亿元。",
        {"1.2亿元": "2025H1", "0.8亿元": "2024H1"},
    ),
    (
        "The plant's second-quarter 2025 net income was $12 million, against $7 million a year "
        "earlier.",
        {"$12 million": "2025Q2", "$7 million": "2024Q2"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), SAME_PERIOD_LAST_YEAR, ids=[c[0][:14] for c in SAME_PERIOD_LAST_YEAR]
)
def test_the_same_period_last_year_is_the_told_period_a_year_back(text, expected):
    periods = periods_of(text)
    assert {surface: periods.get(surface) for surface in expected} == expected


# The base's year carries on to no later paragraph: the next half named alone is this year's.
BASE_DOES_NOT_CARRY = [
    (
        "景嘉微：上半年营收3.6亿元，较上年同期增长20%，上年同期为3亿元。\n\n"
        "- 海思：上半年营收50亿元。",
        "50亿元",
        "2025H1",
    ),
    (
        "景嘉微：上半年營收3.6億元，較上年同期增長20%，上年同期為3億元。\n\n"
        "- 海思：上半年營收50億元。",
        "50亿元",
        "2025H1",
    ),
]


@pytest.mark.parametrize(
    ("text", "later", "period"), BASE_DOES_NOT_CARRY, ids=["simplified", "traditional"]
)
def test_a_base_of_last_year_dates_no_later_paragraph(text, later, period):
    assert periods_of(text)[later] == period


# 上半年营收, 下半年营收: a half's revenue; 年营收 alone is a year's worth.
HALF_YEAR_REVENUE = [
    ("芯原上半年营收约9.7亿元。", "9.7亿元", "2025H1"),
    ("芯原下半年營收預計為12億元。", "12亿元", "2025H2"),
]


@pytest.mark.parametrize(("text", "surface", "period"), HALF_YEAR_REVENUE)
def test_a_halfs_revenue_is_the_halfs(text, surface, period):
    assert periods_of(text)[surface] == period
