"""An amount in brackets right after another, in another currency, converts it: it measures what
the amount it converts measures, however near another measure's cue stands after it
(營收…（約新台幣…）、營業利潤… — the conversion is revenue). Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import measures

PUBLISHED = date(2025, 9, 1)


def test_a_conversion_before_another_measure_keeps_its_amounts_measure():
    text = "三星今年營收120兆韓元（約新台幣2.6兆元）、營業利潤30兆韓元（約新台幣6500億元）。"
    assert measures(text, PUBLISHED) == [
        ("120兆韩元", "spend", "revenue"),
        ("新台币2.6兆元", "spend", "revenue"),
        ("30兆韩元", "earnings", "operating_income"),
        ("新台币6500亿元", "earnings", "operating_income"),
    ]


def test_a_conversion_with_a_word_of_converting():
    text = "该公司净利润为5亿美元（折合约36亿元人民币），研发费用为12亿元。"
    assert measures(text, PUBLISHED) == [
        ("5亿美元", "earnings", "net_profit"),
        ("36亿元人民币", "earnings", "net_profit"),
        ("12亿元", "spend", "rd_expense"),
    ]


def test_an_english_conversion_before_another_measure():
    text = (
        "The group reported revenue of 300 billion yuan (about $42 billion) and a net profit "
        "of 20 billion yuan."
    )
    assert measures(text, PUBLISHED) == [
        ("300 billion yuan", "spend", "revenue"),
        ("$42 billion", "spend", "revenue"),
        ("20 billion yuan", "earnings", "net_profit"),
    ]


def test_a_bracketed_amount_of_another_measure_is_no_conversion():
    assert measures("公司营收为80亿元（净利润9亿元）。", PUBLISHED) == [
        ("80亿元", "spend", "revenue"),
        ("9亿元", "earnings", "net_profit"),
    ]


def test_a_bracketed_amount_in_the_same_currency_is_no_conversion():
    # (A part of the amount in brackets, not the amount again in another currency.)
    assert measures("该项目总投资100亿元（约30亿元为补贴）。", PUBLISHED) == [
        ("100亿元", "spend", "investment"),
        ("30亿元", "spend", "subsidy"),
    ]
