"""Spans that tell a story's time, not a length anything took (issue 12, seventh session, third
round): a year right after that year (2024年一年, that year alone), the year as a noun
(是收获颇丰的一年), the time since opening a sentence ("Two years on, ..."), and the horizon of a
forecast that something will not or will still be so (三年之内不会出现泡沫). A time a thing takes
(研发用了一年, took two years, 42个月内开始营运, a price that 5年内都不会变) stays a duration.
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import duration_rows

PUBLISHED = date(2026, 3, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "单是2023年一年，该公司的研发投入就超过8亿元。",
        "單是2023年一年，該公司的研發投入就超過8億元。",
        "今年上半年的营收已是前一年全年的1.4倍。",
        "今年上半年的營收已是上一年全年的1.4倍。",
        "对整个行业来说，2025年是充满变数的一年。",
        "對整個行業來說，2025年是充滿變數的一年。",
        "Three years on, the rental market looks nothing like it did.",
        "A year later, the export rules changed again.",
        "分析师认为两年之内算力需求不会放缓。",
        "分析師認為兩年之內算力需求不會放緩。",
        "他相信五年内数据中心的需求依然强劲。",
    ],
)
def test_a_span_that_tells_the_time_is_no_duration(sentence):
    assert duration_rows(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新芯片的研发用了一年。", [("一年", "development_time", 1.0, "years")]),
        ("该工厂比计划提前一年投产。", [("一年", "duration", 1.0, "years")]),
        ("The new accelerator took three years to design.", [
            ("three years", "development_time", 3.0, "years"),
        ]),
        ("厂商曾预计3美元/小时的租价在5年内都不会变。", [("5年", "duration", 5.0, "years")]),
        ("中标公司预计在36个月内开始营运。", [("36个月", "duration", 36.0, "months")]),
        ("中標公司預計在36個月內開始營運。", [("36个月", "duration", 36.0, "months")]),
    ],
)  # fmt: skip
def test_a_time_a_thing_takes_stays_a_duration(sentence, expected):
    assert duration_rows(sentence, PUBLISHED) == expected
