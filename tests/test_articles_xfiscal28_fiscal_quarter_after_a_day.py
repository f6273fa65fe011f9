"""In a story that reads a company's quarters as fiscal (it says fiscal, and seeds/reference knows
the company's calendar), a yearless quarter told after a calendar day or month ("In late October
the company preannounced first-quarter revenue…", the day opening a paragraph, where the
publication dates it) is the company's fiscal quarter, not the calendar quarter of the day's
year. A story that never says fiscal keeps the calendar's reading.
And a figure said of the year-ago quarter ("13.1% in the year-ago quarter", "$0.73 of a year
earlier") is of the quarter a year before the one told, not of a whole year. (surface, period)
for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 4)

CASES = [
    # A month before the quarter: its year is the calendar's, the quarter the fiscal one.
    (
        "Supermicro reported results for its fiscal first quarter.\n\nIn late October the company "
        "had preannounced first-quarter revenue of $5 billion.",
        "$5 billion",
        "FY2026Q1",
    ),
    (
        "Dell closed its fiscal third quarter.\n\nOn Nov. 25 Dell said it expects fourth-quarter "
        "revenue of $31.5 billion.",
        "$31.5 billion",
        "FY2026Q4",
    ),
    (
        "戴尔公布第三财季业绩。\n\n戴尔11月25日表示，第四季度营收预计为315亿美元。",
        "315亿美元",
        "FY2026Q4",
    ),
    # Never called fiscal: the calendar quarter of the month's year.
    (
        "In late October Supermicro preannounced first-quarter revenue of $5 billion.",
        "$5 billion",
        "2025Q1",
    ),
    # A company on the calendar year: the month's year stands.
    (
        "AMD reported fiscal results.\n\n"
        "In late October AMD said third-quarter revenue was $9.2 billion.",
        "$9.2 billion",
        "2025Q3",
    ),
    # The figure's own year-ago quarter or year earlier.
    (
        "In the third quarter of 2025 the margin was 20%, against 18% in the year-ago quarter.",
        "18%",
        "2024Q3",
    ),
    (
        "For the first quarter of fiscal 2026, Supermicro earned $0.35 a share, below the $0.73 "
        "of a year earlier.",
        "$0.73",
        "FY2025Q1",
    ),
    # "for the year" is still the year told.
    (
        "AMD closed 2024 strongly: in the year AMD earned $25.8 billion.",
        "$25.8 billion",
        "2024",
    ),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES, ids=[c[0][:30] for c in CASES])
def test_yearless_quarters_after_a_day_in_a_fiscal_story(text, surface, period):
    assert periods_by_surface(text, NOVEMBER)[surface] == period
