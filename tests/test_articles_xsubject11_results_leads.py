"""Results stories lead into their figures with a clause that names only an aspect of the
results (利润端的变化更为醒目：…, 利润端同样亮眼：…, 盈利能力方面，…) or label the quarter inside
the half (其中单Q2实现营收…). Neither is what the figures after it measure: they stay the company's
the story is about. A business line named as the topic (液冷服务器业务方面，…) still is the
subject. Blind4 showed the class in two articles of two writers; the sentences are new. Each row
is (surface, subject)."""

import pytest

from tests.helpers import subject_rows

RESULTS_LEAD_CASES = [
    (
        "沐曦上半年营收9.2亿元。利润端的变化更为醒目：上半年净利润为1.2亿元。",
        [("9.2亿元", "MetaX"), ("1.2亿元", "MetaX")],
    ),
    (
        "沐曦上半年營收9.2億元。利潤端的變化更為醒目：上半年淨利潤為1.2億元。",
        [("9.2亿元", "MetaX"), ("1.2亿元", "MetaX")],
    ),
    (
        "沐曦上半年营收9.2亿元。利润端同样亮眼：上半年净利润为1.2亿元。",
        [("9.2亿元", "MetaX"), ("1.2亿元", "MetaX")],
    ),
    (
        "沐曦上半年營收9.2億元。利潤端同樣亮眼：上半年淨利潤為1.2億元。",
        [("9.2亿元", "MetaX"), ("1.2亿元", "MetaX")],
    ),
    (
        "沐曦上半年营收9.2亿元。盈利能力方面，上半年净利润为1.2亿元。",
        [("9.2亿元", "MetaX"), ("1.2亿元", "MetaX")],
    ),
    (
        "沐曦上半年营收9.2亿元，同比增长30%；其中单Q2 实现营收5.1亿元。",
        [("9.2亿元", "MetaX"), ("30%", "MetaX"), ("5.1亿元", "MetaX")],
    ),
    (
        "沐曦上半年營收9.2億元，同比增長30%；其中單Q2 實現營收5.1億元。",
        [("9.2亿元", "MetaX"), ("30%", "MetaX"), ("5.1亿元", "MetaX")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), RESULTS_LEAD_CASES)
def test_a_lead_naming_an_aspect_of_results_leaves_the_company(text, rows):
    assert [r[:2] for r in subject_rows(text)] == rows


def test_a_business_line_as_topic_is_still_the_subject():
    rows = subject_rows("沐曦上半年营收9.2亿元。液冷服务器业务方面，营收为1.2亿元。")
    assert [r[:2] for r in rows] == [("9.2亿元", "MetaX"), ("1.2亿元", "液冷服务器业务")]


def test_a_measure_that_moves_as_well_is_still_the_companys():
    rows = subject_rows("沐曦上半年营收9.2亿元，净利润同样增长50%。")
    assert [r[1] for r in rows] == ["MetaX", "MetaX"]


@pytest.mark.parametrize(
    "text",
    [
        "沐曦发布半年报。公司深耕GPU市场，竞争力持续提升。25H1 公司营收9.2 亿，同比增长45%，"
        "归母净利润1.2 亿元，同比增长40%；其中单Q2 实现营收5.1 亿元，同比增长41%。",
        "沐曦發布半年報。公司深耕GPU市場，競爭力持續提升。25H1 公司營收9.2 億，同比增長45%，"
        "歸母淨利潤1.2 億元，同比增長40%；其中單Q2 實現營收5.1 億元，同比增長41%。",
    ],
)
def test_a_profit_attributable_to_the_parent_is_the_companys_measure(text):
    # 归母净利润 (net profit attributable to the parent) names a measure only, so it and the
    # quarter's part after the semicolon stay the company's the sentence opened with.
    rows = [r[:2] for r in subject_rows(text)]
    assert [subject for _, subject in rows] == ["MetaX"] * 6
