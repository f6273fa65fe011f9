"""What a figure measures beside the plain kinds: a rack's power and a data centre's IT load apart
from a chip's draw, the highest and lowest price, and investors who are no investment. Each text
is written for the test."""

import pytest

from tests.helpers import typed_rows

POWER_CASES = [
    ("目前该市的IT负载容量为150 MW。", [("150 MW", "spec", "it_load", 1.5e8, "W")]),
    ("目前該市的IT負載容量為150 MW。", [("150 MW", "spec", "it_load", 1.5e8, "W")]),
    (
        "The campus will offer 200 MW of critical IT load.",
        [("200 MW", "spec", "it_load", 2e8, "W")],
    ),
    ("传统数据中心每个机柜约为8 kW。", [("8 kW", "spec", "rack_power", 8000.0, "W")]),
    ("傳統數據中心每個機櫃約為8 kW。", [("8 kW", "spec", "rack_power", 8000.0, "W")]),
    ("AI halls now draw 60 kW per rack.", [("60 kW", "spec", "rack_power", 60000.0, "W")]),
    ("The new accelerator draws 1,000 W.", [("1,000 W", "spec", "power", 1000.0, "W")]),
]


@pytest.mark.parametrize(("text", "expected"), POWER_CASES)
def test_power_of_a_rack_or_an_it_load_is_named_apart(text, expected):
    assert typed_rows(text) == expected


HIGH_LOW_CASES = [
    (
        "该股年内最高价88.5元，最低价40.2元。",
        [
            ("88.5元", "unit_price", "price", 88.5, "CNY"),
            ("40.2元", "unit_price", "price", 40.2, "CNY"),
        ],
    ),
    (
        "該股年內最高價88.5元，最低價40.2元。",
        [
            ("88.5元", "unit_price", "price", 88.5, "CNY"),
            ("40.2元", "unit_price", "price", 40.2, "CNY"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HIGH_LOW_CASES)
def test_the_highest_and_lowest_price_are_prices(text, expected):
    assert typed_rows(text) == expected


INVESTORS_CASES = [
    (
        "Alphabet told investors its spending would reach $180 billion.",
        [("$180 billion", "spend", "spending", 1.8e11, "USD")],
    ),
    ("公司对投资者表示，全年支出约为800亿元。", [("800亿元", "spend", "spending", 8e10, "CNY")]),
    ("公司對投資者表示，全年支出約為800億元。", [("800亿元", "spend", "spending", 8e10, "CNY")]),
    ("The company will invest $10 billion.", [("$10 billion", "spend", "investment", 1e10, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), INVESTORS_CASES)
def test_investors_are_no_investment(text, expected):
    assert typed_rows(text) == expected


# A paragraph that names one outlay gives it to its plain ones; investors named beside it do not
# make it name two.
def test_investors_leave_a_paragraphs_one_outlay():
    text = (
        "Capex plans\n\n"
        "Alphabet told investors its capital expenditures would reach $180 billion. "
        "Meta projected spending of $120 billion."
    )
    assert [row[1:3] for row in typed_rows(text)] == [("spend", "capex"), ("spend", "capex")]
