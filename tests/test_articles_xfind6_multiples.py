"""Doublings named by the size of a rise (issue 12, fifth session): 年增幅度超过一倍 and 涨幅近一倍
say the figure doubled, as 增长超过一倍 does; 呈倍数成长 (growth by multiples) is at least a
doubling. Single sentences written for the test, answers first."""

import pytest

from suanli.quantities import extract_quantities
from suanli.text import normalise
from tests.helpers import typed_rows


def ratios(sentence: str) -> list[tuple]:
    """(surface, value, qualifier) of every ratio in the sentence."""
    text = normalise(sentence).text
    return [
        (q.surface, q.value, q.qualifier) for q in extract_quantities(text) if q.kind == "ratio"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("该厂上月营收年增幅度超过一倍。", [("一倍", 2.0, "at_least")]),
        ("該廠上月營收年增幅度超過一倍。", [("一倍", 2.0, "at_least")]),
        ("这款卡的租金涨幅近一倍。", [("一倍", 2.0, "approx")]),
        ("这款卡的租金增幅达一倍。", [("一倍", 2.0, "exact")]),
    ],
)
def test_a_rise_whose_size_is_one_times_is_a_doubling(sentence, expected):
    assert ratios(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["定制芯片的出货量有望呈倍数增长。", "客製晶片的出貨量有望呈倍數成長。"]
)
def test_growth_by_multiples_is_at_least_a_doubling(sentence):
    assert ratios(sentence) == [("倍数", 2.0, "at_least")]


def test_one_times_a_price_is_no_doubling():
    assert ratios("新卡售价是旧卡的一倍。") == [("一倍", 1.0, "exact")]


def test_a_doubling_by_the_size_of_a_rise_is_a_ratio_fact():
    assert typed_rows("该厂上月营收年增幅度超过一倍。") == [
        ("一倍", "ratio", "growth_ratio", 2.0, "ratio")
    ]
