"""A lead-in ending in a colon states once what the points listed under it leave out: the period
they are of and the unit their prices are quoted in (price guides, results releases). One short
text each, in wordings of our own: every fact as (surface, fact_type, metric, subject, value or
(low, high), unit, period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 6, 10)


def facts_of(text: str) -> list[tuple]:
    return fact_rows(text, PUBLISHED)


# Prices per GPU-hour by provider tier, one paragraph of a single sentence or one list item each,
# under a dated lead-in that names the hourly unit: hourly rents of the lead-in's month.
PRICE_LIST_CASES = [
    (
        "Rates seen in April 2026 (per GPU-hour):\n\n"
        "An NVIDIA H100 goes for $2.10–$2.90 at a neocloud and $4.00–$6.00 at a big cloud, a 2x "
        "gap.\n\nAn NVIDIA A100 runs $1.20–$1.60 at a neocloud.\n\nThat is all. Buyers compare.",
        [
            ("$2.10–$2.90", "unit_price", "rental_price", "NVIDIA H100", (2.1, 2.9), "USD",
             "2026-04"),
            ("$4.00–$6.00", "unit_price", "rental_price", "NVIDIA H100", (4.0, 6.0), "USD",
             "2026-04"),
            ("2x", "ratio", "price_ratio", "NVIDIA H100", 2.0, "ratio", "2026-04"),
            ("$1.20–$1.60", "unit_price", "rental_price", "NVIDIA A100", (1.2, 1.6), "USD",
             "2026-04"),
        ],
    ),
    (
        "Hourly quotes we collected:\n\n- NVIDIA H200: $3.80 at a neocloud\n"
        "- NVIDIA B200: $5.50 at a neocloud",
        [
            ("$3.80", "unit_price", "rental_price", "NVIDIA H200", 3.8, "USD", None),
            ("$5.50", "unit_price", "rental_price", "NVIDIA B200", 5.5, "USD", None),
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PRICE_LIST_CASES)
def test_a_price_list_takes_its_lead_ins_period_and_hourly_unit(text, expected):
    assert facts_of(text) == expected


def test_a_point_keeps_its_own_period_and_the_list_ends_at_a_longer_paragraph():
    text = (
        "Prices in March 2026:\n\nAn NVIDIA H100 sells for $25,000 through distributors.\n\n"
        "In 2025 an NVIDIA H100 sold for $30,000.\n\n"
        "Demand is brisk. An NVIDIA H200 sells for $32,000."
    )
    assert facts_of(text) == [
        ("$25,000", "unit_price", "price", "NVIDIA H100", 25000.0, "USD", "2026-03"),
        ("$30,000", "unit_price", "price", "NVIDIA H100", 30000.0, "USD", "2025"),
        ("$32,000", "unit_price", "price", "NVIDIA H200", 32000.0, "USD", None),
    ]


def test_a_colon_inside_a_sentence_leads_in_nothing():
    assert facts_of("Analysts were blunt: an NVIDIA H100 sells for $25,000 in 2026.") == [
        ("$25,000", "unit_price", "price", "NVIDIA H100", 25000.0, "USD", "2026")
    ]


# A time series listed under a lead-in that names what it tracks: a point labelled only by its
# time ("Early 2024:") measures the lead-in's subject; a point naming its subject before the
# figure keeps it.
def test_a_series_listed_under_a_lead_in_measures_what_the_lead_in_names():
    text = (
        "How the NVIDIA A100 rent moved:\n\n- Early 2024: $2.50/GPU-hour, as supply improved.\n"
        "- Late 2025: $1.20/GPU-hour, after CoreWeave cut its list price."
    )
    assert facts_of(text) == [
        ("$2.50/GPU-hour", "unit_price", "rental_price", "NVIDIA A100", 2.5, "USD", "2024"),
        ("$1.20/GPU-hour", "unit_price", "rental_price", "NVIDIA A100", 1.2, "USD", "2025"),
    ]


def test_a_point_naming_its_subject_first_keeps_it():
    text = "Our NVIDIA H100 notes:\n\n- CoreWeave charges $2.20/GPU-hour for it."
    assert facts_of(text) == [
        ("$2.20/GPU-hour", "unit_price", "rental_price", "CoreWeave", 2.2, "USD", None)
    ]
