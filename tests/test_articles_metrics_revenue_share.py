"""A part of revenue (营收占比, 占营收比重, 收入占比, "accounted for 40% of revenue", "made up 88%
of total revenue") is a revenue share, wherever in the clause revenue is named, also as a level
reached or moved between; a part of shipments or of a market stays a share or a market share.
Each as (surface, fact_type, metric, value, unit); subjects and periods are pinned elsewhere."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


REVENUE_SHARE_CASES = [
    ("数据中心业务营收占比达到60%。", [("60%", "share", "revenue_share", 60.0, "percent")]),
    ("AI伺服器營收占比達到五成。", [("五成", "share", "revenue_share", 50.0, "percent")]),
    ("AI服务器占营收比重超过四成。", [("四成", "share", "revenue_share", 40.0, "percent")]),
    ("云业务收入占比提升至30%。", [("30%", "share", "revenue_share", 30.0, "percent")]),
    (
        "AI servers accounted for 40% of Foxconn's revenue.",
        [("40%", "share", "revenue_share", 40.0, "percent")],
    ),
    (
        "The data center segment made up 88% of total revenue.",
        [("88%", "share", "revenue_share", 88.0, "percent")],
    ),
    (
        "Networking represents 15% of the company's sales.",
        [("15%", "share", "revenue_share", 15.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVENUE_SHARE_CASES)
def test_a_part_of_revenue_is_a_revenue_share(text, expected):
    assert typed(text) == expected


OTHER_SHARE_CASES = [
    ("2024年GPU服务器在服务器出货中占比69%。", [("69%", "share", "share", 69.0, "percent")]),
    ("英伟达的市场份额约为90%。", [("90%", "share", "market_share", 90.0, "percent")]),
    ("張建中持股11.06%。", [("11.06%", "share", "shareholding", 11.06, "percent")]),
    ("我国AI芯片国产化率达到30%。", [("30%", "share", "localization_rate", 30.0, "percent")]),
    ("GPU utilization was 85%.", [("85%", "share", "utilization", 85.0, "percent")]),
    ("AI服务器渗透率将提升至15%。", [("15%", "share", "penetration_rate", 15.0, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_SHARE_CASES)
def test_a_share_of_no_revenue_keeps_its_kind(text, expected):
    assert typed(text) == expected
