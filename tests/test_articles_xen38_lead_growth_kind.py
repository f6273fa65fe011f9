"""A results story's lead tells a growth without its kind ("an 88% jump in revenue")
before the body reports it for the quarter with its kind ("88 percent higher than a year
before"): the lead's figure is the body's claim, of the body's quarter and of the body's kind.
Not a growth of another size, nor a share's move (surface, period, metric)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2026, 6, 3)

CASES = [
    (
        "Dell backlog swells\n\n"
        "A record backlog and an 88% jump in revenue at Dell suggest demand is broadening.\n\n"
        "Revenue reached $43.8 billion in the first quarter of 2026, 88 percent higher than a "
        "year before.",
        {"88%": ("2026Q1", "yoy_growth")},
    ),
    # must not fire: the lead's growth is of another size than the body's
    (
        "Dell backlog swells\n\n"
        "A record backlog and a 40% jump in revenue at Dell suggest demand is broadening.\n\n"
        "Revenue reached $43.8 billion in the first quarter of 2026, 88 percent higher than a "
        "year before.",
        {"40%": (None, "growth")},
    ),
    # must not fire: a share's move in the lead is of its trading day
    (
        "Dell backlog swells\n\n"
        "Dell shares jumped 88% after the company posted results.\n\n"
        "Revenue reached $43.8 billion in the first quarter of 2026, 88 percent higher than a "
        "year before.",
        {"88%": None},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_leads_growth_takes_the_bodys_kind(text: str, want: dict) -> None:
    rows = fact_rows(text, PUBLISHED)
    got = {surface: (period, metric) for surface, _t, metric, _s, _v, _u, period in rows}
    for surface, expected in want.items():
        if expected is None:
            assert got[surface][0] is None
        else:
            assert got[surface] == expected
