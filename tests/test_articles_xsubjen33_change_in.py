"""A change noun right after a figure names what changed after its "in" ("an 80.1% jump in
accelerated-server deployments", "double-digit growth in data center capex"): that noun is the
figure's subject, over the region or forecaster the clause opens with. Counted in 5 articles of 4
sets: blind4 110, blind7 170 and 181, blind8 201, blind10 231 (where "revenue at Dell" names a
measure alone and the company stays). The sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "Japan grew fastest, helped by a 64.2% jump in liquid-cooled rack deployments.",
        ("64.2%", "liquid-cooled rack deployments"),
    ),
    (
        "Gartner projects double-digit growth in edge inference spending through 2027.",
        ("double-digit", "edge inference spending"),
    ),
    (
        "Korea led the region with a 51% year-over-year increase in the memory module segment.",
        ("51%", "memory module segment"),
    ),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_a_change_in_a_thing_is_that_things(text, row):
    assert row in surface_subjects(text)


def test_a_change_in_a_measure_alone_keeps_the_company():
    # Must not fire: "revenue" names a measure alone; the company named before keeps the figure.
    assert ("72%", "Lenovo") in surface_subjects(
        "Lenovo reported a 72% jump in revenue at its infrastructure unit."
    )


def test_a_figure_with_no_change_noun_keeps_its_subject():
    # Must not fire: "in 2025" after a bare figure is a time, no change noun stands before it.
    assert ("35%", "Server shipments") in surface_subjects("Server shipments rose 35% in 2025.")
