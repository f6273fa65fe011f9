"""Which company money an amount is, by the measure its clause names: capex (资本开支, 資本性支出,
capital spending, capital expenditures), investment (投资, "pour $X into"), revenue (营收,
營業額, turnover, sales), and what is left as plain spending or procurement. Each as (surface,
fact_type, metric, value, unit); subjects and periods are pinned elsewhere."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


CAPEX_CASES = [
    (
        "Microsoft's capital spending reached $34.9 billion.",
        [("$34.9 billion", "spend", "capex", 3.49e10, "USD")],
    ),
    (
        "Alphabet expects capital expenditures of $91 billion.",
        [("$91 billion", "spend", "capex", 9.1e10, "USD")],
    ),
    ("该公司资本性支出预计为400亿元。", [("400亿元", "spend", "capex", 4e10, "CNY")]),
    ("該公司資本性支出預計為400億元。", [("400亿元", "spend", "capex", 4e10, "CNY")]),
    ("微软资本开支达到349亿美元。", [("349亿美元", "spend", "capex", 3.49e10, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), CAPEX_CASES)
def test_capital_spending_is_capex(text, expected):
    assert typed(text) == expected


OTHER_OUTLAY_CASES = [
    (
        "Meta plans to pour $600 billion into data centers.",
        [("$600 billion", "spend", "investment", 6e11, "USD")],
    ),
    ("该公司计划投资500亿元建设数据中心。", [("500亿元", "spend", "investment", 5e10, "CNY")]),
    (
        "OpenAI has committed to spend $1.4 trillion on compute.",
        [("$1.4 trillion", "spend", "spending", 1.4e12, "USD")],
    ),
    ("鸿海第三季营业额达到2.06兆元。", [("2.06兆元", "spend", "revenue", 2.06e12, "CNY")]),
    ("Quarterly turnover hit $12 billion.", [("$12 billion", "spend", "revenue", 1.2e10, "USD")]),
    (
        "The company posted sales of $5 billion.",
        [("$5 billion", "spend", "revenue", 5e9, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_OUTLAY_CASES)
def test_an_amount_is_the_money_its_clause_names(text, expected):
    assert typed(text) == expected
