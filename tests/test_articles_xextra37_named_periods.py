"""A span named with "the" ("for the three months", "the three months to June") or
ended by 止 or a 截至 date's 的 (截至…止六个月, 截至6月的三个月) is a reporting period, no
duration. The last or next weeks of something, a move's window and a length qualifying its noun
stay spans. (surface, fact_type, value) of each fact."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 12)

CASES = [
    (
        "Acme said revenue for the three months rose 10 percent to $7.7 billion.",
        [("10 percent", "pct_change", 10.0), ("$7.7 billion", "spend", 7.7e9)],
    ),
    ("Inventories held steady in the three months to June, as orders rose.", []),
    ("甲公司在截至6月的三个月里收入增长20%。", [("20%", "pct_change", 20.0)]),
    ("甲公司截至中期止六个月的收入为5亿港元。", [("5亿港元", "spend", 5.0e8)]),
    # must not fire: spans that are lengths or windows
    ("The curbs hit the last three weeks of the quarter.", [("three weeks", "duration", 21.0)]),
    (
        "Prices have jumped 38% in six months.",
        [("38%", "pct_change", 38.0), ("six months", "duration", 6.0)],
    ),
    (
        "Acme agreed the three-year contract worth $2 billion.",
        [("three-year", "duration", 3.0), ("$2 billion", "spend", 2.0e9)],
    ),
    ("截至目前，该项目已运行三个月。", [("三个月", "duration", 3.0)]),
    ("丙公司的研发周期为三个月。", [("三个月", "duration", 3.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_span_named_as_a_period_is_no_duration(text, expected):
    assert fact_fields(text, PUBLISHED, "surface", "fact_type", "value") == expected
