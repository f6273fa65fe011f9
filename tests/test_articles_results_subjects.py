"""Whose results a results sentence reports (issue 12): the company the company's filing or
forecast speaks for (按公司预计, 据公司披露), and the company the sentence before reported on when
a sentence opens with a measure only a company has (净利润亦升至…, "Net income climbed to…"). One
short text each, in wordings that appear in none of the articles."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def subject_of(text: str, surface: str) -> str | None:
    """The subject of the one fact of `text` with that surface."""
    subjects = [row[3] for row in fact_rows(text, PUBLISHED) if row[0] == surface]
    assert len(subjects) == 1, fact_rows(text, PUBLISHED)
    return subjects[0]


# 公司 as whose forecast or disclosure it is (按公司预计, 据公司披露, 根据该公司公告) stands for the
# company the article named before, as 公司 opening a clause does.
THE_COMPANY_SPEAKS = [
    ("海光信息披露了业绩预告。按公司预计，全年营业收入在90亿元左右。", "90亿元", "Hygon"),
    ("海光信息披露了業績預告。按公司預計，全年營業收入在90億元左右。", "90亿元", "Hygon"),
    ("寒武纪发布了三季报。据公司披露，归母净利润为5.67亿元。", "5.67亿元", "Cambricon"),
    ("寒武紀發布了三季報。據公司披露，歸母淨利潤為5.67億元。", "5.67亿元", "Cambricon"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), THE_COMPANY_SPEAKS)
def test_the_company_whose_forecast_it_is_is_the_subject(text, surface, subject):
    assert subject_of(text, surface) == subject


# A sentence opening with a company's own results measure carries on the company the sentence
# before reported on; so do the per-share figure and the growth it states.
RESULTS_GO_ON = [
    ("英伟达季度销售额升至440亿美元。净利润亦升至188亿美元。", "188亿美元", "NVIDIA"),
    ("英偉達季度銷售額升至440億美元。淨利潤亦升至188億美元。", "188亿美元", "NVIDIA"),
    ("英伟达季度销售额升至440亿美元。净利润为188亿美元，同比增长26%。", "26%", "NVIDIA"),
    ("AMD公布了季报。毛利率达到53%，创下新高。", "53%", "AMD"),
    (
        "Nvidia's revenue rose to $44 billion. Net income climbed to $18.8 billion.",
        "$18.8 billion",
        "NVIDIA",
    ),
    ("AMD posted its results on Tuesday. Revenue came in at $7.7 billion.", "$7.7 billion", "AMD"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), RESULTS_GO_ON)
def test_a_results_measure_goes_on_with_the_company_before(text, surface, subject):
    assert subject_of(text, surface) == subject


# Only a company has results: with none named before, nothing is made up.
def test_a_results_measure_with_no_company_before_names_none():
    assert subject_of("服务器价格持续上涨。净利润为5亿元。", "5亿元") in (None, "净利润")


# Revenue is a company's: a market or product named in an earlier clause (AI服务器出货畅旺) is
# why it grew, not whose it is; the company named by the clause's own words is.
REVENUE_IS_A_COMPANYS = [
    ("AI服务器订单出货畅旺，纬创9月营收达2034.37亿元。", "2034.37亿元", "Wistron"),
    ("AI伺服器訂單出貨暢旺，緯創9月營收達2034.37億元。", "2034.37亿元", "Wistron"),
    (
        "AI server orders kept surging, and Wistron's revenue reached NT$203 billion.",
        "NT$203 billion",
        "Wistron",
    ),
]


@pytest.mark.parametrize(("text", "surface", "subject"), REVENUE_IS_A_COMPANYS)
def test_revenue_is_never_a_markets_named_before(text, surface, subject):
    assert subject_of(text, surface) == subject


# A growth right after a figure with only a growth word between (月增, 年增, 同比增长, "up") is
# the figure's growth: it is about whom the figure is about.
GROWTH_OF_THE_FIGURE = [
    (
        "纬创方面，AI服务器订单出货畅旺，9月营收达2034亿元，月增17.8%、年增110%。",
        "17.8%",
        "Wistron",
    ),
    ("纬创方面，AI服务器订单出货畅旺，9月营收达2034亿元，月增17.8%、年增110%。", "110%", "Wistron"),
    ("緯創方面，AI伺服器訂單出貨暢旺，9月營收達2034億元，月增17.8%、年增110%。", "110%", "Wistron"),
    ("受AI服务器出货带动，寒武纪营收达17亿元，同比增长1332%。", "1332%", "Cambricon"),
    (
        "AI server orders kept surging, and Wistron's revenue reached NT$203 billion, up 110% "
        "from a year earlier.",
        "110%",
        "Wistron",
    ),
]


@pytest.mark.parametrize(("text", "surface", "subject"), GROWTH_OF_THE_FIGURE)
def test_a_bare_growth_is_the_growth_of_the_figure_before(text, surface, subject):
    assert subject_of(text, surface) == subject


# A growth word (月增) ends the phrase before it; it names nothing measured.
def test_a_growth_word_is_not_a_subject():
    assert subject_of("广达公告9月营收1841亿元，月增20.4%。", "20.4%") != "月增"


# The acronym of a technology or a kind of product (AI晶片, GPU业务) is no other company: the
# company named before the clause keeps its revenue.
ACRONYMS_NAME_NO_COMPANY = [
    ("寒武纪公告称,公司AI芯片产品收入为10亿元。", "10亿元", "Cambricon"),
    ("寒武紀公告稱,公司AI晶片產品收入為10億元。", "10亿元", "Cambricon"),
    ("海光信息表示,公司GPU业务收入为30亿元。", "30亿元", "Hygon"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), ACRONYMS_NAME_NO_COMPANY)
def test_a_technology_acronym_is_not_another_company(text, surface, subject):
    assert subject_of(text, surface) == subject


# A worked example (以一台H100服务器为例) names what the example is; a later clause opening with
# its own business or equipment (设备租赁的净利率, 算力租赁业务的毛利率), after an ordinal span of
# the term (第一年到第五年, 首年), is about that business, not the card in the example.
A_BUSINESS_OF_ITS_OWN = [
    (
        "以一台装配8张H100显卡的服务器为例，第一年到第五年设备租赁的净利率分别为32%、34%。",
        "34%",
        "设备租赁的净利率",
    ),
    (
        "以一台裝配8張H100顯卡的伺服器為例，第一年到第五年設備租賃的淨利率分別為32%、34%。",
        "32%",
        "设备租赁的净利率",
    ),
    ("以一台装配8张H100显卡的服务器为例，首年设备租赁的净利率为32%。", "32%", "设备租赁的净利率"),
    ("以H100为例，算力租赁业务的毛利率约为50%。", "50%", "算力租赁业务的毛利率"),
    (
        "Take a server with eight H100 cards as an example, and the equipment leasing business has"
        " a net margin of 32%.",
        "32%",
        "equipment leasing business",
    ),
]


@pytest.mark.parametrize(("text", "surface", "subject"), A_BUSINESS_OF_ITS_OWN)
def test_a_business_named_by_its_clause_outranks_the_example_before(text, surface, subject):
    assert subject_of(text, surface) == subject


# A period (Q1, the first quarter, fiscal 2024) says when, never what an amount is "of"; a
# company's money with nothing named at all, or a sentence opening with capex, is the money of
# the company the sentence before reported on.
COMPANY_MONEY_GOES_ON = [
    (
        "Amazon booked $31.4 billion of capital expenditures in Q2. Added to the $24 billion of"
        " Q1, that would put total capex at $118 billion for 2025.",
        "$24 billion",
        "Amazon",
    ),
    (
        "Amazon booked $31.4 billion of capital expenditures in Q2. Added to the $24 billion of"
        " Q1, that would put total capex at $118 billion for 2025.",
        "$118 billion",
        "Amazon",
    ),
    (
        "Amazon booked $31.4 billion in Q2. Capital expenditures were $24 billion in Q1.",
        "$24 billion",
        "Amazon",
    ),
    ("亚马逊第二季度资本开支为314亿美元。第一季度资本开支为240亿美元。", "240亿美元", "Amazon"),
    ("亞馬遜第二季度資本開支為314億美元。第一季度資本開支為240億美元。", "240亿美元", "Amazon"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), COMPANY_MONEY_GOES_ON)
def test_a_companys_money_with_no_name_goes_on_with_the_company_before(text, surface, subject):
    assert subject_of(text, surface) == subject


@pytest.mark.parametrize(
    "text",
    [
        "Added to the $24 billion of Q1, total capex could reach $118 billion.",
        "Added to the $24 billion of the first quarter, total capex could reach $118 billion.",
    ],
)
def test_a_period_is_never_what_an_amount_is_of(text):
    assert subject_of(text, "$24 billion") not in ("Q1", "first quarter")


# What opens a clause without naming anything is no subject: a verb bidding the reader (Start
# with…), a lone function word (The 15% payment, though with…), a span of time ahead (未来两至三年).
@pytest.mark.parametrize(
    ("text", "surface", "not_subject"),
    [
        ("Start with $2.35 per GPU-hour.", "$2.35 per GPU-hour", "Start"),
        ("Compare with $4 per hour a year ago.", "$4 per hour", "Compare"),
        ('"The 15% payment shows how tangled trade talks are," an analyst said.', "15%", "The"),
    ],
)
def test_a_word_that_names_nothing_is_not_a_subject(text, surface, not_subject):
    assert subject_of(text, surface) != not_subject


@pytest.mark.parametrize(
    "text",
    [
        "他认为AI投资热潮会推动产业持续成长，未来两至三年市场规模有望突破1兆美元。",
        "他認為AI投資熱潮會推動產業持續成長，未來兩至三年市場規模有望突破1兆美元。",
        "他认为AI投资热潮会推动产业持续成长，今后3-5年市场规模有望突破1兆美元。",
    ],
)
def test_a_span_of_time_ahead_leaves_what_the_clause_names(text):
    assert subject_of(text, "1兆美元") == "市场规模"


# A sentence whose subject is a bare demonstrative standing for the figure before (That was…,
# 这比…) is about what that figure is about.
@pytest.mark.parametrize(
    "text",
    [
        "Microsoft spent $34.9 billion in the quarter. That was 74% more than a year earlier.",
        "Microsoft spent $34.9 billion in the quarter. This represents 74% more than a year ago.",
        "微软上季度资本开支为349亿美元。这比去年同期高出74%。",
        "微軟上季度資本開支為349億美元。這比去年同期高出74%。",
    ],
)
def test_a_demonstrative_standing_for_the_figure_before_takes_its_subject(text):
    assert subject_of(text, "74%") == "Microsoft"


def test_a_demonstrative_reaches_no_further_than_its_paragraph():
    text = "Microsoft spent $34.9 billion in the quarter.\n\nThat was 74% more than a year earlier."
    assert subject_of(text, "74%") is None


# A bound (不低于, 不少于, 不超过) is the predicate: the phrase before it is what is bounded.
@pytest.mark.parametrize(
    "text",
    [
        "预计发行后公司市值不低于15亿元。",
        "預計發行後公司市值不低於15億元。",
        "预计发行后公司市值不超过15亿元。",
    ],
)
def test_a_bound_ends_the_phrase_it_bounds(text):
    assert subject_of(text, "15亿元") == "发行后公司市值"
