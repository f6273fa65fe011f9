"""The prices a move runs between (went up from RMB 880,000 to RMB 1.05 million) are quoted in the
time their paragraph speaks of: with no time of their own they take the period carried, as any
price does. The other ends of a move (from 40 weeks to 16, 占比将从30%升至50%) keep being dated by
their own sentence or not at all (tests/test_articles_periods.py). (surface, period) for each
fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 12, 26)

CASES = [
    (
        "芯片价格\n\n今年，英伟达推出了升级版模组。该模组价格一度从88万元涨到105万元。",
        {"88万元": "2025", "105万元": "2025"},
    ),
    (
        "晶片價格\n\n今年，輝達推出了升級版模組。該模組價格一度從88萬元漲到105萬元。",
        {"88万元": "2025", "105万元": "2025"},
    ),
    (
        "Chip prices\n\nEarlier this year NVIDIA launched an upgraded module. Its price at one "
        "point went up from RMB 880,000 to RMB 1.05 million.",
        {"RMB 880,000": "2025", "RMB 1.05 million": "2025"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_moves_levels_take_the_period_carried(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected


def test_a_moves_lengths_of_time_take_no_period_carried():
    text = (
        "Lead times\n\nIn the second quarter of 2024 supply eased. Lead times for the "
        "servers shortened from 40 weeks to 16 weeks."
    )
    periods = periods_by_surface(text, PUBLISHED)
    assert (periods["40 weeks"], periods["16 weeks"]) == (None, None)
