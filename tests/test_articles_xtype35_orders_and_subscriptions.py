"""Chips a buyer orders are a count of orders, not of chips on hand; money investors subscribe for
in an offering (认购) buys a stake: an investment, not a cost. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Nvidia has ordered 300,000 H20 chips from TSMC, two people said.", 300000.0),
        ("Tencent placed an order for more than 20,000 GPUs last month.", 20000.0),
        ("字节跳动今年订购了超过2万颗昇腾芯片。", 20000.0),
    ],
)
def test_chips_a_buyer_orders_are_orders(text: str, row: float) -> None:
    assert ("count", "orders", row) in rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # An order named elsewhere in the clause orders nothing of this count.
        (
            "The new orders will add to the current inventory of 600,000 H20 chips.",
            ("count", "chips", 600000.0),
        ),
        # Chips shipped stay shipments, whatever orders come after.
        (
            "Huawei shipped 200,000 Ascend chips this year, and orders keep coming.",
            ("count", "shipments", 200000.0),
        ),
        # Chips a training run needs stay chips required.
        ("训练该模型需要3000张GPU。", ("count", "chips_required", 3000.0)),
        # 订单 after the count is left to the chips (writers read it both ways).
        ("英伟达随后追加30万片H20订单。", ("count", "chips", 300000.0)),
    ],
)
def test_other_chip_counts_are_not_orders(text: str, row: tuple) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("公司引入12名基石投资者，合计认购2.5亿美元。", ("spend", "investment", 2.5e8)),
        ("基石團隊合計擬認購12億港元。", ("spend", "investment", 1.2e9)),
    ],
)
def test_a_subscription_is_an_investment(text: str, row: tuple) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # An oversubscription multiple and a lot's share count are no money.
        ("公开发售部分超额认购2346倍。", ("ratio", "ratio", 2346.0)),
        ("每个中签号码可认购500股。", ("count", "shares", 500.0)),
        # A bare total with no subscription stays a cost.
        ("两台服务器合计30万元。", ("cost", "cost", 3.0e5)),
    ],
)
def test_no_subscription_no_investment(text: str, row: tuple) -> None:
    assert row in rows(text)
