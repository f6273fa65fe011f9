"""A weekday (周三, 上周五, on Wednesday, last Friday) names a day of the story's week: the latest
such day up to the publication, or one of the week before or after. It dates a share's session
(its price, move and market value), but not the day a report came out, an ordinal's or a
possessive's weekday; a price quoted on a day does not date the sentences after it. Each text is
written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_a_weekday_dates_a_shares_session():
    periods = periods_by_surface(
        "星海芯片周二午后股价一度上涨12%，最高见268元，市值突破900亿元。", PUBLISHED
    )
    assert periods == {"12%": "2026-03-10", "268元": "2026-03-10", "900亿元": "2026-03-10"}


def test_a_traditional_weekday_and_last_weeks_weekday():
    periods = periods_by_surface("星海晶片上週五收市報91.3元，升幅3.2%。", PUBLISHED)
    assert periods["91.3元"] == "2026-03-06"
    assert periods["3.2%"] == "2026-03-06"


def test_an_english_weekday():
    periods = periods_by_surface(
        "Shares of Stellar Chips rose 7% on Wednesday, giving it a market value of $42 billion.",
        PUBLISHED,
    )
    assert periods["7%"] == "2026-03-11"
    assert periods["$42 billion"] == "2026-03-11"


def test_next_weeks_weekday():
    periods = periods_by_surface("该股将于下周一挂牌，发行价定为56.2元/股。", PUBLISHED)
    assert periods["56.2元/股"] == "2026-03-16"


def test_the_day_a_report_came_out_dates_nothing():
    periods = periods_by_surface(
        "Stellar Chips said on Tuesday that it expects a charge of about $1.2 billion.", PUBLISHED
    )
    assert periods["$1.2 billion"] is None
    periods = periods_by_surface("公司创始人周三对投资者说，一半的订单来自海外。", PUBLISHED)
    assert periods["一半"] is None


def test_an_ordinals_or_a_possessives_weekday_is_no_day():
    periods = periods_by_surface("2025年10月的第三个周五，一批300台服务器运抵香港。", PUBLISHED)
    assert periods["300台"] == "2025-10"
    periods = periods_by_surface(
        "Investors await Thursday's results, which could show $3 billion of lost sales.",
        PUBLISHED,
    )
    assert periods["$3 billion"] is None


def test_a_price_quoted_on_a_day_does_not_date_the_next_sentence():
    periods = periods_by_surface(
        "根据2025年年报，某基金增持30万股；按周三收市价500元计算，其持股市值约15亿元。"
        "创始人则持股21.5%。",
        PUBLISHED,
    )
    assert periods["500元"] == "2026-03-11"
    assert periods["15亿元"] == "2026-03-11"
    assert periods["21.5%"] == "2025"
