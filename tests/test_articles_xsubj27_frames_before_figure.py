"""Frames around a Chinese figure name nothing it measures: the base a change starts from
(在…的基础上, 在…的基数上), a clause stepping into a year (进入2022年, 步入…), and a clause
telling what drives the figures (随着…). The figures take the measure named before, carried
as any other.

"进入2022年，随着经济复苏与技术迭代提速，市场规模在2358亿元的基础上迎来爆发式增长": the three
figures were given the subject 基础上迎来爆发式 (blind5 126). The sentences are new. Each row is
(surface, subject)."""

from tests.helpers import surface_subjects


def test_the_base_of_a_change_is_no_subject():
    rows = surface_subjects(
        "2023年，中国存储市场规模达到800亿元。进入2024年，市场规模在860亿元的基础上迎来爆发式增长。"
    )
    assert ("860亿元", "中国存储市场") in rows


def test_a_year_stepped_into_and_a_cause_carry_the_measure_in_traditional_script():
    rows = surface_subjects(
        "2021年，中國交換器市場規模升至500億元。進入2022年，隨著雲端需求回暖，"
        "市場規模在520億元的基礎上迎來爆發式增長，同比增幅達到20%。"
    )
    assert ("520亿元", "中国交换器市场") in rows
    assert ("20%", "中国交换器市场") in rows


def test_a_cause_clause_keeps_the_figures_own_measure():
    rows = surface_subjects("随着AI需求爆发，数据中心营收增长30%。")
    assert ("30%", "数据中心营收") in rows
