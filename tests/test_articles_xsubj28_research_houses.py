"""A brokerage or research house is where figures come from, never what they measure.

华安证券预计公司…, 某咨询机构预计…, "the research house has lifted its forecast…": a house no
reference entity lists, named by what it is (证券, 研究所, 研究院, research house, brokerage), was
taken as the subject of the figures it forecast; speaking, what is measured is named after its
verb, else it is the company the story reports on. A listed publisher labelling a headline
("TrendForce: …") is the source too. Counted in blind10 234 (华安证券预计公司2025-2027年营业收入…)
and 241 (the title "TrendForce: …"), blind5 142 ("the research house has lifted…"); brokers and
institutions speak in blind7 174 and 175 and blind2 71. The sentences are new."""

import pytest

from tests.helpers import surface_subjects

RESEARCH_HOUSE_CASES = [
    (
        "寒武纪前三季度营收46.07亿元。东吴证券预计公司2026年营业收入为120.5亿元。",
        ("120.5亿元", "Cambricon"),
    ),
    (
        "浪潮信息上半年营收801亿元。某咨询机构预计其全年营收将达到1600亿元。",
        ("1600亿元", "Inspur"),
    ),
    (
        "开源证券研究所认为，智算中心的机架数量将在2027年增长20%。",
        ("20%", "智算中心的机架数量"),
    ),
    (
        "The brokerage expects data center revenue to reach $60 billion.",
        ("$60 billion", "data center revenue"),
    ),
    (
        "The research house has lifted its full-year forecast to a record $410 billion.",
        ("$410 billion", None),
    ),
]


@pytest.mark.parametrize(("text", "row"), RESEARCH_HOUSE_CASES)
def test_a_research_house_is_no_subject(text, row):
    surface, subject = row
    subjects = dict(surface_subjects(text))
    assert subjects[surface] == subject


def test_a_publisher_labelling_a_headline_is_no_subject():
    text = "TrendForce: tight supply caps 2026 notebook shipment growth at 3%\n\nDemand is steady."
    assert dict(surface_subjects(text))["3%"] != "TrendForce"


NOT_A_RESEARCH_HOUSE_CASES = [
    # Institutions counted are what the count measures.
    ("共有45家金融机构参与了本次网下申购。", ("45家", "金融机构")),
    # A securities exchange's own figures stay its own.
    ("上海证券交易所科创板的总市值已达7.5万亿元。", ("7.5万亿元", "上海证券交易所科创板的总市值")),
]


@pytest.mark.parametrize(("text", "row"), NOT_A_RESEARCH_HOUSE_CASES)
def test_institutions_not_speaking_keep_their_figures(text, row):
    assert row in surface_subjects(text)
