"""Cue words that said the wrong measure or none: "parent company" and "current" hold no
rent; an outlay approved within a ceiling (在不超过X的额度内) is invested; 调高 / 调低 move a
figure as 上调 / 下调 do; a broker's target price (目标价, "price target") is a share's price.
Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Net profit attributable to the parent company came to 2.4 billion yuan.",
            ("2.4 billion yuan", "earnings", "net_profit", 2.4e9),
        ),
        (
            "Profit attributable to shareholders of the parent rose to $310 million.",
            ("$310 million", "earnings", "net_profit", 3.1e8),
        ),
    ],
)
def test_a_parent_company_is_no_rent(text: str, row: tuple) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Rents for an A100 fell to $1.20 per hour.",
            ("$1.20 per hour", "unit_price", "rental_price", 1.2),
        ),
        ("The rental price of a B200 node is $40.", ("$40", "unit_price", "rental_price", 40.0)),
    ],
)
def test_a_rent_is_still_a_rent(text: str, row: tuple) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "为应对客户需求，公司将在不超过36亿元的额度内，为新厂区购置机器设备。",
            ("36亿元", "spend", "investment", 3.6e9),
        ),
        (
            "董事會同意在不超過新台幣12億元的額度內，改良廠房建築物。",
            ("新台币12亿元", "spend", "investment", 1.2e9),
        ),
        # A credit line is no outlay.
        ("银行给予公司50亿元的授信额度。", ("50亿元", "spend", "amount", 5e9)),
    ],
)
def test_an_outlay_within_a_ceiling_is_an_investment(text: str, row: tuple) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "该行把公司2026年的每股盈余预估调高12%。",
            ("12%", "pct_change", "price_change_pct", 12.0),
        ),
        ("該行將公司明年的獲利預估調低9%。", ("9%", "pct_change", "price_change_pct", -9.0)),
        ("券商将其净利润预测调升5%。", ("5%", "pct_change", "price_change_pct", 5.0)),
    ],
)
def test_raising_or_lowering_a_figure_is_a_move(text: str, row: tuple) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("該行維持買進評等，目標價1,250元。", ("1,250元", "unit_price", "share_price", 1250.0)),
        (
            "Analysts lifted their price target on the stock to $320.",
            ("$320", "unit_price", "share_price", 320.0),
        ),
        # A chip's price stays a price.
        ("该芯片售价约1,250元。", ("1,250元", "unit_price", "price", 1250.0)),
    ],
)
def test_a_target_price_is_a_share_price(text: str, row: tuple) -> None:
    assert row in rows(text)
