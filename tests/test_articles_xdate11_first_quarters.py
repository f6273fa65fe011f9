""" "The first three quarters" (of 2025, of this year, or alone) is the span of quarters from the
first, as 前三季度 is (2025Q1-Q3); "three quarters of the chips" is no period. (surface, period)
for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 5)

CASES = [
    (
        "The chipmaker posted a net loss of 724 million yuan for the first three quarters of 2025.",
        {"724 million yuan": "2025Q1-Q3"},
    ),
    ("Revenue in the first two quarters of 2024 was $3 billion.", {"$3 billion": "2024Q1-Q2"}),
    (
        "In the first three quarters of last year, revenue was $5 billion.",
        {"$5 billion": "2024Q1-Q3"},
    ),
    (
        "Its revenue in the first three quarters rose 30% to 900 million yuan.",
        {"30%": "2025Q1-Q3", "900 million yuan": "2025Q1-Q3"},
    ),
    (
        "Revenue for the first three fiscal quarters of 2025 was $5 billion.",
        {"$5 billion": "2025Q1-Q3"},
    ),
    # The Chinese forms read alike.
    ("公司前三季度营收为9亿元。", {"9亿元": "2025Q1-Q3"}),
    ("公司首三季營收為9億元。", {"9亿元": "2025Q1-Q3"}),
    # A share of a whole is no period.
    ("About three quarters of the chips, or 75%, were sold in China.", {"75%": None}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:14] for c in CASES])
def test_the_first_quarters_of_a_year(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {surface: periods.get(surface) for surface in expected} == expected
