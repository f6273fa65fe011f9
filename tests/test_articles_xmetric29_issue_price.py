"""The price a company sells its new shares at (发行价, 定价, 招股价, "IPO price", "offer price")
is `unit_price` with metric `price`, as the writers of every set store it: the issuer sets it
once, it is no quote of the share on the market. A quote of the share after it in its clause
(收盘报, closed at) stays `share_price`. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 12, 10)


def prices(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "这家芯片公司的发行价为58.20元/股，募资约30亿元。",
            ("58.20元/股", "unit_price", "price", 58.2),
        ),
        ("新股發行價定為每股88.50港元。", ("88.50港元", "unit_price", "price", 88.5)),
        ("本次发行规模5000万股，定价66.60元/股。", ("66.60元/股", "unit_price", "price", 66.6)),
        (
            "The chipmaker priced its IPO at HK$19.60 a share.",
            ("HK$19.60", "unit_price", "price", 19.6),
        ),
        (
            "The stock jumped on its debut after an offer price of $34.",
            ("$34", "unit_price", "price", 34.0),
        ),
    ],
)
def test_an_issue_price_is_a_price(text, row):
    assert row in prices(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A quote after the issue price in the clause is the share's price on the market.
        (
            "该股发行价为30元，上市首日收盘报120元/股。",
            ("120元/股", "unit_price", "share_price", 120.0),
        ),
        (
            "Shares closed at $140 after an offer price of $34.",
            ("$140", "unit_price", "share_price", 140.0),
        ),
        # A product's list price (定价 per card) is no share's price at all.
        ("这款显卡定价1999元/张。", ("1999元/张", "unit_price", "price", 1999.0)),
    ],
)
def test_quotes_and_product_prices_keep_their_reading(text, row):
    assert row in prices(text)
