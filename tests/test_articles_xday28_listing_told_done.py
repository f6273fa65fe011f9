"""A listing told as done on its day in a sentence with no figure (星河科技17日在科创板挂牌交易)
dates the first day's figures told after it (上市首日, 首秀, a figure valued at the close: 按收盘价
计算), as a figure's own listing day does; a day the listing is only planned for dates the
offering alone. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 18)


def test_a_listing_told_done_dates_the_first_day():
    periods = periods_by_surface(
        "星河科技17日在科创板挂牌交易。\n\n"
        "公司发行价为 52.3 元/股，上市首日涨幅达 310%。"
        "按收盘价计算，中一签浮盈约 8.1万元。",
        PUBLISHED,
    )
    assert periods["52.3 元/股"] == "2025-12-17"
    assert periods["310%"] == "2025-12-17"
    assert periods["8.1万元"] == "2025-12-17"


def test_a_debut_in_the_title_takes_the_day():
    periods = periods_by_surface(
        "星河科技科创板首秀大涨310%\n\n星河科技17日在科创板挂牌交易，盘中一度大涨逾三倍。",
        PUBLISHED,
    )
    assert periods["310%"] == "2025-12-17"


def test_a_planned_day_does_not_date_a_first_day():
    periods = periods_by_surface(
        "星河科技拟于2025年12月29日在科创板挂牌。\n\n同期发行的月光半导体上市首日涨幅达280%。",
        PUBLISHED,
    )
    assert periods["280%"] is None
