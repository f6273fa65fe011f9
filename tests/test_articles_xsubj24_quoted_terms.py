"""A quoted term inside a noun phrase is part of it.

Mainland and Hong Kong reporting quote a policy's or a nickname's term inside the noun phrase a
figure measures: 规划建设的“东数西算”干线光缆超过250条, "東數西算"甘肅樞紐慶陽數據中心集群的機架規模
達到3.1萬架, "牛散"章建平…加仓至608.63万股. An opening quote after the subject starts a quoted
predicate ("寒王"三季报出炉), so the phrase used to stop at any quote: at the opening one after
的, and at a closing straight quote, which looks the same as an opening one. Now a quote after 的
opens a term of the phrase, and a straight quote opens only when another closes it after.
Counted in blind5 133, blind7 179 and blind7 176. The sentences are new. Each row is
(surface, subject)."""

import pytest

from tests.helpers import surface_subjects

QUOTED_CASES = [
    (
        "存力方面，规划中的“东数西算”枢纽数据中心超过80个。",
        ("80个", "规划中的“东数西算”枢纽数据中心"),
    ),
    (
        '运力方面，全国规划的"东数西算"干线光缆超过200条。',
        ("200条", '全国规划的"东数西算"干线光缆'),
    ),
    (
        '"东数西算"宁夏枢纽中卫集群的机架规模达到5.2万架。',
        ("5.2万架", '东数西算"宁夏枢纽中卫集群的机架规模'),
    ),
]


@pytest.mark.parametrize(("text", "row"), QUOTED_CASES)
def test_the_quoted_term_stays_in_the_phrase(text, row):
    assert row in surface_subjects(text)


def test_a_quote_after_the_subject_still_starts_its_predicate():
    rows = surface_subjects("寒武纪“寒王”三季报出炉，营收同比增长1332%。")
    assert ("1332%", "Cambricon") in rows
