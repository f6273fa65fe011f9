"""前一季度 / in the previous quarter: the quarter before the one the text stated last (a fiscal
quarter stays fiscal, Q1 goes back to the previous year's Q4); a comparison against it (较前一季度,
from the previous quarter) stays no period."""

import pytest

from suanli.entities import EntityIndex
from tests.helpers import fact_rows

ENTITIES = EntityIndex.load()


CASES = [
    (
        "英伟达公布2026财年第二财季业绩。二季度英伟达营收同比增长56%；前一季度，营收的同比增速为69%。",
        [
            ("56%", "pct_change", "yoy_growth", "NVIDIA", 56.0, "percent", "FY2026Q2"),
            ("69%", "pct_change", "yoy_growth", "NVIDIA", 69.0, "percent", "FY2026Q1"),
        ],
    ),
    (
        "AMD公布2025年第一季度业绩。前一季度，AMD营收为70亿美元。",
        [("70亿美元", "spend", "revenue", "AMD", 7e9, "USD", "2024Q4")],
    ),
    (
        "AMD公佈2025年第一季度業績。前一季度，AMD營收為70億美元。",
        [("70亿美元", "spend", "revenue", "AMD", 7e9, "USD", "2024Q4")],
    ),
    (
        "AMD revenue grew 18% in Q1 2025. In the previous quarter, AMD revenue grew 24%.",
        [
            # (A quarter's growth with no base named is on the year-earlier quarter.)
            ("18%", "pct_change", "yoy_growth", "AMD", 18.0, "percent", "2025Q1"),
            ("24%", "pct_change", "yoy_growth", "AMD", 24.0, "percent", "2024Q4"),
        ],
    ),
    (
        "AMD reported revenue of $7.4 billion for Q1 2025, up from $7.7 billion in the previous "
        "quarter.",
        [
            ("$7.4 billion", "spend", "revenue", "AMD", 7.4e9, "USD", "2025Q1"),
            ("$7.7 billion", "spend", "revenue", "AMD", 7.7e9, "USD", "2024Q4"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_previous_quarter_is_the_one_before_the_quarter_stated_last(text, expected):
    assert fact_rows(text) == expected


@pytest.mark.parametrize(
    "text", ["英伟达营收较前一季度增长6%。", "NVIDIA revenue rose 6% from the previous quarter."]
)
def test_the_previous_quarter_a_change_is_measured_against_is_no_period(text):
    assert [(f[0], f[6]) for f in fact_rows(text)] == [("6%", None)]
