"""From a year's start up to now (由2023年初至今, 2023年初迄今) is the span from that year to the
publication's, as 2023年至今 already is. A year's start with no 至今 keeps its year.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

AUGUST = date(2025, 8, 28)
CASES = [
    ("股价\n\n寒武紀股價由2023年初至今累計升幅更達250倍。", "250倍", "2023-2025"),
    ("股价\n\n甲公司股价自2022年初迄今上涨了3倍。", "3倍", "2022-2025"),
    ("股价\n\n甲公司股价从2023年至今上涨250倍。", "250倍", "2023-2025"),
    ("营收\n\n甲公司2023年初营收为5亿元。", "5亿元", "2023"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "period"), CASES, ids=[c[1] for c in CASES])
def test_from_a_years_start_up_to_now(text, surface, period):
    assert periods_by_surface(text, AUGUST)[surface] == period
