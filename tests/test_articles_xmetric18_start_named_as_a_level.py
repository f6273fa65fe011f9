"""The start of a move named as a level of which the figure is the value: "rising from a trough
of $1.70/hr", "from an initial public offering price of 114.28 yuan". The words between `from`
and the figure were too many for the move's start, so the figure read as a plain price. Each
text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "metric", "value")


def test_a_rent_rising_from_a_trough_starts_there():
    assert typed(
        "Spot rates for the B200 climbed back, rising from a low of $2.10/hr to about $3.40/hr."
    ) == [
        ("$2.10/hr", "unit_price", "rental_price_from", 2.1),
        ("$3.40/hr", "unit_price", "rental_price_to", 3.4),
    ]


def test_a_listing_price_is_the_start_of_the_move():
    assert typed("From an offering price of 48.50 yuan, the stock more than tripled.")[0] == (
        "48.50 yuan",
        "unit_price",
        "price_from",
        48.5,
    )


def test_a_peak_several_words_long():
    assert typed("Rents fell from their all-time peak of $9/hr in 2023.") == [
        ("$9/hr", "unit_price", "rental_price_from", 9.0)
    ]


def test_money_from_a_sale_is_no_move():
    assert typed("The firm earned $2 billion from the sale of its server unit.") == [
        ("$2 billion", "spend", "amount", 2e9)
    ]


def test_a_price_with_no_from_stays_a_price():
    assert typed("The card sells at a price of $1,200.") == [
        ("$1,200", "unit_price", "price", 1200.0)
    ]
