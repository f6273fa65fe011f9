"""Years a yearless period or a figure must not take (issue 12, ninth session). A year opening a
comparison as its base, a level told equal to it as well as a change measured against it (与去年
持平, 和2024年相当, 与去年相比), is no year of the figures after it: a 上半年 in the next
sentence or paragraph is the publication's, and a growth in the same sentence keeps no year. A
quarter a plan is laid for (规划在第4季出货) looks ahead like 计划 does. Texts written for the
test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

OCTOBER = date(2025, 10, 9)
MARCH = date(2026, 3, 1)

BASES = [
    ("服务器出货与去年持平，营收同比增长20%。", {"20%": None}),
    ("伺服器出貨和2024年相當，營收年增20%。", {"20%": None}),
    (
        "服务器出货大致与去年持平。\n\n上半年，公司AI服务器营收占比达七成。",
        {"七成": "2025H1"},
    ),
    (
        "桌機、顯示器大致與去年持平。上半年AI伺服器出貨大幅成長，營收占比達七成以上。",
        {"七成": "2025H1"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), BASES, ids=["hans-same", "hant-same", "para", "hant"]
)
def test_a_comparisons_base_year_dates_nothing_after_it(text, expected):
    periods = periods_by_surface(text, OCTOBER)
    assert {s: periods.get(s) for s in expected} == expected


KEPT = [
    # A year the text tells of, not one it compares with, still dates the half after it.
    (
        "服务器出货在2024年大致持平。\n\n上半年，公司AI服务器营收占比达七成。",
        {"七成": "2024H1"},
    ),
    # The base's own figure keeps the base's year.
    ("和2023年5美元左右的均价相比，如今的租金几近腰斩。", {"5美元": "2023"}),
]


@pytest.mark.parametrize(("text", "expected"), KEPT, ids=["told-year", "base-figure"])
def test_a_year_told_or_a_bases_own_figure_keeps_its_year(text, expected):
    periods = periods_by_surface(text, OCTOBER)
    assert {s: periods.get(s) for s in expected} == expected


PLANS = [
    ("公司今年出货7.5万柜，新一代机柜则规划在第4季出货，初期订单量约12万台。", "12万台", "2026Q4"),
    ("公司新一代機櫃規劃在第4季出貨，初期訂單量約12萬台。", "12万台", "2026Q4"),
    # Told as done in March, a fourth quarter is last year's.
    ("公司第4季出货约12万台，创单季新高。", "12万台", "2025Q4"),
]


@pytest.mark.parametrize(("text", "surface", "period"), PLANS, ids=["hans", "hant", "done"])
def test_a_quarter_a_plan_is_laid_for_looks_ahead(text, surface, period):
    assert periods_by_surface(text, MARCH)[surface] == period
