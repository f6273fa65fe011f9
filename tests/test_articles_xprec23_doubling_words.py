"""A rise by one times itself is a doubling, ratio 2.0 (CONVENTIONS.md, seventh session), also
when Taiwanese reporting names the rise 年增/季增/月增, writes the one as a digit (年增逾1倍), or
bounds it with 不止/多于 (升幅不止一倍). Read as a bare 一倍 these were a ratio of 1, no claim
anyone writes. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 12, 10)


def typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "value")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("英业达前11月营收约5000亿元，年增逾1倍。", "1倍"),
        ("仁宝10月营收季增1倍，创同期新高。", "1倍"),
        ("过去一个月，该公司股价升幅不止一倍。", "一倍"),
        ("過去半年，這家公司的股價升幅不止一倍。", "一倍"),
        ("今年数据中心收入增长多于一倍。", "一倍"),
    ],
)
def test_a_rise_by_one_times_is_a_doubling(text, surface):
    assert (surface, "ratio", 2.0) in typed(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A multiple of more than one is read as written, and a tenth of a time is no doubling.
        ("某厂10月营收年增1.9倍。", ("1.9倍", "ratio", 1.9)),
        ("该公司出货量年增11倍。", ("11倍", "ratio", 11.0)),
        # A level compared, not a rise: one times another's is the same size.
        ("新芯片的性能约为上一代的1倍。", None),
    ],
)
def test_other_multiples_are_not_doublings(text, row):
    rows = typed(text)
    assert not any(r[2] == 2.0 for r in rows if r[1] == "ratio")
    if row is not None:
        assert row in rows
