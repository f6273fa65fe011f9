"""A price's move is the priced product's, not its sellers' or its market's: "三星、SK海力士2026年
HBM3E涨价近20%" (blind7 174): a model-like name the entity list does not know, between the sellers
and the price word. The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 12, 24)


def _subjects(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "metric", "subject")


def test_a_product_between_the_sellers_and_the_price_word():
    rows = _subjects("美光、三星明年DDR5涨价约15%。\n")
    assert ("15%", "price_change_pct", "DDR5") in rows


def test_a_traditional_product_with_its_kind_of_part():
    rows = _subjects("美光明年DDR5內存漲價約15%。\n")
    assert ("15%", "price_change_pct", "DDR5") in rows


def test_the_supply_price_of_a_product_raised_by_its_sellers():
    rows = _subjects(
        "三星电子、SK海力士等存储厂商已上调2026年HBM3E（高带宽内存）的供货价格，涨幅接近20%。\n"
    )
    assert ("20%", "price_change_pct", "HBM3E") in rows


def test_an_english_product_price_raised():
    rows = _subjects("Samsung and SK hynix raised HBM3E prices by nearly 20%.\n")
    assert ("20%", "price_change_pct", "HBM3E") in rows


def test_a_seller_raising_its_prices_keeps_the_seller():
    # Near miss: no model-like name before the price word; the seller is what the text has.
    rows = _subjects("优刻得宣布全线算力租赁产品涨价20%。\n")
    assert ("20%", "price_change_pct", "优刻得") in rows


def test_a_share_price_move_keeps_the_company():
    # Near miss: a share's price is the company's.
    rows = _subjects("三星股价上涨20%。\n")
    assert ("20%", "share_price_change_pct", "Samsung") in rows
