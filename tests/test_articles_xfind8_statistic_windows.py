"""The window a high, a low or an average is taken over (近12个月最高价, a 52-week high, the
30-day average) measures nothing itself: no duration fact (issue 12, sixth session). A length of
time followed by other words stays a duration. Single sentences written for the test, answers
first."""

from datetime import date

import pytest

from tests.helpers import duration_rows

PUBLISHED = date(2026, 3, 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "截至周五收盘，该股近6个月最高价为88.10元，最低价为41.25元。",
        "截至週五收盤，該股近6個月最高價為88.10元，最低價為41.25元。",
        "按90日均价计算，这家云厂商的H200租金约为每卡每小时15元。",
        "按90日均價計算，這家雲端業者的H200租金約為每卡每小時15元。",
        "The chipmaker's shares closed at $61, just below their 52-week high of $64.",
        "Its 30-day average rent for an H200 was $3.20 an hour.",
    ],
)
def test_the_window_of_a_statistic_is_no_duration(sentence):
    assert duration_rows(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "服务器交付周期长达9个月，平均等待时间也在拉长。",
            [("9个月", "lead_time", 9.0, "months")],
        ),
        (
            "Lead times for the servers stretched to 9 months on average.",
            [("9 months", "lead_time", 9.0, "months")],
        ),
    ],
)
def test_a_length_of_time_before_other_words_stays_a_duration(sentence, expected):
    assert duration_rows(sentence, PUBLISHED) == expected
