"""A Chinese comparison states its adjective before the figure (比A800贵70%, 比上一代高出50%,
成本还低20%): a change, lower ones negative, never a share; and a level that climbs to last
year's value (一路攀升到去年的60%) is the level reached, not a growth. Each text is written for
the test."""

import pytest

from tests.helpers import typed_rows

COMPARED_CASES = [
    ("H200的年租金比A800贵70%。", [("70%", "pct_change", "growth", 70.0, "percent")]),
    ("H200的年租金比A800貴70%。", [("70%", "pct_change", "growth", 70.0, "percent")]),
    ("该芯片的性能比上一代高出50%。", [("50%", "pct_change", "growth", 50.0, "percent")]),
    ("該晶片的性能比上一代高出50%。", [("50%", "pct_change", "growth", 50.0, "percent")]),
    ("这款芯片的成本还低20%。", [("20%", "pct_change", "growth", -20.0, "percent")]),
    ("這款晶片的成本還低20%。", [("20%", "pct_change", "growth", -20.0, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_CASES)
def test_a_chinese_comparison_is_a_change(text, expected):
    assert typed_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    ["出口占比从2019年的10%一路攀升到去年的60%。", "出口占比從2019年的10%一路攀升到去年的60%。"],
)
def test_a_level_climbing_to_last_years_value_is_the_level_reached(text):
    assert [row[:2] for row in typed_rows(text)] == [("10%", "share"), ("60%", "share")]
