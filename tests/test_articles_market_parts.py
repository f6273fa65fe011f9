"""A part of what a market ships or sells (2024年中国市场的服务器出货中，GPU服务器占比为69%) is a
share of that market; a part of a company's revenue stays a revenue share."""

from datetime import date

import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()


def shares_of(text: str) -> list[tuple]:
    facts = extract_article("s", text, ENTITIES, published_date=date(2025, 9, 1)).facts
    return [
        (f.surface, f.fact_type, f.metric, f.subject, f.value, f.period) for f in facts.itertuples()
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2024年中国市场的服务器出货中，GPU服务器占比为69%。",
            [("69%", "share", "market_share", "GPU服务器", 69.0, "2024")],
        ),
        (
            "2024年中國市場的伺服器出貨中，GPU伺服器佔比為69%。",
            [("69%", "share", "market_share", "GPU伺服器", 69.0, "2024")],
        ),
        (
            "Of the China market's shipments in 2024, GPU servers made up 69%.",
            [("69%", "share", "market_share", "GPU servers", 69.0, "2024")],
        ),
        (
            "2024年数据中心业务占公司总营收的52%。",
            [("52%", "share", "revenue_share", "数据中心业务", 52.0, "2024")],
        ),
    ],
)
def test_a_part_of_a_markets_shipments_is_a_market_share(text, expected):
    assert shares_of(text) == expected
