"""Two subject leaks of a company profile, both found in blind9 206.

A bracketed aside that states a figure of its own (（GPU占AI服务器成本70%）) is a
statement of its own: the market or product named in it does not reach the company's figures
after the bracket closes (a widening of the rule that keeps names in example brackets, 如…,
out of a figure's subject). And 市场 alone before a forecast verb (市场预测公司…, 市場普遍預計…)
is the consensus speaking, like an analyst, not a market measured. The sentences are new."""

import pytest

from tests.helpers import surface_subjects

LEAK_CASES = [
    (
        "浪潮信息前三季度营收1206.69亿元。毛利率只有5%，主要因芯片成本高企（GPU占AI服务器成本70%），"
        "经营现金流净额为负100亿元。",
        ("负100亿元", "Inspur"),
    ),
    (
        "浪潮信息前三季度营收1206.69亿元。市场预测公司2026年全年净利润为25-28亿元。",
        ("25-28亿元", "Inspur"),
    ),
    (
        "浪潮信息前三季度营收1206.69亿元。市場普遍預計公司全年淨利潤為20億元。",
        ("20亿元", "Inspur"),
    ),
]


@pytest.mark.parametrize(("text", "row"), LEAK_CASES)
def test_the_companys_figure_stays_the_companys(text, row):
    assert row in surface_subjects(text)


KEPT_CASES = [
    # The aside's own figure is still the aside's.
    (
        "浪潮信息前三季度营收1206.69亿元。毛利率只有5%，主要因芯片成本高企（GPU占AI服务器成本70%），"
        "经营现金流净额为负100亿元。",
        ("70%", "AI server market"),
    ),
    # A market named before 预计 is the market measured, not a speaker.
    (
        "浪潮信息前三季度营收1206.69亿元。中国AI服务器市场预计将增长25%。",
        ("25%", "中国AI服务器市场"),
    ),
    # Model names in brackets hold no figure of their own: the list still names the subject.
    (
        "英伟达高端卡型（H100、B200）涨幅达30%-40%，中端卡型（A10、A800）涨幅为15%-20%。",
        ("15%-20%", "NVIDIA A800"),
    ),
]


@pytest.mark.parametrize(("text", "row"), KEPT_CASES)
def test_what_names_its_own_figure_keeps_it(text, row):
    assert row in surface_subjects(text)
