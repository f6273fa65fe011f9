"""How many parts each unit of a product is built with (每颗配有6颗HBM3E, 每张卡搭载8颗HBM) is a
property of the product, null unless its own sentence dates it, as its memory is: a year carried
from an earlier sentence does not date it. A count of units sold 每颗…, or one dated in its own
sentence, keeps its period."""

from datetime import date

import pytest

from tests.helpers import fact_rows

DECEMBER = date(2025, 12, 24)
CASES = [
    ("多家公司计划在2026年推出新的AI加速器。其中甲芯片每颗配有6颗HBM3E，乙芯片和丙芯片每颗分别搭载8颗和4颗HBM。",
     {6.0: None, 8.0: None, 4.0: None}),
    ("丙公司2026年将扩大出货。丙公司的加速卡每张卡集成2颗HBM3E。", {2.0: None}),
    ("丁公司預計2026年推出新晶片，每顆晶片搭載12顆HBM4。", {2026.0: "2026", 12.0: "2026"}),
    # units sold, a price per unit: not parts of a unit
    ("戊公司2026年计划出货200万颗芯片，每颗售价3万元。", {2e6: "2026", 3e4: "2026"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "periods"), CASES, ids=[c[0][:12] for c in CASES])
def test_parts_per_unit_are_undated(text, periods):
    assert {row[4]: row[6] for row in fact_rows(text, DECEMBER)} == periods
