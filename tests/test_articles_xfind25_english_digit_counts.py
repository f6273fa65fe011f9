"""A percentage stated in English by its number of digits ("double-digit growth", "triple-digit
Y/Y revenue growth", "a low-single-digit decline") is the range of those numbers, as 两位数增长
already reads; and "N% revenue growth" is a growth of revenue, no part of it. Each text is
written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The maker's sales hit a record, its fifth quarter running of double-digit revenue "
            "growth.",
            [("double-digit", "pct_change", "growth", (10.0, 99.0), "percent")],
        ),
        (
            "Networking gear has posted triple-digit growth.",
            [("triple-digit", "pct_change", "growth", (100.0, 999.0), "percent")],
        ),
        (
            "The research house expects a low-single-digit decline in PC shipments.",
            [("low-single-digit", "pct_change", "growth", (-3.0, -1.0), "percent")],
        ),
        (
            "Memory makers saw high double-digit sales growth in the period.",
            [("high double-digit", "pct_change", "growth", (70.0, 99.0), "percent")],
        ),
    ],
)
def test_english_digit_counts_are_ranges(text, expected):
    assert typed_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Must not fire: no growth or fall follows, or the sentence gives the figure.
        "The startup holds a double-digit lead in the benchmark table.",
        "Margins improved in the mid single digits.",
        "Chip sales saw double-digit growth again, rising 31% on the year.",
    ],
)
def test_digit_counts_that_state_no_range(text):
    assert all(row[0] != "double-digit" and "single" not in row[0] for row in typed_rows(text))


def test_a_digit_count_percentage_is_a_change():
    ((surface, fact_type, _metric, value, unit),) = typed_rows(
        "Storage revenue rose by a double-digit percentage."
    )
    assert (surface, fact_type, value, unit) == (
        "double-digit percentage",
        "pct_change",
        (10.0, 99.0),
        "percent",
    )


def test_revenue_growth_is_a_growth_and_a_part_of_revenue_a_share():
    assert typed_rows("The unit reported 37% revenue growth.") == [
        ("37%", "pct_change", "growth", 37.0, "percent")
    ]
    assert typed_rows("Servers were 42% of revenue in the quarter.")[0][1:3] == (
        "share",
        "revenue_share",
    )
