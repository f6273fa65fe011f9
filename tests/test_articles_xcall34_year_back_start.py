""" "up 30% from $0.92 a year ago", "down from 16% a year earlier": a move's start its own words
say of a year back is of the year before the period carried to its sentence (2025Q3 → 2024Q3), as
it already was when its sentence stated that period itself (`said_of`), and its time back dates
it alone, not the change set against it (blind12 281, blind11 250). The sentences are new."""

from datetime import date

from tests.helpers import periods_by_surface

_PUBLISHED = date(2025, 11, 4)
_LEAD = "Acme reported results for the third quarter of 2025 on Tuesday. "


def test_a_carried_quarter_dates_the_start_a_year_back():
    periods = periods_by_surface(
        _LEAD + "Diluted EPS was $0.80, up 25% from $0.64 a year ago.", _PUBLISHED
    )
    assert (periods["$0.80"], periods["25%"], periods["$0.64"]) == ("2025Q3", "2025Q3", "2024Q3")


def test_a_margins_start_a_year_back():
    periods = periods_by_surface(
        _LEAD + "The operating margin was 7%, down from 11% a year earlier.", _PUBLISHED
    )
    assert (periods["7%"], periods["11%"]) == ("2025Q3", "2024Q3")


def test_a_start_with_no_time_back_stays_open():
    # Must not fire: "from $4 billion" says no year back; a move's start is dated by its sentence.
    periods = periods_by_surface(_LEAD + "Revenue rose to $5 billion from $4 billion.", _PUBLISHED)
    assert periods["$4 billion"] is None
