"""Spans of time that tell when, not how long anything took: a time told roughly before 前 or
"ago" (一年多以前, 十多年前, eighteen months ago), the month before a month's change (较前一个月),
and the latest years looked back over (近两年内). None is a claim; a length a thing takes, a span
a price moved in, and 近 meaning "nearly" stay durations. The durations of each text as
(surface, metric, value, unit)."""

from datetime import date

import pytest

from tests.helpers import duration_rows, typed_rows

PUBLISHED = date(2025, 11, 12)

NO_DURATION = [
    "一年多以前，甲公司还没有任何收入；如今营收已达8亿元。",
    "十多年前，这家公司还只是一家代工厂。",
    "3年多前，乙公司的营收只有5亿元。",
    "Eighteen months ago, an accelerator card cost $40,000.",
    "A few years ago, an accelerator card cost $40,000.",
    "甲公司2月营收为900亿元，较前一个月减少12.5%。",
    "近两年内全国新建了约8000个数据中心。",
    "近三年里，丙公司的营收增长了两倍。",
]


@pytest.mark.parametrize("text", NO_DURATION)
def test_a_time_reference_is_no_duration(text):
    assert duration_rows(text, PUBLISHED) == []


STILL_DURATIONS = [
    # a length a thing took, told roughly
    ("该芯片从立项到流片用了一年多。", [("一年多", "development_time", 1.0, "years")]),
    # a month early is a span
    ("丁公司提前一个月完成交付。", [("一个月", "lead_time", 1.0, "months")]),
    # 近 as "nearly": how long development took
    ("这款芯片的研发周期近两年。", [("两年", "development_time", 2.0, "years")]),
    # a price that moved within the window keeps it
    ("近一年内，显卡租金下降了60%。", [("一年", "price_window", 1.0, "years")]),
    # a span a thing pays back in
    ("戊公司的算力中心三年内回本。", [("三年", "payback_period", 3.0, "years")]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_DURATIONS)
def test_lengths_of_time_stay_durations(text, expected):
    assert duration_rows(text, PUBLISHED) == expected


def test_the_figures_around_a_time_reference_stay():
    rows = typed_rows("甲公司2月营收为900亿元，较前一个月减少12.5%。", PUBLISHED)
    assert [(surface, metric) for surface, _type, metric, _value, _unit in rows] == [
        ("900亿元", "revenue"),
        ("12.5%", "mom_growth"),
    ]
