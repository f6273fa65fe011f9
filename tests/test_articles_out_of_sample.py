"""Error classes that dev articles 21-25 (real Taiwan, Hong Kong and mainland reporting, scored
out of sample) showed, one class per group of single-sentence tests."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()


def facts(text: str, published: date | None = None) -> pd.DataFrame:
    return extract_article("s", text, ENTITIES, published).facts


def fact(text: str, surface: str, published: date | None = None):
    found = facts(text, published)
    rows = found[found.surface == surface]
    assert len(rows) == 1, found[["surface", "fact_type", "metric", "unit"]].to_dict("records")
    return rows.iloc[0]


# --- 1. a bare 元 in Taiwan and Hong Kong reporting ------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # the locale decides when nothing nearer names a currency
        ("台股走高。\n\n台積電收盤報1,490元。", "1,490元", "TWD"),
        ("新臺幣走強。\n\n台積電收盤報1,490元。", "1,490元", "TWD"),
        ("香港數碼港表示。\n\n政府推出30億元資助計劃。", "30亿元", "HKD"),
        ("港股造好。\n\n該公司股價報80元。", "80元", "HKD"),
        # a traditional-script mainland report without a locale marker keeps renminbi
        ("雲廠商採購了A100，以每張10萬元計算。", "10万元", "CNY"),
        ("云厂商采购了A100，以每张10万元计算。", "10万元", "CNY"),
        # a figure converted in brackets into the local currency is foreign to it
        ("台股走高。\n\n公司預估虧損9.5億元（新台幣42.7億元）。", "9.5亿元", "CNY"),
        # the nearest named 元-family currency of the paragraph wins over the locale
        ("台股走高。\n\n資本支出達人民幣1,600億元，其中850億元用於晶片。", "850亿元", "CNY"),
    ],
)
def test_a_bare_yuan_takes_the_nearest_named_currency_else_the_locale(text, surface, unit):
    assert fact(text, surface).unit == unit


# --- 4. a market value moving between two levels ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("收盘时，壁仞科技市值从900亿港元回落到825.71亿港元。", "900亿港元", "market_cap_from"),
        ("收盘时，壁仞科技市值从900亿港元回落到825.71亿港元。", "825.71亿港元", "market_cap_to"),
        ("收盤時，壁仞科技市值從900億港元回落到825.71億港元。", "825.71亿港元", "market_cap_to"),
        ("NVIDIA's market cap fell from $3.4 trillion to $2.9 trillion.", "$2.9 trillion",
         "market_cap_to"),
    ],
)  # fmt: skip
def test_a_market_value_move_is_a_valuation_not_a_price(text, surface, metric):
    row = fact(text, surface)
    assert (row.fact_type, row.metric) == ("valuation", metric)
