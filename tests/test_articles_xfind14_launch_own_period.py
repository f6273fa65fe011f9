"""A launch is dated by its own clause's period (issue 12, eighth session, second round): a
period written in the clause of another launch verb of the sentence dates that launch, not a
launch in a later clause that states none. A period in a clause without a launch of its own
("2023年，英伟达推出H200") still dates the launch after it. Single sentences written for the
test."""

from datetime import date

import pytest

from tests.helpers import release_rows

PUBLISHED = date(2025, 6, 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "MI365 系列预计下半年正式发布，AMD还计划推出面向中东客户的MI318。",
            [("下半年", "release", "AMD Instinct MI365", "2025H2")],
        ),
        (
            "Gaudi 3于2024年上市，英特尔随后也将推出新一代加速卡。",
            [("2024年", "release", "Intel Gaudi 3", "2024")],
        ),
    ],
)
def test_a_period_dates_the_launch_of_its_own_clause_only(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2023年，英伟达推出H200。",
            [("2023年", "release", "NVIDIA H200", "2023")],
        ),
        (
            "AMD launched the MI300X in 2023, and NVIDIA unveiled the B200 in 2024.",
            [
                ("2023", "release", "AMD Instinct MI300X", "2023"),
                ("2024", "release", "NVIDIA B200", "2024"),
            ],
        ),
        (
            "昇腾950PR计划2026年上市，昇腾960计划2027年上市。",
            [
                ("2026年", "release", "Huawei Ascend 950PR", "2026"),
                ("2027年", "release", "Huawei Ascend 960", "2027"),
            ],
        ),
    ],
)
def test_each_launch_keeps_its_own_period(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected
