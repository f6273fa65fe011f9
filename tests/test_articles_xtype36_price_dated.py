"""A price named right before the marker that dates its move (价格同比上涨, 均价预计环比上涨) is
that price's change (price_change_pct), not the growth of a result; a share price, a result and a
price named elsewhere in the sentence keep their readings. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "今年一季度，国内GPU服务器租赁价格同比上涨10%-15%。",
            ("pct_change", "price_change_pct", (10.0, 15.0)),
        ),
        (
            "机构预计，明年服务器内存平均单价预计同比上涨40%。",
            ("pct_change", "price_change_pct", 40.0),
        ),
        ("第四季度，HBM合约价环比上涨8%。", ("pct_change", "price_change_pct", 8.0)),
        ("本月显卡均价同比下降20%。", ("pct_change", "price_change_pct", -20.0)),
    ],
)
def test_price_dated_by_a_marker_is_a_price_change(text: str, row: tuple) -> None:
    assert rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A result's growth, with a price named after it: still the result's yoy growth.
        ("该公司营收同比增长25%，产品价格也有所上调。", ("pct_change", "yoy_growth", 25.0)),
        # A price war named as a cause, not as what moved.
        ("受价格战影响，该公司净利润同比下降12%。", ("pct_change", "yoy_growth", -12.0)),
        ("该公司出货量环比增长18%。", ("pct_change", "qoq_growth", 18.0)),
    ],
)
def test_other_moves_keep_their_growth(text: str, row: tuple) -> None:
    assert rows(text) == [row]
