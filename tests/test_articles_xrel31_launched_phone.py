"""A phone launched with no name is a launched product (round 31), as a chip or a server is:
"Huawei launched a 7nm chip-powered smartphone in 2023", 华为于2023年推出首款5G手机. Sentences
written for the test."""

from datetime import date

import pytest

from tests.helpers import release_rows

PUBLISHED = date(2025, 9, 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Chip output has been argued over since Huawei launched a 7nm chip-powered smartphone"
            " in 2023.",
            [("2023", "release", "7nm chip-powered smartphone", "2023")],
        ),
        (
            "华为于2023年推出首款5G手机。",
            [("2023年", "release", "5G手机", "2023")],
        ),
    ],
)
def test_phone_launch(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Phone sales in a year: no launch verb.
        "Apple's smartphone sales rose 5% in 2023.",
        # A launch of something run on phones is no phone launch.
        "The company launched a new business model for smartphone users in 2024.",
    ],
)
def test_not_a_phone_launch(sentence):
    assert release_rows(sentence, PUBLISHED) == []
