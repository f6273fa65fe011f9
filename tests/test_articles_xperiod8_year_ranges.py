"""A stretch of years opened by from / 从 / 自 ("from 2024 to 2028", 从2024年到2028年,
自2023年至2025年) states both its ends: it dates the figures said over it, a compound rate or a
cumulative growth, as the bare range does ("2024年到2028年"). "from" before a single year is still
the base a change is measured from, and 自…起 still where a trend starts. (surface, period)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


STRETCHES = [
    ("From 2024 to 2028, the GPU cloud market will grow at a CAGR of 31%.", "31%", "2024-2028"),
    ("The GPU cloud market will grow at a CAGR of 31% from 2024 to 2028.", "31%", "2024-2028"),
    ("从2024年到2028年，GPU云市场年复合增长率将达31%。", "31%", "2024-2028"),
    ("從2024年至2028年，GPU雲市場年複合成長率將達31%。", "31%", "2024-2028"),
    ("自2022年至2024年，该公司营收累计增长150%。", "150%", "2022-2024"),
    ("From 2022 to 2024, the company's revenue grew 150%.", "150%", "2022-2024"),
]


@pytest.mark.parametrize(
    ("text", "surface", "period"), STRETCHES, ids=[c[0][:24] for c in STRETCHES]
)
def test_a_stretch_opened_by_from_dates_its_figures(text, surface, period):
    assert periods_of(text)[surface] == period


NOT_A_STRETCH = [
    ("The company's revenue has grown 150% from 2022.", "150%"),
    ("自2022年起，该公司营收增长150%。", "150%"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_A_STRETCH, ids=[c[0][:24] for c in NOT_A_STRETCH])
def test_a_single_year_after_from_is_no_period(text, surface):
    assert periods_of(text)[surface] is None
