"""The period a multiple is of is its base, also when the base's measure stands between its
period and 的 (約為今年產量的兩倍), and in English, where the multiple comes before its base
("double that of 2025", "three times the 2024 level"). A part of a named whole (2025年营收的30%)
keeps the whole's period. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

SEPTEMBER = date(2025, 9, 30)
CASES = [
    ("产量\n\n甲公司计划明年生产约60万颗芯片，約為今年產量的兩倍。", "两倍", "2026"),
    ("出货\n\n乙公司2026年的出货量预计是2025年出货量的3倍。", "3倍", "2026"),
    ("营收\n\n丙公司明年营收有望达到去年营收的1.5倍。", "1.5倍", "2026"),
    ("Capex\n\nThe company expects capex in 2026 to be well in excess of double that of 2025.",
     "double", "2026"),
    ("Output\n\nShipments in 2027 will reach three times the 2024 level.", "three times", "2027"),
    # a part of a named whole is of the whole's period
    ("营收\n\n丁公司2024年营收的30%来自AI服务器。", "30%", "2024"),
    # a multiple whose only period is its own
    ("产能\n\n戊公司2026年的产能将翻至4倍。", "4倍", "2026"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "period"), CASES, ids=[c[1] for c in CASES])
def test_the_base_of_a_multiple_does_not_date_it(text, surface, period):
    assert periods_by_surface(text, SEPTEMBER)[surface] == period
