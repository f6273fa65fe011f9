"""A figure in milliseconds (20ms, 200毫秒, 2 milliseconds) is a latency: how long a network or
a model takes to answer, which compute stories state as a spec (传输时延不超过20ms). It is kept
in ms, as writers give it, and is no length of time; seconds stay durations, and capital MS
(MS-DOS) is no unit. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "两地数据中心之间的网络时延控制在15ms以内。",
            [("15ms", "spec", "latency", 15.0, "ms")],
        ),
        (
            "新模型的首字响应时间降至200毫秒。",
            [("200毫秒", "spec", "latency", 200.0, "ms")],
        ),
        (
            "The round-trip latency between the two campuses fell to 2 milliseconds.",
            [("2 milliseconds", "spec", "latency", 2.0, "ms")],
        ),
        (
            "集群内节点之间的時延達到1ms，城市之間不超過8ms。",
            [("1ms", "spec", "latency", 1.0, "ms"), ("8ms", "spec", "latency", 8.0, "ms")],
        ),
    ],
)
def test_milliseconds_are_a_latency(text, expected):
    assert typed_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("模型推理只需30秒。", "seconds"),
        ("The job finished in 45 seconds.", "seconds"),
    ],
)
def test_seconds_stay_durations(text, unit):
    assert [row[4] for row in typed_rows(text)] == [unit]


def test_capital_ms_is_no_unit():
    assert all(row[4] != "ms" for row in typed_rows("The lab still runs 10 MS-DOS machines."))
