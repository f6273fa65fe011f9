"""What a market, an industry or a kind of machine takes in, with no company named, is that
market's size; a company's own takings stay its revenue. Each text is written for the test."""

from datetime import date

import pytest

from tests.helpers import fact_rows, measures

PUBLISHED = date(2026, 3, 1)


def _measures(text: str) -> list[tuple[str, str, str]]:
    return measures(text, PUBLISHED, "market_size", "spend", "earnings")


MARKET_CASES = [
    ("按架构看，ARM服务器收入同比增长41.5%，达到182亿美元。", "182亿美元"),
    ("按架構看，ARM伺服器收入年增41.5%，達到182億美元。", "182亿美元"),
    ("本季度全球存储市场规模扩大，季度收入达到96亿美元。", "96亿美元"),
    ("今年存儲產業整體營收達96億美元，比前一季增加12%。", "96亿美元"),
    ("到2028年，这一市场将突破310亿美元。", "310亿美元"),
    ("Worldwide storage server revenue rose to $18.2 billion in the quarter.", "$18.2 billion"),
    ("Revenue from ARM-based servers climbed 41.5% to $18.2 billion.", "$18.2 billion"),
    ("By 2028 the market is expected to pass $31 billion.", "$31 billion"),
]


@pytest.mark.parametrize(("text", "surface"), MARKET_CASES)
def test_takings_of_a_market_or_a_kind_are_its_size(text, surface):
    assert _measures(text) == [(surface, "market_size", "market_size")]


COMPANY_CASES = [
    ("戴尔本季服务器收入达到96亿美元。", "96亿美元"),
    ("公司服务器收入同比增长30%，达到96亿美元。", "96亿美元"),
    ("遊戲方面，國際市場收入達208億元，大升43%。", "208亿元"),
    ("Dell's server revenue rose to $9.6 billion in the quarter.", "$9.6 billion"),
    ("The company's revenue from servers rose to $9.6 billion.", "$9.6 billion"),
]


@pytest.mark.parametrize(("text", "surface"), COMPANY_CASES)
def test_a_company_s_takings_stay_its_revenue(text, surface):
    assert _measures(text) == [(surface, "spend", "revenue")]


NOT_A_MARKET_CASES = [
    ("政府为推动产业研发推出20亿元资助计划。", "20亿元"),
    ("上季盈利達705億元，高於市場普遍估計的約650億至690億元。", "650亿至690亿元"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_A_MARKET_CASES)
def test_an_industry_helped_or_a_market_s_forecast_sizes_no_market(text, surface):
    assert (surface, "market_size", "market_size") not in _measures(text)


def test_takings_of_a_business_the_market_watches_stay_revenue():
    text = "備受市場注視的雲業務，上季收入為129.5億元，大幅上升30%。"
    assert _measures(text) == [("129.5亿元", "spend", "revenue")]


def test_takings_of_a_kind_named_before_an_aside_size_it():
    text = "Revenue from ARM servers, still a small slice of the field, rose 41% to $18.2 billion."
    assert _measures(text) == [("$18.2 billion", "market_size", "market_size")]


REVENUE_AT_CASES = [
    "公司预计全年营收在8.20亿至8.90亿元之间。",
    "公司預計全年營收在8.20億至8.90億元之間。",
]


@pytest.mark.parametrize("text", REVENUE_AT_CASES)
def test_revenue_at_a_range_is_revenue_not_a_closing_price(text):
    assert _measures(text) == [("8.20亿至8.90亿元", "spend", "revenue")]


def test_a_share_closing_at_a_price_stays_a_share_price():
    rows = fact_rows("该股收在52.3元，全天上涨4.1%。", PUBLISHED)
    assert ("52.3元", "unit_price", "share_price") in [tuple(r[:3]) for r in rows]
