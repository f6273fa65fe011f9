"""Verbs of change the growth cues lacked: a verb raising or lowering what it names by the figure
("raised their capex by 30%", "lowered its forecast by 10%"), a rocketing or spiking figure, and
a price pulling back (回调). Without them the percent fell to a bare share. Each text is written
for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Cloud operators raised their server budgets by nearly 30% over the summer.",
            ("30%", "pct_change", "growth", 30.0),
        ),
        (
            "The analysts lifted their shipment estimates by 12% after the call.",
            ("12%", "pct_change", "growth", 12.0),
        ),
        (
            "The lender lowered its forecast for data-centre loans by 10% on Monday.",
            ("10%", "pct_change", "growth", -10.0),
        ),
        (
            "Orders for liquid-cooled racks rocketed 250% in the spring.",
            ("250%", "pct_change", "growth", 250.0),
        ),
    ],
)
def test_english_verbs_of_change_make_a_growth(text, row):
    assert typed(text) == [row]


def test_a_price_pulling_back_falls():
    assert typed("受供应缓解影响，显卡租赁价格回调6%-9%。") == [
        ("6%-9%", "pct_change", "price_change_pct", (-9.0, -6.0))
    ]


def test_money_raised_stays_a_raise_and_its_part_a_share():
    assert typed("The start-up raised 2 billion yuan, and 35% of it went to chips.") == [
        ("2 billion yuan", "spend", "funding", 2e9),
        ("35%", "share", "share", 35.0),
    ]


def test_a_stake_raised_to_a_level_stays_a_holding():
    assert typed("The fund raised its stake to 18% by buying more stock.") == [
        ("18%", "share", "shareholding", 18.0)
    ]
