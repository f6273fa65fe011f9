"""A sentence opening on a sequencer (随后, 其后, Later) that goes on to the close of the trading
session its paragraph told (…最高见1464元。其后…收市报1372元) is still of the session's day; with
no session told before, or with no close, it keeps its own time. Each text is written for the
test."""

from __future__ import annotations

from datetime import date

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 8, 28)


def test_the_close_after_a_sequencer_takes_the_sessions_day():
    periods = periods_by_surface(
        "星河科技周三午后股价一度升逾10%，最高见1464元。随后获利盘涌出，收盘报1372元，涨幅收窄至3.34%。",
        PUBLISHED,
    )
    assert periods["1372元"] == "2025-08-27"
    assert periods["3.34%"] == "2025-08-27"


def test_the_close_in_traditional_chinese_and_english():
    periods = periods_by_surface(
        "星河科技周三午後股價一度升逾10%，最高見1464元。其後獲利盤湧出，收市報1372元，市值仍有574億元。",
        PUBLISHED,
    )
    assert periods["1372元"] == "2025-08-27"
    periods = periods_by_surface(
        "Xinghe shares jumped 10% on Wednesday to a high of $146.4. Later, profit-taking set in "
        "and the stock closed at $137.2, up 3.34%.",
        PUBLISHED,
    )
    assert periods["$137.2"] == "2025-08-27"


def test_no_session_told_before_keeps_the_sequencers_own_time():
    periods = periods_by_surface(
        "星河科技周三发布财报，营收增长10%。随后股价大涨，收盘报1372元。", PUBLISHED
    )
    assert periods["1372元"] is None


def test_the_session_beats_a_results_half_carried_before_it():
    periods = periods_by_surface(
        "星河科技上半年利润创出新高。星河科技周三午后股价一度升逾10%，最高见1464元。"
        "其后获利盘涌出，收盘报1372元，市值仍有574亿元。",
        PUBLISHED,
    )
    assert periods["1372元"] == "2025-08-27"
    assert periods["574亿元"] == "2025-08-27"
