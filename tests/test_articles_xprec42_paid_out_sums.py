"""A sum right after a verb that pays it out or sells it (卖出, 拿出, 掏出, 动用资金) is that sum,
not the price a price word nearby names: 买入均价725.75元，同时卖出47.32亿元 (blind10 224),
按发行价计算动用资金约4.39亿元 (blind10 233), 买1000颗得先拿出2.8亿现金 (blind14 306, after 一张
信用证 in the clause before) were unit prices of billions. The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 12, 18)


def _typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value", "unit")


def test_a_sum_sold_after_an_average_price_is_no_price():
    rows = _typed("机构买入均价30.5元，同时卖出12.6亿元。\n")
    assert ("30.5元", "unit_price", "price", 30.5, "CNY") in rows
    assert ("12.6亿元", "spend", "amount", 1.26e9, "CNY") in rows


def test_a_traditional_sum_sold():
    rows = _typed("機構買入均價30.5元，同時賣出12.6億元。\n")
    assert ("12.6亿元", "spend", "amount", 1.26e9, "CNY") in rows


def test_funds_put_up_at_the_issue_price_are_no_share_price():
    rows = _typed("按发行价计算，该基金动用资金约2.1亿元。\n")
    assert ("2.1亿元", "spend", "amount", 2.1e8, "CNY") in rows


def test_a_bare_sum_put_up_is_no_price():
    rows = _typed("H200每颗售价约20万元，现在订500颗得先拿出1亿现金。\n")
    assert ("20万元", "unit_price", "price", 2e5, "CNY") in rows
    assert ("1亿", "spend", "amount", 1e8, "CNY") in rows


def test_the_price_a_sale_is_made_at_stays_a_price():
    # Near misses: 卖出 with no sum right after it leaves the price word its price.
    assert ("2万美元", "unit_price", "price", 2e4, "USD") in _typed(
        "这批芯片卖出的价格为每颗2万美元。\n"
    )
    assert ("30元", "unit_price", "price", 30.0, "CNY") in _typed(
        "公司以每股30元的价格卖出100万股。\n"
    )
