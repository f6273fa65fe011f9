"""进入<period>以来 (since entering a period) is that period so far, as 今年以来 is: it dates the
figures of the clauses after it, not the day an earlier clause states, and it is no base the
change is measured from. A year or a past month a change is measured since stays a base, and
an event's time before 后 still dates the event only. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 1, 22)


def test_a_month_entered_so_far_beats_an_earlier_day():
    periods = periods_by_surface(
        "星河科技 1 月 21 日收盘报每股 62.3 元，总市值 294 亿元；"
        "进入 2026 年 1 月以来，股价累计上涨 6%。",
        PUBLISHED,
    )
    assert periods["62.3 元"] == "2026-01-21"
    assert periods["294 亿元"] == "2026-01-21"
    assert periods["6%"] == "2026-01"


def test_a_year_entered_so_far_dates_the_clauses_after_it():
    periods = periods_by_surface(
        "星河科技1月21日收盘报每股62.3元；进入2025年以来，出货量明显增加，营收增长40%。",
        PUBLISHED,
    )
    assert periods["40%"] == "2025"


def test_a_year_a_change_is_measured_since_stays_a_base():
    periods = periods_by_surface("星河科技的算力规模自2020年以来增长了150%。", PUBLISHED)
    assert periods["150%"] is None


def test_an_events_time_before_after_dates_no_later_figure():
    periods = periods_by_surface(
        "星河科技1月21日收盘报每股62.3元；去年12月投入服务后，使用率已升至八成。", PUBLISHED
    )
    assert periods["八成"] != "2025-12"
