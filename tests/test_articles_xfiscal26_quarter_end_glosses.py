"""A quarter's last day set beside the quarter's name, not before it: in brackets after it
("第四季度（截至1月25日）", "the fourth quarter (ended Jan. 25)") the day names the quarter as
"the fourth quarter ended Jan. 25" does, not a day of its own; after a comma that glosses a
fiscal quarter's name ("the first quarter of fiscal 2026, the three months ended September 30,
2025") it names that fiscal quarter, and "a year earlier" is the fiscal quarter a year back.
(surface, period) for each fact. A quarter named by its number in a text that never says fiscal
is the calendar quarter of that number ending nearest the day (fifteenth session)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

FEBRUARY = date(2026, 2, 26)
NOVEMBER = date(2025, 11, 5)
BRACKETED = [
    ("英伟达第四季度（截至1月25日）收入为681亿美元。", "681亿美元", FEBRUARY, "2025Q4"),
    ("英偉達第四財季（截至1月25日止）收入達681億美元。", "681亿美元", FEBRUARY, "FY2026Q4"),
    (
        "Nvidia's revenue for the fourth quarter (ended Jan. 25) was $68.1 billion.",
        "$68.1 billion",
        FEBRUARY,
        "2025Q4",
    ),
    ("阿里巴巴第三季度（截至9月30日）营收为2478亿元。", "2478亿元", NOVEMBER, "2025Q3"),
    ("联想前九个月（截至9月30日）营收为500亿美元。", "500亿美元", NOVEMBER, "2025Q1-Q3"),
]


@pytest.mark.parametrize(
    ("text", "surface", "published", "period"), BRACKETED, ids=[c[0][:20] for c in BRACKETED]
)
def test_a_day_in_brackets_after_a_quarter_names_that_quarter(text, surface, published, period):
    assert periods_by_surface(text, published)[surface] == period


NOT_A_QUARTER = [
    "截至9月30日，公司营收为50亿美元。",
    "公司营收（截至9月30日）为50亿美元。",
]


@pytest.mark.parametrize("text", NOT_A_QUARTER, ids=[t[:12] for t in NOT_A_QUARTER])
def test_a_day_in_brackets_after_no_quarter_stays_a_day(text):
    assert periods_by_surface(text, NOVEMBER)["50亿美元"] == "2025-09-30"


def test_a_day_glossing_a_fiscal_quarter_is_that_quarter_and_a_year_back_too():
    text = (
        "Supermicro revenue for the first quarter of fiscal 2026, the three months ended "
        "September 30, 2025, was $5.0 billion, against $5.9 billion a year earlier."
    )
    periods = periods_by_surface(text, NOVEMBER)
    assert periods["$5.0 billion"] == "FY2026Q1"
    assert periods["$5.9 billion"] == "FY2025Q1"


def test_a_day_glossing_a_quarter_not_called_fiscal_keeps_the_calendar():
    text = (
        "Dell revenue rose in the first quarter, the three months ended September 30, 2025, "
        "to $5.0 billion, against $5.9 billion a year earlier."
    )
    periods = periods_by_surface(text, NOVEMBER)
    assert periods["$5.0 billion"] == "2025Q3"
    assert periods["$5.9 billion"] == "2024Q3"
