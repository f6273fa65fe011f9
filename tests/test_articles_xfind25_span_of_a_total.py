"""The years a sum adds up over, told right before it ("三年累计亏损…", "近三年半净亏损合计…",
"首3年累計投資"), are that sum's span, not a duration of their own; a length a thing takes
(研发周期三年, 三年内回本) and the window a multiple is reached in (两年翻倍) stay. Each text is
written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _durations(text: str) -> list[tuple[str, float]]:
    return [(row[0], row[3]) for row in typed_rows(text) if row[1] == "duration"]


@pytest.mark.parametrize(
    "text",
    [
        "这家芯片公司三年累计亏损超50亿元。",
        "这家公司近三年半净亏损合计超过40亿元。",
        "這家公司兩年累計虧損逾30億元。",
        "园区首5年累計投資達100億港元。",
    ],
)
def test_the_span_of_a_total_is_no_duration(text):
    assert _durations(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Must not fire: a length the thing itself takes.
        ("该芯片研发周期三年。", [("三年", 3.0)]),
        ("客户三年内即可回本。", [("三年", 3.0)]),
        ("租期为三年，月租金为10万元。", [("三年", 3.0)]),
    ],
)
def test_a_length_a_thing_takes_stays(text, expected):
    assert _durations(text) == expected


def test_the_window_of_a_multiple_stays():
    # Must not fire: a multiple reached within a window states both.
    assert _durations("大模型所需算力每18个月翻倍。") == [("18个月", 18.0)]
    assert _durations("显卡租金两年翻倍。") == [("两年", 2.0)]


def test_a_price_window_looked_back_over_stays():
    # Must not fire: a move within the past months names its window (price_window).
    assert _durations("这款内存的价格在过去2个月里翻了一倍。") == [("2个月", 2.0)]
