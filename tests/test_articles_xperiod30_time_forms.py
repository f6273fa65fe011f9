"""Time expressions written in the ways reports write them, each in one sentence with one figure,
and the period it must get: quarters, halves, months and days with the spaces typeset text puts
around numerals (2025 年 第 3 季度, 今年 第 3 季度, 2026 财年第 2 季度), fiscal quarters named 财季
(2025年第三财季) or "the third fiscal quarter of 2025", and the usual shorthand in both scripts and
English. The expected periods were written before the sentences were run."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 11, 15)
REVENUE = 3e10

CHINESE = [
    ("2025年第三季度", "2025Q3"),
    ("2025 年第三季度", "2025Q3"),
    ("2025年 第三季度", "2025Q3"),
    ("2025 年 第 3 季度", "2025Q3"),
    ("2025年第 3 季度", "2025Q3"),
    ("2025 年第 3 季", "2025Q3"),
    ("2025年第3季度", "2025Q3"),
    ("2025年Q3", "2025Q3"),
    ("2025Q3", "2025Q3"),
    ("2025 Q3", "2025Q3"),
    ("25Q3", "2025Q3"),
    ("3Q25", "2025Q3"),
    ("2025年三季度", "2025Q3"),
    ("2025年三季", "2025Q3"),
    ("2025年前三季度", "2025Q1-Q3"),
    ("2025 年前三季度", "2025Q1-Q3"),
    ("2025年 前三季度", "2025Q1-Q3"),
    ("2025年上半年", "2025H1"),
    ("2025 年上半年", "2025H1"),
    ("2025H1", "2025H1"),
    ("1H25", "2025H1"),
    ("2025年H1", "2025H1"),
    ("今年第三季度", "2025Q3"),
    ("今年三季度", "2025Q3"),
    ("今年 第三季度", "2025Q3"),
    ("今年 第 3 季度", "2025Q3"),
    ("第 3 季度", "2025Q3"),
    ("２０２５年第三季度", "2025Q3"),
    ("2025年10月", "2025-10"),
    ("2025 年 10 月", "2025-10"),
    ("２０２５年１０月", "2025-10"),
    ("10 月", "2025-10"),
    ("10月份", "2025-10"),
    ("上月", "2025-10"),
    ("2024年全年", "2024"),
    ("2024 年全年", "2024"),
    ("2024 年", "2024"),
    ("２０２４年", "2024"),
    ("2025财年第三季度", "FY2025Q3"),
    ("2025 财年第三季度", "FY2025Q3"),
    ("2026 财年第 2 季度", "FY2026Q2"),
    ("2026财年第二财季", "FY2026Q2"),
    ("2025年第三财季", "FY2025Q3"),
    ("2025年第三財季", "FY2025Q3"),
    ("2025年10月15日", "2025-10-15"),
    ("2025 年 10 月 15 日", "2025-10-15"),
    ("10 月 15 日", "2025-10-15"),
    ("去年第四季度", "2024Q4"),
    ("去年 第四季度", "2024Q4"),
    ("2024 年 第 4 季度", "2024Q4"),
    ("2024年第四季", "2024Q4"),
    ("2024年Q4", "2024Q4"),
    ("今年前三季度", "2025Q1-Q3"),
    ("今年上半年", "2025H1"),
    ("2025年下半年", "2025H2"),
]
ENGLISH = [
    ("the third quarter of 2025", "2025Q3"),
    ("Q3 2025", "2025Q3"),
    ("3Q 2025", "2025Q3"),
    ("3Q25", "2025Q3"),
    ("Q3'25", "2025Q3"),
    ("2025 Q3", "2025Q3"),
    ("the first half of 2025", "2025H1"),
    ("H1 2025", "2025H1"),
    ("1H 2025", "2025H1"),
    ("1H25", "2025H1"),
    ("October 2025", "2025-10"),
    ("Oct. 2025", "2025-10"),
    ("Oct 2025", "2025-10"),
    ("fiscal 2025", "FY2025"),
    ("FY25", "FY2025"),
    ("FY 2025", "FY2025"),
    ("FY2025", "FY2025"),
    ("fiscal year 2025", "FY2025"),
    ("calendar 2025", "2025"),
    ("2024", "2024"),
    ("the fourth quarter of 2024", "2024Q4"),
    ("the second half of 2025", "2025H2"),
    ("the first nine months of 2025", "2025Q1-Q3"),
    ("October 15, 2025", "2025-10-15"),
    ("15 October 2025", "2025-10-15"),
    ("Oct. 15", "2025-10-15"),
    ("last quarter", "2025Q3"),
    ("the September quarter", "2025Q3"),
    ("fiscal Q3 2025", "FY2025Q3"),
    ("fiscal 3Q25", "FY2025Q3"),
    ("the third fiscal quarter of 2025", "FY2025Q3"),
    ("the second fiscal quarter of 2026", "FY2026Q2"),
    ("the fiscal second quarter of 2026", "FY2026Q2"),
    ("the third quarter of fiscal 2025", "FY2025Q3"),
    ("Q3 FY25", "FY2025Q3"),
    ("Q3 of fiscal 2025", "FY2025Q3"),
    ("Q3 of FY2025", "FY2025Q3"),
]


def _revenue_periods(text):
    return [row[6] for row in fact_rows(text, PUBLISHED) if row[4] == REVENUE]


@pytest.mark.parametrize(("time", "period"), CHINESE, ids=[c[0] for c in CHINESE])
def test_a_chinese_time_expression_dates_the_figure(time, period):
    assert _revenue_periods(f"浪潮信息{time}营收为300亿元。") == [period]


@pytest.mark.parametrize(("time", "period"), ENGLISH, ids=[c[0] for c in ENGLISH])
def test_an_english_time_expression_dates_the_figure(time, period):
    assert _revenue_periods(f"Dell's revenue in {time} was $30 billion.") == [period]
