"""The amount a company's result moved by is that result's change, signed, not its level:
净利润减少45亿美元 (blind11 245) and 淨利潤減少31億美元 (blind14 309) were net profits of 4.5 and
3.1 billion, "Operating cash flow of $1.14 billion, a decline of $371 million" (blind13 300) a
cash flow of +$371 million; the writers store each as the measure with a minus. The sentences
are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def _typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


def test_a_fall_of_net_profit_is_a_negative_change():
    rows = _typed("受一次性费用影响，公司当期净利润减少12亿美元。\n")
    assert ("12亿美元", "earnings", "net_profit_change", -1.2e9) in rows


def test_a_traditional_fall_of_net_profit():
    rows = _typed("受投資虧損影響，淨利潤減少8億美元。\n")
    assert ("8亿美元", "earnings", "net_profit_change", -8e8) in rows


def test_a_rise_of_revenue_is_a_positive_change():
    rows = _typed("公司营收增加12亿元，达到80亿元。\n")
    assert ("12亿元", "spend", "revenue_change", 1.2e9) in rows
    assert ("80亿元", "spend", "revenue", 8e9) in rows


def test_an_english_decline_of_cash_flow():
    rows = _typed("Operating cash flow of $2.3 billion, a decline of $410 million.\n")
    assert ("$410 million", "earnings", "operating_cash_flow_change", -4.1e8) in rows
    assert ("$2.3 billion", "earnings", "operating_cash_flow", 2.3e9) in rows


def test_a_result_moved_to_a_figure_stays_its_level():
    # Near miss: 增长至 names the level reached, not the move.
    rows = _typed("净利润增长至5亿元。\n")
    assert ("5亿元", "earnings", "net_profit", 5e8) in rows


def test_a_shrinking_loss_is_left_as_told():
    # Near miss: a loss that shrinks by an amount keeps its loss measure and its plus.
    rows = _typed("亏损额较上年同期减少6亿元。\n")
    assert ("6亿元", "earnings", "net_loss", 6e8) in rows
