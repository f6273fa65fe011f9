"""A range between two fractions (a quarter to half, between a third and a half, 四分之一到一半) is
one range of ratios, not a fraction and a stray word (issue 12, sixth session). Single sentences
written for the test, answers first."""

import pytest

from suanli.quantities import extract_quantities
from suanli.text import normalise


def ratios(sentence: str) -> list[tuple]:
    """(surface, low, high) of the sentence's ratio quantities, rounded to 4 places."""
    text = normalise(sentence).text
    return [
        (q.surface, round(q.value_low, 4), round(q.value_high, 4))
        for q in extract_quantities(text)
        if q.kind == "ratio"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Idle time eats a quarter to half of the budget.", [("a quarter to half", 0.25, 0.5)]),
        (
            "Between a third and a half of new orders come from cloud firms.",
            [("a third and a half", 0.3333, 0.5)],
        ),
        ("A fifth to a quarter of racks run hot.", [("A fifth to a quarter", 0.2, 0.25)]),
        ("云厂商的订单占四分之一到一半。", [("四分之一到一半", 0.25, 0.5)]),
        ("雲端業者的訂單佔四分之一至三分之一。", [("四分之一至三分之一", 0.25, 0.3333)]),
    ],
)
def test_a_range_of_fractions_is_one_range(sentence, expected):
    assert ratios(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # (The larger end first makes no range: two fractions, each its own.)
        "Half to a quarter of the racks were moved.",
        "三分之二到三分之一的订单取消了。",
    ],
)
def test_ends_in_the_wrong_order_make_no_range(sentence):
    assert all(low == high for _, low, high in ratios(sentence))
