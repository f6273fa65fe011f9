"""What a clause sets aside (除了…, 除…外, besides, apart from) is not what the clauses after it
measure: "今年纬创除了AMD MI355X订单畅旺，ASIC机种出货量也将增长40%" is about the ASIC machines
(or Wistron), not the MI355X. 扣除 and 除此之外 set nothing named aside. Blind3 89 showed the
class; the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

SET_ASIDE_CASES = [
    ("今年纬创除了AMD MI355X订单畅旺，ASIC机种出货量也将增长40%。", ("40%", "ASIC机种出货量")),
    ("今年緯創除了AMD MI355X訂單暢旺，ASIC機種出貨量也將成長40%。", ("40%", "ASIC机种出货量")),
    ("除H20订单外，云端机种出货量今年将增长25%。", ("25%", "云端机种出货量")),
    ("除H20訂單外，雲端機種出貨量今年將成長25%。", ("25%", "云端机种出货量")),
]


@pytest.mark.parametrize(("text", "row"), SET_ASIDE_CASES)
def test_a_name_set_aside_is_not_the_subject_after_it(text, row):
    assert [r[:2] for r in subject_rows(text)] == [row]


KEPT_CASES = [
    ("除了H100售价30万元外，H200也在涨价。", ("30万元", "NVIDIA H100")),
    ("扣除英伟达的订单，纬创营收增长30%。", ("30%", "Wistron")),
    ("Apart from the H100 orders, Quanta's rack shipments rose 30%.", ("30%", "Quanta")),
]


@pytest.mark.parametrize(("text", "row"), KEPT_CASES)
def test_a_figure_inside_the_span_or_a_deduction_keeps_its_name(text, row):
    assert [r[:2] for r in subject_rows(text)] == [row]
