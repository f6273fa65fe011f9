"""A broker's forecast lists one figure a year with slashes after a range of years
(预计2026-2028年净利润为12.5/15.8/19.3亿元): every figure of the series is read, in the unit the
last one states, and each takes its year in order. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2026, 3, 10)


def dated(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "value", "period")


def test_a_slashed_series_takes_the_years_in_order():
    assert dated("我们预计公司2026-2028年营收为812.40/965.10/1120.75亿元。") == [
        ("812.40", 8.124e10, "2026"),
        ("965.10", 9.651e10, "2027"),
        ("1120.75亿元", 1.12075e11, "2028"),
    ]


def test_growth_rates_after_the_series_take_the_same_years():
    rows = dated("预计2026-2028年净利润为12.5/15.8/19.3亿元，同比增长41.2%/26.4%/22.2%。")
    assert [(surface, period) for surface, _, period in rows] == [
        ("12.5", "2026"),
        ("15.8", "2027"),
        ("19.3亿元", "2028"),
        ("41.2%", "2026"),
        ("26.4%", "2027"),
        ("22.2%", "2028"),
    ]


def test_a_series_of_as_many_figures_as_listed_years():
    assert [period for *_, period in dated("公司2027、2028年毛利率预计为31.5%/33.0%。")] == [
        "2027",
        "2028",
    ]


def test_a_date_written_with_slashes_is_no_series():
    rows = dated("Filed on 30/09/2025, the note puts revenue at $4.2 billion.")
    assert [(surface, value) for surface, value, _ in rows] == [("$4.2 billion", 4.2e9)]


def test_slashes_with_fewer_years_than_figures_pair_nothing():
    assert [period for *_, period in dated("2026年营收增速为20%/25%/30%。")] == [
        "2026",
        "2026",
        "2026",
    ]
