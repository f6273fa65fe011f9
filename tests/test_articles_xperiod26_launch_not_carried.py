"""A launch time or a plant's start of production (计划在2026年推出, 2026年新工厂投产后, "is due to
launch in 2026", "starts production in 2026") is the time of an event: it dates the launched
thing's figures in its own clause, not the figures the sentences after it tell of the present,
nor another part of its sentence after a semicolon. A year the text states as a reporting
period still carries. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

DECEMBER = date(2025, 12, 10)
NOT_CARRIED = [
    ("公司介绍\n\n甲公司年产能80万台，2026年新基地投产后将达到150万台；单位成本比同行低10%。"
     "前五大客户占比在40%以内。", "10%"),
    ("公司介绍\n\n甲公司年产能80万台，2026年新基地投产后将达到150万台；单位成本比同行低10%。"
     "前五大客户占比在40%以内。", "40%"),
    ("芯片介绍\n\n乙公司计划在2026年推出新一代加速卡。每张加速卡配有12颗内存芯片。", "12颗"),
    ("Chip profile\n\nAcme's next accelerator is due to launch in 2026. Its largest customer "
     "accounts for 25% of its orders.", "25%"),
    ("Plant profile\n\nThe new plant starts production in 2026. Acme's largest customer "
     "accounts for 30% of its orders.", "30%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface"), NOT_CARRIED, ids=[c[1] for c in NOT_CARRIED])
def test_a_launch_time_is_not_carried(text, surface):
    assert periods_by_surface(text, DECEMBER)[surface] is None


STILL_DATED = [
    # the launched thing's own figure in its clause keeps the launch time
    ("公司介绍\n\n甲公司年产能80万台，2026年新基地投产后将达到150万台；单位成本比同行低10%。",
     "150万台", "2026"),
    # a reporting year stated beside the launch still carries
    ("公司介绍\n\n2024年甲公司推出新品，营收达到50亿元。其中海外收入为20亿元。",
     "20亿元", "2024"),
    # a year stated as a period, not a launch, carries as before
    ("公司介绍\n\n2026年，甲公司出货量将达到150万台。其中海外出货40万台。", "40万台", "2026"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "period"), STILL_DATED, ids=[c[1] for c in STILL_DATED]
)
def test_the_launch_and_reporting_years_still_date(text, surface, period):
    assert periods_by_surface(text, DECEMBER)[surface] == period
