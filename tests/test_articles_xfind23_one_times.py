"""增长一倍 is a doubling (ratio 2.0, as the conventions settle), and so is the same word written
with a digit, 增长1倍, and after Taiwan's and Hong Kong's bare growth verb 增 (年增逾1倍, 再增逾倍,
where 逾倍 leaves the 一 out). Other multiples keep the figure the text gives (年增1.9倍, 增长11倍).
Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _ratios(text: str) -> list[tuple[str, float]]:
    return [(row[0], row[3]) for row in typed_rows(text) if row[4] == "ratio"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该公司数据中心收入同比增长1倍。", [("1倍", 2.0)]),
        ("和碩前10月營收年增逾1倍。", [("1倍", 2.0)]),
        ("該公司AI伺服器出貨月增一倍。", [("一倍", 2.0)]),
        ("智算中心年內總容量再增逾倍。", [("倍", 2.0)]),
    ],
)
def test_one_times_more_is_a_doubling(text, expected):
    assert _ratios(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Other multiples are the text's own figure.
        ("和碩10月營收年增1.9倍。", [("1.9倍", 1.9)]),
        ("该公司数据中心收入同比增长11倍。", [("11倍", 11.0)]),
        # A multiple of another value, not a rise by one times: no doubling.
        ("新芯片的算力是上一代的1倍以上。", [("1倍", 1.0)]),
    ],
)
def test_other_multiples_keep_their_figure(text, expected):
    assert _ratios(text) == expected
