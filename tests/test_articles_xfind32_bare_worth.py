"""A company's worth told without its 元 (issue 12, twelfth session): a bare number of 万/亿 right
after 市值 or 估值, with words of time, contrast or degree between (上市前估值不过200亿, 市值一度
冲到2700多亿, 市值却逾5600亿), is that market value in the sentence's currency, as a bare sum
after 营收 or 净利润 is that result. Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2026, 1, 5)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "这家公司上市前估值不过80亿，上市后市值一度冲到900多亿。",
            [
                ("80亿", "valuation", "market_cap", 8e9, "CNY"),
                ("900多亿", "valuation", "market_cap", 9e10, "CNY"),
            ],
        ),
        (
            "該公司首三季營收12.5億，市值卻逾3400億。",
            [
                ("12.5亿", "spend", "revenue", 1.25e9, "CNY"),
                ("3400亿", "valuation", "market_cap", 3.4e11, "CNY"),
            ],
        ),
        (
            "另一家同行市值也一度突破1500亿。",
            [("1500亿", "valuation", "market_cap", 1.5e11, "CNY")],
        ),
    ],
)
def test_a_bare_sum_after_a_market_value_is_that_value(sentence, expected):
    assert typed_rows(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (A number counted after 估值 or 市值 words is what it counts, not a worth.)
        ("该公司估值模型覆盖3亿用户。", [("3亿", "count", "users", 3e8, "count")]),
        ("市值前十的公司里有3家。", [("3家", "count", "companies", 3.0, "count")]),
        # (A worth stated with its currency keeps it.)
        ("集团市值一度逾800亿港元。", [("800亿港元", "valuation", "market_cap", 8e10, "HKD")]),
    ],
)
def test_other_figures_near_a_market_value_keep_their_reading(sentence, expected):
    assert typed_rows(sentence, PUBLISHED) == expected
