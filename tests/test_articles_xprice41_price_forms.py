"""Prices told in forms that were read as something else: a purchase price per unit
(每片采购价1万美元, 採購單價, "purchase price") was a procurement outlay; a price per gigabyte
(0.09美元/GB, "$0.023 per GB") a bare amount; a share price in won grouped in thousands
("finished 0.19 percent higher at 269,500 won") a US dollar price. Seen in blind4 104, blind13
286 and 302 (two sets). The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 7, 24)


def _typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value", "unit")


def test_a_purchase_price_per_chip_is_a_price():
    rows = _typed("早期外购的加速卡太贵：每张采购价2万美元。\n")
    assert ("2万美元", "unit_price", "price", 20000.0, "USD") in rows


def test_a_traditional_purchase_unit_price():
    rows = _typed("該廠商的採購單價約為3.5萬美元。\n")
    assert ("3.5万美元", "unit_price", "price", 35000.0, "USD") in rows


def test_an_english_purchase_price():
    rows = _typed("The purchase price of one accelerator is about $18,000.\n")
    assert ("$18,000", "unit_price", "price", 18000.0, "USD") in rows


def test_a_purchase_outlay_stays_procurement():
    # Near miss: money spent on buying, no price of a unit.
    rows = _typed("公司斥资5亿元采购服务器。\n")
    assert ("5亿元", "spend", "procurement", 5e8, "CNY") in rows


def test_a_price_per_gigabyte():
    rows = _typed("该云厂商的数据传出费率为0.08美元/GB。\n")
    assert ("0.08美元/GB", "unit_price", "price", 0.08, "USD") in rows
    rows = _typed("Object storage costs $0.021 per GB each month.\n")
    assert ("$0.021 per GB", "unit_price", "price", 0.021, "USD") in rows


def test_a_model_name_after_a_slash_is_no_gigabyte():
    # Near miss: GB200/GB300 names two racks, no price per gigabyte.
    rows = _typed("GB200/GB300 racks cost $3 million each.\n")
    assert all(row[0] != "200/GB" for row in rows)


def test_a_share_price_in_won():
    rows = _typed("Samsung shares finished Friday 1.1 percent higher at 71,300 won.\n")
    assert ("71,300 won", "unit_price", "share_price", 71300.0, "KRW") in rows


def test_won_as_a_verb_is_no_currency():
    # Near miss: a year before "won" is no price.
    rows = _typed("Founded in 2020 won praise from investors, the startup grew fast.\n")
    assert all(row[4] != "KRW" for row in rows)
