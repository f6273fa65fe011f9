"""A bracket after a compute figure that names the unit again and says how much it is
(300EFLOPS（EFLOPS即每秒百亿亿次浮点运算）, 3,000 PFLOPS（1個PFLOPS單位代表每秒1千萬億次的浮點
運算）) defines the unit: its one and its count of operations are no claims. Seen in blind8 188 and
blind14 315, whose writers list them as not claims; the extractor read a count of 1 and a compute
figure of the unit's size. A figure restated in other words outside a bracket (，即每秒浮點運算
18萬千萬億次) is still a figure. The sentences are new."""

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 7, 4)


def _figures(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "fact_type", "value")


def test_a_unit_named_again_and_defined():
    text = "到2027年，全国算力规模要超过400EFLOPS（EFLOPS即每秒百亿亿次浮点运算）。\n"
    assert _figures(text) == [("400EFLOPS", "compute", 4e20)]


def test_traditional_one_unit_stands_for():
    text = "該中心的算力將提升至2,000 PFLOPS（1個PFLOPS單位代表每秒1千萬億次的浮點運算）。\n"
    assert _figures(text) == [("2,000 PFLOPS", "compute", 2e18)]


def test_a_restated_figure_is_kept():
    # Must not fire: no bracket; the same compute told in operations per second is a figure.
    text = "園區到2032年可提供20萬匹算力，即每秒浮點運算20萬千萬億次。\n"
    surfaces = [row[0] for row in _figures(text)]
    assert surfaces == ["20万匹", "20万千万亿次"]
