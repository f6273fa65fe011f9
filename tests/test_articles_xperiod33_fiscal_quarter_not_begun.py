"""A yearless quarter after a fiscal year's quarter takes that fiscal year only when its quarter
has begun at publication or the sentence looks ahead; a quarter still to come told as a past
base ("from 9.5% in the fourth quarter") is the last such quarter (surface: period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

NOVEMBER = date(2025, 11, 5)  # Supermicro's fiscal year ends in June: FY2026Q1 is Jul–Sep 2025
CASES = [
    ("For the first quarter of fiscal 2026, Supermicro reported revenue of $5.0 billion. "
     "Gross margin in the first quarter was 9.3%, down from 9.5% in the fourth quarter.",
     {"$5.0 billion": "FY2026Q1", "9.3%": "FY2026Q1", "9.5%": "FY2025Q4"}),
    # looking ahead: the quarter of the stated fiscal year
    ("Supermicro's revenue in the first quarter of fiscal 2026 was $5 billion. "
     "Revenue in the fourth quarter is expected to reach $12 billion.",
     {"$5 billion": "FY2026Q1", "$12 billion": "FY2026Q4"}),
    # a quarter of the stated fiscal year already begun keeps that year
    ("Supermicro's revenue in the first quarter of fiscal 2026 was $5 billion. "
     "Revenue in the second quarter so far has reached $3 billion.",
     {"$5 billion": "FY2026Q1", "$3 billion": "FY2026Q2"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:24] for c in CASES])
def test_a_fiscal_quarter_not_yet_begun(text, periods):
    assert {row[0]: row[6] for row in fact_rows(text, NOVEMBER)} == periods
