"""A period a figure is said to come close to (已逼近去年全年水准, 接近2024年, "approaching 2024
levels") is the base of that comparison, as one it passes is: it dates neither that figure nor
the figures after it, which keep the reporting period of the story's results. (surface, period)
for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 9, 1)

CASES = [
    (
        "芯片公司中报\n\n该公司2025年上半年营收为30亿元。\n\n"
        "工控芯片营收8000万元，已逼近去年全年水准；综合毛利率为42%。",
        {"8000万元": "2025H1", "42%": "2025H1"},
    ),
    (
        "晶片公司中報\n\n該公司2025年上半年營收為30億元。\n\n"
        "工控晶片營收8000萬元，已逼近去年全年水準；綜合毛利率為42%。",
        {"8000万元": "2025H1", "42%": "2025H1"},
    ),
    (
        "Chipmaker's half-year results\n\nRevenue for the first half of 2025 was $3 billion.\n\n"
        "Industrial chip revenue reached $80 million, approaching 2024 levels, and the gross "
        "margin was 42%.",
        {"$80 million": "2025H1", "42%": "2025H1"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_period_a_figure_comes_close_to_is_a_base(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected
