"""A length of time written as a compound adjective ("a 120-day implementation period") measures
the noun it qualifies, not the phrase its clause opens with; a reference entity the figure was
given stays. One short text each, in wordings of our own: every fact as (surface, fact_type,
metric, subject, value, unit, period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 5, 7)


def facts_of(text: str) -> list[tuple]:
    return fact_rows(text, PUBLISHED)


HYPHENED_CASES = [
    (
        "The new rules take effect after a 90-day transition period.",
        [("90-day", "duration", "duration", "transition period", 90.0, "days", None)],
    ),
    (
        "Vendors signed a 2-year supply deal, it said.",
        [("2-year", "duration", "duration", "supply deal", 2.0, "years", None)],
    ),
    (
        "NVIDIA announced a 6-month review of the program.",
        [("6-month", "duration", "duration", "NVIDIA", 6.0, "months", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HYPHENED_CASES)
def test_a_hyphened_span_measures_the_noun_it_qualifies(text, expected):
    assert facts_of(text) == expected
