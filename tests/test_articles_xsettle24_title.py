"""A title figure with no time of its own that repeats a body figure (the same value and unit) is
the same claim told twice, and of the period the body gives it; a body that tells the figure with
two periods, or none, leaves the title's open (issue 12, settled at the ninth session's end, the
rule written in the tenth). Single texts written for the test, answers first: the title's figure
and its period (facts come in text order, so the first of that surface is the title's)."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2026, 2, 12)

CASES = [
    (
        "聯想季度收入222億美元創新高\n\n聯想公布截至2025年12月31日止第三季業績，季內收入達222億美元，創新高。",
        "222亿美元",
        "2025Q4",
    ),
    (
        "我国智能算力规模达788EFLOPS\n\n截至2025年6月底，我国智能算力规模达到788EFLOPS。",
        "788EFLOPS",
        "2025-06",
    ),
    (
        "Server market up 61 percent\n\n"
        "IDC says revenue in the third quarter of 2025 climbed 61 percent.",
        "61 percent",
        "2025Q3",
    ),
    # the body gives the figure no period: the title's stays open
    ("某公司估值至少30亿美元\n\n据报道，该公司的估值至少为30亿美元。", "30亿美元", None),
]


@pytest.mark.parametrize(("text", "surface", "expected"), CASES)
def test_a_title_figure_takes_the_bodys_period(text, surface, expected):
    periods = [
        period
        for found, period in fact_fields(text, PUBLISHED, "surface", "period")
        if found == surface
    ]
    assert len(periods) == 2 and periods[0] == expected
