"""A phrase subject ending in a verb or an adverb ran into its predicate.

A Chinese clause opening with its verb (提供8000P算力, 加仓至…, 拆分到单季, 直接和间接合计持股…)
shares the subject of the clause before; one whose noun runs into a verb the stops did not know
(上市公司交出…, 发行价定为…) names that noun before the verb. A broker note's yoy+/qoq- is its
同比/环比, and 接近 is one hedge, not 接 before 近. Counted in blind3, blind4, blind5, blind6 and
blind7 (IPO, broker-note, project and results writers). The sentences are new. Each row is
(surface, subject)."""

import pytest

from tests.helpers import surface_subjects

JUNK = {
    "提供",
    "加仓",
    "拆分",
    "考虑",
    "直接和间接",
    "原本",
    "yoy+",
    "qoq+",
    "qoq-",
    "涨幅接",
    "发行价定",
}

NEVER_A_SUBJECT_CASES = [
    "按计划，一期5000卡今年年底前建成，提供1500P算力。",
    "某私募去年入局，今年一季度加仓至120.5万股。",
    "拆分到单季，Q2营收12.3亿元，yoy+40.2%，qoq-3.5%。",
    "考虑到订单饱满，我们上调盈利预测，预计明年营收为300亿元。",
    "李四是公司实际控制人，直接和间接合计持股21.5%。",
    "Meta從原本的至少600億美元，提高到至少650億美元。",
    "多家存储厂商已上调DRAM供货价格，涨幅接近15%。",
]


@pytest.mark.parametrize("text", NEVER_A_SUBJECT_CASES)
def test_a_verb_or_adverb_is_never_the_subject(text):
    found = surface_subjects(text)
    assert found, "the figures are still extracted"
    assert not any(subject in JUNK for _, subject in found)


NOUN_BEFORE_THE_VERB_CASES = [
    ("发行价定为88.5元/股，网上申购当日启动。", ("88.5元/股", "发行价")),
    ("去年，智算企业交出五成营收增长的成绩单。", ("五成", "智算企业")),
    ("李四是公司实际控制人，直接和间接合计持股21.5%。", ("21.5%", "李四")),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_BEFORE_THE_VERB_CASES)
def test_the_noun_before_the_verb_is_the_subject(text, expected):
    assert expected in surface_subjects(text)


KEPT_CASES = [
    # A verb-noun that is measured, or a verb inside the noun, stays (算力投资, 上市公司, 发行价).
    ("算力投资增长了30%。", ("30%", "算力投资")),
    ("上市公司数量达到120家。", ("120家", "上市公司数量")),
    ("规划建设的算力规模达到5000P。", ("5000P", "规划建设的算力规模")),
    ("分区域看，西部地区的智算中心建设占比为35%。", ("35%", "西部地区的智算中心建设")),
]


@pytest.mark.parametrize(("text", "expected"), KEPT_CASES)
def test_a_noun_holding_a_verb_keeps_it(text, expected):
    assert expected in surface_subjects(text)
