"""A launch planned for a date (昇腾960芯片预定在2027年第4季登场, H20原本预定2023年底发布, 新品将在
明年第1季问世) is a release fact dated by that period: the product's noun (芯片, 晶片), a plan word
(预定, 原本, 计划, 则) and spaces may stand between the product and the date, and 登场 and 问世 say
a launch as 发布 does. Sentences of our own, answers written first, as (surface, fact_type,
metric, value, unit, period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 20)


def _rows(text: str) -> list[tuple]:
    return [
        (surface, fact_type, metric, value, unit, period)
        for surface, fact_type, metric, _subject, value, unit, period in fact_rows(text, PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "昇腾960芯片预定在2027年第4季登场。",
            ("2027年第4季", "release", "release_year", 2027.0, "year", "2027Q4"),
        ),
        (
            "昇騰960晶片預定在2027年第4季登場。",
            ("2027年第4季", "release", "release_year", 2027.0, "year", "2027Q4"),
        ),
        (
            "昇腾950芯片计划于2026年问世。",
            ("2026年", "release", "release_year", 2026.0, "year", "2026"),
        ),
        (
            "H20 原本預定 2023 年底發布。",
            ("2023 年", "release", "release_year", 2023.0, "year", "2023"),
        ),
        (
            "昇腾950PR将在明年第1季问世。",
            ("明年第1季", "release", "release_year", 2026.0, "year", "2026Q1"),
        ),
    ],
)
def test_a_planned_launch_is_a_release(text, expected):
    assert _rows(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # No launch verb: a plan's date alone states no release.
        "昇腾970芯片则订在2028年第4季。",
        # A product's share of a year's sales is no launch.
        "昇腾910B芯片在2024年的出货量中占多数。",
    ],
)
def test_no_launch_verb_no_release(text):
    assert not [row for row in _rows(text) if row[1] == "release"]
