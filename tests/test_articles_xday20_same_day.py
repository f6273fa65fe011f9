"""当天 / 当日 / that day refer to a day named earlier. A day written just before 当天 in its clause
(3月2日配售当天) is the day meant, not one the text named earlier; a trading session's 当天
(上市当天, 当天开盘价, 股价当日高开) is the day the share traded on, even after other days were
named. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 3, 12)


def test_a_day_just_before_its_same_day_dates_the_clause():
    periods = periods_by_surface(
        "3月10日，星海芯片在科创板挂牌交易。\n\n"
        "此前，3月2日配售当天，发行价定为56.20元/股，有效申购倍数约2890.5倍。",
        PUBLISHED,
    )
    assert periods["56.20元/股"] == "2026-03-02"
    assert periods["2890.5倍"] == "2026-03-02"


def test_a_listing_days_same_day_is_the_listing_day_after_other_days():
    periods = periods_by_surface(
        "3月10日，星海芯片在科创板挂牌交易。\n\n"
        "配售结果在3月4日晚间公布，最终中签率为0.041%。如果按当天开盘价计算，"
        "中一签的账面盈利约为18.6万元。若按上市当天收盘价91.30元/股计算，浮盈更高。",
        PUBLISHED,
    )
    assert periods["0.041%"] == "2026-03-04"
    assert periods["18.6万元"] == "2026-03-10"
    assert periods["91.30元/股"] == "2026-03-10"


def test_a_traditional_same_day_after_a_listing_day():
    periods = periods_by_surface(
        "3月10日，星海芯片在港交所掛牌。\n\n3月4日公布配售結果。若按上市當天收盤價計算，每手賬面獲利約1.2萬港元。",
        PUBLISHED,
    )
    assert periods["1.2万港元"] == "2026-03-10"


def test_a_same_day_with_no_session_takes_the_day_named_last():
    # (No share traded: 当天 is the day named last, the signing's, not the listing's.)
    periods = periods_by_surface(
        "3月10日，星海芯片在科创板挂牌交易。\n\n3月11日，公司与一家云厂商签约，当天确认的订单金额达12亿元。",
        PUBLISHED,
    )
    assert periods["12亿元"] == "2026-03-11"


def test_a_days_count_before_the_same_day_is_no_day():
    # (近3日 counts days; 当天 still points to the day named before.)
    periods = periods_by_surface(
        "3月11日，公司公告称近3日订单激增，当天新增订单金额为4.5亿元。", PUBLISHED
    )
    assert periods["4.5亿元"] == "2026-03-11"
