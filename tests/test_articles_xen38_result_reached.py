"""A result a move reaches in the quarter or half a results story reports ("gross margin slid
from 11.8% to 6.3%", 毛利率从预期的71.3%降到60.5%) is of that period, as it would be told alone;
the move's start is of another time and stays open. Not a move told ahead, nor a measure that is
no result (lead times), nor a figure after a "from" that starts no move (surface, period)."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 2, 19)

CASES = [
    (
        "Acme results\n\nAcme has filed results for the second quarter of 2026. Revenue climbed to "
        "$12.7 billion, while gross margin slid steeply, from 11.8% to 6.3%.",
        {"$12.7 billion": "2026Q2", "11.8%": None, "6.3%": "2026Q2"},
    ),
    (
        "甲公司业绩\n\n甲公司公布2025年第三季度业绩，营收为300亿元。毛利率从预期的71.3%降到60.5%。",
        {"300亿元": "2025Q3", "71.3%": None, "60.5%": "2025Q3"},
    ),
    # must not fire: a move told ahead
    (
        "Acme results\n\nAcme has filed results for the second quarter of 2026. Revenue climbed to "
        "$12.7 billion. Gross margin will rise from 11.8% to 16.3%.",
        {"16.3%": None},
    ),
    # must not fire: lead times are no result of the quarter
    (
        "Acme results\n\nAcme reported its results for the second quarter of 2026, with revenue of "
        "$12.7 billion. Lead times fell from 40 weeks to 16 weeks.",
        {"16 weeks": None},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_result_reached_by_a_move(text: str, want: dict[str, str | None]) -> None:
    got = periods_by_surface(text, PUBLISHED)
    assert {s: got.get(s) for s in want} == want
