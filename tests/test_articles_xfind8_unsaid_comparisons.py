"""A percent before a comparative with the comparison's other side left unsaid ("costs 40% less",
"25% fewer GPUs", "a third more compute", 多买30%的算力) is a change, not a share (issue 12, sixth
session). Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2026, 3, 2)


def percents(sentence: str) -> list[tuple]:
    """(surface, fact_type, metric, value or (low, high)) of the sentence's percent facts."""
    return [row[:4] for row in typed_rows(sentence, PUBLISHED) if row[4] == "percent"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("An older A100 node draws 35% less.", [("35%", "pct_change", "growth", -35.0)]),
        (
            "The new rack design needs 20% fewer GPUs for the same job.",
            [("20%", "pct_change", "growth", -20.0)],
        ),
        (
            "Prepaid credits buy a quarter to half more compute.",
            [("a quarter to half", "pct_change", "growth", (25.0, 50.0))],
        ),
        ("换用国产卡后，同样的预算能多买40%的算力。", [("40%", "pct_change", "growth", 40.0)]),
        ("換用國產卡後，同樣的預算能多買40%的算力。", [("40%", "pct_change", "growth", 40.0)]),
    ],
)
def test_an_unsaid_comparison_is_a_change(sentence, expected):
    assert percents(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ("or more" bounds a figure; it compares nothing.)
        (
            "The three clouds hold 40% or more of the rental market.",
            [("40%", "share", "market_share", 40.0)],
        ),
        (
            "Rents were 15% higher than a year ago.",
            [("15%", "pct_change", "yoy_growth", 15.0)],
        ),
    ],
)
def test_other_percents_keep_their_type(sentence, expected):
    assert percents(sentence) == expected
