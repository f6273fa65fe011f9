"""Yearless days and months at the turn of a year: a January day told after a December day is
next January, a month more than half a year behind the publication is the year after when the
sentence looks ahead (a plan) and the year before when it reports (12月营收 in January). Each text
is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

DECEMBER = date(2025, 12, 30)
JANUARY = date(2026, 1, 10)


def test_a_january_day_after_a_december_day_is_next_january():
    periods = periods_by_surface(
        "12月30日，星海芯片正式开始招股，招股期到1月5日截止，公司计划在1月8日登陆港交所。\n\n"
        "公司每股发售价为88.50港元，拟募资约21亿港元。",
        DECEMBER,
    )
    assert periods["88.50港元"] == "2026-01-08"
    assert periods["21亿港元"] == "2026-01-08"


def test_a_january_day_after_a_december_day_in_traditional_script():
    periods = periods_by_surface(
        "星海晶片12月29日開始招股，並計劃於1月7日掛牌，每股發售價為88.50港元。",
        DECEMBER,
    )
    assert periods["88.50港元"] == "2026-01-07"


def test_a_planned_january_day_in_december_is_next_january():
    periods = periods_by_surface(
        "星海芯片计划在1月8日交付新款服务器，订单金额达5亿元。",
        DECEMBER,
    )
    assert periods["5亿元"] == "2026-01-08"


def test_a_planned_january_in_english_in_december_is_next_january():
    periods = periods_by_surface(
        "Starsea plans to start shipping the servers in January, "
        "with first orders worth $500 million.",
        DECEMBER,
    )
    assert periods["$500 million"] == "2026-01"


def test_a_december_reported_in_january_is_last_december():
    periods = periods_by_surface("廣達12月營收達2724.95億元，改寫單月新高。", JANUARY)
    assert periods["2724.95亿元"] == "2025-12"


def test_a_january_reported_in_december_stays_this_year():
    periods = periods_by_surface("星海芯片1月营收达3亿元，为全年最低。", DECEMBER)
    assert periods["3亿元"] == "2025-01"


def test_a_planned_january_day_in_english_in_december_is_next_january():
    periods = periods_by_surface(
        "The company plans to begin shipping on Jan. 8, with first orders worth $500 million.",
        DECEMBER,
    )
    assert periods["$500 million"] == "2026-01-08"
