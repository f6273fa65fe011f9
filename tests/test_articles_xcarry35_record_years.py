"""An IPO story dates its offering's figures (proceeds, subscription, allocation) to the listing
day it tells. A year the story ranks the offering in (是2025年港股散户认购人数最多的新股) is the
year of a record, not a time of the figures: for an offering booked in December and listed in
January it is the year before the listing, and the figures still take the listing's day.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

JANUARY = date(2026, 1, 8)

LEAD = "2026年1月8日，甲科技在香港联交所挂牌。\n\n"

CASES = [
    (
        LEAD + "公开发售部分吸引38.2万人认购，是2025年港股认购人数最多的新股，超额认购1800倍。"
        "本次上市所得款项总额为42.5亿港元。",
        {"38.2万人": "2026-01-08", "1800倍": "2026-01-08", "42.5亿港元": "2026-01-08"},
    ),
    (
        LEAD + "此次募资总额为42.5亿港元，创2025年港股芯片股募资规模之最。",
        {"42.5亿港元": "2026-01-08"},
    ),
    # must not fire: a year the text states for a figure, not a record's year, keeps it
    (
        LEAD + "公司在2025年完成一轮融资，融资金额为12亿元。",
        {"12亿元": "2025"},
    ),
    (
        LEAD + "2025年公司收入为3.4亿元，是2025年港股认购人数最多的新股。",
        {"3.4亿元": "2025"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_records_year_leaves_the_listing_day(text, expected):
    periods = periods_by_surface(text, JANUARY)
    assert {s: periods.get(s, "missing") for s in expected} == expected
