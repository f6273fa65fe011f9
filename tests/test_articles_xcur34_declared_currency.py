"""A currency declared once for the amounts after it, as Hong Kong wire copy and table notes
write it: any point between the currency and 下同 (（美元.下同）, （人民幣‧下同）), 单位 before it
(（单位：美元，下同）), and a foreign currency named in it (美元, 欧元) as well as a 元 one. A
number of 万/亿 the declaration follows is an amount in that currency. Each text is written for
the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _money(text: str) -> list[tuple[str, str, float, str]]:
    return [
        (surface, fact_type, value, unit)
        for surface, fact_type, _metric, value, unit in typed_rows(text)
        if unit not in ("percent", "count", "percentage_points")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A US-dollar reporter in Hong Kong copy: the declared 億 and every bare 億元 after it.
        (
            "某科技集團公布季度業績，純利按年增加12%至5.2億(美元.下同)，收入達88.6億元。",
            [("5.2亿", "earnings", 5.2e8, "USD"), ("88.6亿元", "spend", 8.86e9, "USD")],
        ),
        # The same in simplified script with a full-width point.
        (
            "该集团季度净利润增至4.1亿（美元．下同），收入为61.5亿元。",
            [("4.1亿", "earnings", 4.1e8, "USD"), ("61.5亿元", "spend", 6.15e9, "USD")],
        ),
        # 人民幣‧下同 outranks the Hong Kong share price beside the bare amount.
        (
            "該公司全年收入為320億元(人民幣‧下同)，股價收報45港元，純利為41億元。",
            [
                ("320亿元", "spend", 3.2e10, "CNY"),
                ("45港元", "unit_price", 45.0, "HKD"),
                ("41亿元", "earnings", 4.1e9, "CNY"),
            ],
        ),
        # A table note puts 单位 first.
        (
            "主要财务数据（单位：美元，下同）：该公司第二季度营收为12亿元，净利润为3亿元。",
            [("12亿元", "spend", 1.2e9, "USD"), ("3亿元", "earnings", 3e8, "USD")],
        ),
    ],
)
def test_a_declared_currency_carries_to_the_bare_amounts_after_it(text, expected):
    assert _money(text) == expected


# The declaration speaks for what follows it: an amount before it keeps its own currency.
def test_a_declaration_does_not_reach_back():
    text = "該公司第一季收入為50億元。第二季收入為12億(美元.下同)，純利為2億元。"
    units = {surface: unit for surface, _type, _value, unit in _money(text)}
    assert units == {"50亿元": "CNY", "12亿": "USD", "2亿元": "USD"}


# A bracket after a number of 亿 that declares no currency leaves it a plain number.
@pytest.mark.parametrize(
    "text",
    [
        "該平台月活躍用戶增至3.37億(按年增加5%)，再創新高。",
        "该应用的用户数为2.5亿（下同），较上季度有所增加。",
    ],
)
def test_a_bracket_naming_no_currency_makes_no_amount(text):
    assert _money(text) == []
