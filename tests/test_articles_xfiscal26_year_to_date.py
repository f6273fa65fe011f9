"""A total of the year so far ("the year-to-date total", "year-to-date shipments") told in a
sentence about a later quarter of the year is the run of that year's quarters up to it:
FY2026Q1-Q3 in the fiscal third quarter, 2025Q1-Q3 in the calendar one. The quarter's own
figures, a share's run to date, and a first quarter's total keep the quarter. (surface, period)
for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 26)
TO_DATE = [
    (
        "In its fiscal third quarter Dell took in $12.3 billion of AI server orders, which brings "
        "the year-to-date total to $30 billion.",
        {"$12.3 billion": "FY2026Q3", "$30 billion": "FY2026Q1-Q3"},
    ),
    (
        "Intel's third-quarter revenue was $13.7 billion; year-to-date revenue reached "
        "$40 billion.",
        {"$13.7 billion": "2025Q3", "$40 billion": "2025Q1-Q3"},
    ),
    (
        "Dell shipped $5.6 billion of AI servers in the fiscal third quarter, bringing its "
        "year-to-date shipments to $15.6 billion.",
        {"$5.6 billion": "FY2026Q3", "$15.6 billion": "FY2026Q1-Q3"},
    ),
]


@pytest.mark.parametrize(("text", "periods"), TO_DATE, ids=[c[0][:20] for c in TO_DATE])
def test_a_total_to_date_runs_from_the_years_first_quarter(text, periods):
    found = periods_by_surface(text, NOVEMBER)
    for surface, period in periods.items():
        assert found[surface] == period


def test_a_shares_run_to_date_keeps_the_quarter():
    text = "Intel's third-quarter revenue was $13.7 billion, and its stock's year-to-date gain 40%."
    assert periods_by_surface(text, NOVEMBER)["$13.7 billion"] == "2025Q3"
    assert periods_by_surface(text, NOVEMBER)["40%"] != "2025Q1-Q3"


def test_a_first_quarters_total_to_date_is_the_quarter():
    text = "Intel's first-quarter revenue was $12.7 billion, the year-to-date total."
    assert periods_by_surface(text, date(2025, 4, 25))["$12.7 billion"] == "2025Q1"
