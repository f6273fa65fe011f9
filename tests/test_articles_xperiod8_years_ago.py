"""Two to five years back from the publication (两年前, 3年前, 兩年前, "two years ago") name a year,
as 一年前 and "a year ago" do: the figure is dated with the publication's year less that many.
Longer ago, and a time after (三年后), stay no period. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


CASES = [
    ("两年前，A100租金约为每小时4美元。", "4美元", "2023"),
    ("3年前，A100租金約為每小時4美元。", "4美元", "2022"),
    ("Two years ago, A100 rents were about $4 per hour.", "$4 per hour", "2023"),
    ("一年前，A100租金约为每小时4美元。", "4美元", "2024"),
    ("三年后，该公司的算力规模将达到5000 PFLOPS。", "5000 PFLOPS", None),
    ("Ten years ago, A100-class rents would have been $4 per hour.", "$4 per hour", None),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES, ids=[c[0][:20] for c in CASES])
def test_years_ago_name_a_year_before_the_publications(text, surface, period):
    assert periods_of(text)[surface] == period
