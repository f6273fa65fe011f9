"""Compute written with its prefix spelled out or its kind glued on (issue 12, thirteenth
session): "10Exa-Flops" and "2 peta-flops" are exaflops and petaflops with a hyphen, and 50PHPC
is 50 P of HPC computing as 500P is 500 P (a widening of the compute rows). Letters that only
begin with P, as in "PCs", are no compute. Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2026, 2, 1)


def computes(sentence: str) -> list[tuple]:
    return [
        row
        for row in fact_fields(sentence, PUBLISHED, "surface", "fact_type", "value", "unit")
        if row[1] == "compute"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("该集群的浮点运算能力可达5Exa-Flops。", [("5Exa-Flops", "compute", 5e18, "FLOP/s")]),
        (
            "The new cluster delivers 3 peta-flops of compute.",
            [("3 peta-flops", "compute", 3e15, "FLOP/s")],
        ),
        ("该超算中心一期建设80PHPC算力规模。", [("80PHPC", "compute", 8e16, "FLOP/s")]),
    ],
)
def test_a_spelled_prefix_or_a_glued_kind_is_compute(sentence, expected):
    assert computes(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The plant assembles 500 PCs a day.",
        "The lab took on 3 PhD students in 2025.",
    ],
)
def test_words_beginning_with_the_letter_are_no_compute(sentence):
    assert computes(sentence) == []
