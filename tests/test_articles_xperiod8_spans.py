"""Two stated times joined as the ends of one stretch ("between October 2025 and March 2026",
"from Q3 2024 to Q1 2025", 2025年10月至2026年3月间, 2025年10月到2026年3月): a move's start takes the
first end, its end the last, and every other figure of the stretch (the change, what was sold over
it) the stretch's years ("2025-2026"), or its year when both ends fall in one. Two years merely
listed ("in 2024 and 2025") and two days (an event's window) make no stretch. (surface, period)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 4, 1)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


MOVES = [
    (
        "A100 rents climbed 25% from $1.20 to $1.50 per hour between November 2024 and "
        "February 2025.",
        {"25%": "2024-2025", "$1.20": "2024-11", "$1.50 per hour": "2025-02"},
    ),
    (
        "Between November 2024 and February 2025, A100 rents climbed 25% from $1.20 to $1.50 "
        "per hour.",
        {"25%": "2024-2025", "$1.20": "2024-11", "$1.50 per hour": "2025-02"},
    ),
    (
        "A100租金在2024年11月至2025年2月间上涨25%，从每小时1.20美元升至1.50美元。",
        {"25%": "2024-2025", "1.20美元": "2024-11", "1.50美元": "2025-02"},
    ),
    (
        "2024年11月到2025年2月，A100租金從每小時1.20美元漲到1.50美元，漲幅25%。",
        {"25%": "2024-2025", "1.20美元": "2024-11", "1.50美元": "2025-02"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOVES, ids=[c[0][:24] for c in MOVES])
def test_a_move_over_a_stretch_takes_its_ends_and_the_change_the_stretch(text, expected):
    found = periods_of(text)
    assert {surface: found.get(surface) for surface in expected} == expected


ONE_YEAR = [
    "A100 rents climbed 25% between March 2025 and June 2025.",
    "2025年3月至2025年6月，A100租金上涨25%。",
]


QUARTERS = [
    "A100 rents climbed 25% between Q1 2025 and Q3 2025.",
    "2025年第一季度至2025年第三季度，A100租金上涨25%。",
]


@pytest.mark.parametrize("text", QUARTERS, ids=[c[:24] for c in QUARTERS])
def test_a_stretch_of_quarters_within_one_year_is_those_quarters(text):
    assert periods_of(text)["25%"] == "2025Q1-Q3"


@pytest.mark.parametrize("text", ONE_YEAR, ids=[c[:24] for c in ONE_YEAR])
def test_a_stretch_within_one_year_is_that_year(text):
    assert periods_of(text)["25%"] == "2025"


NO_STRETCH = [
    (
        "In November 2024 and February 2025, A100 rents were $1.50 per hour.",
        "$1.50 per hour",
        "2025-02",
    ),
    ("2025年3月8日至2025年3月10日，展会共吸引3万人参观。", "3万人", "2025-03-10"),
]


@pytest.mark.parametrize(
    ("text", "surface", "period"), NO_STRETCH, ids=[c[0][:24] for c in NO_STRETCH]
)
def test_listed_times_and_days_make_no_stretch(text, surface, period):
    assert periods_of(text)[surface] == period
