"""A Latin gloss between the term a phrase subject opens with and the rest of the phrase.

Hong Kong and Taiwan copy glosses a term on first use: 人工智能（AI）相關收入. The phrase stopped at
the bracket and the figure was given 人工智能. It is now read through the gloss and named by it
(AI相关收入), the form the rest of the story uses. A gloss right before the predicate
(資本開支（Capex）合共…, 利用效率（PUE）已降至…) glosses the whole phrase, which stays as it was;
a company's name glossed (英偉達（Nvidia）) is its mention. The construction is in blind8 189
and 197, blind6 159 and blind2 78 and dev 10; the misses it fixes are blind8 189's. The
sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import surface_subjects

GLOSS_CASES = [
    ("季內人工智能（AI）相關收入按年增長45%。", ("45%", "AI相关收入")),
    ("邊緣運算（EC）伺服器出貨量按年增加80%。", ("80%", "EC伺服器出货量")),
    ("图形处理器（GPU）服务器出货量同比增长28%。", ("28%", "GPU服务器出货量")),
]


@pytest.mark.parametrize(("text", "row"), GLOSS_CASES)
def test_the_phrase_runs_through_the_gloss(text, row):
    assert row in surface_subjects(text)


def test_a_gloss_before_the_predicate_leaves_the_phrase():
    assert ("1.35", "平均电能利用效率") in surface_subjects("平均電能利用效率（PUE）已降至1.35。")


def test_a_glossed_company_stays_the_company():
    assert ("25%", "NVIDIA") in surface_subjects("英偉達（Nvidia）數據中心收入按年增長25%。")
