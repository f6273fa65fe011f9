"""The day a listing is set for (拟于…挂牌, 计划在…登陆), told in a sentence with no figure of its
own, dates the offering's price and proceeds told after it (the settled IPO convention); not a
day told before a comma (the day of another step), nor another listing's first-day figures. Each
text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 22)


def test_a_planned_listing_day_dates_the_offering():
    periods = periods_by_surface(
        "星海芯片拟于2026年1月6日在港交所挂牌。\n\n"
        "公司本次发行1.2亿股，每股发售价区间为21-24港元，预计募资约26亿-29亿港元。",
        PUBLISHED,
    )
    assert periods["21-24港元"] == "2026-01-06"
    assert periods["26亿-29亿港元"] == "2026-01-06"
    assert periods["1.2亿股"] is None


def test_a_day_before_a_comma_is_another_step():
    periods = periods_by_surface(
        "2025年12月9日，星海芯片结束申购缴款，距离登陆科创板只差最后一步。\n\n"
        "同期申购的月光半导体上市首日涨幅达312%。",
        PUBLISHED,
    )
    assert periods["312%"] is None
