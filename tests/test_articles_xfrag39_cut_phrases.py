"""A phrase subject is cut where a preposition, a comparison frame or a verb starts, not across
it. 和/与/跟 opening a frame closed by 相比 / 相当 sets a base beside the subject; 自 before a
time, 透过 / 通过 / 针对 and 好过 a means, a target or a comparison; 如今 and 并 before its verb
open the predicate; a causative 使 or 把 fronting the object leaves what moves named after them.
Widenings of `_PHRASE_END` and `_LEADING_EXAMPLES` (attribution.py); seen in blind8 188,
blind9 217, blind11 258, blind12 276, blind13 286, 289 and 299. The sentences are new; each row
is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    # A comparison frame left open (与…相比 cut at 比) names nothing.
    ("与欧洲同行相比，某云厂商的GPU租金仅为2美元。", "某云厂商的GPU租金"),
    ("新建机房的上架率自今年3月起升至八成。", "新建机房的上架率"),
    ("合资公司董事会并批准投资8亿元。", "合资公司董事会"),
    ("研发费用资本化使当期净亏损收窄至3亿元。", "当期净亏损"),
    ("这家代工厂把先进封装产能提升至每月4万片。", "先进封装产能"),
    ("服务器ODM厂如今的毛利率维持在8%。", "服务器ODM厂"),
]

# Where the rule must not fire: 和 joining two nouns with no comparison after it, 合并 and
# 并购 as nouns, 使用 as a verb-noun, and 把握 (a grasp).
KEPT = [
    ("存储和网络设备支出达到45亿元。", "存储和网络设备支出"),
    ("合并营收同比增长12%。", "合并营收"),
    ("产业并购基金规模为50亿元。", "产业并购基金规模"),
    ("GPU使用率维持在70%。", "GPU使用率"),
]


@pytest.mark.parametrize(("text", "subject"), CASES + KEPT)
def test_a_phrase_ends_where_a_preposition_or_a_verb_starts(text, subject):
    (pair,) = surface_subjects(text)
    assert pair[1] == subject


def test_a_list_inside_a_target_is_not_the_subject():
    # (The list of examples sits inside 针对…: the subject is not the noun after 等.)
    facts = surface_subjects("多家云厂商针对存储、带宽等基础服务上调了价格，涨幅最高达50%。")
    assert all(subject != "基础服务上调" for _, subject in facts)
