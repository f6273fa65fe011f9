"""The span an outlay is spread over ("invest $40 billion over four years", 五年内投入300亿元) is
the plan's horizon, no duration fact (issue 12, sixth session); a lease's or a contract's length
stays a duration. Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 3, 2)


def typed(sentence: str) -> list[tuple]:
    """(surface, fact_type, value) of the sentence's facts."""
    return [
        (surface, fact_type, value)
        for surface, fact_type, _metric, _subject, value, _unit, _period in fact_rows(
            sentence, PUBLISHED
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The operator will invest $40 billion in new campuses over four years.",
            [("$40 billion", "spend", 4e10)],
        ),
        (
            "The group plans to spend 90 billion yuan across the next five years on AI capacity.",
            [("90 billion yuan", "spend", 9e10)],
        ),
        ("该集团计划五年内投入300亿元建设算力网络。", [("300亿元", "spend", 3e10)]),
        ("該集團計劃五年內投入300億元建設算力網路。", [("300亿元", "spend", 3e10)]),
    ],
)
def test_the_span_of_an_outlay_is_no_duration(sentence, expected):
    assert typed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The cloud signed an H200 lease running over four years at $3 an hour.",
            [("four years", "duration", 4.0), ("$3 an hour", "unit_price", 3.0)],
        ),
        ("这批服务器的交付周期长达五个月。", [("五个月", "duration", 5.0)]),
    ],
)
def test_other_lengths_of_time_stay_durations(sentence, expected):
    assert typed(sentence) == expected
