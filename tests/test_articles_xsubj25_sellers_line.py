"""A product's bare name before a seller's measure is a company's line, not the market.

"其中AI伺服器的比重更高達50%", "AI伺服器收入錄得高雙位數增長", "拿到…超30亿元的AI服务器订单":
AI服务器 is an alias of the AI server market, but a market has no orders, no revenue of its own
line and no part of a company's revenue; these are what a company sells the line for. The noun
phrase (AI伺服器的比重, AI服务器订单) or the company is the subject. Counted in blind8 187 and
189 and blind9 206 and 217 (blind 57 writes AI伺服器營收 for TrendForce's market and lists that
phrase). The market's own name (AI服务器市场收入) and a market's shipments or demand stay the
market's. The sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

LINE_CASES = [
    ("其中AI伺服器的比重已提升至45%。", ("45%", "AI伺服器的比重")),
    ("今年上半年AI服务器收入同比增长逾80%。", ("80%", "AI服务器收入")),
    ("今年AI伺服器營收按年增長至38億美元。", ("38亿美元", "AI伺服器营收")),
    ("公司近期斩获一笔超过20亿元的AI服务器订单。", ("20亿元", "AI服务器订单")),
]


@pytest.mark.parametrize(("text", "row"), LINE_CASES)
def test_a_sellers_measure_of_the_line_is_not_the_market(text, row):
    assert row in surface_subjects(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("2025年全球AI服务器市场收入达到1870亿美元。", "1870亿美元"),
        ("今年全球AI服务器出货量预计增长28%。", "28%"),
        ("AI伺服器需求暢旺，明年出貨量可望年增逾20%。", "20%"),
    ],
)
def test_the_markets_own_measures_stay_the_markets(text, surface):
    assert (surface, "AI server market") in surface_subjects(text)
