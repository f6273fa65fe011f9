"""The amount a comparison starts from ("a 67% jump from the $381 billion they spent in 2025")
is dated by the base's own time, which is not the time the sentences after it speak of: that
year carries on to no later sentence (a later figure is undated, or dated by the sentence's own
figures, as a forecast's year after the base). The year that dates the sentence's own figures
still carries. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 2, 10)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


BASE_ONLY = [
    (
        "Their outlay could come to about $500 billion, a 40% jump from the $357 billion they "
        "spent in 2024. At the top end the total could reach $560 billion.",
        "$357 billion",
        "2024",
        "$560 billion",
    ),
    (
        "Spending may climb to $90 billion, compared with $70 billion in 2025. The cloud unit "
        "alone could take $40 billion.",
        "$70 billion",
        "2025",
        "$40 billion",
    ),
]


@pytest.mark.parametrize(
    ("text", "base", "base_period", "later"), BASE_ONLY, ids=[c[0][:18] for c in BASE_ONLY]
)
def test_a_base_amounts_year_carries_to_no_later_sentence(text, base, base_period, later):
    periods = periods_of(text)
    assert periods[base] == base_period
    assert periods[later] != base_period


CARRIED = [
    (
        "Revenue in 2025 reached $5 billion, up from $3 billion in 2024. Data center sales made up "
        "80%.",
        "80%",
        "2025",
    ),
]


@pytest.mark.parametrize(("text", "surface", "period"), CARRIED, ids=[c[0][:18] for c in CARRIED])
def test_the_year_of_the_sentences_own_figures_still_carries(text, surface, period):
    assert periods_of(text)[surface] == period
