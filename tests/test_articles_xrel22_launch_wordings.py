"""Launch wordings the release finder missed (issue 12, ninth session): a product noun with no
listed name after an English launch verb ("mass production of its newest AI chips", "mass-produce
HBM4"), HBM generations as launched products, a launch said of its market ("hit the market"), a
launch moved to or dated since a time (提前到第三季度上市, 自2023年发布以来), and "the end of the
year" as the publication's year. Sentences written for the test."""

from datetime import date

import pytest

from tests.helpers import release_rows

PUBLISHED = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The firm plans to begin mass production of its newest AI chips in the third quarter "
            "of 2025.",
            [("third quarter of 2025", "release", "newest AI chips", "2025Q3")],
        ),
        (
            "Samsung aims to mass-produce 16-layer HBM4 by the end of the year.",
            [("the end of the year", "release", "16-layer HBM4", "2025")],
        ),
        (
            "美光计划在今年下半年量产HBM4。",
            [("今年下半年", "release", "HBM4", "2025H2")],
        ),
        (
            "The H20 is expected to hit the market in 2026.",
            [("2026", "release", "NVIDIA H20", "2026")],
        ),
        (
            "英伟达把H200提前到今年第三季度上市。",
            [("今年第三季度", "release", "NVIDIA H200", "2025Q3")],
        ),
        (
            "H200自2023年發布以來已降價三成。",
            [("2023年", "release", "NVIDIA H200", "2023")],
        ),
        (
            "H100和A100自2022年发布以来已降价三成。",
            [
                ("2022年", "release", "NVIDIA A100", "2022"),
                ("2022年", "release", "NVIDIA H100", "2022"),
            ],
        ),
    ],
)
def test_a_launch_wording_gives_a_release(sentence, expected):
    # (An unlisted product keeps the text's noun phrase; a listed one its canonical name.)
    assert release_rows(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # A business model is no launched product.
        "The company launched a new business model in 2023.",
        # Shipments reaching a market are no launch.
        "Server shipments to the China market reached 20,000 units in 2024.",
        # HBM the launched product carries is not launched: the accelerator has no listed name.
        "谷歌计划在2026年推出搭载HBM3E的加速器。",
        # A time moved to with no launch verb states no release.
        "英伟达把财报发布会提前到下周。",
        # The year before the end of the year is its own.
        "Prices had doubled by the end of the year before.",
    ],
)
def test_no_release_without_a_launched_product(sentence):
    assert release_rows(sentence, PUBLISHED) == []
