"""A verb before a count is no part of the subject. After a verb of coming to be or of holding
(国内涌现了约1.3万个智算中心, 园区可容纳3000个机柜) the thing counted is the subject, not the place
or the time before the verb; before a verb of coming to be or of needing (…都需要数百万颗芯片) the
phrase the clause opens with ends, so the verb and its adverb are not kept as a subject.
Widenings of `_named_before` and of `_PHRASE_END` (attribution.py); seen in blind8 186
(国内涌现), blind8 193 (容纳) and blind10 227 (都需要). The sentences are new; each row is
(surface, subject)."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    ("过去一年里国内涌现了约2000个数据中心。", {("2000个", "数据中心")}),
    ("去年全国出现了近300个智算中心。", {("300个", "智算中心")}),
    ("新机房可容纳3000个机柜。", {("3000个", "机柜")}),
    ("互联网企业训练大模型都需要数十万张加速卡。", {("数十万张", "互联网企业训练大模型")}),
]

# Where the rule must not fire: a buyer or a maker before its count keeps it, and so does an
# entity before a need.
KEPT = [
    ("中国企业采购了10万张GPU。", {("10万张", "中国企业")}),
    ("英伟达出货100万颗芯片。", {("100万颗", "NVIDIA")}),
    ("ChatGPT上线后,需要7-8个数据中心支撑。", {("7-8个", "ChatGPT")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES + KEPT)
def test_a_verb_before_a_count_is_no_subject(text, expected):
    assert surface_subjects(text) == expected
