"""A whole year a trend runs from up to now (自2019年…以来) gives no year to a month or quarter
later in its sentence: that one is of the time of telling (blind14 309: 截至9月底 in a story of
October 2025 is 2025-09, not 2019-09; fifteenth session). Texts written for the test, answers
first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 10, 30)

CASES = [
    (
        "微软自2019年首度投资OpenAI以来，已承诺投入130亿美元，截至9月底已拨款116亿美元。",
        {"116亿美元": "2025-09"},
    ),
    (
        "微軟自2019年首度投資OpenAI以來，已承諾投入130億美元，截至9月底已撥款116億美元。",
        {"116亿美元": "2025-09"},
    ),
    ("公司从2021年上市以来累计回购，截至9月底回购金额达20亿元。", {"20亿元": "2025-09"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:12] for c in CASES])
def test_a_trends_start_gives_no_year(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected


NEAR_MISSES = [
    # A year told as such, not a trend's start, gives its year.
    ("2019年，公司在3月推出新品，销量为500万台。", {"500万台": "2019-03"}),
    # A start with no 以来 (自2019年起) is left as it was read.
    ("自2019年起，公司在3月推出新品，销量为500万台。", {"500万台": "2019-03"}),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES, ids=[c[0][:12] for c in NEAR_MISSES])
def test_other_years_still_date_the_month(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected
