"""What a figure is compared against (比A高出67%, 较A便宜30%, "30% cheaper than A") is the base,
not the subject: a clause opening with the comparison measures what the clause before measured,
and a clause opening with it lends its names to no figure before it. 性能上, 价格上 (in respect
of) name no subject either. Blind 54 and blind2 71 showed the class; the sentences are new. Each
row is (surface, subject, value, unit)."""

import pytest

from tests.helpers import subject_rows

OPENING_CASES = [
    "性能上，国产超节点算力规模为300PFlops，比英伟达NVL72高出67%。",
    "性能上，國產超節點算力規模為300PFlops，比英偉達NVL72高出67%。",
    "国产超节点算力规模为300PFlops，较英伟达NVL72高出67%。",
    "國產超節點算力規模為300PFlops，較英偉達NVL72高出67%。",
]


@pytest.mark.parametrize("text", OPENING_CASES)
def test_a_clause_opening_with_a_comparison_measures_the_thing_before(text):
    assert subject_rows(text) == [
        ("300PFlops", "国产超节点算力规模", 3e17, "FLOP/s"),
        ("67%", "国产超节点算力规模", 67.0, "percent"),
    ]


def test_a_comparison_with_a_year_keeps_the_measure_before():
    rows = subject_rows("云厂商的GPU租金为每小时2美元，比去年低了约40%。")
    assert [row[:2] for row in rows] == [("2美元", "云厂商的GPU租金"), ("40%", "云厂商的GPU租金")]


INLINE_CASES = [
    ("价格上，国产卡比H100便宜30%。", "国产卡"),
    ("價格上，國產卡比H100便宜30%。", "国产卡"),
    ("Domestic cards are 30% cheaper than the H100.", "Domestic cards"),
]


@pytest.mark.parametrize(("text", "subject"), INLINE_CASES)
def test_the_base_of_a_comparison_is_not_the_subject(text, subject):
    assert subject_rows(text) == [("30%", subject, -30.0, "percent")]


BASE_CLAUSE_CASES = [
    "华为昇腾910B的FP16算力达到256 TFLOPS，高于H20，成本还低20%。",
    "華為昇騰910B的FP16算力達到256 TFLOPS，高於H20，成本還低20%。",
    "华为昇腾910B的FP16算力达到256 TFLOPS，优于H20，成本还低20%。",
    "The Ascend 910B delivers 256 TFLOPS, more than the H20, and costs 20% less.",
]


@pytest.mark.parametrize("text", BASE_CLAUSE_CASES)
def test_the_base_a_clause_sets_a_thing_above_lends_later_figures_no_subject(text):
    assert [row[:2] for row in subject_rows(text)][1] == ("20%", "Huawei Ascend 910B")
