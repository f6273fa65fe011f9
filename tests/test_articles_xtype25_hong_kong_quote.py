"""A share quoted in Hong Kong is quoted in Hong Kong dollars, whatever currency the story's
results are in: a bare 元 right after 港股 (折合港股约140.5元), or after a quoting word (收报,
收市报, 最高见, 股价) in a sentence naming a company the story gives a Hong Kong stock code
(（0992）, 00700.HK). A mainland code (six digits), a Taiwan report's four-digit code and an
amount that is no quote keep the currency they had. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _units(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[4]) for row in typed_rows(text) if row[4] not in ("percent", "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Hong Kong code with no other sign of the place.
        (
            "聯想集團（0992）公布季績。聯想集團公布業績後，股價收報9.5元，跌3%。",
            [("9.5元", "HKD")],
        ),
        # The quote keeps its own dollars after a declaration of renminbi for the results (a code
        # of four digits not from 0 counts in a Hong Kong report: 香港).
        (
            "阿里巴巴（9988）昨日在香港公布業績，收入為2801.54億元（人民幣，下同）。"
            "阿里巴巴午後最高見152元，收市報148元。",
            [("2801.54亿元", "CNY"), ("152元", "HKD"), ("148元", "HKD")],
        ),
        # 港股 before the amount names the market it is quoted in.
        (
            "該股美股一度升至144美元，折合港股約139.2元。",
            [("144美元", "USD"), ("139.2元", "HKD")],
        ),
        # A mainland report, a ".HK" code.
        (
            "腾讯控股(00700.HK)去年收入为6600亿元，今日股价收报612元。",
            [("6600亿元", "CNY"), ("612元", "HKD")],
        ),
    ],
)
def test_a_share_quoted_in_hong_kong_is_in_hong_kong_dollars(text, expected):
    assert _units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An A-share quote: its code is a mainland one; a Hong Kong code elsewhere lends nothing.
        (
            "寒武紀（滬：688256）收市報1372元（人民幣，下同），高於中芯（0981）。寒武紀其後收市報1380元。",
            [("1372元", "CNY"), ("1380元", "CNY")],
        ),
        # A Taiwan company's four-digit code is no Hong Kong one.
        ("台積電（2330）今日股價收報1000元，漲3%。", [("1000元", "CNY")]),
        # A Hong Kong-listed company's results in a bare 元 are no quote.
        (
            "百度集团(09888.HK)第三季营收为312亿元，净利润为52亿元。",
            [("312亿元", "CNY"), ("52亿元", "CNY")],
        ),
    ],
)
def test_no_hong_kong_quote_keeps_its_currency(text, expected):
    assert _units(text) == expected
