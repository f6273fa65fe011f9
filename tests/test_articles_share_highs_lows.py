"""A high or a low named on its own (最低曾探至, 近12个月最高价, "hitting a low of"), after a
share's price or move earlier in its sentence, is that share's price: a unit price of a share,
never a product's price of under 100 yuan or dollars reaching the price marts. Blind3 84 and
blind7 164 showed the class (a broker note's market data, a move of a share then its low); the
sentences are new. Each row is (surface, fact_type, metric)."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 5, 1)

SHARE_HIGHS_AND_LOWS = [
    ("海光信息股价年内已下跌18%，最低曾探至95.2元。", "95.2元"),
    ("海光信息股價年內已下跌18%，最低曾探至95.2元。", "95.2元"),
    ("交易数据：收盘价38.10元，总市值520亿元；近12个月最高价52.60元，最低价24.80元。", "24.80元"),
    ("交易數據：收盤價38.10元，總市值520億元；近12個月最高價52.60元，最低價24.80元。", "24.80元"),
    ("AMD shares have dropped 21% since January, hitting a low of $76.48.", "$76.48"),
    ("The stock closed at $41, after touching a 52-week high of $58.", "$58"),
]


@pytest.mark.parametrize(("text", "surface"), SHARE_HIGHS_AND_LOWS)
def test_a_high_or_low_after_a_share_quote_is_a_share_price(text, surface):
    rows = {
        row[0]: row[1:] for row in fact_fields(text, PUBLISHED, "surface", "fact_type", "metric")
    }
    assert rows[surface] == ("unit_price", "share_price")


PRODUCT_HIGHS_AND_LOWS = [
    # the high belongs to a product's price the clause names, not to the share moved before it
    ("英伟达股价上涨5%，H100价格最高达4万美元。", "4万美元"),
    ("英偉達股價上漲5%，H100價格最高達4萬美元。", "4万美元"),
    # no share named before the low
    ("H200整机的最低价为180万元。", "180万元"),
    ("Rents for the H100 reached a low of $1.90 an hour.", "$1.90 an hour"),
]


@pytest.mark.parametrize(("text", "surface"), PRODUCT_HIGHS_AND_LOWS)
def test_a_products_high_or_low_stays_its_price(text, surface):
    rows = {
        row[0]: row[1:] for row in fact_fields(text, PUBLISHED, "surface", "fact_type", "metric")
    }
    assert rows[surface][1] != "share_price"
