"""A clause opening with the part or the stretch its figures are counted over names nothing
measured.

单看第三季度, 只看数据中心, 单计海外客户的收入 (looking at one part alone) and 季内, 期内, 报告期内,
今年内, 当季 (within the period reported) say which part or when; what is measured is named after
them, or is the company the story is about. They were read as the subject (单看第三季度, 季内毛利,
内会). Counted in blind8 188 (今年內會提升至…), 189 (季內…, three sentences), 198 (單看第三季度) and
199 (單計外部客戶的收入); the openings are in blind3 84 and 94, blind4 114 and 119, blind6 155 and
dev 29 too. The sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

PART_OR_STRETCH_OPENING_CASES = [
    (
        "中科曙光三季报显示，公司前三季度营收98.6亿元。单看第三季度，营业收入35.2亿元，"
        "同比增长12.4%。",
        {("35.2亿元", "Sugon"), ("12.4%", "Sugon")},
    ),
    (
        "海光信息前三季度营收94.9亿元。只看第三季度，营收为40.3亿元，同比增长69.6%。",
        {("40.3亿元", "Hygon"), ("69.6%", "Hygon")},
    ),
    (
        "聯想集團公布第二季業績，季內收入達180億美元。季內毛利為28.1億美元，按年上升9.5%。",
        {("28.1亿美元", "Lenovo"), ("9.5%", "Lenovo")},
    ),
    (
        "浪潮信息发布半年报，报告期内营业收入为80.1亿元，期内毛利率为8.2%。",
        {("80.1亿元", "Inspur"), ("8.2%", "Inspur")},
    ),
    (
        "智算中心的算力總規模已達800 PFLOPS，今年內會提升至2,000 PFLOPS。",
        {("2,000 PFLOPS", "智算中心的算力总规模")},
    ),
]


@pytest.mark.parametrize(("text", "rows"), PART_OR_STRETCH_OPENING_CASES)
def test_a_part_or_stretch_opening_is_no_subject(text, rows):
    assert rows <= surface_subjects(text)


def test_counting_one_part_alone_leaves_the_part_named():
    text = "數據中心收入增長15%至120億元；單計海外客戶的收入增長超過20%。"
    subjects = dict(surface_subjects(text))
    assert subjects["20%"] == "海外客户的收入"


WORDS_THAT_ONLY_LOOK_LIKE_IT_CASES = [
    # 今年 before 内存 (memory) is a time before the noun, not 今年内.
    ("今年内存价格上涨了30%。", ("30%", "内存价格")),
    # 单 before 计算 (a single compute node) is part of the noun.
    ("单计算节点的功耗达到12kW。", ("12kW", "单计算节点的功耗")),
    # A clause naming its measure after 单季 keeps it.
    ("单季数据中心收入增长25%。", ("25%", "数据中心收入")),
]


@pytest.mark.parametrize(("text", "row"), WORDS_THAT_ONLY_LOOK_LIKE_IT_CASES)
def test_words_that_only_look_like_a_part_or_stretch_keep_their_noun(text, row):
    assert row in surface_subjects(text)
