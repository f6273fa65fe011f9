"""A company's line of business named with more than one product (服务器及部件业务, 服务器与存储
业务, "servers and storage segment") is that company's, and its takings are its revenue, not the
size of a market of machines; a kind of machine reaching an amount still sizes its market. Each
text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "分产品看，服务器及部件业务收入达到612.5亿元。",
            ("612.5亿元", "spend", "revenue", 612.5e8),
        ),
        (
            "上半年服务器与存储业务营收达到120亿元。",
            ("120亿元", "spend", "revenue", 120e8),
        ),
        (
            "Servers and storage segment revenue reached $12 billion.",
            ("$12 billion", "spend", "revenue", 12e9),
        ),
    ],
)
def test_a_line_of_business_takes_revenue(text, row):
    assert typed(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("GPU服务器及AI服务器达到43亿美元。", ("43亿美元", "market_size", "market_size", 43e8)),
        ("AI服务器收入达到300亿美元。", ("300亿美元", "market_size", "market_size", 300e8)),
        ("AI servers reached $30 billion.", ("$30 billion", "market_size", "market_size", 30e9)),
    ],
)
def test_a_kind_of_machine_still_sizes_its_market(text, row):
    assert typed(text) == [row]
