"""A rise by one times itself is a doubling, ratio 2.0, also where the verb is a share's
bare 升 or 涨 (股价升超过一倍, 涨超一倍) and where 倍升 says it in one word, as 倍增 does.
Before, 升超过一倍 was read as the plain number 一倍, a ratio of 1. Each text is written for
the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("这家芯片公司的股价今年以来已升超过一倍。", "一倍"),
        ("該股上月漲超一倍。", "一倍"),
        ("消息公布后，该股随即涨一倍。", "一倍"),
        ("受业绩带动，公司股价本季倍升。", "倍升"),
        ("概念股年内暴涨逾一倍。", "一倍"),
    ],
)
def test_a_rise_by_one_times_is_a_doubling(text, surface):
    rows = typed_rows(text)
    assert [(row[0], row[1], row[3], row[4]) for row in rows] == [(surface, "ratio", 2.0, "ratio")]


@pytest.mark.parametrize(
    "text",
    [
        "该产品的价格大约是竞品的十倍升幅之大前所未见。",  # a multiple's own rise, not 倍升
        "公司股价今年以来升超10%。",  # a rise given in percent
        "服务器完成了一次产品升级。",
    ],
)
def test_no_doubling_where_none_is_said(text):
    assert all(row[3] != 2.0 for row in typed_rows(text))
