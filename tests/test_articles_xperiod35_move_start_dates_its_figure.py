"""A move told from a dated start to a level (从去年底的5000P增加到1.2万P,
由去年的四成提高到五成以上): the start's period, written with the start's own figure, dates
that figure only, as a comparison's base dates only the base value; the level moved to keeps
the time its sentence tells (今年) or its own (由2025年的29.6%升至2028年的37.7%). A present word
(目前) dates that level even when the start is told with a past word: the past word marks the
start only. A past word standing before the figure itself still refuses the present.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

MARCH = date(2026, 3, 11)

CASES = [
    # the level moved to takes the sentence's year, not the start's
    (
        "对于今年的订单，公司相当乐观：ASIC客户的营收占比将由去年的四成提高到五成以上。",
        {"四成": "2025", "五成": "2026"},
    ),
    # a dated start with a digit figure dates that figure only
    ("今年，该集群的算力规模从去年底的5000P增加到1.2万P。", {"5000P": "2025", "1.2万P": "2026"}),
    # both ends dated keep their own years
    (
        "出货占比由2025年的29.6%升至2028年的37.7%，年复合增长率为8.4%。",
        {"29.6%": "2025", "37.7%": "2028"},
    ),
    # must not fire: 从2022年到2024年 opens the stretch the figures hold for, no move's start
    ("从2022年到2024年，公司的营收增加到30亿元。", {"30亿元": "2022-2024"}),
    # 目前 dates the level reached from last year's start, with or without a day
    ("目前，该园区的算力规模已从去年底的8000P增加到2万P。", {"8000P": "2025", "2万P": "2026"}),
    (
        "目前，公司的自有机柜数量已由去年的1200个提高到3000个。",
        {"1200个": "2025", "3000个": "2026"},
    ),
    # must not fire: 去年 dates the figure's own clause (no move's start), out of 目前's reach
    ("目前，该园区的算力规模去年为8000P。", {"8000P": "2025"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_moves_start_dates_only_its_own_figure(text, expected):
    periods = periods_by_surface(text, MARCH)
    assert {s: periods.get(s, "missing") for s in expected} == expected
