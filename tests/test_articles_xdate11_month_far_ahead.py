"""A month named without a year more than half a year after the publication's month is the last
one, unless its sentence looks ahead: 12月营收 in a January story reports the December just gone.
A month up to half a year ahead keeps the publication's year (6月量产 in May is as often a plan).
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

JANUARY = date(2026, 1, 9)
MAY = date(2025, 5, 12)

CASES = [
    (JANUARY, "纬创12月营收为2500亿元，同比增长120%。", {"2500亿元": "2025-12", "120%": "2025-12"}),
    (JANUARY, "緯創12月營收為2500億元，年增120%。", {"2500亿元": "2025-12", "120%": "2025-12"}),
    (JANUARY, "仁宝11月营收同比增长35%。", {"35%": "2025-11"}),
    (
        JANUARY,
        "Wistron's December revenue rose 120% to NT$250 billion.",
        {"120%": "2025-12", "NT$250 billion": "2025-12"},
    ),
    (MAY, "鸿海12月营收为8000亿元。", {"8000亿元": "2024-12"}),
    # A sentence that looks ahead keeps the month to come.
    (JANUARY, "纬创预计12月营收将达3000亿元。", {"3000亿元": "2026-12"}),
    (
        JANUARY,
        "Wistron expects December revenue to reach NT$300 billion.",
        {"NT$300 billion": "2026-12"},
    ),
    # A month up to half a year ahead keeps the publication's year.
    (MAY, "该工厂6月量产，月产能为2万片。", {"2万片": "2025-06"}),
    (MAY, "該工廠11月量產，月產能為2萬片。", {"2万片": "2025-11"}),
    # A month already begun is this year's.
    (MAY, "鸿海4月营收为6000亿元。", {"6000亿元": "2025-04"}),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES, ids=[c[1][:14] for c in CASES])
def test_a_month_far_ahead_is_the_last_one(published, text, expected):
    periods = periods_by_surface(text, published)
    assert {surface: periods.get(surface) for surface in expected} == expected
