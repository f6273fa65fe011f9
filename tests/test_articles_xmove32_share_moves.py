"""A share's move in a results story (盘后跌5%, 现跌超3%, "shares jumped 9% in extended trading")
is the market's reaction on a trading day, not a result of the quarter the story reports: a
quarter or a half carried from an earlier paragraph, or stated in another clause of its sentence,
does not date it. 现 right before the move (现跌超3%, 现挫逾1%) is the present: the published year.
The results themselves keep the reported quarter; a move dated in its own clause keeps its day."""

from datetime import date

import pytest

from tests.helpers import fact_rows

AUGUST = date(2025, 8, 14)
CASES = [
    # 现 + a move: the stock as it trades now, not the quarter reported
    ("甲公司公布第二季度业绩，收入增长22%至188亿美元。不过股价逆市下滑，现跌超3%。",
     {22.0: "2025Q2", 1.88e10: "2025Q2", -3.0: "2025"}),
    # a quarter stated in another clause of its sentence is the report's, not the move's
    ("乙公司第二季营收467亿美元，盘后股价一度重挫逾5%。", {4.67e10: "2025Q2", -5.0: None}),
    # a quarter carried from the paragraph before does not date a later paragraph's move
    ("丙公司第二季度营收增长56%。\n\n财报公布前，其股价收跌0.1%，盘后则一度下跌逾5%。",
     {56.0: "2025Q2", -0.1: None, -5.0: None}),
    # a title's quarter, and a quarter stated before in the paragraph, are the report's
    ("Acme revenue hits a record in Q2 2025\n\nAcme shares fell 5%.", {-5.0: None}),
    ("Acme posted record revenue in the second quarter. Its shares fell 5% after hours.",
     {-5.0: None}),
    # must not fire: a move dated in its own clause keeps its day; a growth is no 现 move
    ("丁公司第二季度营收增长56%。\n\n8月13日，丁公司股价收跌2%。",
     {56.0: "2025Q2", -2.0: "2025-08-13"}),
    ("戊公司第二季度营收增长56%，表现超过预期。", {56.0: "2025Q2"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:12] for c in CASES])
def test_share_moves_are_not_dated_by_the_reported_quarter(text, periods):
    assert {row[4]: row[6] for row in fact_rows(text, AUGUST)} == periods
