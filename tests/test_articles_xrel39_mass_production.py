"""Launches the release finder missed (round 39): a Latin model written on a Chinese brand
(天垓Gen1, 燧原S60), and the product 实现 puts into mass production (实现通用GPU芯片量产).
Sentences written for the test."""

from datetime import date

import pytest

from tests.helpers import release_rows

PUBLISHED = date(2025, 12, 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "首代产品天垓Gen1于2021年9月量产商用。",
            [("2021年9月", "release", "天垓Gen1", "2021-09")],
        ),
        (
            "第三代推理加速卡“燧原S60”在2024年下半年量产。",
            [("2024年下半年", "release", "燧原S60", "2024H2")],
        ),
        ("天数智芯2022年实现通用GPU芯片量产。", [("2022年", "release", "通用GPU芯片", "2022")]),
        # The launch verb right before the model is no brand: the model alone.
        ("某厂推出S60，于2024年量产。", [("2024年", "release", "S60", "2024")]),
    ],
)
def test_launch_found(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # No time for the launch.
        "天数智芯是国内第一家实现通用GPU芯片量产的企业。",
        # What 实现 reaches is revenue, not a product in mass production.
        "公司2024年实现营收10亿元，S60芯片开始出货。",
        # A unit after a brand word is no model.
        "公司2024年推出功率为W300的方案。",
    ],
)
def test_no_launch(sentence):
    assert release_rows(sentence, PUBLISHED) == []
