"""A quarter named by its number and by a last day no calendar quarter ends on, in a text that
never says fiscal (截至7月30日止的第二季度 of NVIDIA, "the second quarter, which ended July 30"),
is the calendar quarter of that number ending nearest the day (CONVENTIONS.md: a fiscal period is
written only where the text says fiscal; a company's "second quarter" there is the calendar
quarter the text dates). The class: blind14 319 (every figure FY2024Q2 for 2023Q2), as blind9 208
(年度第3季 ending 10月26日: 2025Q3) reads it. A quarter named by its day alone (截至2025年4月27日
的季度) keeps the company's calendar, as dev 37 reads it, and so does one in a text that says
fiscal anywhere. The sentences are new."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

CASES = [
    pytest.param(
        "輝達在周三收市後發表業績。截至7月30日止的第二季度，營業收入為135.1億美元。",
        date(2023, 8, 24),
        {"135.1亿美元": "2023Q2"},
        id="a_numbered_quarter_ended_on_a_day_traditional",
    ),
    pytest.param(
        "英伟达公布截至10月26日的第三季度业绩，营收为570亿美元。",
        date(2025, 11, 20),
        {"570亿美元": "2025Q3"},
        id="a_numbered_quarter_ended_on_a_day_simplified",
    ),
    pytest.param(
        "Nvidia said revenue for the second quarter, which ended July 30, was $13.5 billion.",
        date(2023, 8, 24),
        {"$13.5 billion": "2023Q2"},
        id="a_numbered_quarter_ended_on_a_day_english",
    ),
    pytest.param(
        "英伟达公布截至1月25日的第四季度业绩，营收为681亿美元。",
        date(2026, 2, 26),
        {"681亿美元": "2025Q4"},
        id="a_fourth_quarter_ended_in_january_is_the_year_befores",
    ),
    # Must not fire: 本财年 calls the company's periods fiscal.
    pytest.param(
        "英伟达公布截至7月30日止的第二季度业绩，营收135亿美元。公司预计本财年营收将继续增长。",
        date(2023, 8, 24),
        {"135亿美元": "FY2024Q2"},
        id="a_text_saying_fiscal_keeps_the_companys_calendar",
    ),
    # Must not fire: no number names the quarter.
    pytest.param(
        "业绩方面，截至2025年4月27日的季度，Nvidia销售额急升至440.6亿美元。",
        date(2025, 5, 29),
        {"440.6亿美元": "FY2026Q1"},
        id="a_quarter_named_by_its_day_alone_keeps_the_companys_calendar",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_a_numbered_quarter_ended_on_a_day(text, published, expected):
    periods = periods_by_surface(text, published)
    assert {surface: periods[surface] for surface in expected} == expected
