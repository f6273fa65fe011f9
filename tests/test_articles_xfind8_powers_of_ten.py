"""A power of ten written out (1e26, 10^26, 3×10^24): how export rules and model papers state
training compute (issue 12, sixth session). The exponent is no figure of its own, and operations
counted in such numbers are a total of computation (unit FLOP), not a rate. Single sentences
written for the test, answers first."""

from datetime import date

import pytest

from suanli.quantities import extract_quantities
from suanli.text import normalise
from tests.helpers import typed_rows

PUBLISHED = date(2026, 3, 2)


def values(sentence: str) -> list[tuple]:
    """(surface, kind, value, unit) of every quantity in the sentence that is not a time."""
    text = normalise(sentence).text
    return [
        (q.surface, q.kind, q.value, q.unit)
        for q in extract_quantities(text)
        if q.kind not in ("year", "date", "quarter", "half_year", "month")
    ]


def typed(sentence: str) -> list[tuple]:
    return typed_rows(sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Labs must report any run above 5e25 training FLOPs to the agency.",
            [("5e25 training FLOPs", "compute", 5e25, "FLOP")],
        ),
        (
            "The threshold is 10^26 operations, far above last year's largest run.",
            [("10^26 operations", "compute", 1e26, "FLOP")],
        ),
        (
            "Its largest model took roughly 3×10^24 FLOP to train.",
            [("3×10^24 FLOP", "compute", 3e24, "FLOP")],
        ),
        (
            "新规要求，训练算力超过10^25次浮点运算的大模型须向监管部门备案。",
            [("10^25次浮点运算", "compute", 1e25, "FLOP")],
        ),
        (
            "新規要求，訓練算力超過1e25次浮點運算的大模型須向主管機關備案。",
            [("1e25次浮点运算", "compute", 1e25, "FLOP")],
        ),
    ],
)
def test_a_power_of_ten_of_operations_is_a_total(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (A rate stays a rate while it is one a machine can reach.)
        (
            "The new supercomputer sustains 2×10^18 FLOPS on the benchmark.",
            [("2×10^18 FLOPS", "compute", 2e18, "FLOP/s")],
        ),
        (
            "该集群每秒可完成10^18次浮点运算。",
            [("10^18次浮点运算", "compute", 1e18, "FLOP/s")],
        ),
        # (A bare power of ten is a number, and its exponent is never read as a count.)
        ("The odds were put at 1e12 to one.", [("1e12", "plain", 1e12, None)]),
    ],
)
def test_other_powers_of_ten(sentence, expected):
    assert values(sentence) == expected


def test_the_exponent_is_no_figure():
    """Before this rule "10^26 FLOPs" gave a compute of 26 FLOP/s."""
    sentence = "Models trained with more than 10^26 FLOPs need a licence."
    assert typed(sentence) == [("10^26 FLOPs", "compute", "training_compute", 1e26, "FLOP")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Only Tier 1 countries may host models needing more than 1e26 training FLOPS.",
        "训练算力超过1e26次浮点运算的前沿模型只能在第一梯队国家开发。",
        "訓練算力超過1e26次浮點運算的前沿模型只能在第一梯隊國家開發。",
    ],
)
def test_training_compute_as_a_fact(sentence):
    facts = typed(sentence)
    assert [(f[1], f[2], f[3], f[4]) for f in facts] == [
        ("compute", "training_compute", 1e26, "FLOP")
    ]


@pytest.mark.parametrize("sentence", ["Model X2e10 shipped.", "The A1e25 board is new."])
def test_letters_before_make_a_name(sentence):
    assert not [v for v in values(sentence) if v[2] and v[2] > 1e9]
