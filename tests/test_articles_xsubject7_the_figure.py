"""The figure named as a figure (这个数字, 这一数字, 该金额, "that figure", "the number") opening a
clause stands for the figure the sentence before gave: a new figure in that clause measures what
that one measured. 料 (is expected to) after a noun phrase is its predicate, not part of it.
Blind3 97 showed the class; the sentences are new. Each row is (surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

FIGURE_CASES = [
    "目前深圳的机柜总功率为80 MW。受需求推动，这个数字料会升至超过200 MW。",
    "目前深圳的機櫃總功率為80 MW。受需求推動，這個數字料會升至超過200 MW。",
    "目前深圳的机柜总功率为80 MW。这一数字将在2028年升至200 MW。",
    "目前深圳的機櫃總功率為80 MW。這一數字將在2028年升至200 MW。",
]


@pytest.mark.parametrize("text", FIGURE_CASES)
def test_the_figure_named_as_a_figure_measures_what_the_one_before_measured(text):
    assert subject_rows(text) == [
        ("80 MW", "深圳的机柜总功率", 80e6, "W"),
        ("200 MW", "深圳的机柜总功率", 200e6, "W"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shenzhen's rack power stands at 80 MW. That figure is expected to pass 200 MW.",
        "Shenzhen's rack power stands at 80 MW. By 2028, the figure should pass 200 MW.",
    ],
)
def test_an_english_figure_named_as_a_figure(text):
    assert [row[:2] for row in subject_rows(text)] == [
        ("80 MW", "Shenzhen's rack power"),
        ("200 MW", "Shenzhen's rack power"),
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("深圳的机柜总功率料将升至200 MW。", "深圳的机柜总功率"),
        ("深圳的機櫃總功率料將升至200 MW。", "深圳的机柜总功率"),
    ],
)
def test_expected_to_is_a_predicate(text, subject):
    assert subject_rows(text) == [("200 MW", subject, 200e6, "W")]
