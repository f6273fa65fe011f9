"""Amounts of tens of billions that a price word nearby made the price of one thing: a forecast
raised to an amount (上调到, 拉高到), an amount in a clause before a share's fall, a stake's worth.
No chip, server, rack or share costs ten billion, so the amount measures what a measure word near
it names, else what the amount before it in its sentence part measures. Each text is written for
the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 1)


def typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


def test_a_forecast_raised_to_tens_of_billions_is_the_measure_named_before():
    text = "微软本季资本支出350亿美元，同比增长74%，全年预估上调到1200亿美元。"
    assert typed(text)[-1] == ("1200亿美元", "spend", "capex", 1.2e11)


def test_a_raised_range_in_traditional_script_is_no_price():
    text = "Meta第三季資本開支190億美元，全年預測拉高到700至720億美元。"
    assert typed(text)[-1] == ("700至720亿美元", "spend", "capex", (7.0e10, 7.2e10))


def test_an_amount_before_a_share_price_fall_is_no_share_price():
    text = "亚马逊预计明年支出将达到1500亿美元，消息公布后股价下跌4%。"
    rows = typed(text)
    assert ("1500亿美元", "unit_price", "share_price", 1.5e11) not in rows
    assert rows[0][:2] == ("1500亿美元", "spend")


def test_an_english_price_tag_of_tens_of_billions_takes_the_measure_before():
    text = (
        "Alphabet's capital expenditure came in at $24 billion; the price tag for the year "
        "is now $91 billion."
    )
    assert typed(text) == [
        ("$24 billion", "spend", "capex", 2.4e10),
        ("$91 billion", "spend", "capex", 9.1e10),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # Prices of one thing stay prices, however dear.
        ("一台GB300机柜售价约400万美元。", ("400万美元", "unit_price", "server_price", 4e6)),
        ("A GB300 rack sells for about 5.5 billion won.", None),
        ("该公司股价收于1520元。", ("1520元", "unit_price", "share_price", 1520.0)),
        ("H100每卡每小时租金降至12元。", ("12元", "unit_price", "rental_price", 12.0)),
    ],
)
def test_dear_prices_of_one_thing_stay_prices(text, row):
    rows = typed(text)
    if row is None:
        assert [r[1] for r in rows] == ["unit_price"]
    else:
        assert rows == [row]
