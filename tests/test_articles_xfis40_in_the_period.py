"""期内 (Hong Kong's 期內, "in the period") opening a clause is the period told last, as 当季 and
季内 are: 期內，數據中心的營業收入錄得超過100億元 in the paragraph after the second quarter's
results is that quarter (blind14 319 left the paragraph undated); 上半年…；期内收入29亿元 is the
half (blind9 218), 期內 inside a clause (原因是期內…, blind8 189) is left to the period in force.
Not 短期内, 报告期内 or 预期内, words of their own. The sentences are new."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

CASES = [
    pytest.param(
        "截至6月30日止的第二季度，營業收入為135億美元。\n\n期內，數據中心收入錄得100億美元。",
        date(2023, 8, 24),
        {"100亿美元": "2023Q2"},
        id="in_the_period_opening_a_paragraph_is_the_quarter_told",
    ),
    pytest.param(
        "寒武纪上半年录得利润10.3亿元；期内收入29亿元。",
        date(2025, 9, 10),
        {"29亿元": "2025H1"},
        id="in_the_period_after_a_half_is_the_half",
    ),
    # Must not fire: 短期内 is a span of its own, not the quarter told.
    pytest.param(
        "公司2025年第三季度营收10亿元。\n\n公司称短期内订单充足，储备订单达50亿元。",
        date(2025, 11, 10),
        {"50亿元": None},
        id="in_the_short_term_is_no_period_told",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_in_the_period(text, published, expected):
    periods = periods_by_surface(text, published)
    assert {surface: periods[surface] for surface in expected} == expected
