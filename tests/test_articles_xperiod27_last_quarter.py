"""With its year named, the last or final quarter of a year is its fourth ("In the last quarter
of 2026 Acme intends to ship…", "in the final quarter of 2025"). Yearless, "the last quarter" is
the quarter before, so it is left as it was. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

SEPTEMBER = date(2025, 9, 18)
FOURTH_QUARTER = [
    ("Chip roadmap\n\nIn the last quarter of 2026 Acme intends to ship the X2, which will manage "
     "two petaflops of FP4 performance with 144GB of memory.", "144GB", "2026Q4"),
    ("Results\n\nAcme's revenue rose to $3.2 billion in the final quarter of 2024.",
     "$3.2 billion", "2024Q4"),
    ("Results\n\nIn the last quarter of fiscal 2025, Acme's revenue was $1.8 billion.",
     "$1.8 billion", "FY2025Q4"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "period"), FOURTH_QUARTER, ids=[c[1] for c in FOURTH_QUARTER]
)
def test_the_last_quarter_of_a_year_is_its_fourth(text, surface, period):
    assert periods_by_surface(text, SEPTEMBER)[surface] == period


def test_a_yearless_last_quarter_is_the_one_before():
    text = "Results\n\nIn the last quarter, Acme's revenue was $2.1 billion."
    assert periods_by_surface(text, SEPTEMBER)["$2.1 billion"] == "2025Q2"
