"""A respectively-list over a range of years whose last year is told only in part (2022年-2025年
上半年，研发费用依次为A、B、C、D) pairs its last figure with that half. A total over the range is
left as it was. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

DECEMBER = date(2025, 12, 20)
LIST = "研发\n\n2022年-2025年上半年，公司研发费用依次为10.18亿元、8.86亿元、8.27亿元、5.72亿元。"
CASES = [
    (LIST, "8.27亿元", "2024"),
    (LIST, "5.72亿元", "2025H1"),
    ("研发\n\n2023年至2025年下半年，公司研发费用分别为3亿元、4亿元、2亿元。", "2亿元", "2025H2"),
    ("研发\n\n2022年至2024年，研发费用依次为10.18亿元、8.86亿元、8.27亿元。", "8.27亿元", "2024"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "period"), CASES, ids=[c[1] for c in CASES])
def test_a_listed_range_ending_in_a_half(text, surface, period):
    assert periods_by_surface(text, DECEMBER)[surface] == period
