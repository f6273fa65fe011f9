"""Launches of products the reference list does not name (issue 12, eighth session, second
round): a generation written after a listed family or vendor ("Trainium 3", "昆仑芯2代") is a
product of its own, and a model code of a vendor's letters, a number and a variant letter
("BR20X") is a model name; reaching mass production (实现量产, 规模量产) is a launch. Single
sentences written for the test."""

from datetime import date

import pytest

from tests.helpers import release_rows

PUBLISHED = date(2025, 11, 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "亚马逊表示，Trainium 4芯片预计2026年上市。",
            [("2026年", "release", "Trainium 4", "2026")],
        ),
        (
            "Amazon plans to launch Trainium 4 in 2026.",
            [("2026", "release", "Trainium 4", "2026")],
        ),
        (
            "崑崙芯2代於2022年推出，主要用於雲端推理。",
            [("2022年", "release", "昆仑芯2代", "2022")],
        ),
        (
            "昆仑芯3代在2024年实现量产。",
            [("2024年", "release", "昆仑芯3代", "2024")],
        ),
        (
            "该公司的新一代训练芯片BR30X预计明年推出。",
            [("明年", "release", "BR30X", "2026")],
        ),
    ],
)
def test_a_product_the_list_does_not_name_is_launched(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The listed family launched without a generation keeps its listed name.
        (
            "Amazon launched Trainium in 2020.",
            [("2020", "release", "AWS Trainium", "2020")],
        ),
        # A quarter or a fiscal year is no model code, and a count after a name is no generation.
        ("英伟达在Q3推出了新的软件平台。", []),
        ("The company launched 20 products in FY25.", []),
        (
            "英特尔2024年推出Gaudi 3 8卡服务器。",
            [("2024年", "release", "Intel Gaudi 3", "2024")],
        ),
        (
            "In 2024 Amazon launched Trainium 4 times faster than before.",
            [("2024", "release", "AWS Trainium", "2024")],
        ),
    ],
)
def test_listed_names_periods_and_counts_are_not_new_products(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected
