"""同年 / 同一年 before a quarter or a half (同年第四季度, 同年下半年) is that part of the year
named before it, whether or not that year has begun at publication. Sentences written for this test:
(surface, period) for every fact the text holds."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 12, 10)


def periods_of(text: str) -> list[tuple]:
    return [(row[0], row[-1]) for row in fact_rows(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "某公司计划2026年第一季度推出X100芯片，同年第四季度推出X200芯片。",
            [("2026年第一季度", "2026Q1"), ("同年第四季度", "2026Q4")],
        ),
        (
            "某公司計劃2026年第1季推出X100晶片，同年第4季推出X200晶片。",
            [("2026年第1季", "2026Q1"), ("同年第4季", "2026Q4")],
        ),
        (
            "某公司2024年上半年营收为30亿元，同年下半年营收为45亿元。",
            [("30亿元", "2024H1"), ("45亿元", "2024H2")],
        ),
    ],
)
def test_the_same_years_part_takes_the_year_named_before(text, expected):
    assert periods_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A yearless quarter still waits for a year begun at publication.
        ("某公司第四季度营收为30亿元。", [("30亿元", "2025Q4")]),
        # A year with its own quarter is not 同年's.
        ("某公司2024年第三季度营收为30亿元。", [("30亿元", "2024Q3")]),
    ],
)
def test_other_quarters_are_unchanged(text, expected):
    assert periods_of(text) == expected
