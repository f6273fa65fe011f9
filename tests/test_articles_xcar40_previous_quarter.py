"""The previous quarter (前一季度, "in the previous quarter") in a paragraph continuing a quarter's
results is the quarter before the one reported, and it leaves the paragraph reporting that
quarter: its other results take the quarter as a paragraph stating no period does (blind14 312).
A paragraph stating a quarter of its own keeps it.
(surface, period) for each fact; surfaces arrive simplified."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

FEBRUARY = date(2026, 2, 6)

CASES = [
    (
        "Acme reported fourth-quarter revenue of $35.58 billion.\n"
        "Its operating income rose to $12.47 billion. The operating margin inched up to 35%, "
        "from 34.6% in the previous quarter.",
        {"$12.47 billion": "2025Q4", "35%": "2025Q4", "34.6%": "2025Q3"},
    ),
    (
        "甲公司公布第四季度营收为355.8亿元。\n"
        "公司经营利润升至124.7亿元，经营利润率升至35%，高于前一季度的34.6%。",
        {"124.7亿元": "2025Q4", "35%": "2025Q4", "34.6%": "2025Q3"},
    ),
    (
        "甲公司公布第四季度營收為355.8億元。\n"
        "公司經營利潤升至124.7億元，經營利潤率升至35%，高於前一季度的34.6%。",
        {"124.7亿元": "2025Q4", "35%": "2025Q4", "34.6%": "2025Q3"},
    ),
    # must not fire: a paragraph stating another quarter reports that one
    (
        "Acme reported fourth-quarter revenue of $35.58 billion. In the first quarter its "
        "operating income was $9 billion, and its margin 30%, from 28% in the previous quarter.",
        {"$9 billion": "2025Q1", "30%": "2025Q1", "28%": "2024Q4"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_previous_quarter_is_told_against_the_reported_one(text, expected):
    periods = periods_by_surface(text, FEBRUARY)
    assert {s: periods.get(s, "missing") for s in expected} == expected
