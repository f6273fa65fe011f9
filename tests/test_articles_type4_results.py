"""A company's profit in the words Hong Kong reports use (盈利, 經調整盈利, 純利, 溢利): earnings,
not an amount no cue names. Each text is written for the test."""

import pytest

from tests.helpers import typed_rows

PROFIT_CASES = [
    ("腾讯上季经调整盈利为600亿元。", [("600亿元", "earnings", "net_profit", 6e10, "CNY")]),
    ("騰訊上季經調整盈利為600億元。", [("600亿元", "earnings", "net_profit", 6e10, "CNY")]),
    ("集团纯利为500亿元。", [("500亿元", "earnings", "net_profit", 5e10, "CNY")]),
    ("該集團純利為500億元。", [("500亿元", "earnings", "net_profit", 5e10, "CNY")]),
    ("該集團股東應佔溢利為80億元。", [("80亿元", "earnings", "net_profit", 8e9, "CNY")]),
]


@pytest.mark.parametrize(("text", "expected"), PROFIT_CASES)
def test_a_profit_in_hong_kong_wording_is_earnings(text, expected):
    assert typed_rows(text) == expected


# 盈利能力 (profitability) names no amount: the margin beside it stays a margin.
def test_profitability_is_no_profit():
    assert typed_rows("公司盈利能力提升，毛利率为40%。") == [
        ("40%", "share", "gross_margin", 40.0, "percent")
    ]
