"""A trading day whose session a story gave figures of dates the same session's figures told in
later paragraphs that state no time of their own: a share's price and moves, and the session's
money flows (主力资金, 大单买入…卖出…净流出, "net inflows"). A listing day's or a results day's
story goes on telling that one session (blind10 224, blind11 247; fifteenth session). Not once
another day is named, nor in a paragraph stating a period, nor for a stake, nor when the day only
told when results came out. Texts written for the test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

CASES = [
    (
        "某芯片公司17日在科创板挂牌交易，收盘报829.90元/股。\n\n"
        "资金面上，主力资金净流入17.08亿元。\n\n"
        "大单资金买入396.61亿元，卖出515.71亿元，净流出119.10亿元。",
        date(2025, 12, 18),
        {"17.08亿元": "2025-12-17", "396.61亿元": "2025-12-17", "119.10亿元": "2025-12-17"},
    ),
    (
        "某晶片公司17日在科創板掛牌交易，收盤報829.90元/股。\n\n"
        "大單資金買入396.61億元，賣出515.71億元，淨流出119.10億元。",
        date(2025, 12, 18),
        {"396.61亿元": "2025-12-17", "119.10亿元": "2025-12-17"},
    ),
    (
        "輝達週三在美股收盤後發布財報，當天股價收盤小跌0.1%，報181.60美元。\n\n"
        "輝達第二季營收為467.4億美元。\n\n"
        "財報公布前，其股價收跌0.2%，盤後則一度下跌逾5%。",
        date(2025, 8, 28),
        {"181.60美元": "2025-08-27", "0.2%": "2025-08-27", "5%": "2025-08-27"},
    ),
    (
        "Acme shares rose 8% on Wednesday, closing at $120.\n\n"
        "The company reported revenue of $5 billion for the third quarter.\n\n"
        "The shares then fell 2% in after-hours trading.",
        date(2025, 12, 18),
        {"$120": "2025-12-17", "$5 billion": "2025Q3", "2%": "2025-12-17"},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_a_sessions_day_dates_its_trading_told_later(text, published, expected):
    periods = periods_by_surface(text, published)
    assert {s: periods.get(s) for s in expected} == expected


NEAR_MISSES = [
    # The day only tells when results came out: no figure of its session was given.
    (
        "8月27日周三美股收盘后，英伟达公布了第二季度业绩。\n\n"
        "二季度营收为467亿美元。\n\n"
        "股价方面，英伟达盘后一度大跌5%。",
        date(2025, 8, 28),
        {"5%": None},
    ),
    # Another day named since.
    (
        "某芯片公司17日在科创板挂牌交易，收盘报829.90元/股。\n\n"
        "12月16日，该公司股东大会通过决议。\n\n"
        "大单资金买入396.61亿元，净流出119.10亿元。",
        date(2025, 12, 18),
        {"396.61亿元": None},
    ),
    # A stake is no figure of the session.
    (
        "某芯片公司17日在科创板挂牌交易，收盘报829.90元/股。\n\n创始人张某持有公司11.06%的股份。",
        date(2025, 12, 18),
        {"11.06%": None},
    ),
    # A paragraph stating a period: its figures take it.
    (
        "某芯片公司17日在科创板挂牌交易，收盘报829.90元/股。\n\n"
        "今年以来，主力资金净流入17.08亿元。",
        date(2025, 12, 18),
        {"17.08亿元": "2025"},
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), NEAR_MISSES, ids=[c[0][:12] for c in NEAR_MISSES]
)
def test_the_session_is_not_carried_where_the_text_leaves_it(text, published, expected):
    periods = periods_by_surface(text, published)
    assert {s: periods.get(s) for s in expected} == expected
