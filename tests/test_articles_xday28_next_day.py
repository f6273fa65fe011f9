"""次日, 翌日, 第二天, "the next day" after a stated day is the day after it (公司12月7日发布公告，
次日股价涨5%: 12-08), across a month's end too; a next day with no day stated before it dates
nothing. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 22)


def test_the_next_day_after_a_stated_day():
    periods = periods_by_surface(
        "12 月 7 日，星河集团就分拆传闻发布公告。消息传出后，星河港股次日早盘一度涨超 6%，"
        "收盘涨 2.15%。",
        PUBLISHED,
    )
    assert periods["6%"] == "2025-12-08"
    assert periods["2.15%"] == "2025-12-08"


def test_the_next_day_in_english_and_across_a_month():
    periods = periods_by_surface(
        "On Dec. 7 Xinghe said it was weighing a spin-off. Its shares rose 2.15% the next day.",
        PUBLISHED,
    )
    assert periods["2.15%"] == "2025-12-08"
    periods = periods_by_surface("11月30日公司公告回购计划，翌日股价上涨 4.2%。", PUBLISHED)
    assert periods["4.2%"] == "2025-12-01"


def test_the_same_day_is_not_the_next():
    periods = periods_by_surface("12月7日公司发布公告，当天股价上涨 4.2%。", PUBLISHED)
    assert periods["4.2%"] == "2025-12-07"
