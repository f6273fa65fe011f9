"""A quarter's last day told in a relative clause set off by a comma ("the fourth quarter, which
ended Dec. 31") names that quarter as "the quarter that ended Sept. 30" does: the figures the
sentence (or the list it opens) gives are the quarter's, not a day's. A comma before anything but
"which" (an apposition, a list) keeps the day a day. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

FEBRUARY = date(2026, 2, 20)
NOVEMBER = date(2025, 11, 12)
QUARTER_BY_ITS_LAST_DAY = [
    (
        "For the fourth quarter, which ended Dec. 31, the company reported revenue of $2.1B.",
        "$2.1B",
        FEBRUARY,
        "2025Q4",
    ),
    (
        "Revenue in the third quarter, which ended September 30, rose to $840 million.",
        "$840 million",
        NOVEMBER,
        "2025Q3",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "published", "period"),
    QUARTER_BY_ITS_LAST_DAY,
    ids=[c[0][:30] for c in QUARTER_BY_ITS_LAST_DAY],
)
def test_a_quarter_which_ended_on_a_day_is_that_quarter(text, surface, published, period):
    assert periods_by_surface(text, published)[surface] == period


def test_a_list_under_a_quarter_which_ended_on_a_day_takes_the_quarter():
    text = (
        "The headline figures for the fourth quarter, which ended Dec 31:\n"
        "- Revenue of $1.2B, against a consensus of $1.1B\n"
        "- A net loss of $90M, compared with $40M a year ago"
    )
    periods = periods_by_surface(text, FEBRUARY)
    assert periods["$1.2B"] == "2025Q4"
    assert periods["$90M"] == "2025Q4"
    assert periods["$40M"] == "2024Q4"


NOT_A_QUARTER = [
    # (No quarter before the clause, or the day set after the figure: a day of its own.)
    "The company, which ended Dec. 31, 2025 with $5 billion in cash, plans to expand.",
    "Backlog was $5 billion on Dec. 31, 2025, the end of the quarter.",
]


@pytest.mark.parametrize("text", NOT_A_QUARTER, ids=[t[:25] for t in NOT_A_QUARTER])
def test_a_day_with_no_quarter_before_its_clause_stays_a_day(text):
    assert periods_by_surface(text, FEBRUARY)["$5 billion"] == "2025-12-31"
