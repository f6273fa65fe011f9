"""A saving or a discount (年租金可节省40%, "save 60%", "discounts of up to 70%", "25% off the list
price") is a fall of a price, not a share of something (issue 12, sixth session); time or energy
saved is a fall of that, no price. Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2026, 3, 2)


def changes(sentence: str) -> list[tuple]:
    """(surface, fact_type, metric, value) of the sentence's percent facts."""
    return [row[:4] for row in typed_rows(sentence, PUBLISHED) if row[4] == "percent"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "改用托管方案后，每台服务器的月租金可节省40%。",
            [("40%", "pct_change", "price_change_pct", -40.0)],
        ),
        (
            "改用託管方案後，每台伺服器的月租金可節省40%。",
            [("40%", "pct_change", "price_change_pct", -40.0)],
        ),
        (
            "Preemptible capacity can save 60% for batch jobs.",
            [("60%", "pct_change", "price_change_pct", -60.0)],
        ),
        (
            "Smaller clouds offer discounts of up to 70% on older cards.",
            [("70%", "pct_change", "price_change_pct", -70.0)],
        ),
        (
            "A three-year commitment knocks 25% off the list price.",
            [("25%", "pct_change", "price_change_pct", -25.0)],
        ),
    ],
)
def test_a_saving_is_a_price_cut(sentence, expected):
    assert changes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新的调度系统让训练时间节省了35%。", [("35%", "pct_change", "growth", -35.0)]),
        ("新的調度系統讓訓練時間節省了35%。", [("35%", "pct_change", "growth", -35.0)]),
        (
            "Liquid cooling saves 35% of the energy a rack uses.",
            [("35%", "pct_change", "growth", -35.0)],
        ),
    ],
)
def test_time_or_energy_saved_is_no_price(sentence, expected):
    assert changes(sentence) == expected
