"""Selling and administrative expenses are a company's spending, each under its own metric
(`sales_expense`: 销售费用, 銷售和市場費用, 销售及市场推广开支, "selling / sales and marketing
expenses"; `admin_expense`: 管理费用, 行政开支, "general and administrative expenses"), as research
spending is `rd_expense`; not a cost. A cost of sales stays a cost, and SG&A, both at once, gets
neither. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2025, 9, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "公司前三季度销售费用为3.2亿元，管理费用为2.1亿元。",
            [("3.2亿元", "spend", "sales_expense"), ("2.1亿元", "spend", "admin_expense")],
        ),
        ("阿里本季銷售和市場費用增至531億元。", [("531亿元", "spend", "sales_expense")]),
        (
            "腾讯上季销售及市场推广开支为96亿元，行政开支为320亿元。",
            [("96亿元", "spend", "sales_expense"), ("320亿元", "spend", "admin_expense")],
        ),
        (
            "Sales and marketing expenses were $3.4 billion in the quarter.",
            [("$3.4 billion", "spend", "sales_expense")],
        ),
        (
            "Selling expenses rose to $1.2 billion, while general and administrative expenses "
            "were $800 million.",
            [
                ("$1.2 billion", "spend", "sales_expense"),
                ("$800 million", "spend", "admin_expense"),
            ],
        ),
    ],
)
def test_selling_and_admin_expenses_are_their_own_spending(text, expected):
    assert measures(text, PUBLISHED) == expected


def test_research_and_sales_costs_keep_their_kinds():
    assert measures("公司营业成本为80亿元，研发费用为12亿元。", PUBLISHED) == [
        ("80亿元", "cost", "cost"),
        ("12亿元", "spend", "rd_expense"),
    ]


def test_an_operating_cost_word_is_no_selling_expense():
    assert measures("该项目的运维费用约为500万元。", PUBLISHED) == [("500万元", "cost", "cost")]


def test_sga_names_neither_kind():
    rows = measures("Selling, general and administrative expenses came to $2.1 billion.", PUBLISHED)
    assert [metric for *_, metric in rows] == ["amount"]
