"""A company's money or a market's size moving between two levels (capex guidance raised to $70
billion from $66 billion, 市场规模将从385亿元增长到1780亿元, 營收由X增至Y) states two levels of that
measure, each its plain metric (capex, revenue, market_size); the ends of a move of a price or a
share stay marked _from/_to. Each as (surface, fact_type, metric, value, unit)."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


LEVEL_CASES = [
    (
        "Meta raised its full-year capex guidance to $70 billion from $66 billion.",
        [
            ("$70 billion", "spend", "capex", 7e10, "USD"),
            ("$66 billion", "spend", "capex", 6.6e10, "USD"),
        ],
    ),
    (
        "中国AI芯片市场规模将从385亿元增长到1780亿元。",
        [
            ("385亿元", "market_size", "market_size", 3.85e10, "CNY"),
            ("1780亿元", "market_size", "market_size", 1.78e11, "CNY"),
        ],
    ),
    (
        "該公司營收由50億元增至80億元。",
        [
            ("50亿元", "spend", "revenue", 5e9, "CNY"),
            ("80亿元", "spend", "revenue", 8e9, "CNY"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEVEL_CASES)
def test_money_moving_between_levels_keeps_its_metric(text, expected):
    assert typed(text) == expected


MOVE_CASES = [
    (
        "H100的月租金从8万元降至2万元。",
        [
            ("8万元", "unit_price", "rental_price_from", 8e4, "CNY"),
            ("2万元", "unit_price", "rental_price_to", 2e4, "CNY"),
        ],
    ),
    (
        "英伟达在华市场份额从95%下降至50%。",
        [
            ("95%", "share", "market_share_from", 95.0, "percent"),
            ("50%", "share", "market_share_to", 50.0, "percent"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOVE_CASES)
def test_a_price_or_share_moving_keeps_its_ends(text, expected):
    assert typed(text) == expected
