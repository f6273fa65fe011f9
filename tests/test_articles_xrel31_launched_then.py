"""A launch time written before an attributive launch verb (round 31): "预计2H25推出的B30",
"2024年3月推出的H20芯片", "2026年末推出的VR200". The time names what was launched then, so it
dates no other figure of the sentence, but it is the launch's own time. Sentences written for the
test."""

from datetime import date

import pytest

from tests.helpers import fact_fields, release_rows

PUBLISHED = date(2025, 9, 20)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "包括面向中国市场、预计2H25推出的B30。",
            [("2H25", "release", "NVIDIA B30", "2025H2")],
        ),
        (
            "英伟达于2024年3月推出的H20芯片销量大增。",
            [("2024年3月", "release", "NVIDIA H20", "2024-03")],
        ),
        (
            "英偉達2024年下半年正式發布的B200晶片出貨強勁。",
            [("2024年下半年", "release", "NVIDIA B200", "2024H2")],
        ),
        (
            # The time by the attributive verb, not the sentence's other year, dates the launch.
            "英伟达2025年高端GPU出货量中，包括预计2H25推出的B30。",
            [("2H25", "release", "NVIDIA B30", "2025H2")],
        ),
    ],
)
def test_launch_time_before_an_attributive_verb(sentence, expected):
    assert release_rows(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # What was launched then is no product: a policy.
        "4月底推出的补贴政策带动了销量。",
        # An announcement, not a launch.
        "公司今年2月提出的投资计划规模达500亿元。",
    ],
)
def test_not_a_launch_time(sentence):
    assert release_rows(sentence, PUBLISHED) == []


def test_launch_time_dates_no_other_figure():
    rows = fact_fields(
        "英伟达2024年推出的B200芯片今年出货量达100万颗。",
        PUBLISHED,
        "surface",
        "fact_type",
        "period",
    )
    assert ("2024年", "release", "2024") in rows
    assert not any(r[1] != "release" and r[2] == "2024" for r in rows)
