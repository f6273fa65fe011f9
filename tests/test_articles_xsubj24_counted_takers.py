"""A count of households or people that take part names who takes part.

IPO stories count their subscribers by 户 (accounts): "共有482.66万户投资者参与网上申购",
"267家機構、482萬戶股民參與申購". 户 counts the noun after it as 家 and 名 do, so that noun is the
subject, not a measure named before it (发行价) nor the first noun of a list (机构); and the
noun ends at the verb of taking part (参与, 参加, 提交, 报名, 出席). Counted in blind5 138 and
blind7 163 (and blind2 72 writes 申购户数为517.52万户, with nothing after the count). The
sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

TAKER_CASES = [
    (
        "本次新股发行价定为48.5元/股，共有516.3万户投资者参与网上申购。",
        ("516.3万户", "投资者"),
    ),
    (
        "此次共有312家機構、390萬戶股民參與認購，反應熱烈。",
        ("390万户", "股民"),
    ),
    (
        "初步询价阶段，共有185家网下投资者提交了有效报价。",
        ("185家", "网下投资者"),
    ),
    (
        "论坛当天有1200名开发者参加了闭门会议。",
        ("1200名", "开发者"),
    ),
]


@pytest.mark.parametrize(("text", "row"), TAKER_CASES)
def test_the_counted_noun_after_the_count_is_the_subject(text, row):
    assert row in surface_subjects(text)


def test_a_count_of_households_with_no_noun_after_keeps_its_measure():
    # Nothing follows the count: the measure named before it (申购户数) stays its subject.
    assert ("86.4万户", "网上发行的有效申购户数") in surface_subjects(
        "网上发行的有效申购户数为86.4万户，中签率0.03%。"
    )
