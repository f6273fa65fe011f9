"""Money a placement of new shares raises (定增, 定向增发, 增发) is funding, as 募资 is; a count
of the shares placed stays a count. Each text is written for the test."""

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
        ("加上25.3亿元定增落地，公司研发资金较为充裕。", ("spend", "funding", 2.53e9)),
        ("该公司完成一笔12亿元的增发。", ("spend", "funding", 1.2e9)),
        ("該公司完成一筆12億元的定向增發。", ("spend", "funding", 1.2e9)),
    ],
)
def test_a_placement_raises_funding(text: str, row: tuple) -> None:
    assert rows(text) == [row]


def test_shares_placed_stay_a_count() -> None:
    assert rows("公司增发1.2亿股。") == [("count", "shares", 1.2e8)]
