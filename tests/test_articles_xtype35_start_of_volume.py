"""A start of volume told of a product (will ramp in, began mass deployment of) is a release fact
dated by the period the sentence gives it; a ramp already past or a capacity ramp launches
nothing. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)


def rows(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "fact_type", "metric", "value", "period")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The company said its MI450 GPU will ramp in the second half of 2026.",
            ("release", "release_year", 2026.0, "2026H2"),
        ),
        (
            "Google began mass deployment of its TPU v6e chips in the first half of 2025.",
            ("release", "release_year", 2025.0, "2025H1"),
        ),
    ],
)
def test_a_start_of_volume_is_a_release(text: str, row: tuple) -> None:
    assert row in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell back to the levels of early 2024, before H20 production ramped up.",
        "Backlog carries risk if capacity ramps slip in 2026.",
    ],
)
def test_no_launch_in_a_past_or_capacity_ramp(text: str) -> None:
    assert not [r for r in rows(text) if r[0] == "release"]
