"""A growth set against what was spent or earned in a named year: when that year is the one before
the figure's own year (or, undated, before the year of publication), the growth is year on year;
set against an older year it stays a plain growth. Each text is written for the test."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 3, 1)


def _growths(text: str) -> list[tuple[str, str, str]]:
    return [
        (surface, fact_type, metric)
        for surface, fact_type, metric, *_rest in fact_rows(text, PUBLISHED)
        if fact_type == "pct_change"
    ]


YEAR_BEFORE_CASES = [
    (
        "Their combined budget would reach about $90 billion, a 45% jump from the $62 billion "
        "they spent in 2025.",
        [("45%", "pct_change", "yoy_growth")],
    ),
    (
        "Cloud revenue could climb 28% from 2025's $40 billion.",
        [("28%", "pct_change", "yoy_growth")],
    ),
    ("今年该公司的资本开支预计较2025年的900亿元增长35%。", [("35%", "pct_change", "yoy_growth")]),
    ("今年該公司的資本開支預計較2025年的900億元增長35%。", [("35%", "pct_change", "yoy_growth")]),
    ("2024年该厂商的出货量比2023年增长21%。", [("21%", "pct_change", "yoy_growth")]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_BEFORE_CASES)
def test_a_growth_on_the_year_before_named_is_year_on_year(text, expected):
    assert _growths(text) == expected


OLDER_YEAR_CASES = [
    "Their combined budget would reach about $90 billion, a 150% jump from the $36 billion they "
    "spent in 2022.",
    "今年该公司的资本开支预计较2021年的300亿元增长180%。",
    "今年該公司的資本開支預計較2021年的300億元增長180%。",
]


@pytest.mark.parametrize("text", OLDER_YEAR_CASES)
def test_a_growth_on_an_older_year_stays_a_growth(text):
    assert [metric for _s, _t, metric in _growths(text)] == ["growth"]
