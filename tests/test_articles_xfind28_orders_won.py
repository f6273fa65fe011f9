"""Orders named right after their sum are the seller's (issue 12, eleventh session): 拿到超30亿元
的AI服务器订单, 锁定200亿人民币订单, "holds $13 billion in orders", "took in $12.3 billion of AI
server orders" are `orders`, what the seller has won or holds; a buyer's purchase is told by its
verb before the sum and stays `procurement`. Single sentences written for the test, answers
first."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2026, 3, 2)


def money(sentence: str) -> list[tuple]:
    return fact_fields(sentence, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "这家服务器厂商上月又拿到一家云厂商超20亿元的液冷服务器订单。",
            [("20亿元", "spend", "orders", 2e9)],
        ),
        ("该芯片商已锁定至少80亿人民币订单。", [("80亿人民币", "spend", "orders", 8e9)]),
        (
            "The server maker said it holds more than $9 billion in orders for rack systems.",
            [("$9 billion", "spend", "orders", 9e9)],
        ),
        (
            "The group took in $4.2 billion of AI server orders in the quarter.",
            [("$4.2 billion", "spend", "orders", 4.2e9)],
        ),
    ],
)
def test_orders_after_their_sum_are_the_sellers(sentence, expected):
    assert money(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # Must not fire: a buyer's purchase, told by the verb before the sum.
        ("该互联网公司计划斥资300亿元采购国产GPU。", "procurement"),
        ("The cloud provider ordered $3 billion of GPUs from the chipmaker.", "procurement"),
    ],
)
def test_a_buyers_purchase_stays_procurement(sentence, metric):
    assert [row[2] for row in money(sentence)] == [metric]
