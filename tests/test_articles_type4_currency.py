"""A currency declared for the amounts after it (（人民幣，下同）, （港元，下同）, （下同） after an
amount in a named currency): every bare 元 after the declaration is in that currency, even beside an
amount in another one (a Hong Kong share price in 港元). Each text is written for the test."""

import pytest

from tests.helpers import typed_rows

CASES = [
    # Hong Kong report: the bare 億元 would take the 港元 of the share price beside it.
    (
        "騰訊股價收報600港元，集團季度純利為600億元（人民幣，下同），收入為1,900億元。",
        [
            ("600港元", "unit_price", "share_price", 600.0, "HKD"),
            ("600亿元", "earnings", "net_profit", 6e10, "CNY"),
            ("1,900亿元", "spend", "revenue", 1.9e11, "CNY"),
        ],
    ),
    # A mainland report declaring Hong Kong dollars: the declared amount and the one after it.
    (
        "小米集团季度收入为1,000亿元（港元，下同），净利润为80亿元。",
        [
            ("1,000亿元", "spend", "revenue", 1e11, "HKD"),
            ("80亿元", "earnings", "net_profit", 8e9, "HKD"),
        ],
    ),
    # （下同） alone: the currency of the amount it follows.
    (
        "騰訊股價收報600港元。該公司估值約人民幣3,000億元（下同），雲業務收入約120億元。",
        [
            ("600港元", "unit_price", "share_price", 600.0, "HKD"),
            ("3,000亿元", "valuation", "market_cap", 3e11, "CNY"),
            ("120亿元", "spend", "revenue", 1.2e10, "CNY"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_declared_currency_holds_for_the_bare_amounts_after_it(text, expected):
    assert typed_rows(text) == expected


# Without a declaration the neighbour in a named currency still decides.
def test_without_a_declaration_the_named_neighbour_decides():
    rows = typed_rows("騰訊股價收報600港元，集團季度純利為600億元。")
    assert [(row[0], row[4]) for row in rows] == [("600港元", "HKD"), ("600亿元", "HKD")]


# The currency named before an amount, a space apart ("港幣 78 億元"), is that amount's.
@pytest.mark.parametrize(
    "text", ["两家企业的订单总额超过港币 78 亿元。", "兩家企業的訂單總額超過港幣 78 億元。"]
)
def test_a_currency_named_apart_before_an_amount_is_its_currency(text):
    assert [(row[0], row[4]) for row in typed_rows(text) if row[1] == "spend"] == [
        ("78 亿元", "HKD")
    ]


# A Taiwan report names Taiwan and its 經濟部: its bare 億元 are new Taiwan dollars, even when it
# mentions Hong Kong once (a market its exports go to).
def test_a_report_naming_taiwan_and_its_ministry_counts_in_taiwan_dollars():
    text = "經濟部指出，今年前七月台灣伺服器產值達4,267億元，輸往香港的比重下降。"
    assert [(row[0], row[4]) for row in typed_rows(text)][0] == ("4,267亿元", "TWD")


def test_a_hong_kong_report_naming_taiwan_once_keeps_hong_kong_dollars():
    text = "台灣廠商指出，香港數碼港今年計劃撥款30億元，港股反應平淡。"
    assert [(row[0], row[4]) for row in typed_rows(text)] == [("30亿元", "HKD")]
