"""A growth set against the quarter before is a quarter-on-quarter growth: 比前1季, 较上一季度,
"compared with the previous quarter", also when the base opens the sentence and an aside stands
between. Each text is written for the test."""

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2025, 11, 1)


def _growths(text: str) -> list[tuple[str, str]]:
    return [(surface, metric) for surface, _type, metric in measures(text, PUBLISHED, "pct_change")]


QOQ_CASES = [
    ("第三季公司营收达到58亿元，比前1季大增21.4%。", [("21.4%", "qoq_growth")]),
    ("第三季公司營收達到58億元，比前1季大增21.4%。", [("21.4%", "qoq_growth")]),
    ("三季度公司营收较上一季度增长12.5%。", [("12.5%", "qoq_growth")]),
    ("三季度营收同比增长25%，较上季增长5%。", [("25%", "yoy_growth"), ("5%", "qoq_growth")]),
    ("Revenue rose 8% compared to the prior quarter.", [("8%", "qoq_growth")]),
    (
        "Compared with the previous quarter, however, revenue slipped 3.1 percent and net profit "
        "fell 12 percent.",
        [("3.1 percent", "qoq_growth"), ("12 percent", "qoq_growth")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QOQ_CASES)
def test_growth_on_the_quarter_before_is_qoq(text, expected):
    assert _growths(text) == expected


def test_a_year_base_opening_the_sentence_stays_yoy():
    text = "Compared with a year earlier, however, revenue rose 14 percent."
    assert _growths(text) == [("14 percent", "yoy_growth")]
