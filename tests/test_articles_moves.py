"""A price that moved by an amount to a level ("fell $2.10 to $118", 下跌2000元至28000元): the
amount is the change, the amount after "to" the level it reached, never the two ends of a range."""

import pytest

from suanli.entities import EntityIndex
from suanli.quantities import extract_quantities
from tests.helpers import fact_rows

ENTITIES = EntityIndex.load()


def facts_of(text: str) -> list[tuple]:
    return [row[:6] for row in fact_rows(text)]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Shares fell $2.10 to $118.", [(2.1, 2.1), (118.0, 118.0)]),
        ("Prices dropped by $2,000 to $28,000.", [(2000.0, 2000.0), (28000.0, 28000.0)]),
        ("服务器价格下跌2000元至28000元。", [(2000.0, 2000.0), (28000.0, 28000.0)]),
        ("伺服器價格上漲2000元至28000元。", [(2000.0, 2000.0), (28000.0, 28000.0)]),
        # Without a move verb, "X to Y" is still a range.
        ("The server costs $2,000 to $28,000.", [(2000.0, 28000.0)]),
        ("服务器售价2000元至28000元。", [(2000.0, 28000.0)]),
    ],
)
def test_an_amount_a_verb_moved_by_then_to_an_amount_is_no_range(sentence, values):
    found = [(q.value_low, q.value_high) for q in extract_quantities(sentence) if q.unit]
    assert found == values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NVIDIA shares fell $2.10 to $118.",
            [
                ("$2.10", "price_change", "share_price_decrease", "NVIDIA", 2.1, "USD"),
                ("$118", "unit_price", "share_price", "NVIDIA", 118.0, "USD"),
            ],
        ),
        (
            "Server prices fell $2,000 to $28,000.",
            [
                ("$2,000", "price_change", "price_decrease", "Server prices", 2000.0, "USD"),
                ("$28,000", "unit_price", "server_price", "Server prices", 28000.0, "USD"),
            ],
        ),
        (
            "H100 rental prices rose $0.50 to $2.50 per hour.",
            [
                ("$0.50", "price_change", "price_increase", "NVIDIA H100", 0.5, "USD"),
                ("$2.50 per hour", "unit_price", "rental_price", "NVIDIA H100", 2.5, "USD"),
            ],
        ),
        # Revenue that fell by an amount is no price change: it is the revenue's change, signed
        # (fifteenth session, classify.py `_result_moved_by`), and the level it fell to.
        (
            "AMD revenue fell $2 billion to $10 billion.",
            [
                ("$2 billion", "spend", "revenue_change", "AMD", -2e9, "USD"),
                ("$10 billion", "spend", "revenue", "AMD", 1e10, "USD"),
            ],
        ),
    ],
)
def test_a_price_moved_by_an_amount_is_a_change_then_a_level(text, expected):
    assert facts_of(text) == expected


@pytest.mark.parametrize(
    "text", ["服务器价格下跌2000元至28000元。", "伺服器價格下跌2000元至28000元。"]
)
def test_a_chinese_price_moved_by_an_amount_is_a_change_then_a_level(text):
    typed = [(f[0], f[1], f[2], f[4]) for f in facts_of(text)]
    assert typed == [
        ("2000元", "price_change", "price_decrease", 2000.0),
        ("28000元", "unit_price", "server_price", 28000.0),
    ]


# From one amount to another: both ends are facts, the start *_from, the end *_to.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apple's market cap fell from $3.4 trillion to $2.9 trillion.",
            [
                (
                    "$3.4 trillion",
                    "valuation",
                    "market_cap_from",
                    "Apple",
                    3.4e12,
                    "USD",
                ),
                (
                    "$2.9 trillion",
                    "valuation",
                    "market_cap_to",
                    "Apple",
                    2.9e12,
                    "USD",
                ),
            ],
        ),
        (
            "H100 rental prices fell from $8 to $2 per hour.",
            [
                ("$8", "unit_price", "rental_price_from", "NVIDIA H100", 8.0, "USD"),
                ("$2 per hour", "unit_price", "rental_price_to", "NVIDIA H100", 2.0, "USD"),
            ],
        ),
        (
            "服务器价格从30万元降至25万元。",
            [
                ("30万元", "unit_price", "server_price_from", "服务器价格", 3e5, "CNY"),
                ("25万元", "unit_price", "server_price_to", "服务器价格", 2.5e5, "CNY"),
            ],
        ),
    ],
)
def test_a_move_from_one_amount_to_another_keeps_both_ends(text, expected):
    assert facts_of(text) == expected
