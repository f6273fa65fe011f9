"""Pay in shares is a line of a company's operating expenses, spending as its research and sales
expenses are (股份支付费用, 股票薪酬費用, "stock-based compensation expenses"), not a cost of sales;
an expense no such name marks keeps its reading. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def metrics(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("报告期内公司确认了2.16亿元股份支付费用。", ("2.16亿元", "spend", "stock_compensation")),
        (
            "營運開支預期為52億美元，其中包括11億美元的股票薪酬費用。",
            ("11亿美元", "spend", "stock_compensation"),
        ),
        (
            "Excluding stock-based compensation expenses of $45 million, operating income rose.",
            ("$45 million", "spend", "stock_compensation"),
        ),
    ],
)
def test_pay_in_shares_is_spending(text, row):
    assert row in metrics(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("公司营业成本为3.2亿元。", ("3.2亿元", "cost", "cost")),
        ("该公司研发费用为6.1亿元。", ("6.1亿元", "spend", "rd_expense")),
    ],
)
def test_other_expenses_keep_their_reading(text, row):
    assert row in metrics(text)
