"""A level a comparison holds the told figure equal to (和第三季的3.7%相當, 与去年的三成持平,
与二季度的3.7%相比) is that period's own figure, as a level set against it (优于首季的6.11%)
already was: 第三季的3.7% is not the base of a multiple (今年的两倍, 今年的30%), so the quarter
before 的 dates it, not the quarter the clause forecasts. (surface, period)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 14)

CASES = [
    (
        "甲公司財測\n\n甲公司預估第四季營益率不至於走低，會和第三季的3.7％相當。",
        {"3.7%": "2025Q3"},  # (surfaces arrive simplified)
    ),
    (
        "甲公司业绩\n\n甲公司预计第四季度营业利润率将与二季度的3.7%相当。",
        {"3.7%": "2025Q2"},
    ),
    (
        "甲公司业绩\n\n甲公司今年毛利率与去年的三成持平。",
        {"三成": "2024"},
    ),
    (
        "甲公司業績\n\n甲公司毛利率與第二季的3.7％相比下滑。",
        {"3.7%": "2025Q2"},
    ),
    # must not fire: a part of a period's figure, and a multiple of it, keep the period as base
    (
        "甲公司出货\n\n甲公司第四季度出货量约为今年的30%。",
        {"30%": "2025Q4"},
    ),
    (
        "甲公司出货\n\n甲公司第四季度出货量约为今年的两倍。",
        {"两倍": "2025Q4"},
    ),
    # must not fire: a level set against with 优于 stays dated as before
    (
        "甲公司業績\n\n甲公司第二季毛利率為6.5%，優於首季的6.11%。",
        {"6.5%": "2025Q2", "6.11%": "2025Q1"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_level_held_equal_is_its_periods_own(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    for surface, period in expected.items():
        assert periods[surface] == period, (surface, periods)
