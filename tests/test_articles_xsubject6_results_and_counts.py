"""A company's results measure (营收, 净利润, revenue) is never a market's, even when the market
is named nearer the figure as the reason ("AI服务器需求旺盛，全年营收同比增长74%"); and what stands
right after a count is its counted noun only when it is a noun: a passive or a revision (被下调,
上调) is the count's predicate, and a closing quote around the count ("5个"算力枢纽) leaves the noun
after it. Blind3 84 and 85 and blind2 71 showed the classes; the sentences are new. Each row is
(surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

RESULTS_CASES = [
    ("寒武纪年报点评：AI芯片需求旺盛，全年营收同比增长65%", "65%", 65.0),
    ("寒武紀受益於AI伺服器市場需求旺盛，全年營收同比增長65%。", "65%", 65.0),
    ("Cambricon rode a booming AI server market, with revenue up 65% for the year.", "65%", 65.0),
]


@pytest.mark.parametrize(("text", "surface", "value"), RESULTS_CASES)
def test_a_results_measure_is_the_companys_not_the_markets(text, surface, value):
    assert subject_rows(text) == [(surface, "Cambricon", value, "percent")]


def test_a_market_growth_without_a_results_measure_stays_the_markets():
    assert subject_rows("中国AI服务器市场同比增长65%。")[0][1] != "Cambricon"
    assert subject_rows("中国AI服务器市场同比增长65%。")[0][1] is not None


REVISED_COUNT_CASES = [
    ("- H200：40万颗，此前预测的69万颗被下调。", "69万颗", 690_000.0),
    ("- H200：40萬顆，此前預測的69萬顆被下調。", "69万颗", 690_000.0),
    ("- H200：74万颗，较此前的48万颗上调。", "48万颗", 480_000.0),
]


@pytest.mark.parametrize(("text", "surface", "value"), REVISED_COUNT_CASES)
def test_a_revision_after_a_count_is_not_its_counted_noun(text, surface, value):
    assert (surface, "NVIDIA H200", value, "count") in subject_rows(text)


QUOTED_COUNT_CASES = [
    "全国新建了“5个”算力枢纽。",
    "全國新建了「5個」算力樞紐。",
]


@pytest.mark.parametrize("text", QUOTED_COUNT_CASES)
def test_a_quoted_count_still_counts_the_noun_after_the_quote(text):
    assert subject_rows(text) == [("5个", "算力枢纽", 5.0, "count")]
