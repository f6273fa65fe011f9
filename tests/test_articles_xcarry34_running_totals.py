"""A running total from the year's start named without its year (前三季度, 前9个月, "the first
nine months") and told as done before its last month has begun is last year's, as a bare 全年
told as done in the first quarter is: a stretch not yet over reports nothing. Told as a forecast,
or once its last month has come, it is the published year's. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

JANUARY = date(2026, 1, 20)
SEPTEMBER = date(2025, 9, 10)
OCTOBER = date(2025, 10, 28)

CASES = [
    ("乙公司上市申请获受理 前9个月营收6.2亿元\n\n正文。", JANUARY, {"6.2亿元": "2025Q1-Q3"}),
    ("乙公司前三季度净亏损7.5亿元。", JANUARY, {"7.5亿元": "2025Q1-Q3"}),
    (
        "Beta said revenue for the first nine months rose 35% to $2 billion.",
        JANUARY,
        {"35%": "2025Q1-Q3", "$2 billion": "2025Q1-Q3"},
    ),
    # must not fire: a forecast looks ahead; a total whose last month has come; a stated year
    ("乙公司预计前三季度营收将达6.2亿元。", JANUARY, {"6.2亿元": "2026Q1-Q3"}),
    ("乙公司前9个月营收6.2亿元。", SEPTEMBER, {"6.2亿元": "2025Q1-Q3"}),
    ("乙公司前三季度营收6.2亿元，同比增长20%。", OCTOBER, {"6.2亿元": "2025Q1-Q3"}),
    ("乙公司2026年前三季度营收6.2亿元。", JANUARY, {"6.2亿元": "2026Q1-Q3"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_running_totals_told_as_done_are_over(text, published, expected):
    periods = periods_by_surface(text, published)
    assert {s: periods.get(s, "missing") for s in expected} == expected
