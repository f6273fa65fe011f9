"""An English stretch of time opening a sentence says when, never what is measured.

"Across the first three quarters of 2025 the market took in 314.2 billion dollars, nearly double
the year before" gave both figures the subject "first three quarters": a running total's stretch
(the first three quarters, the first nine months, 前10个月) was not known as a period, and an
opening prepositional phrase with no comma stopped at two words, a year after "of", and at/in/on…
but not during, over, through or within. Counted in blind7 170 (Across the first three quarters
of 2025 the market), blind5 132 (In the third quarter of 2025 the company) and blind6 150 (In the
first half of 2023, anyone who…). The sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

OPENER_CASES = [
    (
        "In the first three quarters of 2024 the market took in 201.5 billion dollars.",
        ("201.5 billion dollars", "market"),
    ),
    (
        "Across the first nine months, the market grew 38%.",
        ("38%", "market"),
    ),
    (
        "During the second quarter the storage market grew 27%.",
        ("27%", "storage market"),
    ),
    (
        "Over the first six months of 2025 the rental market shrank 12%.",
        ("12%", "rental market"),
    ),
]


@pytest.mark.parametrize(("text", "row"), OPENER_CASES)
def test_the_stretch_of_time_is_no_subject(text, row):
    assert row in surface_subjects(text)


def test_a_place_opening_the_sentence_still_gives_way_to_the_subject():
    assert ("80%", "market") in surface_subjects("In the US the market grew 80%.")


def test_a_duration_that_is_the_figure_is_still_counted():
    rows = surface_subjects("Nine months of free service cost the firm $3 million.")
    assert any(surface == "Nine months" for surface, _ in rows)
