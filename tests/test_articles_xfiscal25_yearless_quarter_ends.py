"""A quarter named by a last day written without its year ("the fourth quarter ended Jan. 25",
截至1月25日的第四财季) is the quarter ended on the latest such day by the publication, or the
next one within half a year when the sentence looks ahead; the year a calendar quarter named
before the day takes ("fourth quarter" in February: the last October–December) is not the
day's. A day written with its year keeps it. (surface, period) for each fact. A quarter named by
its number in a text that never says fiscal is the calendar quarter of that number ending nearest
the day (fifteenth session; CONVENTIONS.md writes a fiscal period only where the text says
fiscal), so there the day's year picks the calendar quarter ("fourth quarter ended Jan. 25" in
February 2026: 2025Q4)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

FEBRUARY = date(2026, 2, 26)
ENDED = [
    (
        "Nvidia said revenue for the fourth quarter ended Jan. 25 rose to $68.1 billion.",
        "$68.1 billion",
        "2025Q4",
    ),
    (
        "In the fiscal fourth quarter ended January 25, Nvidia's revenue was $68.1 billion.",
        "$68.1 billion",
        "FY2026Q4",
    ),
    ("英伟达截至1月25日的第四财季收入为681亿美元。", "681亿美元", "FY2026Q4"),
    ("英偉達截至1月25日止的第四季度收入達681億美元。", "681亿美元", "2025Q4"),
]


@pytest.mark.parametrize(("text", "surface", "period"), ENDED, ids=[c[0][:24] for c in ENDED])
def test_a_yearless_last_day_is_the_latest_by_the_publication(text, surface, period):
    assert periods_by_surface(text, FEBRUARY)[surface] == period


AHEAD = [
    (
        "Nvidia expects revenue of $78 billion for the first quarter ending April 26.",
        "$78 billion",
        "2026Q1",
    ),
    ("英伟达预计截至4月26日的第一财季收入约780亿美元。", "780亿美元", "FY2027Q1"),
]


@pytest.mark.parametrize(("text", "surface", "period"), AHEAD, ids=[c[0][:24] for c in AHEAD])
def test_a_quarter_looked_ahead_to_ends_on_the_next_such_day(text, surface, period):
    assert periods_by_surface(text, FEBRUARY)[surface] == period


def test_a_quarter_ended_months_ago_is_not_looked_ahead_to():
    text = (
        "Dell expects more growth after revenue of $27 billion for the third quarter ended Oct. 31."
    )
    assert periods_by_surface(text, FEBRUARY)["$27 billion"] == "2025Q3"


def test_a_day_written_with_its_year_keeps_it():
    text = "Nvidia's revenue for the fourth quarter ended Jan. 26, 2025 was $39.3 billion."
    assert periods_by_surface(text, FEBRUARY)["$39.3 billion"] == "2024Q4"
