"""A per-unit word before the figure makes a cost a unit price, as the same unit after it does:
the cost of an hour is a rent (每小时费用为3美元, "per GPU-hour it costs $2"), the cost of a
gigabyte a price (数据传出费用为每GB 0.09美元). The corpus's prefix forms (每台约2万美元, 每颗约
2.7万美元, 每小时8美元) were already read so; these forms, with a cost word, were not. The sentences
are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 7, 24)


def _typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value", "unit")


def test_the_cost_of_an_hour_is_a_rent():
    rows = _typed("该实例每小时费用为3美元。\n")
    assert ("3美元", "unit_price", "rental_price", 3.0, "USD") in rows


def test_a_traditional_cost_of_an_hour():
    rows = _typed("該實例每小時費用為3美元。\n")
    assert ("3美元", "unit_price", "rental_price", 3.0, "USD") in rows


def test_the_cost_of_a_gigabyte_is_a_price():
    rows = _typed("该云厂商的数据传出费用为每GB 0.09美元。\n")
    assert ("0.09美元", "unit_price", "price", 0.09, "USD") in rows


def test_an_english_cost_per_gpu_hour_before_the_figure():
    rows = _typed("Per GPU-hour, the H100 costs $2.\n")
    assert ("$2", "unit_price", "rental_price", 2.0, "USD") in rows


def test_a_cost_per_month_stays_a_cost():
    # Near miss: 每月 before an amount counts an outlay, no price.
    rows = _typed("企业每月的费用只需1800元。\n")
    assert ("1800元", "cost", "cost", 1800.0, "CNY") in rows


def test_a_cost_per_year_stays_a_cost():
    # Near miss: a company's yearly cost.
    rows = _typed("该公司每年的成本约180亿美元。\n")
    assert ("180亿美元", "cost", "cost", 1.8e10, "USD") in rows
