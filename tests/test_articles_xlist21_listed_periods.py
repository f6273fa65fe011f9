"""Figures told against a list of periods: a move from one figure to others over the years and
quarter listed before it (2021-2023年及2024年上半年，营收从A增至B、C) starts in the first period
and ends in the last ones, and the next sentence's 同期 (the same periods) list pairs with that
list in order. Each text is written for the test."""

from __future__ import annotations

from datetime import date

from tests.helpers import fact_fields

PUBLISHED = date(2025, 10, 20)


def dated(text: str) -> list[tuple]:
    return fact_fields(text, PUBLISHED, "surface", "period")


def test_a_move_starts_in_the_first_period_and_ends_in_the_last_ones():
    assert dated("2021-2023年及2024年上半年，该公司营收从1.2亿元一路增至9.6亿元、6.1亿元。") == [
        ("1.2亿元", "2021"),
        ("9.6亿元", "2023"),
        ("6.1亿元", "2024H1"),
    ]


def test_the_same_periods_in_the_next_sentence_take_the_list_in_order():
    rows = dated(
        "2021-2023年及2024年上半年，该公司营收从1.2亿元一路增至9.6亿元、6.1亿元。"
        "同期净亏损分别为3.1亿元、4.4亿元、5.2亿元和2.7亿元。"
    )
    assert rows[3:] == [
        ("3.1亿元", "2021"),
        ("4.4亿元", "2022"),
        ("5.2亿元", "2023"),
        ("2.7亿元", "2024H1"),
    ]


def test_an_english_move_over_listed_years():
    assert dated(
        "In 2022, 2023 and 2024, Acme's revenue rose from $12 million to $40 million "
        "and $96 million."
    ) == [
        ("$12 million", "2022"),
        ("$40 million", "2023"),
        ("$96 million", "2024"),
    ]


def test_a_move_within_one_year_is_not_spread():
    assert dated("2024年，寒武纪营收从7.09亿元增至11.74亿元。") == [
        ("7.09亿元", "2024"),
        ("11.74亿元", "2024"),
    ]


def test_the_same_period_of_one_period_pairs_nothing():
    rows = dated("2024年，寒武纪营收从7.09亿元增至11.74亿元。同期净利润分别为1亿元、2亿元。")
    assert rows[2:] == [("1亿元", "2024"), ("2亿元", "2024")]


def test_the_same_periods_two_sentences_on_pair_nothing():
    rows = dated(
        "2022年至2024年，该公司营收依次为1亿元、2亿元、3亿元。公司员工超过500人。"
        "同期净亏损分别为3亿元、4亿元、5亿元。"
    )
    assert [period for _, period in rows[:3]] == ["2022", "2023", "2024"]
    assert len({period for _, period in rows[-3:]}) == 1


def test_english_figures_over_the_same_periods_take_the_years_before():
    rows = dated(
        "In 2023 and 2024, Acme's revenue rose from $12 million to $40 million. Over the same "
        "periods, its net losses were $3 million and $4 million, respectively."
    )
    assert rows[2:] == [("$3 million", "2023"), ("$4 million", "2024")]
