"""A move told by a verb of moving (上调, 调高) measures what the sentence named before it:
"资本支出预算由8亿元上调至12亿元" moves a capex budget, not a price, and "上调至12亿元及30亿元"
reaches two levels of it; where the thing named is a price or a rent, the ends stay a price's
or a rent's. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def metrics(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "董事会同意将研发中心的资本支出预算由8亿元上调至12亿元。",
            [("8亿元", "spend", "capex"), ("12亿元", "spend", "capex")],
        ),
        (
            "公司擬將新廠區與研發中心的資本支出預算，分別由 6.5 億元與 20 億元，"
            "上調至 9.2 億元及 31 億元。",
            [
                ("6.5 亿元", "spend", "capex"),
                ("20 亿元", "spend", "capex"),
                ("9.2 亿元", "spend", "capex"),
                ("31 亿元", "spend", "capex"),
            ],
        ),
        (
            "集团把今年的投资额由300亿元调高至450亿元。",
            [("300亿元", "spend", "investment"), ("450亿元", "spend", "investment")],
        ),
    ],
)
def test_a_named_measure_moved_by_a_verb_keeps_its_name(text: str, rows: list) -> None:
    assert metrics(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A price moved: both ends and the second level stay prices.
        (
            "两款整机的售价分别上调至28万元和36万元。",
            [("28万元", "unit_price", "server_price"), ("36万元", "unit_price", "server_price")],
        ),
        (
            "该机型售价由25万元上调至32万元。",
            [("25万元", "unit_price", "price_from"), ("32万元", "unit_price", "price_to")],
        ),
        # A rent moved stays a rent.
        (
            "H100的租赁价格由每小时9美元下调至3美元。",
            [
                ("9美元", "unit_price", "rental_price_from"),
                ("3美元", "unit_price", "rental_price_to"),
            ],
        ),
        # The size of a rise after a level is a rise, not a second level.
        (
            "售价上调至30万元，较去年上涨4万元。",
            [("30万元", "unit_price", "price"), ("4万元", "price_change", "price_increase")],
        ),
    ],
)
def test_a_price_moved_stays_a_price(text: str, rows: list) -> None:
    assert [r for r in metrics(text) if r[0] != "两款"] == rows
