"""A part of a whole market's or the world's takings is a market share however the part is told
("almost a third of worldwide server revenue", "more than half of all storage market revenue",
全球存储市场营收中，DDR5将占60%); a part of one company's revenue stays a revenue share. Each
text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def metrics(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Japan grew 12% and accounted for almost a third of worldwide server revenue.",
            ("a third", "share", "market_share"),
        ),
        (
            "Liquid-cooled racks now make up more than half of all storage market revenue.",
            ("half", "share", "market_share"),
        ),
        (
            "Flash drives took 40% of global storage sales last year.",
            ("40%", "share", "market_share"),
        ),
        (
            "分析机构预计，2027年全球存储市场营收中，DDR5将占60%，DDR4仅占25%。",
            ("60%", "share", "market_share"),
        ),
        (
            "分析机构预计，2027年全球存储市场营收中，DDR5将占60%，DDR4仅占25%。",
            ("25%", "share", "market_share"),
        ),
    ],
)
def test_a_part_of_a_markets_takings_is_a_market_share(text: str, row: tuple) -> None:
    assert row in metrics(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # One company's revenue, whatever its parts: a revenue share.
        ("Europe accounted for 13% of the chipmaker's revenue.", ("13%", "share", "revenue_share")),
        ("Data center made up 88% of total revenue.", ("88%", "share", "revenue_share")),
        ("公司营收中，云业务占35%。", ("35%", "share", "revenue_share")),
    ],
)
def test_a_part_of_a_companys_revenue_stays_a_revenue_share(text: str, row: tuple) -> None:
    assert row in metrics(text)
