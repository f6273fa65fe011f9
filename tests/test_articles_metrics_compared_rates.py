"""Beside a rent stated per unit of time, a percent set above or below another level is a move
of that rent (price_change_pct), and an amount no cue names is the same rent; without a rent in
its part of the sentence such a comparison stays a change of what its cue names. Each as
(surface, fact_type, metric, value, unit); subjects and periods are pinned elsewhere."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


RATE_CASES = [
    (
        "At $2.35, the reserved rate sits 38% above its low of $1.70/hr.",
        [
            ("$2.35", "unit_price", "rental_price", 2.35, "USD"),
            ("38%", "pct_change", "price_change_pct", 38.0, "percent"),
            ("$1.70/hr", "unit_price", "rental_price", 1.7, "USD"),
        ],
    ),
    (
        "The spot rate of $3.10 per GPU-hour is 20% higher than the reserved rate.",
        [
            ("$3.10 per GPU-hour", "unit_price", "rental_price", 3.1, "USD"),
            ("20%", "pct_change", "price_change_pct", 20.0, "percent"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATE_CASES)
def test_a_comparison_beside_a_rent_is_the_rents(text, expected):
    assert typed(text) == expected


OTHER_CASES = [
    (
        "Revenue was 13% lower than a year earlier.",
        [("13%", "pct_change", "yoy_growth", -13.0, "percent")],
    ),
    ("The B200 is 30% faster than the H100.", [("30%", "pct_change", "growth", 30.0, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_CASES)
def test_a_comparison_without_a_rent_keeps_its_cue(text, expected):
    assert typed(text) == expected
