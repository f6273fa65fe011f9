"""Taiwan's 获利 before a bare sum of 亿 (issue 12, thirteenth session): "前三季獲利192億" is the
profit in money, as 淨利192億 and 營收46億 already are (a widening of the result words a bare
万/亿 may follow). 获利 with no figure of 亿 after it, or before a length of time, makes no sum.
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2026, 2, 1)


def sums(sentence: str) -> list[tuple]:
    return [row for row in typed_rows(sentence, PUBLISHED) if row[1] == "earnings"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "某代工廠前三季獲利88億，創同期新高。",
            [("88亿", "earnings", "net_profit", 8.8e9, "CNY")],
        ),
        ("该公司上半年获利约35亿。", [("35亿", "earnings", "net_profit", 3.5e9, "CNY")]),
    ],
)
def test_a_bare_sum_after_profit_is_the_profit(sentence, expected):
    assert sums(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "該公司獲利能力提升，投資人3個月內獲利了結。",
        "分析師看好其獲利成長，目標價上調至880。",
    ],
)
def test_profit_without_a_sum_of_yi_after_it_makes_none(sentence):
    assert sums(sentence) == []
