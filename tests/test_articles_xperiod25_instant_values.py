"""A company's market value and its share price are levels at an instant, not sums over a
stretch: a quarter, a half or the first three quarters that the title or an earlier paragraph
reports results for does not date them in a paragraph that states no period. A period their own
paragraph states still does, and the results beside them keep the reporting period.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 6)
AUGUST = date(2025, 8, 28)
UNDATED = [
    ("甲公司前三季度营收增长\n\n2025年前三季度，甲公司营收800亿元。\n\n"
     "资本市场给出了答案。甲公司市值达到9000亿元。", NOVEMBER, "9000亿元"),
    ("甲公司上半年盈利大增\n\n2025年上半年，甲公司净利润50亿元。\n\n"
     "投资者并不买账，甲公司股价收报30元。", AUGUST, "30元"),
    ("Acme's third-quarter sales jump\n\nIn the third quarter of 2025, Acme's revenue rose to "
     "$8 billion.\n\nInvestors cheered. Acme's market capitalisation is $300 billion.", NOVEMBER,
     "$300 billion"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface"), UNDATED, ids=[c[2] for c in UNDATED])
def test_a_value_at_an_instant_takes_no_stretch_reported_elsewhere(text, published, surface):
    assert periods_by_surface(text, published)[surface] is None


DATED = [
    # the results keep the reporting period carried to their paragraph
    ("甲公司前三季度营收增长\n\n2025年前三季度，甲公司营收800亿元。\n\n"
     "资本市场给出了答案。甲公司市值达到9000亿元。", NOVEMBER, "800亿元", "2025Q1-Q3"),
    # a period the value's own paragraph states dates it
    ("甲公司前三季度营收增长\n\n2025年前三季度，甲公司营收800亿元。\n\n"
     "截至2025年9月底，甲公司市值达到9000亿元。", NOVEMBER, "9000亿元", "2025-09"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "surface", "period"), DATED, ids=[c[2] for c in DATED]
)
def test_results_and_stated_periods_still_date(text, published, surface, period):
    assert periods_by_surface(text, published)[surface] == period
