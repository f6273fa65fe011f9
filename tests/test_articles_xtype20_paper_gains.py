"""A paper gain or loss: what a holding (a winning lot of new shares, a stake) would make if sold
at a quoted price (中一签浮盈, 账面盈利, "a paper gain"). It is earnings at that quote; before, the
quoted share price beside it made it a price (share_price, price) or 盈利 a net profit. Each text
is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 12, 10)


def typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "按首日收盘价计算，中一签（500股）可获浮盈约21万元。",
            ("21万元", "earnings", "paper_gain", 210000.0),
        ),
        (
            "若按上市首日最高價計算，中一簽的帳面浮盈可達19.5萬元。",
            ("19.5万元", "earnings", "paper_gain", 195000.0),
        ),
        (
            "按开盘价计，中一签的账面盈利可以达到16.3万元。",
            ("16.3万元", "earnings", "paper_gain", 163000.0),
        ),
        (
            "At the opening price each winning lot carried a paper gain of about 150,000 yuan.",
            ("150,000 yuan", "earnings", "paper_gain", 150000.0),
        ),
        (
            "若以收盘价计，中一签浮亏约1.2万元。",
            ("1.2万元", "earnings", "paper_loss", 12000.0),
        ),
    ],
)
def test_a_paper_gain_is_earnings_not_a_price(text, row):
    assert row in typed(text)


def test_the_quoted_share_price_beside_it_stays_a_price():
    text = "若按盘中最高价520元/股计算，中一签的账面浮盈可达23万元。"
    assert typed(text) == [
        ("520元/股", "unit_price", "share_price", 520.0),
        ("23万元", "earnings", "paper_gain", 230000.0),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A firm's booked loss or profit of the period is no paper gain.
        ("公司上半年账面亏损3亿元。", ("3亿元", "earnings", "net_loss", 3e8)),
        ("公司去年盈利5亿元。", ("5亿元", "earnings", "net_profit", 5e8)),
        (
            "The company booked a profit of $40 million.",
            ("$40 million", "earnings", "net_profit", 4e7),
        ),
    ],
)
def test_a_firms_profit_or_loss_is_no_paper_gain(text, row):
    assert typed(text) == [row]
