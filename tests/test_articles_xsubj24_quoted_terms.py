"""A quoted term after 的 inside a noun phrase is part of it.

Mainland and Hong Kong reporting quote a policy's term inside the noun phrase a figure measures:
规划建设的“东数西算”干线光缆超过250条 (規劃建設的"東數西算"幹線光纜). An opening quote after the
subject starts a quoted predicate ("寒王"三季报出炉), so the phrase used to stop at any quote,
also at one after 的, leaving 规划建设. Now a quote after 的 opens a term of the phrase, and the
straight quote closing that term is no stop either. A quoted name opening the sentence ("寒王",
"牛散"章建平, "东数西算"甘肃枢纽…) still ends at its closing quote: which of the two the text
means is not told by the quotes. Counted in blind5 133 and blind7 179 (one story, two writers);
the same quoting after 的 is common in policy reporting. The sentences are new. Each row is
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
        "全国规划的「东数西算」枢纽集群机架规模达到50万架。",
        ("50万架", "全国规划的「东数西算」枢纽集群机架规模"),
    ),
]


@pytest.mark.parametrize(("text", "row"), QUOTED_CASES)
def test_the_quoted_term_stays_in_the_phrase(text, row):
    assert row in surface_subjects(text)


def test_a_quote_after_the_subject_still_starts_its_predicate():
    rows = surface_subjects("寒武纪“寒王”三季报出炉，营收同比增长1332%。")
    assert ("1332%", "Cambricon") in rows


def test_a_quoted_name_opening_the_sentence_still_ends_at_its_quote():
    rows = surface_subjects('"寒王"三季报出炉：单季营收17.27亿元')
    assert ("17.27亿元", "寒王") in rows
