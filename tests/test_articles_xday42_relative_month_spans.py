"""Months that make up a quarter or a half after 去年 / 今年 / 明年 (去年10月至12月, 今年1-6月) are
that year's quarter or half: the relative year is part of the span, not left behind while the
months are read as the publication's (blind14 307: 去年10月至12月 in January 2026 was 2026Q4;
fifteenth session). Texts written for the test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

JANUARY = date(2026, 1, 29)

CASES = [
    ("Azure在去年10月至12月期间收入增长39%。", {"39%": "2025Q4"}),
    ("Azure在去年10月至12月期間收入增長39%。", {"39%": "2025Q4"}),
    ("公司预计明年7至9月出货量为200万台。", {"200万台": "2027Q3"}),
    ("今年1-6月营收为54亿元。", {"54亿元": "2026H1"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_a_relative_years_months(text, expected):
    periods = periods_by_surface(text, JANUARY)
    assert {s: periods.get(s) for s in expected} == expected


NEAR_MISSES = [
    # Months with a year of their own.
    ("Azure在2024年10月至12月期间收入增长39%。", {"39%": "2024Q4"}),
    # A single month after 去年 was read so before.
    ("Azure去年10月收入增长39%。", {"39%": "2025-10"}),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES, ids=[c[0][:12] for c in NEAR_MISSES])
def test_other_months_keep_their_years(text, expected):
    periods = periods_by_surface(text, JANUARY)
    assert {s: periods.get(s) for s in expected} == expected
