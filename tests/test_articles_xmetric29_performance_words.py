"""A multiple of performance named by 效能 (Taiwan's 性能), 运算能力 (運算能力) or "computing
power" is a `performance_ratio`, as one named by 性能, 算力 or "performance" already was; before,
those words named nothing and the multiple stayed a bare `ratio`. Each text is written for the
test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def ratios(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("新款加速卡的效能約為上一代的4倍。", ("4倍", "ratio", "performance_ratio", 4.0)),
        ("報告指出，X100的運算能力幾乎是X50的5倍。", ("5倍", "ratio", "performance_ratio", 5.0)),
        ("该芯片的运算能力达到同类产品的3倍。", ("3倍", "ratio", "performance_ratio", 3.0)),
        (
            "The computing-power value of the X100 is about 5.5 times that of the X50.",
            ("5.5 times", "ratio", "performance_ratio", 5.5),
        ),
        (
            "The new card delivers roughly 4 times the computing power of its predecessor.",
            ("4 times", "ratio", "performance_ratio", 4.0),
        ),
    ],
)
def test_performance_words_name_a_performance_multiple(text, row):
    assert row in ratios(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A growth verb nearer the multiple still makes it a growth.
        ("今年公司营收增长3倍。", ("3倍", "ratio", "growth_ratio", 3.0)),
        # A price multiple stays a price's.
        ("新卡的效能更高，但價格貴了2倍。", ("2倍", "ratio", "price_ratio", 2.0)),
    ],
)
def test_other_multiples_keep_their_reading(text, row):
    assert row in ratios(text)
