"""A sentence reporting a share's trading in a session (开盘, 收盘, 股价, 成交额, 换手率, 市值;
"shares closed at") gives the figures its sentence dates not the day stated last in its paragraph,
or in the list of points it is one of: a session's price, move, turnover and market value are all
of that trading day. A day elsewhere, or a sentence about something else, dates nothing so.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 3, 9)

CASES = [
    (
        "芯片股上市\n\n3月6日，某芯片公司在科创板挂牌交易。该股以120元开盘，收盘报98元，"
        "成交额45亿元，换手率62%。",
        {"120元": "2026-03-06", "98元": "2026-03-06", "45亿元": "2026-03-06", "62%": "2026-03-06"},
    ),
    (
        "晶片股上市\n\n3月6日，某晶片公司在科創板掛牌交易。該股以120元開盤，收盤報98元，"
        "成交額45億元，換手率62%。",
        {"120元": "2026-03-06", "98元": "2026-03-06", "45亿元": "2026-03-06", "62%": "2026-03-06"},
    ),
    (
        "Chip stock debut\n\nA chip designer listed in Shanghai on March 6, 2026. Its shares "
        "opened at 120 yuan and closed at 98 yuan, giving a market value of 40 billion yuan.",
        {"120 yuan": "2026-03-06", "98 yuan": "2026-03-06", "40 billion yuan": "2026-03-06"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_sessions_figures_take_the_day_stated_before_them(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected


def test_the_day_carries_from_point_to_point_of_a_list():
    text = (
        "上市首日\n\n- 3月6日，公司挂牌上市，开盘价为120元。\n"
        "- 盘中股价最高冲到150元，市值一度超过500亿元。"
    )
    periods = periods_by_surface(text, PUBLISHED)
    assert (periods["150元"], periods["500亿元"]) == ("2026-03-06", "2026-03-06")


def test_a_day_in_another_paragraph_dates_no_session():
    text = (
        "芯片股上市\n\n3月6日，某芯片公司在科创板挂牌交易。\n\n该股此前的发行价为30元，"
        "市值约80亿元。"
    )
    periods = periods_by_surface(text, PUBLISHED)
    assert periods["80亿元"] != "2026-03-06"


def test_a_sentence_about_no_trading_keeps_the_day_to_its_event():
    text = "新品发布\n\n3月6日，公司发布新一代芯片。该芯片算力达到1000TFLOPS。"
    assert periods_by_surface(text, PUBLISHED)["1000TFLOPS"] != "2026-03-06"
