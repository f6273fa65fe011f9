"""The time of a comparison's base, one short text at a time (English, where the base is named
after the change): a base named by a part of its year ("fell 40-60% from early 2024") or a base
amount with its own time ("a 67% jump from the $381 billion they spent in 2025") dates the base
only, never the change. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 4, 1)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


PARTS = [
    ("GPU rents in 2026 are those of a market that fell 35-55% from early 2024.", "35-55%"),
    ("In 2026, H100 rents stand 30% below the level of mid-2024.", "30%"),
    ("H100 rents in 2026 are 45% lower than at the start of 2024.", "45%"),
]


@pytest.mark.parametrize(("text", "surface"), PARTS, ids=[c[0][:24] for c in PARTS])
def test_a_base_named_by_a_part_of_its_year_does_not_date_the_change(text, surface):
    assert periods_of(text)[surface] == "2026"


def test_a_base_amounts_own_time_dates_the_base_only():
    text = (
        "Their combined outlay would come to about $640 billion, a 68% jump from the "
        "$380 billion they spent in 2025."
    )
    found = periods_of(text)
    assert found["$380 billion"] == "2025"
    assert found["68%"] is None


def test_a_figure_with_its_own_year_keeps_it_beside_a_base():
    found = periods_of("Revenue was $5 billion in 2025, up from $4 billion in 2024.")
    assert found == {"$5 billion": "2025", "$4 billion": "2024"}
