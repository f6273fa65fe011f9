"""A period joined by 的 to the noun a figure measures is the figure's own, even when a present
word stands right before the figure (明年的订单目前已达50亿元: next year's orders, standing now at
50亿元). A present word that names the figure itself still dates it (超越目前约四成的水准).
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 20)
CASES = [
    ("营收\n\nBlackwell和Rubin从今年到明年底的营收能见度目前已达5,000亿美元。",
     "5,000亿美元", "2025-2026"),
    ("订单\n\n甲公司明年的订单目前已达50亿元。", "50亿元", "2026"),
    ("訂單\n\n甲公司2026年的訂單目前已達50億元。", "50亿元", "2026"),
    # the present names the figure: the future year is another figure's
    ("市占\n\n2026年AI服务器市占率会再超越目前约四成的水准。", "四成", "2025"),
    # a comma ends the noun: the present word dates its own clause
    ("订单\n\n甲公司明年的订单，目前已达50亿元。", "50亿元", "2025"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "period"), CASES, ids=[c[1] for c in CASES])
def test_a_period_owning_the_noun_outranks_the_present(text, surface, period):
    assert periods_by_surface(text, NOVEMBER)[surface] == period
