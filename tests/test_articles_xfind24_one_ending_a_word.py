"""唯一一家 (the only one), 统一一个, 同一天 (the same day): the first 一 ends a word, so a figure
starts after it. Read from it, 一一家 was eleven companies by place and 同一天 a day's duration;
a 一 after such a word is one, which is no count claim. Figures written by place (一一〇家) and
ordinary numerals keep their value. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _counts_and_durations(text: str) -> list[tuple[str, float]]:
    return [(row[0], row[3]) for row in typed_rows(text) if row[1] in ("count", "duration")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该公司是国内唯一一家量产3纳米芯片的厂商。", []),
        ("華為是全球唯一一家同時設計晶片與整機的公司。", []),
        ("这是西部唯一一个万卡集群。", [("万卡", 10000.0)]),
        ("各地需统一一个调度平台。", []),
        ("两家公司在同一天挂牌上市。", [("两家", 2.0)]),
    ],
)
def test_a_one_that_ends_a_word_is_no_figure(text, expected):
    assert _counts_and_durations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("公司目前共有一一〇家門市。", [("一一〇家", 110.0)]),
        ("本轮共有十一家厂商入围。", [("十一家", 11.0)]),
        ("项目建设周期为一年。", [("一年", 1.0)]),
    ],
)
def test_other_numerals_keep_their_value(text, expected):
    assert _counts_and_durations(text) == expected
