"""A figure whose own clause states no time, ranked within a period by the clause after it
("，是今年规模最大的", "，创今年新高", ", the largest … this year"), is of that period; a time the
rank runs from (2023年以来最高, the highest since 2023) dates nothing. (surface, period) for each
fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 12)

CASES = [
    ("该公司定增募资约45亿元，是今年创业板规模最大的一笔。", {"45亿元": "2025"}),
    ("該公司定增募資約45億元，是今年創業板規模最大的一筆。", {"45亿元": "2025"}),
    ("新股发行价为88.6元/股，创今年新股发行价新高。", {"88.6元/股": "2025"}),
    (
        "The offering raised $2.3 billion, the biggest chip listing this year.",
        {"$2.3 billion": "2025"},
    ),
    # A time the rank runs from is no period of the figure.
    ("该公司营收为80亿元，是2023年以来最高。", {"80亿元": None}),
    ("Revenue reached $8 billion, the highest since 2023.", {"$8 billion": None}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_a_figure_ranked_within_a_period(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {surface: periods.get(surface, "missing") for surface in expected} == expected
