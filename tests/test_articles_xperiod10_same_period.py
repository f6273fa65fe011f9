"""A figure stated of the same period a year back (上年同期为亏损5亿元, 去年同期的2.53元, "a loss of
$500 million in the same period last year") is of the period in force a year earlier: the first
period its sentence stated, else the one carried (2025H1 → 2024H1, 2025Q2 → 2024Q2). The mention
is no period of its own: it gives no year to a yearless half or quarter, dates no other figure
of its sentence and carries to no sentence after. A change set against it (较上年同期增长30%, up
30% compared with the same period last year) keeps the period in force (issue 12, seventh
session). Single sentences written for the test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 9, 4)

CASES = [
    (
        "2025年上半年，公司净利润为12亿元，而上年同期为亏损5亿元，同比扭亏。毛利率为55%。",
        {"12亿元": "2025H1", "5亿元": "2024H1", "55%": "2025H1"},
    ),
    (
        "2025年上半年，公司淨利潤為12億元，而上年同期為虧損5億元，同比扭虧。毛利率為55%。",
        {"12亿元": "2025H1", "5亿元": "2024H1", "55%": "2025H1"},
    ),
    (
        # (No year stated: 上半年 is the publication's, not the year of 去年同期 after it.)
        "上半年净利润为12亿元，去年同期则亏损5亿元；毛利率为55%。",
        {"12亿元": "2025H1", "5亿元": "2024H1", "55%": "2025H1"},
    ),
    (
        "上半年淨利潤為12億元，去年同期則虧損5億元；毛利率為55%。",
        {"12亿元": "2025H1", "5亿元": "2024H1", "55%": "2025H1"},
    ),
    (
        "2025年第二季度，公司每股收益为3.19元，高于去年同期的2.53元；经营现金流从上年同期的-6亿元转为"
        "净流入9亿元。",
        {"3.19元": "2025Q2", "2.53元": "2024Q2", "-6亿元": "2024Q2", "9亿元": "2025Q2"},
    ),
    (
        "2025年第二季度，公司每股盈餘為3.19元，高於去年同期的2.53元。",
        {"3.19元": "2025Q2", "2.53元": "2024Q2"},
    ),
    (
        "In the first half of 2025 the company made a profit of $1.2 billion, against a loss of "
        "$500 million in the same period last year. Revenue rose 40%.",
        {"$1.2 billion": "2025H1", "$500 million": "2024H1", "40%": "2025H1"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:16] for c in CASES])
def test_a_figure_of_the_same_period_a_year_back(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected


def test_the_mention_carries_to_no_later_sentence():
    text = "2025年上半年，寒武纪营收为28亿元，上年同期为6亿元。研发投入为4亿元。"
    assert periods_by_surface(text, PUBLISHED)["4亿元"] == "2025H1"


CHANGES = [
    ("2025年上半年，公司营收为28亿元，较上年同期增长40%。", {"28亿元": "2025H1", "40%": "2025H1"}),
    (
        "2025年上半年，公司營收為28億元，與去年同期相比增加22億元。",
        {"28亿元": "2025H1", "22亿元": "2025H1"},
    ),
    (
        "Revenue for the third quarter of 2025 was $5 billion, up 30% compared with the same "
        "period last year.",
        {"$5 billion": "2025Q3", "30%": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANGES, ids=[c[0][:16] for c in CHANGES])
def test_a_change_set_against_it_keeps_the_period_in_force(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected


# 上半年营收, 下半年銷售額: the half's revenue, not a year's worth (年营收) of the half's year.
HALVES = [
    ("海光信息上半年营收为54亿元。", {"54亿元": "2025H1"}),
    ("海光資訊上半年營收為54億元。", {"54亿元": "2025H1"}),
    ("公司下半年销售额预计达到80亿元。", {"80亿元": "2025H2"}),
    # (年营收 after a half stated earlier is still a year's worth.)
    ("2025年上半年订单强劲，年营收为80亿元。", {"80亿元": "2025"}),
]


@pytest.mark.parametrize(("text", "expected"), HALVES, ids=[c[0][:10] for c in HALVES])
def test_a_halfs_revenue_is_the_halfs(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected
