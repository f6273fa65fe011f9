"""A sum a company brings, takes or rakes in is revenue ("took in $40.2 billion", "brought in an
estimated $8 billion"); a sum put into something is an investment ("put $3B into the startup").
A measure named right after the sum ("of AI server orders", "into capex") still says what it is,
and "put … at $X" is an estimate, no outlay. Each text is written for the test."""

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
            "The cloud unit, which started early, took in $40.2 billion last fiscal year.",
            ("$40.2 billion", "spend", "revenue"),
        ),
        (
            "The export chip brought in an estimated $8 billion to $9 billion in 2024.",
            ("$8 billion to $9 billion", "spend", "revenue"),
        ),
        (
            "The gaming division rakes in about $3 billion a quarter.",
            ("$3 billion", "spend", "revenue"),
        ),
        ("Nvidia put $3B into the startup in March.", ("$3B", "spend", "investment")),
        (
            "The fund put more than $1.5 billion into the data center operator.",
            ("$1.5 billion", "spend", "investment"),
        ),
    ],
)
def test_a_verb_of_takings_or_of_putting_money_in(text, row):
    assert row in metrics(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A measure named after the sum says what it is.
        (
            "In the quarter the server maker took in $9.8 billion of AI server orders.",
            ("$9.8 billion", "spend", "orders"),
        ),
        ("Alphabet put $52.5 billion into capex last year.", ("$52.5 billion", "spend", "capex")),
    ],
)
def test_a_measure_named_after_the_sum_wins(text, row):
    assert row in metrics(text)


def test_put_at_is_an_estimate_not_money_put_in():
    rows = metrics("Analysts put it at $20 billion in 2026.")
    assert all(metric != "investment" for _surface, _type, metric in rows)
