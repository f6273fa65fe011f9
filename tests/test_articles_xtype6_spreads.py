"""A spread of values at one time ("anywhere from $1.47 … to $6.88", 从80万元到120万元不等) is no
move: both ends measure the same thing, neither starts nor ends a move. Each text is written for
the test."""

import pytest

from tests.helpers import typed_rows

SPREAD_CASES = [
    (
        "二手A800服务器的报价从80万元到120万元不等。",
        [
            ("80万元", "unit_price", "server_price", 8e5, "CNY"),
            ("120万元", "unit_price", "server_price", 1.2e6, "CNY"),
        ],
    ),
    (
        "二手A800伺服器的報價從80萬元到120萬元不等。",
        [
            ("80万元", "unit_price", "server_price", 8e5, "CNY"),
            ("120万元", "unit_price", "server_price", 1.2e6, "CNY"),
        ],
    ),
    (
        "Renting the card now costs anywhere from $1.50 on small clouds to $6.90 on-demand.",
        [
            ("$1.50", "unit_price", "rental_price", 1.5, "USD"),
            ("$6.90", "unit_price", "rental_price", 6.9, "USD"),
        ],
    ),
    (
        "Quotes for the server are ranging from $200,000 to $260,000.",
        [
            ("$200,000", "unit_price", "server_price", 2e5, "USD"),
            ("$260,000", "unit_price", "server_price", 2.6e5, "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPREAD_CASES)
def test_a_spread_at_one_time_is_no_move(text, expected):
    assert typed_rows(text) == expected


# A move keeps its ends: 从80万元涨到120万元 moved.
@pytest.mark.parametrize(
    "text",
    ["二手A800服务器的报价从80万元涨到120万元。", "二手A800伺服器的報價從80萬元漲到120萬元。"],
)
def test_a_move_from_one_value_to_another_keeps_its_ends(text):
    assert [row[2] for row in typed_rows(text)] == ["server_price_from", "server_price_to"]
