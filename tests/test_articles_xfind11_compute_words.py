"""Computing power in Chinese words (issue 12, seventh session, second round): a figure in two
myriad units (18万千万亿次: 180,000 × 10^15), operations per second named before the figure
(每秒浮点运算…次), and Hong Kong's 匹 before 算力, a petaflop.
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2026, 3, 2)


def amounts(sentence: str) -> list[tuple]:
    return fact_fields(sentence, PUBLISHED, "surface", "fact_type", "value", "unit")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "新中心的设计算力为每秒浮点运算3万千万亿次。",
            [("3万千万亿次", "compute", 3e19, "FLOP/s")],
        ),
        (
            "新中心的設計算力為每秒浮點運算3萬千萬億次。",
            [("3万千万亿次", "compute", 3e19, "FLOP/s")],
        ),
        ("该集群每秒可完成5千万亿次浮点运算。", [("5千万亿次", "compute", 5e15, "FLOP/s")]),
    ],
)
def test_operations_per_second_in_two_myriad_units(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新园区建成后可提供3000匹算力。", [("3000匹", "compute", 3e18, "FLOP/s")]),
        ("新園區建成後可提供3000匹算力。", [("3000匹", "compute", 3e18, "FLOP/s")]),
    ],
)
def test_a_pi_of_computing_power_is_a_petaflop(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (匹 counting horses, and 千 before a unit of its own, stay what they were.)
        ("农场新买了三匹马。", []),
        ("电站新增装机3万千瓦。", [("3万千瓦", "spec", 3e7, "W")]),
    ],
)
def test_other_pi_and_thousands_stay_as_they_were(sentence, expected):
    assert amounts(sentence) == expected
