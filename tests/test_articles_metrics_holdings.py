"""A holding (持股, 持有…的股份, 股權, a stake, "N% of the company's shares") is a shareholding,
never a move of a traded share's price, while a traded share that moves ("shares fell 3%") stays
one; 股份 in a company's name (股份有限公司) holds nothing. Each as (surface, fact_type,
metric, value, unit); subjects and periods are pinned elsewhere."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


HOLDING_CASES = [
    ("张建中持有公司11.06%的股份。", [("11.06%", "share", "shareholding", 11.06, "percent")]),
    ("該平台持有公司36.36%的股份。", [("36.36%", "share", "shareholding", 36.36, "percent")]),
    ("張建中直接持股11.06%。", [("11.06%", "share", "shareholding", 11.06, "percent")]),
    ("He owns 36.36% of the shares.", [("36.36%", "share", "shareholding", 36.36, "percent")]),
    (
        "The founder holds 11% of the company's outstanding shares.",
        [("11%", "share", "shareholding", 11.0, "percent")],
    ),
    (
        "Nvidia holds a 15% stake in the startup.",
        [("15%", "share", "shareholding", 15.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDING_CASES)
def test_a_holding_is_a_shareholding(text, expected):
    assert typed(text) == expected


MOVE_CASES = [
    ("Nvidia shares fell 3%.", [("3%", "pct_change", "share_price_change_pct", -3.0, "percent")]),
    ("寒武纪股价上涨了12%。", [("12%", "pct_change", "share_price_change_pct", 12.0, "percent")]),
    (
        "海光信息股份有限公司营收同比增长40%。",
        [("40%", "pct_change", "yoy_growth", 40.0, "percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOVE_CASES)
def test_a_traded_share_moving_or_a_company_name_holds_nothing(text, expected):
    assert typed(text) == expected
