"""A broker note's section label, and 公司 before a time, name no subject of their own.

投资建议部分，华安证券预计公司2025-2027年营业收入分别为…, 盈利预测：预计公司…: the label opening the
sentence (投资建议, 盈利预测, 投资要点, 核心观点, …部分, …方面) was taken as the topic of the
forecasts after it; they are the company's the note covers. And 公司 followed by its results
word (公司营业收入) or by a time first (公司2025-2027年营收, 公司全年营收) is the company named
before, not a phrase "公司营业收入". Counted: labels in blind10 234 (投资建议部分), 235 (盈利预测上,
估值上), blind7 165 (盈利预测：), blind3 84 (核心观点：, 业绩概况：); 公司 + time + results in
blind3 84, 94, blind4 113, 114, blind7 165, blind10 234. The sentences are new."""

import pytest

from tests.helpers import surface_subjects

LABEL_CASES = [
    (
        "寒武纪上半年营收28.8亿元。盈利预测与估值部分，东吴证券预计公司2026年营收为120亿元。",
        ("120亿元", "Cambricon"),
    ),
    (
        "海光信息前三季度营收94.90亿元。投资建议部分，中信证券预计公司2026年营业收入为180亿元。",
        ("180亿元", "Hygon"),
    ),
    (
        "中科曙光前三季度营收94亿元。核心观点：公司全年营业收入有望达到150亿元。",
        ("150亿元", "Sugon"),
    ),
]


@pytest.mark.parametrize(("text", "row"), LABEL_CASES)
def test_a_section_label_is_no_subject(text, row):
    assert row in surface_subjects(text)


COMPANY_BEFORE_ITS_RESULTS_CASES = [
    (
        "海光信息前三季度营收94.90亿元。华安证券预计公司营业收入为139.15亿元。",
        ("139.15亿元", "Hygon"),
    ),
    (
        "中科曙光前三季度营收94亿元。投资要点：公司2026年净利润预计为30亿元。",
        ("30亿元", "Sugon"),
    ),
]


@pytest.mark.parametrize(("text", "row"), COMPANY_BEFORE_ITS_RESULTS_CASES)
def test_company_before_a_time_and_its_results_is_the_company(text, row):
    assert row in surface_subjects(text)


NOT_A_LABEL_CASES = [
    # A part of a business named before 部分 is still what the figure measures.
    ("广达11月营收1800亿元。AI服务器部分，出货量较上月增长30%。", ("30%", "AI server market")),
    # A parent or a subsidiary is not the company named before.
    ("中科曙光前三季度营收94亿元。母公司营收为20亿元。", ("20亿元", "母公司营收")),
]


@pytest.mark.parametrize(("text", "row"), NOT_A_LABEL_CASES)
def test_a_named_part_keeps_its_figures(text, row):
    assert row in surface_subjects(text)
