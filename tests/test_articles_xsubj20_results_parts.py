"""A company's results told part by part after a heading that names no company.

A broker note or results story names the company once, then goes on under a heading of its own
(核心观点, 财务数据) with 公司, a results measure (营收, 毛利率) or a bare growth (同比增长, yoy+,
环比下降). The company is found for the money figure late (公司 or a results measure stands for
it); the growth and margin figures of the same part, and a results measure opening a later clause
of a sentence whose first clause names no topic, are that company's too. Counted in blind7 165
(Inspur note), 173 (Hygon note) and 176 (Cambricon results). The sentences are new. Each row is
(surface, subject)."""

import pytest

from tests.helpers import surface_subjects

COMPANY_AFTER_A_HEADING_CASES = [
    (
        "中科曙光发布三季报。\n\n核心观点\n\n其中，第三季度公司实现营业收入45.6亿元，同比增长12.3%；"
        "净利润3.2亿元。",
        {("45.6亿元", "Sugon"), ("12.3%", "Sugon")},
    ),
    (
        "中科曙光发布三季报。\n\n核心观点\n\n考虑到订单饱满，我们上调盈利预测：预计公司2026-2027年营收为210.5/245.8亿元，"
        "同比增长18.2%/16.8%。",
        {("210.5", "Sugon"), ("18.2%", "Sugon"), ("16.8%", "Sugon")},
    ),
    (
        "中科曙光发布三季报。\n\n财务数据\n\n拆分到单季度，25Q3营收40.5亿元，yoy+21.4%，qoq+8.2%；"
        "毛利率28.5%，yoy+1.2pcts。",
        {("21.4%", "Sugon"), ("8.2%", "Sugon"), ("28.5%", "Sugon")},
    ),
    (
        "中科曙光发布三季报。\n\n财务数据\n\n不过拆开来看，第三季度营收环比下降3.1%，"
        "净利润环比下降9%。",
        {("3.1%", "Sugon"), ("9%", "Sugon")},
    ),
]


@pytest.mark.parametrize(("text", "rows"), COMPANY_AFTER_A_HEADING_CASES)
def test_a_part_about_the_company_is_the_companys(text, rows):
    assert rows <= surface_subjects(text)


NOT_THE_COMPANY_CASES = [
    # A sentence opening with another name is about that name.
    (
        "中科曙光发布三季报。\n\n核心观点\n\n某芯片公司领跑，2024年净利润达到5.6亿元，"
        "同比增长120%。",
        "Sugon",
    ),
    # A growth in a part of its own after the semicolon names its own measure's owner.
    (
        "中科曙光发布三季报。\n\n行业数据\n\n第三季度公司实现营业收入45.6亿元；"
        "全球服务器市场同比增长12.3%。",
        "Sugon",
    ),
]


@pytest.mark.parametrize(("text", "company"), NOT_THE_COMPANY_CASES)
def test_a_figure_of_another_topic_is_not_the_companys(text, company):
    figure = "120%" if "120%" in text else "12.3%"
    assert (figure, company) not in surface_subjects(text)
