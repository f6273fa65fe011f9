"""A title that tells its period as a forecast's or a target's (市场规模今年有望破…, 產值今年料達…,
"…in 2026 expected to reach…", "plan … in 2026") dates only figures of its own measure: the body's
report figures of other measures, in paragraphs no sentence of the body has dated, stay null. The
title's measure keeps it, a period the body tells again dates what follows as before, and a title
of results set against expectations (业绩符合预期) is no forecast. (surface, period) per fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

SEPTEMBER = date(2025, 9, 30)
CASES = [
    ("算力租赁市场规模今年有望破500亿元\n\n某机构报告显示，全国智能算力规模达到300EFLOPS，同比增长50%。",
     {"500亿元": "2025", "300EFLOPS": None, "50%": None}),
    ("台灣伺服器產值今年料達1兆元\n\n研調機構報告顯示，全球智慧算力規模達到500EFLOPS，年增60%。",
     {"1兆元": "2025", "500EFLOPS": None, "60%": None}),
    ("Server revenue in 2026 expected to reach $300 billion\n\n"
     "The agency said global computing power reached 500 EFLOPS, up 60%.",
     {"$300 billion": "2026", "500 EFLOPS": None, "60%": None}),
    ("Server makers plan price rises in 2026\n\n"
     "The agency said global computing power reached 500 EFLOPS, up 60%.",
     {"500 EFLOPS": None, "60%": None}),
    # the title's own measure keeps its period
    ("AI服务器市场规模今年有望破2000亿元\n\n国内AI服务器市场规模约为1500亿元。",
     {"2000亿元": "2025", "1500亿元": "2025"}),
    # the body tells the period again: it dates the sentences after it
    ("甲公司今年营收有望破100亿元\n\n公司2025年营收预计达120亿元，毛利率为30%。其净利润预计为20亿元。",
     {"100亿元": "2025", "120亿元": "2025", "30%": "2025", "20亿元": "2025"}),
    # results set against expectations are no forecast
    ("乙公司2025年上半年业绩符合预期\n\n公司毛利率为45%，净利润为3亿元。",
     {"45%": "2025H1", "3亿元": "2025H1"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_titles_forecast_dates_its_own_measure(text, periods):
    got = periods_by_surface(text, SEPTEMBER)
    assert {surface: got.get(surface, "missing") for surface in periods} == periods
