"""Money a company raises (融资, 募资, 募集资金, 筹集, an IPO's proceeds, "raised", "to raise") is
funding, neither revenue nor an outlay, and the size (规模) of a raise or an investment is no
market's size. Each as (surface, fact_type, metric, value, unit); subjects and periods are pinned
elsewhere."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


FUNDING_CASES = [
    ("沐曦拟募集资金39.04亿元。", [("39.04亿元", "spend", "funding", 3.904e9, "CNY")]),
    ("摩爾線程擬募集資金80億元。", [("80亿元", "spend", "funding", 8e9, "CNY")]),
    ("该公司计划筹集资金20亿元。", [("20亿元", "spend", "funding", 2e9, "CNY")]),
    ("该公司IPO募资规模达到80亿元。", [("80亿元", "spend", "funding", 8e9, "CNY")]),
    ("該公司融資規模達10億元。", [("10亿元", "spend", "funding", 1e9, "CNY")]),
    (
        "The company's IPO proceeds totaled $800 million.",
        [("$800 million", "spend", "funding", 8e8, "USD")],
    ),
    (
        "The listing is expected to raise $2 billion.",
        [("$2 billion", "spend", "funding", 2e9, "USD")],
    ),
    (
        "The chip designer raised $500 million in a new round.",
        [("$500 million", "spend", "funding", 5e8, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FUNDING_CASES)
def test_money_raised_is_funding(text, expected):
    assert typed(text) == expected


# The size of an outlay is that outlay; a market's size stays a market size; a capex guidance
# raised to a range is capex (raised there moves a guidance, it raises no money).
SIZE_CASES = [
    ("该项目投资规模达到500亿元。", [("500亿元", "spend", "investment", 5e10, "CNY")]),
    (
        "中国AI服务器市场规模达到200亿美元。",
        [("200亿美元", "market_size", "market_size", 2e10, "USD")],
    ),
    (
        "Meta raised its capex guidance to $70 billion-$72 billion.",
        [("$70 billion-$72 billion", "spend", "capex", (7e10, 7.2e10), "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIZE_CASES)
def test_a_size_or_a_guidance_keeps_its_measure(text, expected):
    assert typed(text) == expected
