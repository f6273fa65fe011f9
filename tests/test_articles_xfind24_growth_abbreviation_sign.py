"""Broker notes write a change after a growth abbreviation with its sign glued on: 毛利率
yoy-5.53pcts, 营收qoq+31.38%. The dash after yoy/qoq/mom/hoh is the sign of a fall, not the
hyphen of a name such as GPT-3 (which dropped the figure). Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _changes(text: str) -> list[tuple[str, float, str]]:
    return [(row[0], row[3], row[4]) for row in typed_rows(text) if row[1] == "pct_change"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "公司三季度毛利率为58.2%，yoy-4.37pcts，qoq-0.82pcts。",
            [("-4.37pcts", -4.37, "percentage_points"), ("-0.82pcts", -0.82, "percentage_points")],
        ),
        (
            "该公司Q2营收52亿元，yoy-8.4%，qoq+2.6%。",
            [("-8.4%", -8.4, "percent"), ("2.6%", 2.6, "percent")],
        ),
        ("單季營收YoY -3.5%，毛利率持平。", [("-3.5%", -3.5, "percent")]),
    ],
)
def test_a_dash_after_a_growth_abbreviation_is_a_fall(text, expected):
    assert _changes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Letters before a dash are still a name's: GPT-4, Llama-3, momentum-5.
        "OpenAI发布GPT-4后，Meta推出了Llama-3模型。",
        "The fund's momentum-5 strategy was dropped.",
    ],
)
def test_a_name_with_a_dash_stays_no_figure(text):
    assert typed_rows(text) == []
