"""Three ways a Chinese clause names no subject of its own, or names one the figure must keep.

在用 (in use) is an attribute of the noun after it, as 在手 and 在建 are: "全国在用智算机架达…" is
about the racks in use, and 在 does not end the phrase there (在用户侧 is still 在 before its
object). A loss or profit told bare (上年同期亏损…, 第二年亏损…, 转为纯利…) is a company's
measure, naming nothing measured: the figure stays the company's. And a clause that states only
the basis a results figure is counted on (扣除非经常性损益后, 剔除汇率影响后) names nothing, as
"On a non-GAAP basis" does not. Blind4, blind5 and blind6 (three writers) and dev showed the
classes; the sentences are new. Each row is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

IN_USE_CASES = [
    ("截至去年底，全省在用智算中心机架达42万架。", ("42万架", "全省在用智算中心机架")),
    ("截至去年底，全省在用智算中心機架達42萬架。", ("42万架", "全省在用智算中心机架")),
    ("我国在用数据中心的标准机架已有900万架。", ("900万架", "我国在用数据中心的标准机架")),
]


@pytest.mark.parametrize(("text", "row"), IN_USE_CASES)
def test_in_use_is_an_attribute_of_the_noun_after_it(text, row):
    assert row in {r[:2] for r in subject_rows(text)}


def test_in_before_a_user_still_ends_the_phrase():
    rows = {r[:2] for r in subject_rows("液冷服务器在用户侧的渗透率达到12%。")}
    assert ("12%", "液冷服务器") in rows


BARE_RESULT_CASES = [
    (
        "龙芯中科：全年营业收入5.1亿元；归母净利润为亏损4.2亿元（上年同期亏损3.3亿元）。",
        ("3.3亿元", "Loongson"),
    ),
    ("寒武纪2023年净亏损8.5亿元，2024年转为纯利3.2亿元。", ("3.2亿元", "Cambricon")),
    ("寒武紀2023年淨虧損8.5億元，2024年轉為純利3.2億元。", ("3.2亿元", "Cambricon")),
]


@pytest.mark.parametrize(("text", "row"), BARE_RESULT_CASES)
def test_a_bare_loss_or_profit_stays_the_companys(text, row):
    assert row in {r[:2] for r in subject_rows(text)}


def test_a_bare_loss_with_no_company_names_nothing():
    rows = {r[:2] for r in subject_rows("若按加速折旧测算，第一年预计亏损3.6万元。")}
    assert ("3.6万元", "亏损") not in rows


BASIS_CASES = [
    (
        "摩尔线程预计全年归母净利润亏损9亿至10亿元；扣除非经常性损益后，预计亏损11亿至12亿元，"
        "同比收窄20%至25%。",
        [("11亿至12亿元", "Moore Threads"), ("20%至25%", "Moore Threads")],
    ),
    (
        "寒武纪上半年营收28亿元；剔除汇率影响后，营收同比增长40%。",
        [("40%", "Cambricon")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), BASIS_CASES)
def test_the_basis_of_a_results_figure_names_nothing(text, rows):
    found = {r[:2] for r in subject_rows(text)}
    assert set(rows) <= found
