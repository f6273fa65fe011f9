"""An IPO's proceeds, its issue price and its first day's figures are of the listing: where the
story dates the listing to one day, a figure of those left open or dated by the year alone takes
that day; a price its own sentence dates to another day keeps it (issue 12, settled at the ninth
session's end, the rule written in the tenth). Single texts written for the test, answers first:
{surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 8)

CASES = [
    (
        "12月5日，摩尔线程正式在科创板挂牌交易，开盘价为650元。本次IPO募集资金约80亿元，"
        "是今年科创板募资规模最大的IPO。",
        {"650元": "2025-12-05", "80亿元": "2025-12-05"},
    ),
    (
        "12月5日，摩尔线程正式在科创板挂牌交易。上市当天，股价最终收于600.50元/股，"
        "全天上涨425.46%，收盘市值为2822.52亿元。",
        {"425.46%": "2025-12-05", "2822.52亿元": "2025-12-05"},
    ),
    (
        "12月5日，摩尔线程正式在科创板挂牌交易，开盘价为650元。11月24日申购当天，"
        "发行价定为114.28元/股。",
        {"114.28元/股": "2025-11-24"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_offerings_figures_take_the_listing_day(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {surface: periods.get(surface) for surface in expected} == expected
