"""A base period that states a figure of its own (对比2022至2025年只有180万平方呎, 比去年仅为3亿元)
dates that figure; the change the comparison yields after it is not dated by the base.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 10, 30)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


BASES_WITH_A_FIGURE = [
    (
        "机构预计2026至2029年间某市将新增约300万平方米机房；对比2020至2023年只有90万平方米，"
        "增幅达233%。",
        {"300万平方米": "2026-2029", "90万平方米": "2020-2023", "233%": "2026-2029"},
    ),
    (
        "機構預計2026至2029年間某市將新增約300萬平方米機房；對比2020至2023年只有90萬平方米，"
        "增幅達233%。",
        {"300万平方米": "2026-2029", "90万平方米": "2020-2023", "233%": "2026-2029"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), BASES_WITH_A_FIGURE, ids=[c[0][:12] for c in BASES_WITH_A_FIGURE]
)
def test_a_base_period_stating_its_own_figure_dates_that_figure_only(text, expected):
    assert periods_of(text) == expected


def test_a_base_period_without_a_figure_of_its_own_still_dates_nothing():
    text = "某市2025年新增机房面积比2023年增长40%。"
    assert periods_of(text) == {"40%": "2025"}
