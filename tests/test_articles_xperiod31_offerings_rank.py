"""A later clause ranking an offering within a year ("…, which makes it the second-largest IPO
this year", 是今年第一档发行价破百元的新股) dates the listing, so the offering's figures told in the
clauses before it (shares issued, proceeds, the price) take that year, as an IPO's figures take
the listing's time. A rank of something that is no offering, or a clause telling no offering,
dates nothing beyond its own clause."""

from datetime import date

import pytest

from tests.helpers import fact_rows

DECEMBER = date(2025, 12, 5)
CASES = [
    ("The chipmaker raised about 6 billion yuan ($850 million) in the offering, which values it "
     "at $5 billion and makes it the third-largest onshore IPO this year.",
     {6e9: "2025", 8.5e8: "2025", 5e9: "2025"}),
    ("乙公司在科创板发行新股5000万股，每股发行价88.8元，是今年第一档发行价超过80元的新股。",
     {5e7: "2025", 88.8: "2025", 80.0: "2025"}),
    ("丙公司此次發行新股3000萬股，募資40億元，是今年科創板規模最大的IPO。",
     {3e7: "2025", 4e9: "2025"}),
    # a rank of something that is no offering: nothing before it is dated by it
    ("丁公司发行新股2000万股，另一家公司营收100亿元，是今年行业最高。", {2e7: None, 1e10: "2025"}),
    # a clause telling no offering is not dated by the offering's rank
    ("Revenue was $3 billion, and the offering made it the largest IPO this year.", {3e9: None}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:12] for c in CASES])
def test_an_offerings_rank_dates_its_figures(text, periods):
    assert {row[4]: row[6] for row in fact_rows(text, DECEMBER)} == periods
