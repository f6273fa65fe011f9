"""An amount of money before a length of time (issue 12, twelfth session): in "a record $30
billion quarter of spending" the quarter says when the money is spent, not a unit to multiply
it by, as "$5 billion for Nvidia chips" names what it buys. The amount keeps its own value and
surface. Rents per unit of time keep theirs. Single sentences written for the test, answers
first."""

import pytest

from suanli.quantities import extract_quantities


def money(sentence: str) -> list[tuple]:
    return [
        (q.surface, q.value_low, q.value_high)
        for q in extract_quantities(sentence)
        if q.kind == "money"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The cloud group is heading for a record $12 billion quarter of spending.",
            [("$12 billion", 1.2e10, 1.2e10)],
        ),
        ("Chipmakers closed a $4 billion week of deals.", [("$4 billion", 4e9, 4e9)]),
    ],
)
def test_money_before_a_time_word_keeps_its_value(sentence, expected):
    assert money(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Spot H100s now rent for $2.1 per hour.", [("$2.1 per hour", 2.1, 2.1)]),
        ("该机柜月租金为6.5万元/月。", [("6.5万元/月", 6.5e4, 6.5e4)]),
    ],
)
def test_a_rent_per_unit_of_time_is_not_touched(sentence, expected):
    assert money(sentence) == expected


def test_a_length_of_time_with_no_money_stays_a_duration():
    durations = [
        (q.surface, q.value_low)
        for q in extract_quantities("Sales have grown for 12 consecutive quarters.")
        if q.kind == "duration"
    ]
    assert durations == [("12 consecutive quarters", 36.0)]
