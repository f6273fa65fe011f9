"""The base of a comparison named with the plain comparison words 比/较 and joined by 的 to its
own figure (比2024年全年的53.48%, 较2024年的100亿元, 比去年的100亿元) dates that figure, as
高于2024年的 does; the told figure and the change measured against the base keep the told
period. A base with no figure of its own (比2024年增长20%) still dates nothing."""

from datetime import date

import pytest

from tests.helpers import fact_rows

NOVEMBER = date(2025, 11, 15)
CASES = [
    ("甲公司2025年一季度毛利率回升至55.26%，比2024年全年的53.48%略有改善。",
     {55.26: "2025Q1", 53.48: "2024"}),
    ("乙公司2025年营收为120亿元，较2024年的100亿元增长20%。",
     {1.2e10: "2025", 1e10: "2024", 20.0: "2025"}),
    ("丙公司今年营收为120亿元，比去年的100亿元增长20%。",
     {1.2e10: "2025", 1e10: "2024", 20.0: "2025"}),
    ("丁公司2025年上半年营收为120亿元，比2024年上半年的100亿元增长20%。",
     {1.2e10: "2025H1", 1e10: "2024H1", 20.0: "2025H1"}),
    ("戊公司2025年三季度毛利率为35%，较2024年的30%提升5个百分点。",
     {35.0: "2025Q3", 30.0: "2024", 5.0: "2025Q3"}),
    # a base with no figure of its own dates nothing
    ("己公司2025年营收为120亿元，比2024年增长20%。", {1.2e10: "2025", 20.0: "2025"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:12] for c in CASES])
def test_a_base_dates_its_own_figure_only(text, periods):
    assert {row[4]: row[6] for row in fact_rows(text, NOVEMBER)} == periods
