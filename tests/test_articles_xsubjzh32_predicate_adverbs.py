"""An adverb of scope, contrast or outcome opens the predicate: 只, 却, 正(是), 一度, 最终.

Subjects kept the adverb (网上发行份额只, 市值却逾, 投资案正, 一度重挫逾,
最终拿走) in blind4, blind5 (two articles), blind7, blind9, blind10 and
blind11; the adverb now ends the phrase as 仍, 也 and 还 already do. A
classifier's 只 (这只新股), 冷却 and 每一度电 are no such adverb. The
sentences are new."""

import pytest

from tests.helpers import surface_subjects

CASES = [
    ("回拨之后，网下发行份额只占40%。", ("40%", "网下发行份额")),
    ("这家公司营收仅12亿元，市值却逾3000亿元。", ("3000亿元", "市值")),
    ("园区新建机房的投资案正是80亿元。", ("80亿元", "园区新建机房的投资案")),
    ("上市首日，公司市值一度冲上1500亿元。", ("1500亿元", "公司市值")),
]

UNTOUCHED = [
    # A classifier's 只 heads the noun: the figure after it is still the new share's.
    ("这只新股的发行价为50元/股。", "新股"),
    # 冷却 is a word, not 冷 before an adverb.
    ("液冷冷却系统的市场规模达到200亿元。", "液冷冷却系统"),
]


@pytest.mark.parametrize(("text", "row"), CASES)
def test_the_adverb_ends_the_subject_phrase(text, row):
    assert row in surface_subjects(text)


@pytest.mark.parametrize(("text", "subject"), UNTOUCHED)
def test_no_adverb_no_cut(text, subject):
    subjects = [s for _, s in surface_subjects(text)]
    assert any(subject in (s or "") for s in subjects), subjects
