"""Y/Y, Q/Q and M/M, the slashed short forms of YoY, QoQ and MoM, mark a growth's base as those
do; a growth with no marker keeps no base. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 6, 10)


def growths(text: str) -> list[tuple]:
    rows = fact_fields(text, PUBLISHED, "fact_type", "metric", "value")
    return [row for row in rows if row[0] == "pct_change"]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Memory makers saw triple-digit Y/Y revenue growth.",
            ("pct_change", "yoy_growth", (100.0, 999.0)),
        ),
        ("Shipments grew 8% y/y.", ("pct_change", "yoy_growth", 8.0)),
        ("Shipments grew 8% Q/Q.", ("pct_change", "qoq_growth", 8.0)),
        ("Sales fell 5% M/M.", ("pct_change", "mom_growth", -5.0)),
        # must not fire: no marker, no base
        ("Shipments grew 8%.", ("pct_change", "growth", 8.0)),
    ],
)
def test_slashed_markers_name_the_base(text: str, row: tuple) -> None:
    assert growths(text) == [row]
