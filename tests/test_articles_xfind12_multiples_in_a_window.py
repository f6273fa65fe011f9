"""A multiple reached within a window (issue 12, seventh session, third round): "capex tripled in
24 months", "on course to triple in size in just three years" state the multiple and the window
it came in, both claims; "doubles in about 18 months" and "doubled every two years" stay a doubling
time. Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2026, 3, 2)


def kinds(sentence: str) -> list[tuple]:
    return typed_rows(sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cloud spending by the big operators tripled in 18 months.",
            [
                ("tripled", "ratio", "growth_ratio", 3.0, "ratio"),
                ("18 months", "duration", "duration", 18.0, "months"),
            ],
        ),
        (
            "The accelerator market is set to quadruple in just four years.",
            [
                ("quadruple", "ratio", "growth_ratio", 4.0, "ratio"),
                ("four years", "duration", "duration", 4.0, "years"),
            ],
        ),
        (
            "Inference traffic on the platform doubled within six months.",
            [
                ("doubled", "ratio", "growth_ratio", 2.0, "ratio"),
                ("six months", "duration", "doubling_time", 6.0, "months"),
            ],
        ),
    ],
)
def test_a_multiple_reached_in_a_window_is_both_claims(sentence, expected):
    assert kinds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Training compute doubles in about five months.",
            [("five months", "duration", "doubling_time", 5.0, "months")],
        ),
        (
            "Memory bandwidth per card doubled every three years.",
            [("three years", "duration", "doubling_time", 3.0, "years")],
        ),
        ("显卡租金两年翻倍。", [("两年", "duration", "doubling_time", 2.0, "years")]),
        ("顯卡租金兩年翻倍。", [("两年", "duration", "doubling_time", 2.0, "years")]),
    ],
)
def test_a_rule_of_doubling_stays_a_doubling_time(sentence, expected):
    assert kinds(sentence) == expected
