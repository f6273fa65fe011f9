"""A company result named right before a number of 万/亿 with no currency (预计亏损5.1万,
净利润3.2亿, 淨利潤1.5億) is that result in money, in the currency of the sentence's other
amounts or the text's own (元 in Chinese); a bare 万 no result names stays no money. Each as
(surface, fact_type, metric, value, unit)."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


RESULT_CASES = [
    (
        "按每月7万元租金测算，第一年预计亏损5.1万。",
        [
            ("7万元", "unit_price", "rental_price", 7e4, "CNY"),
            ("5.1万", "earnings", "net_loss", 5.1e4, "CNY"),
        ],
    ),
    ("该公司去年净利润3.2亿。", [("3.2亿", "earnings", "net_profit", 3.2e8, "CNY")]),
    (
        "該公司營收約12億美元，淨利潤1.5億。",
        [
            ("12亿美元", "spend", "revenue", 1.2e9, "USD"),
            ("1.5亿", "earnings", "net_profit", 1.5e8, "USD"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESULT_CASES)
def test_a_result_in_myriads_is_money(text, expected):
    assert typed(text) == expected


def test_a_bare_myriad_no_result_names_is_no_money():
    assert typed("截至目前，该平台注册开发者已达5万。") == []
