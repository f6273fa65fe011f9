"""A fiscal quarter named by its end or by its months. A quarter the text calls fiscal (财季,
"fiscal third quarter") that ends on a day a calendar quarter ends too is the fiscal quarter, and
its number and its end name the fiscal year: quarter N ending in month M belongs to the fiscal
year ending 3×(4−N) months later, whether or not the company's calendar is known. "The first
quarter of its fiscal year" is a yearless fiscal quarter, and "the February–April quarter" the
quarter ending in April. A quarter not called fiscal keeps the calendar's reading. (surface,
period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

FEBRUARY = date(2025, 2, 21)
CALLED_FISCAL = [
    # Alibaba's fiscal year ends in March: the quarter to December is its third.
    ("阿里巴巴公布截至去年12月底止的第三財季業績，收入為2801億元。", "2801亿元", "FY2025Q3"),
    ("阿里巴巴截至2024年12月31日的第三财季营收为2801亿元。", "2801亿元", "FY2025Q3"),
    (
        "Alibaba posted revenue of RMB280.1 billion for the fiscal third quarter ended "
        "December 31, 2024.",
        "RMB280.1 billion",
        "FY2025Q3",
    ),
    # A company seeds/reference does not know: the number and the end name its year.
    ("这家公司截至去年12月底止的第二财季营收为50亿元。", "50亿元", "FY2025Q2"),
]


@pytest.mark.parametrize(
    ("text", "surface", "period"), CALLED_FISCAL, ids=[c[0][:24] for c in CALLED_FISCAL]
)
def test_a_quarter_called_fiscal_is_read_by_the_fiscal_calendar(text, surface, period):
    assert periods_by_surface(text, FEBRUARY)[surface] == period


def test_a_fiscal_year_ending_in_december_is_the_calendar_year():
    text = "这家公司截至9月30日止的第三财季营收为50亿元。"
    assert periods_by_surface(text, date(2025, 11, 20))["50亿元"] == "2025Q3"


def test_a_quarter_not_called_fiscal_keeps_the_calendar_reading():
    text = "阿里巴巴截至去年12月底止的季度營收為2801億元。"
    assert periods_by_surface(text, FEBRUARY)["2801亿元"] == "2024Q4"


MAY = date(2025, 5, 29)
NVIDIA = [
    ("Nvidia closed the first quarter of its fiscal year with sales of $44.1 billion.", "FY2026Q1"),
    ("For the February–April quarter, Nvidia reported sales of $44.1 billion.", "FY2026Q1"),
    ("Nvidia's sales for the February to April quarter were $44.1 billion.", "FY2026Q1"),
]


@pytest.mark.parametrize(("text", "period"), NVIDIA, ids=[c[0][:24] for c in NVIDIA])
def test_a_fiscal_quarter_named_by_its_place_or_its_months(text, period):
    assert periods_by_surface(text, MAY)["$44.1 billion"] == period


def test_a_fiscal_year_named_with_its_quarter_keeps_its_year():
    text = "Nvidia's sales in the first quarter of its fiscal year 2025 were $26 billion."
    assert periods_by_surface(text, MAY)["$26 billion"] == "FY2025Q1"


def test_a_month_range_of_a_calendar_company_is_its_calendar_quarter():
    text = "For the April–June quarter, the company reported sales of $3 billion."
    assert periods_by_surface(text, date(2025, 8, 10))["$3 billion"] == "2025Q2"
