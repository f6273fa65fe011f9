"""Prices per piece the extractor typed as something else: a bare sum in myriads before a comma
read as a count of the product that opens the next clause ("8W，910C…"), and a listed price
written with a currency code ("goes for RMB 1.4 million") that the price verbs' look-ahead (a
sign or a digit) missed. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


def test_a_price_before_a_comma_is_no_count_of_the_next_product():
    text = "昇腾910C量产纪要\n\n报价方面，910B每片8W，910C每片13W。"
    assert typed(text) == [
        ("8W", "unit_price", "price", 8e4),
        ("13W", "unit_price", "price", 13e4),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The lab bought 30000 H100 GPUs last year.", ("30000", "count", "chips", 3e4)),
        ("公司去年采购了20000 A100。", ("20000", "count", "chips", 2e4)),
    ],
)
def test_a_number_right_before_a_product_still_counts_it(text, row):
    assert typed(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "On the grey market an H20 card goes for RMB 95,000.",
            ("RMB 95,000", "unit_price", "price", 95000.0),
        ),
        (
            "A refurbished A100 server went for US$120,000 at the auction.",
            ("US$120,000", "unit_price", "server_price", 120000.0),
        ),
        (
            "The broker lists the L40S at HK$60,000.",
            ("HK$60,000", "unit_price", "price", 60000.0),
        ),
    ],
)
def test_a_listed_price_with_a_currency_code_is_a_price(text, row):
    assert typed(text) == [row]


def test_going_for_something_else_is_no_price():
    assert typed("The two firms went for a joint bid worth RMB 3 billion.") == [
        ("RMB 3 billion", "spend", "amount", 3e9)
    ]
