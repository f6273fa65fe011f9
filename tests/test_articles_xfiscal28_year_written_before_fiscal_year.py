"""A fiscal year written with 年 before 财年 (2025年财年, 2025年 財年) is that fiscal year, as
2025财年 is, also where a calendar year glosses it in brackets (2024年（2025年财年）); a year with
年 and no 财年 after it stays the calendar year. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

JUNE = date(2025, 6, 15)

CASES = [
    ("英伟达2025年财年数据中心收入为1150亿美元。", "1150亿美元", "FY2025"),
    ("英伟达2025年 财年数据中心收入为1150亿美元。", "1150亿美元", "FY2025"),
    ("英偉達2026年財年第一季營收為441億美元。", "441亿美元", "FY2026Q1"),
    ("英伟达数据中心业务2024年（2025年财年）营业收入为1150亿美元。", "1150亿美元", "FY2025"),
    # Not fiscal: the calendar year.
    ("英伟达2024年数据中心收入为1150亿美元。", "1150亿美元", "2024"),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES, ids=[c[0][:12] for c in CASES])
def test_a_year_written_before_fiscal_year(text, surface, period):
    assert periods_by_surface(text, JUNE)[surface] == period
