"""Figures shared out by 分别 or 依次 go, in order, to the noun phrases listed before them when
those are no reference entities: regions, bids, epithets in quotes ("「A」、「B」的招股价分别为…"),
in the figures' own clause or opening the clause before when the figures' clause names only the
measure ("…也都有两位数增长，增幅依次为…"). Listed growths with only a separator between are each
their own, not the growth of the figure before. Blind5 and blind6 showed the class in three
articles; the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

LISTED_PHRASE_CASES = [
    (
        "华东、华南和西南地区的机柜上架率分别为72%、65%和58%。",
        [("72%", "华东"), ("65%", "华南"), ("58%", "西南地区")],
    ),
    (
        "華東、華南和西南地區的機櫃上架率分別為72%、65%和58%。",
        [("72%", "华东"), ("65%", "华南"), ("58%", "西南地区")],
    ),
    ("技术评分与商务评分分别占60%和40%。", [("60%", "技术评分"), ("40%", "商务评分")]),
    ("技術評分與商務評分分別佔60%和40%。", [("60%", "技术评分"), ("40%", "商务评分")]),
    (
        "北美（含加拿大）、拉美及东南亚也都录得增长，增幅依次为21.5%、18.2%和12.7%。",
        [("21.5%", "北美(含加拿大)"), ("18.2%", "拉美"), ("12.7%", "东南亚")],
    ),
    (
        "「存储一哥」、「光模块龙头」的发行价分别为58.2元、33.6元。",
        [("58.2元", "存储一哥"), ("33.6元", "光模块龙头")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), LISTED_PHRASE_CASES)
def test_figures_shared_out_go_to_the_phrases_listed_in_order(text, rows):
    assert [r[:2] for r in subject_rows(text)] == rows


def test_an_aside_in_brackets_keeps_its_conjunction_inside_the_item():
    # "亚洲(不含日本和韩国)、欧洲中东及非洲(EMEA)和日本": 和 and 及 inside an item or an aside
    # do not split it; the items are split at 、 and the last 和.
    rows = subject_rows(
        "亚洲（不含日本和韩国）、欧洲中东及非洲（EMEA）和日本也都有增长，增幅依次为15%、11%和9%。"
    )
    assert [r[:2] for r in rows] == [
        ("15%", "亚洲(不含日本和韩国)"),
        ("11%", "欧洲中东及非洲(EMEA)"),
        ("9%", "日本"),
    ]


def test_a_list_of_another_length_pairs_nothing():
    # Two phrases, three figures: the list is not the one the figures are shared out to.
    rows = subject_rows("华东与华南的上架率分别为72%、65%和58%。")
    assert not any(subject in ("华东", "华南") for _, subject, *_ in rows)


def test_entities_listed_still_take_their_figures():
    rows = subject_rows("摩尔线程和沐曦分别计划募资80亿元和39.04亿元。")
    assert [r[:2] for r in rows] == [("80亿元", "Moore Threads"), ("39.04亿元", "MetaX")]


def test_growths_after_a_figure_with_a_growth_word_stay_that_figures():
    # "月增…、年增…": each growth word ties its figure to the revenue before.
    rows = subject_rows("海光信息9月营收达20亿元，月增17.8%、年增110%。")
    assert [r[1] for r in rows] == ["Hygon", "Hygon", "Hygon"]
