"""A bracket that names a compute unit and says how much it is (EFLOPS即每秒百亿亿次浮点运算,
1个PFLOPS单位代表每秒1千万亿次的浮点运算) defines the unit: no figure of its own, not its 1个
either. blind8 188 and blind14 315 showed it (a compute of 1e15 / 1e18 FLOP/s and a count of 1
beside the real capacity). Sentences written for the test: (surface, fact_type, value)."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2027年，全省算力规模要超过50EFLOPS（EFLOPS即每秒百亿亿次浮点运算）。",
            [("50EFLOPS", "compute", 5.0e19)],
        ),
        (
            "超算中心算力將由800 PFLOPS提升至2,000 PFLOPS"
            "（1個PFLOPS單位代表每秒1千萬億次的浮點運算）。",
            [("800 PFLOPS", "compute", 8.0e17), ("2,000 PFLOPS", "compute", 2.0e18)],
        ),
        (
            "智算中心的总算力为120PFLOPS（一个PFLOPS相当于每秒千万亿次浮点运算）。",
            [("120PFLOPS", "compute", 1.2e17)],
        ),
        # must not fire: a machine's own speed in words is a figure
        (
            "这台超级计算机的峰值性能为每秒1000万亿次浮点运算。",
            [("1000万亿次", "compute", 1.0e15)],
        ),
        # must not fire: the same compute restated in operations outside a bracket is a figure
        (
            "園區到2032年可提供20萬匹算力，即每秒浮點運算20萬千萬億次。",
            [("20万匹", "compute", 2.0e20), ("20万千万亿次", "compute", 2.0e20)],
        ),
    ],
)
def test_a_units_definition_is_no_figure(text, expected):
    assert fact_fields(text, PUBLISHED, "surface", "fact_type", "value") == expected
