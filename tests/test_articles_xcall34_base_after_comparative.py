""" "36% more than a year earlier and 20% more than in the previous quarter": the base a figure's
own comparative names after it is that figure's, though the base closing the figure before it
stands nearer (blind12 281 read the 20% as year-on-year). A widening of the comparative rule
(`_compared`): the base it reads is looked for right after the comparative first. The sentences
are new."""

from datetime import date

from tests.helpers import measures

_PUBLISHED = date(2025, 11, 4)


def test_each_comparative_takes_its_own_base():
    assert measures(
        "Sales were $3.1B, 12% more than a year earlier and 9% more than in the previous quarter.",
        _PUBLISHED,
        "pct_change",
    ) == [("12%", "pct_change", "yoy_growth"), ("9%", "pct_change", "qoq_growth")]


def test_the_order_reversed():
    assert measures(
        "Sales were $3.1B, 9% lower than the previous quarter but 12% higher than a year earlier.",
        _PUBLISHED,
        "pct_change",
    ) == [("9%", "pct_change", "qoq_growth"), ("12%", "pct_change", "yoy_growth")]


def test_a_comparative_naming_no_period_keeps_the_base_of_its_clause():
    # Must not fire: "than expected" names no period; the clause's year-on-year base stands.
    assert measures(
        "Compared with a year earlier, sales were 12% higher than expected.",
        _PUBLISHED,
        "pct_change",
    ) == [("12%", "pct_change", "yoy_growth")]
