"""A market's size in the words a tracker or a chief executive uses (市场收入, 潜在商机, "market
opportunity", "put the market at"), and an amount whose measure is named right after it behind a
describing word or two ("$2 billion in lost sales", 50亿美元的潜在营收). Each text is written for
the test."""

import pytest

from tests.helpers import typed_rows

MARKET_CASES = [
    (
        "今年全球服务器市场收入有望达到2,000亿美元。",
        [("2,000亿美元", "market_size", "market_size", 2e11, "USD")],
    ),
    (
        "今年全球伺服器市場營收可望達到2,000億美元。",
        [("2,000亿美元", "market_size", "market_size", 2e11, "USD")],
    ),
    (
        "中国AI芯片市场的潜在商机约为500亿美元。",
        [("500亿美元", "market_size", "market_size", 5e10, "USD")],
    ),
    (
        "分析師估計，中國AI晶片的潛在商機約500億美元。",
        [("500亿美元", "market_size", "market_size", 5e10, "USD")],
    ),
    (
        "The firm sees a $300 billion market opportunity in inference chips.",
        [("$300 billion", "market_size", "market_size", 3e11, "USD")],
    ),
    (
        "Lisa Su pegged the market for AI accelerators at $500 billion.",
        [("$500 billion", "market_size", "market_size", 5e11, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKET_CASES)
def test_a_markets_takings_or_opportunity_is_its_size(text, expected):
    assert typed_rows(text) == expected


MEASURE_AFTER_CASES = [
    (
        "出口管制使该公司损失了约50亿美元的潜在营收。",
        [("50亿美元", "spend", "revenue", 5e9, "USD")],
    ),
    (
        "出口管制令該公司損失約50億美元的潛在營收。",
        [("50亿美元", "spend", "revenue", 5e9, "USD")],
    ),
    (
        "The curbs cost the chipmaker $2 billion in lost sales.",
        [("$2 billion", "spend", "revenue", 2e9, "USD")],
    ),
    (
        "The export ban has already cost the company $15 billion in potential sales.",
        [("$15 billion", "spend", "revenue", 1.5e10, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEASURE_AFTER_CASES)
def test_a_measure_named_after_a_describing_word_is_what_the_amount_measures(text, expected):
    assert typed_rows(text) == expected


# A region's market takings are a company's sales there, not a market's size.
@pytest.mark.parametrize("text", ["腾讯国际市场收入达208亿元。", "騰訊國際市場收入達208億元。"])
def test_a_regions_market_takings_are_a_companys_revenue(text):
    assert typed_rows(text) == [("208亿元", "spend", "revenue", 2.08e10, "CNY")]
