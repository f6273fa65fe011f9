"""The year a change is measured since (since 2020, 自2020年以来) is its base, not its period:
with no other time stated the change has none, and a year stated for another clause keeps to
that clause. A year stated as the figure's own and a stretch (2020年至2024年) still date it.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 3, 21)

CASES = [
    ("全球服务器市场规模自2020年以来增长了150%。", {"150%": None}),
    ("全球伺服器市場規模自2020年以來成長了150%。", {"150%": None}),
    ("The server market has grown 150% since 2020.", {"150%": None}),
    (
        "The market has more than doubled since 2020, reaching $235 billion in revenue for 2024.",
        {"$235 billion": "2024"},
    ),
    ("北美云厂商资本支出年增4成 ASIC服务器占比创2023年以来新高", {"4成": None}),
    # A year stated as the figure's own, and a stretch, still date it.
    ("2024年全球服务器市场规模增长了150%。", {"150%": "2024"}),
    ("2020年至2024年，全球服务器市场规模增长了150%。", {"150%": "2020-2024"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:14] for c in CASES])
def test_a_year_a_change_is_measured_since_is_no_period(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {surface: periods.get(surface) for surface in expected} == expected
