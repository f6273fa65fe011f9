"""Research-note markers, stock codes and ranges written with a currency before the first end.

Classes met in real reporting outside the fixtures (dev 21-25): a bullet digest cites its sources
as [1] or [3][6]; a listing story names a security as 06082.HK; a Taiwanese results story writes
a loss range as 新台幣42.7億元到47.7億元, the currency only before the first end.
"""

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from suanli.quantities import extract_quantities
from suanli.text import normalise


def quantities(sentence: str):
    text = normalise(sentence).text
    mentions = [(start, end) for start, end, _ in EntityIndex.load().find_all(text)]
    return [q for q in extract_quantities(text, mentions) if q.period is None]


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        ("- 亚马逊预计2025年总投入1250亿美元 [6]", ["1250亿美元"]),
        ("- 亞馬遜預計2025年總投入1250億美元 [6]", ["1250亿美元"]),
        ("公司目前服务超过30万家企业客户 [3][5]", ["30万家"]),
        ("收入增长26% ［2］，来自云业务 [1, 4]", ["26%"]),
        ("Revenue rose 12% [7] on cloud demand", ["12%"]),
    ],
)
def test_citation_markers_are_no_quantities(sentence, surfaces):
    assert [q.surface for q in quantities(sentence)] == surfaces


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        ("壁仞科技(06082.HK)开盘报35.7港元", ["35.7港元"]),
        ("壁仞科技（06082.HK）開盤報35.7港元", ["35.7港元"]),
        ("摩尔线程(688795.SH)与沐曦股份(688802.SH)先后上市", []),
        ("中芯国际(0981.HK)股价上涨5%", ["5%"]),
    ],
)
def test_stock_codes_are_no_quantities(sentence, surfaces):
    assert [q.surface for q in quantities(sentence)] == surfaces


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("预计亏损新台币42.7亿元到47.7亿元", 4.27e9, 4.77e9, "TWD"),
        ("預計虧損新台幣42.7億元到47.7億元", 4.27e9, 4.77e9, "TWD"),
        ("营收预计为人民币14.5亿元到15.2亿元", 1.45e9, 1.52e9, "CNY"),
        ("售价在US$2万至3万元之间", 2e4, 3e4, "USD"),
    ],
)
def test_a_bare_yuan_end_takes_the_currency_written_before_the_range(sentence, low, high, unit):
    (q,) = quantities(sentence)
    assert (q.value_low, q.value_high, q.unit) == (low, high, unit)


def test_ends_in_two_written_currencies_stay_two_amounts():
    found = quantities("价格从2万美元降到15万元人民币")
    assert [q.unit for q in found] == ["USD", "CNY"]


# --- subjects in bullet digests and purchase sentences ----------------------------------------

ENTITIES = EntityIndex.load()


def subjects_of(text: str) -> dict[str, str | None]:
    facts = extract_article("s", text, ENTITIES).facts
    return {f.surface: None if pd.isna(f.subject) else f.subject for f in facts.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "资本开支\n- 谷歌把2025年资本支出上调到900亿美元\n"
        "- 某云厂商2025年资本支出为80亿美元,约为去年的两倍",
        "資本開支\n- 谷歌把2025年資本支出上調到900億美元\n"
        "- 某雲廠商2025年資本支出為80億美元,約為去年的兩倍",
        "Capex\n• Google raised its 2025 capex to $90 billion\n"
        "• A cloud firm will spend $8 billion, twice last year's",
    ],
)
def test_a_list_item_is_no_topic_of_the_items_after_it(text):
    found = subjects_of(text)
    (google,) = [s for surface, s in found.items() if surface.startswith(("900", "$90"))]
    (other,) = [s for surface, s in found.items() if surface.startswith(("80", "$8 "))]
    assert google == "Google"
    assert other != "Google"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("亚马逊预计2025年总投入1250亿美元。", "1250亿美元", "Amazon"),
        ("亞馬遜預計2025年總投入1250億美元。", "1250亿美元", "Amazon"),
        ("Meta预计2025年资本支出为700亿至720亿美元。", "700亿至720亿美元", "Meta"),
        ("腾讯表示今年资本开支将超过900亿元。", "900亿元", "Tencent"),
    ],
)
def test_a_company_announcing_its_own_money_is_its_subject(text, surface, subject):
    assert subjects_of(text)[surface] == subject


def test_a_research_firm_forecasting_a_market_stays_its_source():
    facts = extract_article(
        "s", "IDC预计,2025年中国AI服务器市场规模将达到300亿美元。", ENTITIES
    ).facts
    (fact,) = facts.itertuples()
    assert (fact.subject, fact.source) == ("中国AI服务器市场", "IDC")


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("字节跳动计划斥资约1000亿元采购英伟达H200芯片。", "1000亿元", "ByteDance"),
        ("字節跳動計畫斥資約1000億元採購輝達H200晶片。", "1000亿元", "ByteDance"),
        ("腾讯以12亿美元租用1.5万颗英伟达H200。", "12亿美元", "Tencent"),
        ("騰訊以12億美元租用1.5萬顆輝達H200。", "12亿美元", "Tencent"),
    ],
)
def test_what_the_money_buys_or_rents_is_not_whose_money_it_is(text, surface, subject):
    assert subjects_of(text)[surface] == subject


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("公司预计2025年亏损收窄幅度为34.5%到41.3%。", "34.5%到41.3%", -41.3, -34.5),
        ("公司預計2025年虧損收窄幅度為34.5%到41.3%。", "34.5%到41.3%", -41.3, -34.5),
        ("全年净亏损同比缩窄12%。", "12%", -12, -12),
        ("The company's net loss narrowed by 20% year on year.", "20%", -20, -20),
    ],
)
def test_a_narrowing_loss_is_a_fall(text, surface, low, high):
    facts = extract_article("s", text, ENTITIES).facts
    (fact,) = [f for f in facts.itertuples() if f.surface == surface]
    assert (fact.fact_type, fact.value_low, fact.value_high) == ("pct_change", low, high)


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        ("换算下来,一小时可处理近100亿张图像", ["100亿张"]),
        ("換算下來,一小時可處理近100億張圖像", ["100亿张"]),
        ("该集群一天就能完成3000万次推理", ["3000万次"]),
        ("交期缩短到一个月", ["一个月"]),  # a duration of its own stays one
    ],
)
def test_the_time_base_of_a_rate_is_no_duration(sentence, surfaces):
    assert [q.surface for q in quantities(sentence)] == surfaces


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Anthropic由OpenAI前研究员创办;今年9月完成130亿美元融资。", "130亿美元", "Anthropic"),
        ("Anthropic由OpenAI前研究員創辦;今年9月完成130億美元融資。", "130亿美元", "Anthropic"),
        ("腾讯的增速比阿里巴巴更快,资本开支达到900亿元。", "900亿元", "Tencent"),
    ],
)
def test_an_agent_or_yardstick_is_not_what_a_later_clause_is_about(text, surface, subject):
    assert subjects_of(text)[surface] == subject
