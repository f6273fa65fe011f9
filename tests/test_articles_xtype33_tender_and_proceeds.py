"""A tender lot's 总含税价 / 含税总金额 is what its buyer pays, a procurement, as 中标金额 is; a
unit's 含税价 stays a price. 所得款项 (Hong Kong's word for an offering's proceeds) is money
raised. Each text is written for the test."""

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
        (
            "这次集采分为三个标包，其中训练服务器标包总含税价约12亿元。",
            ("12亿元", "spend", "procurement"),
        ),
        (
            "该运营商的推理服务器集采，含税总金额超过8亿元。",
            ("8亿元", "spend", "procurement"),
        ),
        (
            "本次全球发售所得款项总额约为20.5亿港元，净额约为19.8亿港元。",
            ("20.5亿港元", "spend", "funding"),
        ),
        (
            "本次全球发售所得款项总额约为20.5亿港元，净额约为19.8亿港元。",
            ("19.8亿港元", "spend", "funding"),
        ),
    ],
)
def test_tender_totals_and_proceeds(text: str, row: tuple) -> None:
    assert row in metrics(text)


def test_a_units_price_with_tax_stays_a_price() -> None:
    assert ("120万元", "unit_price", "price") in metrics("每台含税价为120万元。")
