"""A growth multiple whose clause states no period is of the time of the level it grows to, told
in the clause right after it ("aims to double output, making about 600,000 chips in 2026", "has
more than doubled since 2020, reaching $235.7 billion in revenue for 2024", "almost doubled…,
with revenue of $314.2 billion for the first three quarters of 2025", 产量翻倍，达到2026年的60万颗):
blind6 152 and 161, blind7 181. Not a clause that turns to something else, nor a base.
(surface, period) for each fact; surfaces arrive simplified."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

DECEMBER = date(2025, 12, 11)

CASES = [
    (
        "Acme plans to grow\n\nThe group aims to double output, making about 600,000 chips "
        "in 2026.",
        {"double": "2026"},
    ),
    (
        "Server market report\n\nThe market has more than doubled since 2020, reaching $235.7 "
        "billion in revenue for 2024.",
        {"doubled": "2024"},
    ),
    (
        "Server market report\n\nThe market has almost doubled compared to 2024, with revenue of "
        "$314.2 billion for the first three quarters of 2025.",
        {"doubled": "2025Q1-Q3"},
    ),
    ("甲公司扩产\n\n甲公司计划产量翻倍，达到2026年的60万颗。", {"翻倍": "2026"}),
    ("甲公司擴產\n\n甲公司晶片產量將增長2倍，達到2026年的60萬顆。", {"2倍": "2026"}),
    # must not fire: a clause that tells no level reached, a clause turning to something else,
    # a base
    ("甲公司扩产\n\n甲公司产量翻倍，2026年将交付60万颗。", {"翻倍": None}),
    (
        "Server market report\n\nThe market has doubled, while shipments fell 5% in 2024.",
        {"doubled": None},
    ),
    (
        "Acme plans to grow\n\nThe group aims to double output, with a plant finished compared "
        "with 2024.",
        {"double": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_multiple_takes_the_level_reached(text, expected):
    periods = periods_by_surface(text, DECEMBER)
    assert {s: periods.get(s, "missing") for s in expected} == expected
