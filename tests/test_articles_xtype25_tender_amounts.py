"""A tender's amounts (集采金额, 集采总金额, 中标总金额, 中标金额合计, 招标总额) are what its
buyer pays the winners: procurement, not a cost nor a bare amount. A figure of the tender that is
no amount keeps its own reading. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _types(text: str) -> list[tuple[str, str, str]]:
    return [(row[0], row[1], row[2]) for row in typed_rows(text)]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("这次集采金额超过60亿元，是年内最大的服务器采购之一。", "60亿元"),
        ("本轮集采总金额约为42亿元。", "42亿元"),
        ("据测算，中标总金额含税约41.2亿元。", "41.2亿元"),
        ("乙类设备中标金额合计约13.5亿元。", "13.5亿元"),
        ("该省数据中心项目招标总额为9亿元。", "9亿元"),
    ],
)
def test_a_tender_amount_is_procurement(text, amount):
    assert (amount, "spend", "procurement") in _types(text)


def test_a_tender_s_count_stays_a_count():
    rows = _types("这次集采金额超过60亿元，一共分为5个标包。")
    assert rows == [("60亿元", "spend", "procurement"), ("5个", "count", "count")]
