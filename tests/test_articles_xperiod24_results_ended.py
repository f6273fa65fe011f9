"""Results named by the day their span ends. The year, the half or the period that ends on a day
is the span results are reported for: "the year ended 31 December 2024" and 截至…止年度 are the
year (a fiscal year when it ends in another month), 中期 / interim results the half, and results
to a day with no span named (截至9月底的业绩, "for the period ended September 30") the quarter. A
day written before its month ("30 June 2025") is a day. A cut-off with no results after it keeps
its day or month. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

MARCH = date(2025, 3, 20)
NOVEMBER = date(2025, 11, 14)
ENDED = [
    ("这家公司公布截至2024年12月31日止年度业绩，收入为500亿元。", MARCH, "500亿元", "2024"),
    ("該集團截至2024年12月底止的財政年度收入為80億港元。", MARCH, "80亿港元", "2024"),
    ("For the year ended 31 December 2024, the group's revenue rose to HK$6 billion.", MARCH,
     "HK$6 billion", "2024"),
    ("The chipmaker earned $7 billion for the fiscal year ended January 26, 2025.", MARCH,
     "$7 billion", "FY2025"),
    ("这家公司截至2025年3月31日止年度的收入为300亿元。", date(2025, 5, 22), "300亿元", "FY2025"),
    ("该公司公布截至6月30日止中期业绩，营收为40亿港元。", date(2025, 8, 20), "40亿港元", "2025H1"),
    ("Interim results for the six months ended 30 June 2025 showed sales of HK$9 billion.",
     date(2025, 8, 20), "HK$9 billion", "2025H1"),
    ("Its interim results for the period ended 30 June 2025 put sales at HK$9 billion.",
     date(2025, 8, 20), "HK$9 billion", "2025H1"),
    ("这家公司公布截至今年9月底的业绩，营收为90亿元。", NOVEMBER, "90亿元", "2025Q3"),
    ("For the period ended September 30, the firm's sales were $4 billion.", NOVEMBER,
     "$4 billion", "2025Q3"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "surface", "period"), ENDED, ids=[c[0][:24] for c in ENDED]
)
def test_results_take_the_span_that_ends_on_their_day(text, published, surface, period):
    assert periods_by_surface(text, published)[surface] == period


NOT_RESULTS = [
    ("截至2025年6月30日，这家公司拥有员工5000人。", "5000人", "2025-06-30"),
    ("截至9月底，这家公司累计出货100万台。", "100万台", "2025-09"),
    ("The firm had 5,000 employees as of June 30, 2025.", "5,000 employees", "2025-06-30"),
]


@pytest.mark.parametrize(
    ("text", "surface", "period"), NOT_RESULTS, ids=[c[0][:24] for c in NOT_RESULTS]
)
def test_a_cut_off_with_no_results_keeps_its_day(text, surface, period):
    assert periods_by_surface(text, NOVEMBER)[surface] == period
