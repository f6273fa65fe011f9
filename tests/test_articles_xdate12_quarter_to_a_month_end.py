"""A quarter named by the end of its last month ("截至6月底的季度", "截至9月末止季度", "the quarter
to the end of June") is that quarter, as one named by its last day is ("截至6月30日止的季度").
A month end with no quarter and no results after it (截至6月底) keeps its month; results to it
(截至9月底的业绩) are the quarter's, as the tenth session reads them (xperiod24).
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 25)

CASES = [
    (
        "阿里巴巴公布截至6月底的季度业绩，收入增长2%至2477亿元。",
        {"2%": "2025Q2", "2477亿元": "2025Q2"},
    ),
    (
        "阿里巴巴公布截至6月底的季度業績，收入增長2%至2477億元。",
        {"2%": "2025Q2", "2477亿元": "2025Q2"},
    ),
    ("腾讯截至今年9月末止季度的收入为1930亿元。", {"1930亿元": "2025Q3"}),
    ("騰訊截至今年9月末止季度的收入為1930億元。", {"1930亿元": "2025Q3"}),
    ("截至2025年3月底的三个月，公司收入为12亿元。", {"12亿元": "2025Q1"}),
    (
        "In the quarter to the end of June, revenue rose 2% to 247 billion yuan.",
        {"2%": "2025Q2", "247 billion yuan": "2025Q2"},
    ),
    (
        "Revenue for the three months ended at the end of September was $12 billion.",
        {"$12 billion": "2025Q3"},
    ),
    # A month end with no quarter after it keeps its month.
    ("截至6月底，全国在用算力中心标准机架达1085万架。", {"1085万架": "2025-06"}),
    ("截至今年9月底的业绩显示，收入为5亿元。", {"5亿元": "2025Q3"}),
    ("By the end of June, 1,200 racks were in use.", {"1,200 racks": "2025-06"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:16] for c in CASES])
def test_a_quarter_to_a_month_end(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {surface: periods.get(surface) for surface in expected} == expected
