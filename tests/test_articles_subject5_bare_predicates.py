"""A clause that opens with its predicate alone, a degree adverb (明显, 显著) or a bare move (大升,
大增), names no subject of its own: its figure belongs to what the clause before named. Blind2 76
showed the class; the sentences are new, each row is (surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

BARE_PREDICATE_CASES = [
    (
        "星河科技的海外收入为12亿元，大升35%。",
        [
            ("12亿元", "星河科技的海外收入", 1_200_000_000.0, "CNY"),
            ("35%", "星河科技的海外收入", 35.0, "percent"),
        ],
    ),
    (
        "星河科技的海外收入為12億元，大增35%。",
        [
            ("12亿元", "星河科技的海外收入", 1_200_000_000.0, "CNY"),
            ("35%", "星河科技的海外收入", 35.0, "percent"),
        ],
    ),
    (
        "星河科技的海外收入为12亿元，明显高于去年的9亿元。",
        [
            ("12亿元", "星河科技的海外收入", 1_200_000_000.0, "CNY"),
            ("9亿元", "星河科技的海外收入", 900_000_000.0, "CNY"),
        ],
    ),
    (
        "星河科技的海外收入為12億元，顯著高於去年的9億元。",
        [
            ("12亿元", "星河科技的海外收入", 1_200_000_000.0, "CNY"),
            ("9亿元", "星河科技的海外收入", 900_000_000.0, "CNY"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_PREDICATE_CASES)
def test_a_clause_opening_with_its_predicate_keeps_the_subject_before(text, expected):
    assert subject_rows(text) == expected


def test_a_noun_before_the_move_is_still_the_subject():
    # The rule drops only a phrase that is nothing but an adverb or a move: a noun stays.
    assert subject_rows("星河科技的海外收入为12亿元，云业务收入大增35%。") == [
        ("12亿元", "星河科技的海外收入", 1_200_000_000.0, "CNY"),
        ("35%", "云业务收入", 35.0, "percent"),
    ]


# 于 before a time says when the predicate after the subject happened: the subject ends before it.
TIME_AFTER_YU_CASES = [
    ("星河科技的新一轮融资于2024年完成，筹得5亿元。", "星河科技的新一轮融资"),
    ("星河科技的新一輪融資於去年完成，籌得5億元。", "星河科技的新一轮融资"),
    ("星河科技的新一轮融资于过去三个月内完成，筹得5亿元。", "星河科技的新一轮融资"),
]


@pytest.mark.parametrize(("text", "subject"), TIME_AFTER_YU_CASES)
def test_yu_before_a_time_ends_the_subject(text, subject):
    assert subject_rows(text) == [("5亿元", subject, 500_000_000.0, "CNY")]


# "For the rest of the year", "By the end of 2025": a stretch of time opening the sentence names
# when, never what; with no noun of its own the figure stays with the company named before.
TIME_STRETCH_CASES = [
    "AMD's sales fell by $2 billion. For the remainder of the quarter, the lost revenue could reach"
    " $3 billion.",
    "AMD's sales fell by $2 billion. For the rest of the year, the lost revenue could reach"
    " $3 billion.",
    "AMD's sales fell by $2 billion. By the end of the fiscal year, the lost revenue could reach"
    " $3 billion.",
]


@pytest.mark.parametrize("text", TIME_STRETCH_CASES)
def test_a_stretch_of_time_is_not_the_subject(text):
    assert subject_rows(text) == [
        ("$2 billion", "AMD", 2_000_000_000.0, "USD"),
        ("$3 billion", "AMD", 3_000_000_000.0, "USD"),
    ]


# "put the X at $N": X is what the figure measures, also when X carries its own "for"/"of" phrase.
PUT_AT_CASES = [
    (
        "Lisa Su recently put the global market for AI accelerators at roughly $500 billion.",
        [("$500 billion", "global market for AI accelerators", 500_000_000_000.0, "USD")],
    ),
    (
        "Analysts put the European market for data center GPUs at about $20 billion.",
        [("$20 billion", "European market for data center GPUs", 20_000_000_000.0, "USD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUT_AT_CASES)
def test_what_is_put_at_a_figure_keeps_its_prepositional_phrase(text, expected):
    assert subject_rows(text) == expected
