"""Rates a results story states as levels, whatever base their clause sets them against: a
company's expenses as a part of its revenue (費用率6.03%, 营业费用率, "expense ratio"), its
effective tax rate ("a non-GAAP effective tax rate of 13%"), Hong Kong's 溢利率 (a margin), and a
part's weight in its whole named without 占 (AI伺服器比重提升至15%). They were read as growth (a
year-on-year marker or a verb of rising nearby) in blind11 249, blind12 281 and blind14 308 and
317 (four articles, three sets). The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def _typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


def test_an_expense_ratio_set_against_last_year_is_a_level():
    text = "广达第三季营业费用率为4.2%，比去年同期下降0.5个百分点。\n"
    rows = _typed(text)
    assert ("4.2%", "share", "expense_ratio", 4.2) in rows
    assert ("0.5个百分点", "pct_change", "expense_ratio_change", -0.5) in rows


def test_traditional_expense_ratios_a_year_apart():
    text = "技嘉全年營業費用率4.8%，也比2024年的5.1%減少0.3個百分點。\n"
    rows = _typed(text)
    assert ("4.8%", "share", "expense_ratio", 4.8) in rows
    assert ("5.1%", "share", "expense_ratio", 5.1) in rows


def test_an_effective_tax_rate_beside_a_share_count():
    text = "AMD guided to a non-GAAP effective tax rate of 14% and about 1.6B diluted shares.\n"
    assert ("14%", "share", "tax_rate", 14.0) in _typed(text)


def test_hong_kongs_segment_margin_raised_to_a_level():
    text = "聯想把方案服務業務的分部溢利率提升至21%，較去年同期上升1.5個百分點。\n"
    assert ("21%", "share", "net_margin", 21.0) in _typed(text)


def test_a_weight_raised_to_a_level_is_a_share():
    text = "第2季AI伺服器的比重提升至18%。\n"
    assert ("18%", "share", "share", 18.0) in _typed(text)


def test_an_expense_that_grows_stays_a_growth():
    # Must not fire: 销售费用 (the expense, no ratio) grows by the percent.
    text = "浪潮信息销售费用同比增长12%。\n"
    assert ("12%", "pct_change", "yoy_growth", 12.0) in _typed(text)


def test_a_weight_of_revenue_keeps_its_kind():
    # Must not fire as a bare share: the whole named before is revenue.
    text = "廣達伺服器占整體營收的比重逾6成，其中AI機種的比重更達到45%。\n"
    assert ("45%", "share", "revenue_share", 45.0) in _typed(text)
