"""A lead that tells results reported for a quarter or half without giving a figure (公司公布了
2025年第三季度业绩, "The company posted results for the second quarter of fiscal 2025") names
the period the story reports: the results the paragraphs after it give with no time of their own
take it, as they would had the lead dated a figure with it. Not a lead telling results still to
come (将于…公布), nor a sentence past the lead, nor a figure with its own period.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 5)

CASES = [
    (
        "芯片公司交出答卷\n\n该公司昨日公布了2025年第三季度业绩。\n\n"
        "公司营收同比增长18%至42亿元，净利润为6.1亿元。\n",
        {"18%": "2025Q3", "42亿元": "2025Q3", "6.1亿元": "2025Q3"},
    ),
    (
        "Server maker's shares slip after results\n\n"
        "The company posted results for the second quarter of fiscal 2026 on Tuesday.\n\n"
        "Revenue rose 12 percent to $3.4 billion, and net income came to $410 million.\n",
        {"12 percent": "FY2026Q2", "$3.4 billion": "FY2026Q2", "$410 million": "FY2026Q2"},
    ),
    # a half as well as a quarter
    (
        "芯片公司交出答卷\n\n该公司披露了2025年上半年业绩。\n\n公司营收同比增长25%至88亿元。\n",
        {"25%": "2025H1", "88亿元": "2025H1"},
    ),
    # must not fire: results still to come
    (
        "芯片公司业绩前瞻\n\n该公司将于下周公布2025年第三季度业绩。\n\n公司营收同比增长18%至42亿元。\n",
        {"18%": None, "42亿元": None},
    ),
    # must not fire: a figure with its own period keeps it
    (
        "芯片公司交出答卷\n\n该公司昨日公布了2025年第三季度业绩。\n\n2024年，公司营收为150亿元。\n",
        {"150亿元": "2024"},
    ),
    # must not fire: the quarter told past the lead is no reporting period of the story
    (
        "芯片公司观察\n\n该公司近年来发展迅速。\n\n公司此前公布了2025年第三季度业绩。\n\n"
        "公司营收同比增长18%至42亿元。\n",
        {"42亿元": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_leads_quarter_dates_the_results_after_it(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s, "missing") for s in expected} == expected
