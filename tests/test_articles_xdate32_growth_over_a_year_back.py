"""A growth set against the same period a year back in Taiwan's words (比去年同期成长35%, 较去年
同期衰退5%) is of the period in force, as 增长 is: 去年同期 is its base, not its period. A figure
the same-period mention states (去年同期营收为…) keeps the year before. (surface: period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

FEBRUARY = date(2026, 2, 5)
CASES = [
    ("甲公司公布2026年1月营收为7300亿元，比去年同期大幅成长35.53%。",
     {"7300亿元": "2026-01", "35.53%": "2026-01"}),
    ("乙公司2025年11月营收2806亿元，较去年同期衰退5%。", {"2806亿元": "2025-11", "5%": "2025-11"}),
    ("丙公司2025年第四季营收1200亿元，与去年同期相比仍成长16%。",
     {"1200亿元": "2025Q4", "16%": "2025Q4"}),
    # the same-period mention stating its own figure: the year before
    ("丙公司2025年第四季营收1200亿元，去年同期为900亿元。",
     {"1200亿元": "2025Q4", "900亿元": "2024Q4"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:12] for c in CASES])
def test_growth_over_a_year_back_keeps_its_period(text, periods):
    assert {row[0]: row[6] for row in fact_rows(text, FEBRUARY)} == periods
