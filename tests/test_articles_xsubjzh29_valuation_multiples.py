"""A valuation multiple is the covered company's, not the measure forecast before it.

…归母净利润预计为30.36/36.30亿元，对应PE为30/25倍: the PE multiples took 归母净利润, the phrase of
the figures before them, and 29.5倍的目标市盈率 (the multiple named after its figure) took no
subject; a price-to-earnings, price-to-book or price-to-sales multiple is only a company's, the
one the story reports on. Counted in blind7 165 (对应PE为30/25/22 倍), blind10 234 (PE分别为
179X/129X/91X, right today by another route) and 235 (29.5倍的目标市盈率); blind5 129
(市盈率高達數千倍) is a multiple of the same kind. The sentences are new."""

import pytest

from tests.helpers import surface_subjects

MULTIPLE_CASES = [
    (
        "寒武纪上半年营收28.8亿元。预计公司2026年营收为100亿元；归母净利润预计为30亿元，对应PE为45倍。",
        ("45倍", "Cambricon"),
    ),
    (
        "中科曙光前三季度营收94亿元。\n\n估值上，券商维持目标价不变；35倍的目标市盈率同样不变。",
        ("35倍", "Sugon"),
    ),
    (
        "Supermicro reported revenue of $5 billion. Its net income is seen at $1.2 billion, "
        "and the shares trade at 18 times forward earnings.",
        ("18 times", "Supermicro"),
    ),
]


@pytest.mark.parametrize(("text", "row"), MULTIPLE_CASES)
def test_a_valuation_multiple_is_the_companys(text, row):
    assert row in surface_subjects(text)


NOT_A_VALUATION_CASES = [
    # A multiple of a measure (growth, a price) keeps the measure's subject.
    ("中科曙光前三季度营收94亿元。智算中心的机架数量增长了3倍。", ("3倍", "智算中心的机架数量")),
]


@pytest.mark.parametrize(("text", "row"), NOT_A_VALUATION_CASES)
def test_other_multiples_keep_their_subject(text, row):
    assert row in surface_subjects(text)
