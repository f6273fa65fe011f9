"""A percent set against an earlier one of its sentence (，而去年同期为60%, ，相較去年的15%,
", against about 20% in mid-2025", ", versus 95% before the ban") with no cue of its own measures
what that one measures at another time; and a cue word inside another word (gain in "against",
rise in "enterprise") is no cue. Each as (surface, fact_type, metric, value, unit); subjects and
periods are pinned elsewhere."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


SET_AGAINST_CASES = [
    (
        "数据中心业务营收占比达到88%，而去年同期为60%。",
        [
            ("88%", "share", "revenue_share", 88.0, "percent"),
            ("60%", "share", "revenue_share", 60.0, "percent"),
        ],
    ),
    (
        "國產晶片市占率升至30%，相較去年的15%。",
        [
            ("30%", "share", "market_share", 30.0, "percent"),
            ("15%", "share", "market_share", 15.0, "percent"),
        ],
    ),
    (
        "Inference deals now make up 55% to 70% of the pipeline, against about 20% in mid-2025.",
        [
            ("55% to 70%", "share", "share", (55.0, 70.0), "percent"),
            ("20%", "share", "share", 20.0, "percent"),
        ],
    ),
    (
        "Nvidia's market share fell to 50%, versus 95% before the ban.",
        [
            ("50%", "share", "market_share", 50.0, "percent"),
            ("95%", "share", "market_share", 95.0, "percent"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_AGAINST_CASES)
def test_a_percent_set_against_an_earlier_one_measures_the_same(text, expected):
    assert typed(text) == expected


# (A clause with a cue of its own keeps it: the later figure here is a growth.)
def test_a_percent_set_against_with_its_own_cue_keeps_it():
    assert typed("数据中心业务营收占比达到88%，而营收同比增长了20%。") == [
        ("88%", "share", "revenue_share", 88.0, "percent"),
        ("20%", "pct_change", "yoy_growth", 20.0, "percent"),
    ]


def test_a_cue_inside_another_word_is_no_cue():
    assert typed("Enterprise fleets sit at 5% utilization.") == [
        ("5%", "share", "utilization", 5.0, "percent")
    ]
