"""A broker's forecast lists one figure a year after a range of years: with 分别 or slashes, with
only 、/和 or commas between the figures, and in English; each figure takes its own year, also
when the sentence told another time before the range. Figures listed with the multiplier of the
last one share its unit. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2026, 3, 10)


def dated(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "value", "unit", "period")


def test_an_enumerated_list_after_a_range_takes_the_years_in_order():
    assert dated("对应2026-2028年每股收益为0.82元、1.07元和1.41元。") == [
        ("0.82元", 0.82, "CNY", "2026"),
        ("1.07元", 1.07, "CNY", "2027"),
        ("1.41元", 1.41, "CNY", "2028"),
    ]


def test_an_english_list_after_a_range_takes_the_years_in_order():
    rows = dated("Analysts see 2026-2028 revenue of $2.3 billion, $2.9 billion and $3.6 billion.")
    assert [(surface, period) for surface, _, _, period in rows] == [
        ("$2.3 billion", "2026"),
        ("$2.9 billion", "2027"),
        ("$3.6 billion", "2028"),
    ]


def test_a_time_told_before_the_range_is_not_one_of_the_lists():
    rows = dated("券商纳入第四季度业绩后，将公司2026-2028年的盈利预测分别上调6%/4%/2%。")
    assert [(surface, period) for surface, _, _, period in rows] == [
        ("6%", "2026"),
        ("4%", "2027"),
        ("2%", "2028"),
    ]


def test_a_year_told_before_two_listed_years_dates_only_its_own_figure():
    rows = dated("公司2025年营收为18亿元，2026、2027年预计分别为24亿元和31亿元。")
    assert [(surface, period) for surface, _, _, period in rows] == [
        ("18亿元", "2025"),
        ("24亿元", "2026"),
        ("31亿元", "2027"),
    ]


def test_fewer_figures_than_years_keep_the_range():
    rows = dated("2024-2026年公司营收为12亿元和15亿元。")
    assert [period for *_, period in rows] == ["2024-2026", "2024-2026"]


def test_figures_of_other_measures_are_no_list():
    rows = dated("2025-2026年公司营收为40亿元，同比增长30%。")
    assert [period for *_, period in rows] == ["2025-2026", "2025-2026"]


def test_a_range_in_another_clause_pairs_nothing():
    rows = dated("2025-2026年，两家公司的营收为10亿元和20亿元。")
    assert [period for *_, period in rows] == ["2025-2026", "2025-2026"]


def test_figures_with_the_last_ones_multiplier_share_its_unit():
    rows = dated("预计2026-2028年归母净利润分别为21.40亿、28.75亿和36.02亿元。")
    assert rows == [
        ("21.40亿", 2.14e9, "CNY", "2026"),
        ("28.75亿", 2.875e9, "CNY", "2027"),
        ("36.02亿元", 3.602e9, "CNY", "2028"),
    ]


def test_a_different_multiplier_shares_no_unit():
    assert [surface for surface, *_ in dated("两项指标为8万和60亿元。")] == ["60亿元"]
