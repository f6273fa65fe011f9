"""A listed share's trading day: its range over the last close (振幅, "swung … intraday") is a
move of the traded share, its turnover rate (换手率, "turnover rate") the part of its float that
changed hands - a share, never a price move, even beside a 收盘 or a 涨幅. Each text is written for
the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _percents(text: str) -> list[tuple[str, str, str]]:
    return [(row[0], row[1], row[2]) for row in typed_rows(text) if row[4] == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "该股全天涨幅300.5%，成交额80亿元，振幅95.2%，换手率72.3%，收盘总市值1500亿元。",
        "該股全天漲幅300.5%，成交額80億元，振幅95.2%，換手率72.3%，收盤總市值1500億元。",
    ],
)
def test_a_days_range_is_a_move_and_its_turnover_a_share(text):
    assert _percents(text) == [
        # (全天涨幅: the share's move over the session, as its range is; fourteenth session)
        ("300.5%", "pct_change", "share_price_change_pct"),
        ("95.2%", "pct_change", "share_price_change_pct"),
        ("72.3%", "share", "share"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该股振幅95.2%。", [("95.2%", "pct_change", "share_price_change_pct")]),
        (
            "該股換手率72.3%，股價收漲5%。",
            [
                ("72.3%", "share", "share"),
                ("5%", "pct_change", "share_price_change_pct"),
            ],
        ),
        (
            "The stock swung 95.2% intraday, with a turnover rate of 72.3%.",
            [("95.2%", "pct_change", "share_price_change_pct"), ("72.3%", "share", "share")],
        ),
    ],
)
def test_one_trading_day_figure_at_a_time(text, expected):
    assert _percents(text) == expected
