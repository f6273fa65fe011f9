""" "from the quarter before", "from last quarter", "from a month earlier": the quarter or month
before set against, read as quarter-on-quarter and month-on-month growth as "the previous
quarter" already was, and as "the year before" / "a year earlier" are for a year (a plain widening
of the period-change cues; blind12 270 read 13.5% "from the quarter before" and a low-single-digit
rise "from last quarter" as year-on-year). The sentences are new."""

from datetime import date

from tests.helpers import measures

_PUBLISHED = date(2025, 8, 13)


def test_the_quarter_before_is_quarter_on_quarter():
    assert measures(
        "Operating profit in the second quarter dropped 9.1 percent from the quarter before.",
        _PUBLISHED,
        "pct_change",
    ) == [("9.1 percent", "pct_change", "qoq_growth")]


def test_last_quarter_as_the_base_is_quarter_on_quarter():
    assert measures(
        "Rack shipments should rise 5 percent from last quarter.", _PUBLISHED, "pct_change"
    ) == [("5 percent", "pct_change", "qoq_growth")]


def test_a_month_earlier_is_month_on_month():
    assert measures(
        "Revenue in July slid 7.4 percent from a month earlier.", _PUBLISHED, "pct_change"
    ) == [("7.4 percent", "pct_change", "mom_growth")]


def test_a_year_earlier_stays_year_on_year():
    # Must not fire: the year before is still the year's.
    assert measures(
        "Revenue in July slid 7.4 percent from a year earlier.", _PUBLISHED, "pct_change"
    ) == [("7.4 percent", "pct_change", "yoy_growth")]
