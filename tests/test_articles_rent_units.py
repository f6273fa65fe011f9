"""Rents counted per card and per unit of time, and model numbers glued to a product noun: two
classes blind3's first reading showed as prices under 100 (single sentences, written answer
first)."""

import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()


def facts(text: str):
    return extract_article("s", text, ENTITIES, None).facts


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"),
    [
        ("单卡租金约为1.8元/卡/小时。", "1.8元/卡/小时", 1.8, "CNY"),
        ("單卡租金約為1.8元/卡/小時。", "1.8元/卡/小时", 1.8, "CNY"),
        ("H100租金为2.5美元/卡·小时。", "2.5美元/卡·小时", 2.5, "USD"),
        ("Reserved pricing for the H100 is $1.85/GPU/hr.", "$1.85/GPU/hr", 1.85, "USD"),
        ("The H100 rents for $2.20 per GPU per hour.", "$2.20 per GPU per hour", 2.2, "USD"),
    ],
)
def test_a_rate_per_card_and_per_hour_is_one_rent(sentence, surface, value, unit):
    found = facts(sentence)
    assert found[["surface", "fact_type", "metric", "value", "unit"]].values.tolist() == [
        [surface, "unit_price", "rental_price", value, unit]
    ]


def test_a_price_per_piece_is_still_a_price():
    found = facts("该芯片售价为1,000元/颗。")
    assert found[["metric", "value"]].values.tolist() == [["price", 1000.0]]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("4090单卡租金约为1.8元/卡/小时。", "1.8元/卡/小时"),
        ("5090服务器的月租金为3万元。", "3万元"),
        ("5090伺服器的月租金為3萬元。", "3万元"),
        ("910芯片售价约12万元。", "12万元"),
        ("4090每小时租金上涨了0.5元。", "0.5元"),
        ("5090每月租金为3万元。", "3万元"),
    ],
)
def test_a_number_glued_to_a_product_noun_is_its_model_not_a_figure(sentence, surface):
    assert facts(sentence).surface.tolist() == [surface]


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("市场共售出5090台服务器。", "5090台", 5090.0),
        ("去年卖了3000片芯片。", "3000片", 3000.0),
    ],
)
def test_a_count_with_its_measure_word_still_counts(sentence, surface, value):
    found = facts(sentence)
    assert found[["surface", "fact_type", "value"]].values.tolist() == [[surface, "count", value]]


@pytest.mark.parametrize(
    ("sentence", "surface", "metric", "value"),
    [
        ("H100的租赁价格上调至每卡时12元。", "12元", "rental_price", 12.0),
        ("H100的租賃價格上調至每卡時12元。", "12元", "rental_price", 12.0),
        ("云厂商将H20的价格调整为每卡每小时10.5元。", "10.5元", "rental_price", 10.5),
        ("算力租赁价格为每P每月8万元。", "8万元", "rental_price", 8e4),
        ("H100 hourly rates fell to $1.99.", "$1.99", "rental_price", 1.99),
        ("The hourly price of an H100 slid to $2.", "$2", "rental_price", 2.0),
        ("GPU租赁价格平均每卡每小时上涨3元。", "3元", "rental_price_increase", 3.0),
    ],
)
def test_a_rent_named_by_its_time_base_before_the_amount(sentence, surface, metric, value):
    found = facts(sentence)
    assert found[["surface", "metric", "value"]].values.tolist() == [[surface, metric, value]]


@pytest.mark.parametrize(
    ("sentence", "metric", "value"),
    [
        ("H100售价上涨了5万元。", "price_increase", 5e4),
        ("英伟达将H20价格上调至每张10万元。", "price", 1e5),
    ],
)
def test_a_chips_price_and_its_move_stay_prices(sentence, metric, value):
    found = facts(sentence)
    assert found[["metric", "value"]].values.tolist() == [[metric, value]]
