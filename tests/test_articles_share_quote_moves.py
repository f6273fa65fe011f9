"""A clause that only states a move, right after a clause quoting a share's price, moves that
share's price (收报656港元，跌1港元; "closed at HK$9.80, down HK$0.20"): a share price's move,
never a chip's price change under 100. Sentences of our own, answers written first, as
(surface, fact_type, metric, value, unit)."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 11, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "小米股价收报45港元，跌2港元。",
            [
                ("45港元", "unit_price", "share_price", 45.0, "HKD"),
                ("2港元", "price_change", "share_price_decrease", 2.0, "HKD"),
            ],
        ),
        (
            "聯發科股價收報1,250元，漲15元。",
            [
                ("1,250元", "unit_price", "share_price", 1250.0, "CNY"),
                ("15元", "price_change", "share_price_increase", 15.0, "CNY"),
            ],
        ),
        (
            "Lenovo shares closed at HK$9.80, down HK$0.20.",
            [
                ("HK$9.80", "unit_price", "share_price", 9.8, "HKD"),
                ("HK$0.20", "price_change", "share_price_decrease", 0.2, "HKD"),
            ],
        ),
        # A product's price and its fall: a price change, not a share's.
        (
            "H100售价25万元，降了2万元。",
            [
                ("25万元", "unit_price", "price", 250000.0, "CNY"),
                ("2万元", "price_change", "price_decrease", 20000.0, "CNY"),
            ],
        ),
        (
            "The H20 sold for $12,000, down $1,000 from March.",
            [
                ("$12,000", "unit_price", "price", 12000.0, "USD"),
                ("$1,000", "price_change", "price_decrease", 1000.0, "USD"),
            ],
        ),
    ],
)
def test_a_move_is_a_shares_only_right_after_a_share_quote(text, expected):
    assert typed_rows(text, PUBLISHED) == expected


def test_a_clause_naming_something_else_does_not_move_the_quote():
    rows = typed_rows("股价收报45港元，服务器降价2000元。", PUBLISHED)
    assert [metric for _s, _t, metric, _v, _u in rows] == ["share_price", "price_decrease"]
