"""How a results release counts a figure ("On a non-GAAP basis,", "in constant currency") is not
what the figure measures, and a release's participle adjectives ("diluted net income per share",
"operating income") open the measure's noun phrase rather than a predicate. One short text each,
in wordings of our own: every fact as (surface, fact_type, metric, subject, value, unit, period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 5, 7)


def facts_of(text: str) -> list[tuple]:
    return fact_rows(text, PUBLISHED)


BASIS_CASES = [
    (
        "On a non-GAAP basis, diluted net income per common share was $0.44.",
        [("$0.44", "earnings", "eps", "diluted net income per common share", 0.44, "USD", None)],
    ),
    (
        "On an adjusted basis, operating income was $2 billion.",
        [("$2 billion", "earnings", "operating_income", "operating income", 2.0e9, "USD", None)],
    ),
    (
        "In constant currency terms, adjusted operating profit came to $3 billion.",
        [
            ("$3 billion", "earnings", "operating_income", "adjusted operating profit", 3.0e9,
             "USD", None),
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BASIS_CASES)
def test_the_basis_a_figure_is_counted_on_is_not_its_subject(text, expected):
    assert facts_of(text) == expected


def test_a_participle_adjective_opens_the_measure():
    assert facts_of("Meanwhile combined revenue of the two came to $5 billion.") == [
        ("$5 billion", "spend", "revenue", "combined revenue", 5.0e9, "USD", None)
    ]


def test_a_participle_verb_still_opens_the_predicate():
    assert facts_of("Contoso is operating 5,000 GPUs.") == [
        ("5,000 GPUs", "count", "chips", "Contoso", 5000.0, "count", None)
    ]
