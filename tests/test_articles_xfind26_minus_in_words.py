"""负 written before an amount or a percentage is its sign, as a dash is (现金流净额为负3.2亿元,
為負5%); 正负5% is a band on both sides, and 负债 is debt, no sign. Each text is written for
the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("这家服务器厂商前三季度经营现金流净额为负48.6亿元。", -4.86e9),
        ("該公司經營現金流淨額為負3.2億元。", -3.2e8),
        ("受价格战影响，该业务毛利率同比为负5%。", -5.0),
    ],
)
def test_fu_before_a_figure_is_its_sign(text, value):
    assert [row[3] for row in typed_rows(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("预测误差控制在正负5%以内。", 5.0),
        ("公司负债125亿元。", 1.25e10),
    ],
)
def test_no_sign_where_fu_is_no_minus(text, value):
    assert [row[3] for row in typed_rows(text)] == [value]
