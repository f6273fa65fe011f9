"""A section heading that states no period goes on under the reporting period (a quarter or a
half) the title states: a results story's or a broker digest's sections (存货与合同负债, "Balance
sheet") report the title's period, their balance-sheet and shipment figures too (the results'
own metrics already take a reporting period). A period a section's own sentence states still
dates its figures (issue 12, seventh session; a title's year: test_articles_xperiod11_title_years).
Single texts written for the test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

CASES = [
    (
        date(2025, 9, 4),
        "芯片厂商上半年业绩点评\n\n存货与合同负债\n- 某芯片公司存货为28亿元，合同负债为4亿元。\n\n"
        "行业格局\n- 2024年该公司市场份额为5%。",
        {"28亿元": "2025H1", "4亿元": "2025H1", "5%": "2024"},
    ),
    (
        date(2025, 9, 4),
        "晶片廠商上半年業績點評\n\n存貨與合約負債\n- 某晶片公司存貨為28億元，合約負債為4億元。",
        {"28亿元": "2025H1", "4亿元": "2025H1"},
    ),
    (
        date(2025, 11, 20),
        "Chipmaker's third-quarter results beat forecasts\n\nBalance sheet\n"
        "Inventories stood at $5 billion and the company shipped 2 million chips.",
        {"$5 billion": "2025Q3", "2 million chips": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_section_goes_on_under_the_titles_reporting_period(published, text, expected):
    periods = periods_by_surface(text, published)
    assert {s: periods.get(s) for s in expected} == expected
