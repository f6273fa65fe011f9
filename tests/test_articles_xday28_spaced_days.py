"""A day of the month typeset with a space between its number and 日 (星河科技 17 日在科创板挂牌,
周五 (22 日), a full-width space too) is the day, as 17日 is; a count of days spaced the same way
(近 3 日, 连续 3 日, 3 日内) is no day. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 18)


def test_a_spaced_day_dates_the_sessions_figures():
    periods = periods_by_surface(
        "星河科技 17 日在深交所挂牌交易，开盘报 88 元/股，收盘报 120.5 元/股。", PUBLISHED
    )
    assert periods["88 元/股"] == "2025-12-17"
    assert periods["120.5 元/股"] == "2025-12-17"


def test_a_full_width_space_and_a_day_in_brackets():
    assert periods_by_surface("月光半导体5\u3000日收盘价为66元/股。", PUBLISHED)["66元/股"] == (
        "2025-12-05"
    )
    periods = periods_by_surface("月光半导体上周五 (12 日) 股价收报 45 元。", PUBLISHED)
    assert periods["45 元"] == "2025-12-12"


def test_spaced_counts_of_days_are_no_day():
    assert periods_by_surface("月光半导体近 3 日股价累计上涨 40%。", PUBLISHED)["40%"] is None
    assert periods_by_surface("月光半导体连续 3 日涨幅达 35%。", PUBLISHED)["35%"] is None
