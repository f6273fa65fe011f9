"""A product launched once is one release fact (issue 12, eighth session): a product named twice
for one launch, by its name and an alias in brackets or by two launch verbs of one sentence, was
read as two launches. Different products, or one product launched at two times, stay apart.
Single sentences written for the test."""

from datetime import date

import pytest

from tests.helpers import release_rows

PUBLISHED = date(2025, 12, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2026年下半年登场的Vera Rubin（VR200）平台将把机柜功率推得更高。",
            [("2026年下半年", "release", "NVIDIA Vera Rubin", "2026H2")],
        ),
        (
            "其中最早推出的昇腾950PR将在明年第1季问世。",
            [("明年第1季", "release", "Huawei Ascend 950PR", "2026Q1")],
        ),
    ],
)
def test_a_product_named_twice_for_one_launch_is_launched_once(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "英伟达于2024年推出B200和H200。",
            [
                ("2024年", "release", "NVIDIA B200", "2024"),
                ("2024年", "release", "NVIDIA H200", "2024"),
            ],
        ),
        (
            "华为2024年发布昇腾910C，2025年量产昇腾910C。",
            [
                ("2024年", "release", "Huawei Ascend 910C", "2024"),
                ("2025年", "release", "Huawei Ascend 910C", "2025"),
            ],
        ),
    ],
)
def test_other_products_and_other_times_stay_apart(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected
