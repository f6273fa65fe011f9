"""A verb of raising or cutting moves a noun "from" one figure "to" another ("cut the share of
imported chips from 63% to around 42%", "lifted the median of the H100 cohort from ~$2 to ~$3"):
that noun is what both figures measure; a measure alone before "of" (the share of) leaves the
noun after it. The "from … to" form of `_MOVED_OBJECT`'s "push the shares down 2%". Counted in
blind9 212, blind10 241 and dev 28 (where a listed product names it and is kept). The sentences
are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    (
        "Counterpoint, citing a new quota, expects the rules to cut the share of foreign "
        "accelerators from 70% in 2025 to about 50% in 2026.",
        {("70%", "foreign accelerators"), ("50%", "foreign accelerators")},
    ),
    (
        "The firm has lowered the share of liquid-cooled racks in all deliveries for 2027 from "
        "nearly 40% to around 35%.",
        {("40%", "liquid-cooled racks"), ("35%", "liquid-cooled racks")},
    ),
]


@pytest.mark.parametrize(("text", "rows"), CASES)
def test_what_is_moved_from_one_figure_to_another_is_measured(text, rows):
    assert rows <= surface_subjects(text)


def test_a_listed_product_moved_keeps_the_product():
    # Must not fire over a reference entity: the H100 named in the moved phrase stays.
    subjects = surface_subjects("The merger lifted the median of the H100 cohort from $2 to $3.")
    assert ("$2", "NVIDIA H100") in subjects


def test_a_measure_moved_from_a_place_keeps_the_company():
    # Must not fire: "from servers" is where the revenue comes from, and revenue is a measure.
    assert ("$3 billion", "Lenovo") in surface_subjects(
        "Lenovo raised its revenue from servers to $3 billion in 2025."
    )
