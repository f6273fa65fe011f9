"""A price per unit of time is a rent, also when it is one end of a move or a floor ("from
$6.03/hr", "fell from $8/hr"): the metric keeps the move's side (rental_price_from /
rental_price_to). Before, a lone "from $X/hr" with no rent word was a purchase price's start, and
a GPU-hour under 100 dollars read as a purchase price is what issue 12 guards the marts against.
A price per unit (per server, per share) is no rent. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- H200 SXM, with 141 GB of HBM3e, from $3.80/hr: the pick for mid-sized models.",
            ("$3.80/hr", "unit_price", "rental_price_from", 3.8, "USD"),
        ),
        (
            "On-demand B200 capacity fell from $7.50/hr in January to $5.90/hr in March.",
            ("$7.50/hr", "unit_price", "rental_price_from", 7.5, "USD"),
        ),
        (
            "On-demand B200 capacity fell from $7.50/hr in January to $5.90/hr in March.",
            ("$5.90/hr", "unit_price", "rental_price_to", 5.9, "USD"),
        ),
    ],
)
def test_a_rate_per_hour_at_a_moves_end_is_a_rent(text, expected):
    assert expected in typed_rows(text, PUBLISHED)


def test_a_price_per_unit_at_a_moves_end_stays_a_price():
    rows = typed_rows("The H100's price rose from $25,000 to $30,000.", PUBLISHED)
    assert {(r[2], r[3]) for r in rows} == {("price_from", 25000.0), ("price_to", 30000.0)}
