"""The computing power of one chip or card, read at a precision (这款芯片算力为260TOPS, FP4算力达
2PFLOPS, "FP8 compute of 4 petaflops"), is a property of the chip like its memory: a year or a
quarter carried from the title or an earlier sentence does not date it. What a cluster or a data
centre reaches (算力规模) is of its time, and a chip's compute its own sentence dates keeps it."""

from datetime import date

import pytest

from tests.helpers import fact_rows

JUNE = date(2025, 6, 20)
CASES = [
    # a title's year does not date a chip's compute
    ("2026算力对决：甲公司冲击50%份额\n\n甲公司新品集成了144GB显存，FP4算力达2PFLOPS。",
     {50.0: "2026", 1.44e11: None, 2e15: None}),
    ("乙公司2024年营收为30亿元。这款芯片采用7nm工艺，算力为256TOPS。",
     {3e9: "2024", 7.0: None, 2.56e14: None}),
    ("Acme's revenue rose 12% in 2025. Its new chip delivers FP8 compute of 4 PFLOPS.",
     {12.0: "2025", 4e15: None}),
    # must not fire: a cluster's compute carried, and a chip's compute its sentence dates
    ("截至2025年底，丙市已建成智算中心3个。其中最大的集群算力规模达到FP16 1000P。",
     {3.0: "2025", 1e18: "2025"}),
    ("2025年，丁公司芯片的FP16算力为512TOPS。", {5.12e14: "2025"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:12] for c in CASES])
def test_a_chips_compute_takes_no_period_carried(text, periods):
    assert {row[4]: row[6] for row in fact_rows(text, JUNE)} == periods
