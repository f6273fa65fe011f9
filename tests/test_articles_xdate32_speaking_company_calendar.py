"""A company that speaks of its own yearless fiscal quarter (Microsoft said it expects … in the
current fiscal first quarter; 英伟达表示，预计第四财季…) tells it by its own fiscal calendar, as it
would when named as the figure's subject: the speaker is no research firm. A company without a
known calendar, or a calendar quarter, keeps the calendar's reading. (surface: period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

JULY = date(2025, 7, 31)
NOVEMBER = date(2025, 11, 20)
CASES = [
    ("Microsoft said on Wednesday it expects a record $30 billion in capital spending in the "
     "current fiscal first quarter.", JULY, {"$30 billion": "FY2026Q1"}),
    ("Microsoft said it expects $30 billion in capital spending in the fiscal first quarter.",
     JULY, {"$30 billion": "FY2026Q1"}),
    ("英伟达表示，预计第四财季营收将达650亿美元。", NOVEMBER, {"650亿美元": "FY2026Q4"}),
    # a calendar quarter stays the calendar's
    ("Microsoft said it spent $20 billion in the second quarter of 2025.", JULY,
     {"$20 billion": "2025Q2"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "periods"), CASES, ids=[c[0][:16] for c in CASES])
def test_a_speaking_company_tells_its_own_fiscal_quarters(text, published, periods):
    assert {row[0]: row[6] for row in fact_rows(text, published)} == periods
