"""The end of the year said without a year (年底前, 年末时, by year-end) is the end of the
publication's year, as 年初 is its start: the figure is dated with that year. One with a year of its
own (去年年底, 2024年底, 同年底 after a year stated) keeps it, and 每年底 (every year's end) dates
nothing. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 8, 20)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


CASES = [
    ("该公司计划在年底前再部署2万张GPU。", "2万张", "2025"),
    ("年末時，該公司的GPU保有量將達到8萬張。", "8万张", "2025"),
    ("The company expects to run 20,000 GPUs by year-end.", "20,000 GPUs", "2025"),
    ("去年年底，该公司的GPU保有量为5万张。", "5万张", "2024"),
    ("2024年，该公司采购了1万张GPU，同年底保有量达5万张。", "5万张", "2024"),
    ("该公司每年底都会采购1万张GPU。", "1万张", None),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES, ids=[c[0][:20] for c in CASES])
def test_the_year_end_is_the_publications_unless_a_year_is_its_own(text, surface, period):
    assert periods_of(text)[surface] == period
