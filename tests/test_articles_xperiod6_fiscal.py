"""Fiscal quarters in a results story, one short text at a time: research-note shorthand after
"fiscal" (fiscal 3Q25) is a fiscal quarter, and so is the same shorthand later in a text that has
named a fiscal period (against Q2'25); "next quarter" said beside a quarter the sentence states is
the quarter after it, not after the publication's. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 5, 7)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


SHORTHAND = [
    (
        "Dell fiscal 1Q26: revenue of $23.4 billion, against $22.2 billion in Q1'25.",
        {"$23.4 billion": "FY2026Q1", "$22.2 billion": "FY2025Q1"},
    ),
    (
        "Acme fiscal Q2'25 revenue was $3.1 billion.\n\nIn Q2'24 it had been $2.6 billion.",
        {"$3.1 billion": "FY2025Q2", "$2.6 billion": "FY2024Q2"},
    ),
    (
        "Acme's revenue was $3.1 billion in 2Q25, against $2.6 billion in 2Q24.",
        {"$3.1 billion": "2025Q2", "$2.6 billion": "2024Q2"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORTHAND, ids=[c[0][:24] for c in SHORTHAND])
def test_shorthand_quarters_of_a_fiscal_results_story_are_fiscal(text, expected):
    assert periods_of(text) == expected


NEXT_QUARTER = [
    (
        "Acme posted revenue of $4.2 billion in Q3 2025 and expects $4.8 billion next quarter.",
        {"$4.2 billion": "2025Q3", "$4.8 billion": "2025Q4"},
    ),
    (
        "Supermicro fiscal 3Q25: net sales of $4.6 billion; $5.9 billion expected next quarter.",
        {"$4.6 billion": "FY2025Q3", "$5.9 billion": "FY2025Q4"},
    ),
    (
        "浪潮信息2025年第一季度营收为200亿元，预计下季度营收达到260亿元。",
        {"200亿元": "2025Q1", "260亿元": "2025Q2"},
    ),
    (
        "浪潮資訊2025年第一季營收為200億元，預計下季度營收達到260億元。",
        {"200亿元": "2025Q1", "260亿元": "2025Q2"},
    ),
    # With no quarter stated, next quarter is the one after the publication's.
    ("Acme expects revenue of $4.8 billion next quarter.", {"$4.8 billion": "2025Q3"}),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_QUARTER, ids=[c[0][:24] for c in NEXT_QUARTER])
def test_next_quarter_beside_a_stated_quarter_is_the_one_after_it(text, expected):
    assert periods_of(text) == expected
