"""A half written as a research note writes it, the year first (2025H1, 2024 H2), is that half,
as 2025Q3 is that quarter; a chip named after a year (2025 H20) is no half. (surface, period)
for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 9, 4)

CASES = [
    ("2025H1芯原实现营收9.7亿元，同比增长4%。", {"9.7亿元": "2025H1", "4%": "2025H1"}),
    ("2025H1芯原實現營收9.7億元，年增4%。", {"9.7亿元": "2025H1", "4%": "2025H1"}),
    ("芯原2024 H2营收为12亿元。", {"12亿元": "2024H2"}),
    ("The chip designer's revenue was $1.3 billion in 2025 H1.", {"$1.3 billion": "2025H1"}),
    # A chip's name after a year is no half.
    ("2025 H20芯片售价约为10万元。", {"10万元": "2025"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_a_half_written_after_its_year(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {surface: periods.get(surface) for surface in expected} == expected
