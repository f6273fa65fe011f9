"""An investment committed (a plant's 50亿元 investment, "a $500 billion AI investment") is a
sum pledged once for a project that runs its own years: the quarter or the year a story reports,
carried from its title or an earlier sentence, does not date it. Its own sentence's time still
does, and the story's other figures keep the period carried."""

from datetime import date

import pytest

from tests.helpers import fact_rows

JUNE = date(2025, 6, 20)
CASES = [
    # a title's year does not date an investment in the body
    ("甲公司2025年营收增长30%\n\n甲公司新厂50亿元的投资案正是为了扩充产能。",
     {30.0: "2025", 5e9: None}),
    # nor does a quarter carried from the sentence before
    ("乙公司第一季度营收为120亿元。公司宣布在新竹投资50亿元兴建新厂。",
     {1.2e10: "2025Q1", 5e9: None}),
    ("Acme revenue rose 12% in 2025\n\nAcme unveiled a $500 billion AI investment in Ohio.",
     {12.0: "2025", 5e11: None}),
    # must not fire: an investment its own sentence dates keeps the time, and a revenue after it
    # keeps the period carried
    ("丙公司2025年计划投资50亿元兴建新厂。", {5e9: "2025"}),
    ("丁公司第一季度营收为120亿元。其中云业务收入为30亿元。", {1.2e10: "2025Q1", 3e9: "2025Q1"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:12] for c in CASES])
def test_an_investment_takes_no_period_carried(text, periods):
    assert {row[4]: row[6] for row in fact_rows(text, JUNE)} == periods
