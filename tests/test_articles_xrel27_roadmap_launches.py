"""Roadmap launches the release finder missed (round 27): English verbs of a product's turn in a
roadmap ("intends to ship the …", "has planned the …", "… will follow in 2028"), a roadmap's later
items with the launch verb elided (推出节奏：…排在…，…则订在…), the next launch (紧接着于…面世), a
bracketed aside between the product and its verb, and "the last quarter of 2026". Sentences
written for the test."""

from datetime import date

import pytest

from tests.helpers import release_rows

PUBLISHED = date(2025, 9, 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Late in 2026 Huawei intends to ship the Ascend 950DT.",
            [("2026", "release", "Huawei Ascend 950DT", "2026")],
        ),
        (
            "For 2027 the company has planned the Ascend 960.",
            [("2027", "release", "Huawei Ascend 960", "2027")],
        ),
        (
            "The Ascend 970 will follow in 2028.",
            [("2028", "release", "Huawei Ascend 970", "2028")],
        ),
        (
            "In the last quarter of 2026 Huawei plans to ship the Ascend 950DT.",
            [("last quarter of 2026", "release", "Huawei Ascend 950DT", "2026Q4")],
        ),
        (
            "华为公布推出节奏：昇腾950PR排在2026年第1季，昇腾970芯片则订在2028年第4季。",
            [
                ("2026年第1季", "release", "Huawei Ascend 950PR", "2026Q1"),
                ("2028年第4季", "release", "Huawei Ascend 970", "2028Q4"),
            ],
        ),
        (
            "昇腾950PR明年初推出，昇騰950DT緊接著於2026年第4季面世。",
            [
                ("明年", "release", "Huawei Ascend 950PR", "2026"),
                ("2026年第4季", "release", "Huawei Ascend 950DT", "2026Q4"),
            ],
        ),
        (
            "Blackwell Ultra（液冷散热）预计在2025年下半年量产。",
            [("2025年下半年", "release", "NVIDIA Blackwell Ultra", "2025H2")],
        ),
    ],
)
def test_roadmap_launch(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A shipment plan of units is no launch.
        "Huawei plans to ship 2 million Ascend 910C chips in 2026.",
        # "follow" with no launch: a product following a trend.
        "Demand for the H20 will follow the market in 2026.",
        # A plan's date alone, with no launch verb in the sentence, states no release.
        "昇腾970芯片则订在2028年第4季。",
        # A schedule word dating something other than a launch.
        "英伟达将H200的财报会议定于2026年2月召开。",
    ],
)
def test_not_a_roadmap_launch(sentence):
    assert release_rows(sentence, PUBLISHED) == []
