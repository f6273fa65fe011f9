"""A section heading that tells a period as a target or a forecast (ISG目标下一财年收入翻倍,
全年亏损料扩大, "Targets for 2026") dates none of its section's figures, and does not end the
reporting period a results story is in: its section reports the quarter's results (issue 12,
ninth session). A heading naming its section's subject (2026年展望) or a period reported (2025年
第三季度业绩) still dates the section. Texts written for the test, answers first:
{surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 20)

TARGET_HEADINGS = [
    (
        "伺服器商業績穩健\n\n"
        "公司公布截至2025年9月30日止第三季業績，收入達50億美元，按年增長20%。\n\n"
        "伺服器業務目標下一財年收入翻倍\n\n"
        "伺服器業務收入按年增長30%，經營利潤按年上升12%。",
        {"50亿美元": "2025Q3", "30%": "2025Q3", "12%": "2025Q3"},
    ),
    (
        "芯片公司业绩稳健\n\n"
        "公司2025年第三季度营收同比增长40%至90亿元。\n\n"
        "全年亏损料进一步扩大\n\n"
        "公司累计融资50亿元，员工人数达1200人。",
        {"90亿元": "2025Q3", "50亿元": None, "1200人": None},
    ),
    (
        "Chipmaker posts a record quarter\n\n"
        "Third-quarter 2025 revenue rose 25% to $3 billion.\n\n"
        "Company targets a profit in 2026\n\n"
        "Data center revenue grew 40% from a year earlier.",
        {"$3 billion": "2025Q3", "40%": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TARGET_HEADINGS, ids=["hant", "hans", "en"])
def test_a_headings_target_dates_nothing_in_its_section(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s) for s in expected} == expected


DATING_HEADINGS = [
    (
        "芯片公司业绩点评\n\n公司2025年第三季度营收同比增长40%至90亿元。\n\n"
        "2026年展望\n\n公司预计营收增长30%。",
        {"90亿元": "2025Q3", "30%": "2026"},
    ),
    (
        "芯片公司的两年\n\n公司成立于2015年，总部位于上海。\n\n2024年业绩\n\n公司营收同比增长35%。",
        {"35%": "2024"},
    ),
    (
        "Memory maker in review\n\nThe company was founded in 2010.\n\n"
        "Outlook for 2026\n\nAnalysts expect revenue to grow 18%.",
        {"18%": "2026"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATING_HEADINGS, ids=["outlook", "results", "en"])
def test_a_heading_naming_its_sections_period_still_dates_it(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s) for s in expected} == expected
