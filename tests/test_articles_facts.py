"""Fact typing by cue words and sentence patterns, one sentence at a time, in wordings that appear
in none of the articles: (surface, fact_type, metric, subject, value or (low, high), unit,
qualifier, period) for every fact the sentence holds."""

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()


def facts_of(sentence: str) -> list[tuple]:
    facts = extract_article("s", sentence, ENTITIES).facts
    rows = []
    for f in facts.itertuples():
        value = f.value if f.value_low == f.value_high else (f.value_low, f.value_high)
        subject = None if pd.isna(f.subject) else f.subject
        period = None if pd.isna(f.period) else f.period
        rows.append((f.surface, f.fact_type, f.metric, subject, value, f.unit, f.qualifier, period))
    return rows


CASES = [
    # 售价X / 价格为X
    ("目前英伟达A800的售价已经达到12万元。",
     [("12万元", "unit_price", "price", "NVIDIA A800", 1.2e5, "CNY", "exact", None)]),
    ("一块A100 80GB显卡的价格约为1.5万美元。",
     [("80GB", "data_size", "memory", "NVIDIA A100", 8e10, "bytes", "exact", None),
      ("1.5万美元", "unit_price", "price", "NVIDIA A100", 1.5e4, "USD", "approx", None)]),
    ("H20的售价在1.2万至1.5万美元之间。",
     [("1.2万至1.5万美元", "unit_price", "price", "NVIDIA H20", (1.2e4, 1.5e4), "USD", "exact",
       None)]),
    ("The H200 is expected to cost between $30,000 and $40,000.",
     [("$30,000 and $40,000", "unit_price", "price", "NVIDIA H200", (3e4, 4e4), "USD", "exact",
       None)]),
    # 翻了一番: a doubling of the price
    ("H100的价格较年初翻了一番。",
     [("翻了一番", "ratio", "price_ratio", "NVIDIA H100", 2, "ratio", "exact", None)]),
    # server prices are not chip prices
    ("一台DGX H100服务器售价高达40万美元。",
     [("40万美元", "unit_price", "server_price", "NVIDIA H100", 4e5, "USD", "exact", None)]),
    # rental prices, from → to
    ("算力租赁价格从每小时10元上涨至15元。",
     [("10元", "unit_price", "rental_price_from", "算力租赁价格", 10, "CNY", "exact", None),
      ("15元", "unit_price", "rental_price_to", "算力租赁价格", 15, "CNY", "exact", None)]),
    # prices up X% to Y
    ("Prices for RTX 4090 cards in China jumped 20% to about 20,000 yuan.",
     [("20%", "pct_change", "price_change_pct", "NVIDIA GeForce RTX 4090", 20, "percent", "exact",
       None),
      ("20,000 yuan", "unit_price", "price", "NVIDIA GeForce RTX 4090", 2e4, "CNY", "approx",
       None)]),
    # shipments with a source that is not the subject
    ("据集邦咨询统计,2023年全球AI服务器出货量约为118万台,同比增长38.4%。",
     [("118万台", "count", "shipments", "AI server market", 1.18e6, "count", "approx", "2023"),
      ("38.4%", "pct_change", "yoy_growth", "AI server market", 38.4, "percent", "exact",
       "2023")]),
    ("Nvidia shipped an estimated 550,000 H100 GPUs in 2023.",
     [("550,000", "count", "shipments", "NVIDIA H100", 5.5e5, "count", "exact", "2023")]),
    # company results, fiscal periods, declines
    ("英伟达2024财年第一季度营收为71.9亿美元,同比下降13%。",
     [("71.9亿美元", "spend", "revenue", "NVIDIA", 7.19e9, "USD", "exact", "FY2024Q1"),
      ("13%", "pct_change", "yoy_growth", "NVIDIA", -13, "percent", "exact", "FY2024Q1")]),
    ("寒武纪2022年营收7.29亿元,同比增长1.11%,净亏损12.57亿元。",
     [("7.29亿元", "spend", "revenue", "Cambricon", 7.29e8, "CNY", "exact", "2022"),
      ("1.11%", "pct_change", "yoy_growth", "Cambricon", 1.11, "percent", "exact", "2022"),
      ("12.57亿元", "earnings", "net_loss", "Cambricon", 1.257e9, "CNY", "exact", "2022")]),
    ("Microsoft plans to spend $50 billion on data centers this year.",
     [("$50 billion", "spend", "spending", "Microsoft", 5e10, "USD", "exact", None)]),
    # forecasts: 预计到X年将突破Y
    ("预计到2025年,中国AI芯片市场规模将突破1780亿元。",
     [("1780亿元", "market_size", "market_size", "AI chip market", 1.78e11, "CNY", "at_least",
       "2025")]),
    # counts of chips, needed or bought
    ("国内某大厂一次性采购了超过1万张A800。",
     [("1万张", "count", "chips", "NVIDIA A800", 1e4, "count", "at_least", None)]),
    ("训练GPT-4需要约2.5万张A100,耗时90-100天。",
     [("2.5万张", "count", "chips_required", "NVIDIA A100", 2.5e4, "count", "approx", None),
      ("90-100天", "duration", "training_time", "GPT-4", (90, 100), "days", "exact", None)]),
    ("ChatGPT的月活跃用户数在两个月内突破1亿。",
     [("两个月", "duration", "duration", "ChatGPT", 2, "months", "up_to", None),
      ("1亿", "count", "users", "ChatGPT", 1e8, "count", "at_least", None)]),
    # costs of running and training
    ("OpenAI每天运行ChatGPT的成本约为70万美元。",
     [("70万美元", "cost", "cost", "ChatGPT", 7e5, "USD", "approx", None)]),
    ("GPT-3 was trained on 45TB of text data at a cost of $4.6 million.",
     [("45TB", "data_size", "dataset_size", "GPT-3", 4.5e13, "bytes", "exact", None),
      ("$4.6 million", "cost", "cost", "GPT-3", 4.6e6, "USD", "exact", None)]),
    # specs
    ("AMD's MI300X offers 192GB of HBM3 memory and 5.3 TB/s of bandwidth.",
     [("192GB", "data_size", "memory", "AMD Instinct MI300X", 1.92e11, "bytes", "exact", None),
      ("5.3 TB/s", "spec", "memory_bandwidth", "AMD Instinct MI300X", 5.3e12, "bytes/s", "exact",
       None)]),
    ("Each H100 draws up to 700 watts.",
     [("700 watts", "spec", "power", "NVIDIA H100", 700, "W", "up_to", None)]),
    ("Lead times for H100 have fallen to 8-12 weeks.",
     [("8-12 weeks", "duration", "lead_time", "NVIDIA H100", (56, 84), "days", "exact", None)]),
    # a server priced after the fact, and the move it made
    ("Chinese buyers paid as much as 2 million yuan for a server with eight H800 chips, up from "
     "about 1.2 million yuan.",
     [("2 million yuan", "unit_price", "server_price_to", "NVIDIA H800", 2e6, "CNY", "up_to",
       None),
      ("1.2 million yuan", "unit_price", "server_price_from", "NVIDIA H800", 1.2e6, "CNY",
       "approx", None)]),
    ("Huawei plans to ship about 100,000 Ascend 910B units in 2024.",
     [("100,000", "count", "shipments", "Huawei Ascend 910B", 1e5, "count", "approx", "2024")]),
    ("The 910B delivers about 80% of the A100's performance.",
     [("80%", "ratio", "relative_performance", "Huawei Ascend 910B", 80, "percent", "approx",
       None)]),
    ("据TrendForce统计,2023年HBM整体市场规模约为43.56亿美元,年增长率达104%。",
     [("43.56亿美元", "market_size", "market_size", "HBM market", 4.356e9, "USD", "approx",
       "2023"),
      ("104%", "pct_change", "yoy_growth", "HBM market", 104, "percent", "exact", "2023")]),
    # levels that move: shares, margins, market sizes over a span of years
    ("英偉達在該市場的份額從95%下降至80%。",
     [("95%", "share", "market_share_from", "NVIDIA", 95, "percent", "exact", None),
      ("80%", "share", "market_share_to", "NVIDIA", 80, "percent", "exact", None)]),
    ("2022年至2025年,AI芯片市场规模将从385亿元增长到1780亿元。",
     [("385亿元", "market_size", "market_size", "AI chip market", 3.85e10, "CNY", "exact",
       "2022"),
      ("1780亿元", "market_size", "market_size", "AI chip market", 1.78e11, "CNY", "exact",
       "2025")]),
    ("預計2023-2027年中國AI服務器市場複合增長率為35%。",
     [("35%", "pct_change", "cagr", "中国AI服务器市场", 35, "percent", "exact", "2023-2027")]),
    # compute said in words, counts with modifiers
    ("壁仞推出的BR100芯片,算力達到每秒1000萬億次。",
     [("1000万亿次", "compute", "compute", "Biren BR100", 1e15, "FLOP/s", "exact", None)]),
    ("In 2023, Nvidia sold roughly 2.5 million data center GPUs, capturing about 98% of the "
     "market.",
     [("2.5 million data center GPUs", "count", "chips", "NVIDIA", 2.5e6, "count", "approx",
       "2023"),
      ("98%", "share", "market_share", "NVIDIA", 98, "percent", "approx", "2023")]),
    # launches with the product before the verb; a year right after a figure binds to it
    ("When ChatGPT launched in November 2022, few expected it to upend the chip market.",
     [("November 2022", "release", "release_year", "ChatGPT", 2022, "year", "exact", "2022-11")]),
    ("GPT-4于2023年3月发布。",
     [("2023年3月", "release", "release_year", "GPT-4", 2023, "year", "exact", "2023-03")]),
    ("Chinese firms stockpiled H800 chips ahead of export controls announced in October 2023.",
     []),
    ("Analysts expect the AI accelerator market to grow from $45 billion in 2023 to $400 billion "
     "in 2027.",
     [("$45 billion", "market_size", "market_size", "AI chip market", 4.5e10, "USD", "exact",
       "2023"),
      ("$400 billion", "market_size", "market_size", "AI chip market", 4e11, "USD", "exact",
       "2027")]),
    ("An H100 card fetched as much as $45,000 on eBay, up from a list price of about $30,000.",
     [("$45,000", "unit_price", "price_to", "NVIDIA H100", 4.5e4, "USD", "up_to", None),
      ("$30,000", "unit_price", "price_from", "NVIDIA H100", 3e4, "USD", "approx", None)]),
    # a company's money: its valuation, and an unknown company's funding is not Microsoft's
    ("Within a year, Nvidia's market value passed $1 trillion.",
     [("$1 trillion", "valuation", "market_cap", "NVIDIA", 1e12, "USD", "exact", None)]),
    ("Microsoft ordered tens of thousands of H100s, and CoreWeave raised $2.3 billion in debt.",
     [("$2.3 billion", "spend", "funding", "CoreWeave", 2.3e9, "USD", "exact", None)]),
    # 上涨到了, 下调, 订购, a server named in the clause before its price, X的性能是Y的Z%
    ("目前市场上H800的渠道价格已经从每张20万元左右上涨到了26万元。",
     [("20万元", "unit_price", "price_from", "NVIDIA H800", 2e5, "CNY", "approx", None),
      ("26万元", "unit_price", "price_to", "NVIDIA H800", 2.6e5, "CNY", "exact", None)]),
    ("阿里云宣布,其A100云服务器的租用价格下调了20%。",
     [("20%", "pct_change", "price_change_pct", "NVIDIA A100", -20, "percent", "exact", None)]),
    ("据悉,某公司今年已向英伟达订购了价值10亿美元的GPU。",
     [("10亿美元", "spend", "procurement", "NVIDIA", 1e9, "USD", "exact", None)]),
    ("一台配置8张A800的服务器,价格在130万元左右,较半年前上涨了约50%。",
     [("8张", "count", "chips", "NVIDIA A800", 8, "count", "exact", None),
      ("130万元", "unit_price", "server_price", "NVIDIA A800", 1.3e6, "CNY", "approx", None),
      ("50%", "pct_change", "price_change_pct", "NVIDIA A800", 50, "percent", "approx", None)]),
    ("华为昇腾910B的性能约为英伟达A100的80%-90%。",
     [("80%-90%", "ratio", "relative_performance", "Huawei Ascend 910B", (80, 90), "percent",
       "approx", None)]),  # 约为…的80%-90%: 约 qualifies the ratio
    # shares as a range (of revenue: a revenue share)
    ("英伟达在中国市场的营收占比约为20%至25%。",
     [("20%至25%", "share", "revenue_share", "NVIDIA", (20, 25), "percent", "approx", None)]),
    # 月租金 names a rent even when it is counted per server (/台)
    ("8卡H100服务器月租金约为7万元/台。",
     [("8卡", "count", "chips", "NVIDIA H100", 8, "count", "exact", None),
      ("7万元/台", "unit_price", "rental_price", "NVIDIA H100", 7e4, "CNY", "approx", None)]),
    # X的N倍: the product before 的 is the comparison base; 约为 qualifies the ratio
    ("一张昇腾910B的渠道价约为12万元,约为H20售价的1.2倍。",
     [("12万元", "unit_price", "price", "Huawei Ascend 910B", 1.2e5, "CNY", "approx", None),
      ("1.2倍", "ratio", "price_ratio", "Huawei Ascend 910B", 1.2, "ratio", "approx", None)]),
    # 回落至X: the level reached, not the size of the fall
    ("H100单卡价格已回落至2.2万美元左右。",
     [("2.2万美元", "unit_price", "price", "NVIDIA H100", 2.2e4, "USD", "approx", None)]),
    # compared with X + a past time: where the move started
    ("H100 capacity now rents for $2.10 per GPU-hour, compared with more than $4 an hour last "
     "September.",
     [("$2.10 per GPU-hour", "unit_price", "rental_price_to", "NVIDIA H100", 2.1, "USD", "exact",
       None),
      ("$4 an hour", "unit_price", "rental_price_from", "NVIDIA H100", 4, "USD", "at_least",
       None)]),
    # 上升一倍 is a doubling; Hong Kong dollars
    ("一台配备8张H100的服务器月租约28万港元,较去年同期上升一倍。",
     [("8张", "count", "chips", "NVIDIA H100", 8, "count", "exact", None),
      ("28万港元", "unit_price", "rental_price", "NVIDIA H100", 2.8e5, "HKD", "approx", None),
      ("一倍", "ratio", "price_ratio", "NVIDIA H100", 2, "ratio", "exact", None)]),
    # 较2022年: the base year of a change is not its period; 规模将达到
    ("到2025年算力产业规模将达到1.2万亿元,较2022年翻番。",
     [("1.2万亿元", "market_size", "market_size", "算力产业规模", 1.2e12, "CNY", "exact", "2025"),
      ("翻番", "ratio", "growth_ratio", "算力产业规模", 2, "ratio", "exact", "2025")]),
    # a wire dateline dates the story, not the claim; "have fallen"
    ("SAN FRANCISCO, Aug 12, 2024 (Wire) - Rental rates for the H100 have fallen 40%.",
     [("40%", "pct_change", "price_change_pct", "NVIDIA H100", -40, "percent", "exact", None)]),
    # 仅…一项: a clause about a part lends no subject to the whole
    ("这些项目合计需要采购数十万张GPU,仅英伟达H800一项的采购额就逾百亿元。",
     [("数十万张", "count", "chips_required", "项目", (1e5, 1e6), "count", "approx", None),
      ("百亿元", "spend", "procurement", "NVIDIA H800", 1e10, "CNY", "at_least", None)]),
    # the counted noun before the number; 最高补贴 (up to); 约占
    ("全国新开工的智算中心项目超过四十个。",
     [("四十个", "count", "data_centers", "全国新开工的智算中心项目", 40, "count", "at_least",
       None)]),
    ("单个企业每年最高补贴五千万元。",
     [("五千万元", "spend", "subsidy", "单个企业每年最高补贴", 5e7, "CNY", "up_to", None)]),
    ("国产卡约占25%。", [("25%", "share", "share", "国产卡", 25, "percent", "approx", None)]),
    ("A reserved H100 contract can cost as little as $1.85 per hour.",
     [("$1.85 per hour", "unit_price", "rental_price", "NVIDIA H100", 1.85, "USD", "at_least",
       None)]),
    # quarter-on-quarter and year-on-year with their verb, Hong Kong 按年
    ("英伟达第三季度数据中心收入环比增长17%。",
     [("17%", "pct_change", "qoq_growth", "NVIDIA", 17, "percent", "exact", None)]),
    ("香港数据中心市场规模按年增长12.5%。",
     [("12.5%", "pct_change", "yoy_growth", "香港数据中心市场规模", 12.5, "percent", "exact",
       None)]),
    # 每张成本: the cost of one unit is a price; 斥资…购入 is a procurement
    ("公司平均每张成本约17.5万港元。",
     [("17.5万港元", "unit_price", "price", "公司平均每张成本", 1.75e5, "HKD", "approx", None)]),
    ("公司今年斥资约3.5亿港元购入2000张A100。",
     [("3.5亿港元", "spend", "procurement", "NVIDIA A100", 3.5e8, "HKD", "approx", None),
      ("2000张", "count", "chips", "NVIDIA A100", 2000, "count", "exact", None)]),
    # 由X升至最高Y, 升幅逾6成
    ("A800的售价由年初的约12万港元升至最高20万港元,升幅逾6成。",
     [("12万港元", "unit_price", "price_from", "NVIDIA A800", 1.2e5, "HKD", "approx", None),
      ("20万港元", "unit_price", "price_to", "NVIDIA A800", 2e5, "HKD", "up_to", None),
      ("6成", "pct_change", "price_change_pct", "NVIDIA A800", 60, "percent", "at_least", None)]),
    # 从X降至Y with Chinese numerals: 降至 marks the end even with 从 a few words back
    ("A800服务器的月租金已从年初的十万元降至六万五千元。",
     [("十万元", "unit_price", "rental_price_from", "NVIDIA A800", 1e5, "CNY", "exact", None),
      ("六万五千元", "unit_price", "rental_price_to", "NVIDIA A800", 6.5e4, "CNY", "exact",
       None)]),
    # a rate reached (提升至) is a level; rates the substitution marts track; points of a level
    ("预计2025年国产化率将提升至50%以上。",
     [("50%", "share", "localization_rate", "国产化率", 50, "percent", "at_least", "2025")]),
    ("浪潮信息的毛利率为5.9%,环比下降1.2个百分点。",
     [("5.9%", "share", "gross_margin", "Inspur", 5.9, "percent", "exact", None),
      ("1.2个百分点", "pct_change", "gross_margin_change", "Inspur", -1.2, "percentage_points",
       "exact", None)]),
    ("行业平均利用率也仅近三成。",
     [("三成", "share", "utilization", "行业平均利用率", 30, "percent", "approx", None)]),
    # process node; contract terms; cheaper than
    ("华为昇腾910B采用7nm工艺。",
     [("7nm", "spec", "process_node", "Huawei Ascend 910B", 7, "nm", "exact", None)]),
    ("A three-year reserved H100 contract is cheaper.",
     [("three-year", "duration", "contract_term", "NVIDIA H100", 3, "years", "exact", None)]),
    ("Renting is now 3x cheaper than buying.",
     [("3x", "ratio", "price_ratio", "Renting", 3, "ratio", "exact", None)]),
    # a counted measure and a period carry across a semicolon into a clause with none of its own
    ("2023年AI服务器出货量为120万台;2024年预计达到150万台。",
     [("120万台", "count", "shipments", "AI server market", 1.2e6, "count", "exact", "2023"),
      ("150万台", "count", "shipments", "AI server market", 1.5e6, "count", "exact", "2024")]),
    ("2023年中国AI服务器市场规模为90亿美元;其中训练卡占比约六成。",
     [("90亿美元", "market_size", "market_size", "中国AI服务器市场", 9e9, "USD", "exact", "2023"),
      ("六成", "share", "share", "训练卡", 60, "percent", "approx", "2023")]),
    # a 其中 clause with no cue of its own: the share named before (营收 → revenue_share)
    ("英伟达2024年营收达609亿美元;其中数据中心业务贡献近八成。",
     [("609亿美元", "spend", "revenue", "NVIDIA", 6.09e10, "USD", "exact", "2024"),
      ("八成", "share", "revenue_share", "数据中心业务", 80, "percent", "approx", "2024")]),
    # a yearless quarter or half takes the year stated earlier in the sentence
    ("寒武纪2024年前三季度营收1.85亿元,第三季度单季毛利率为55%。",
     [("1.85亿元", "spend", "revenue", "Cambricon", 1.85e8, "CNY", "exact", "2024Q1-Q3"),
      ("55%", "share", "gross_margin", "Cambricon", 55, "percent", "exact", "2024Q3")]),
    ("In 2024 AMD expects data center revenue to double, and in the second half gross margin "
     "should reach 53%.",
     [("double", "ratio", "growth_ratio", "AMD", 2, "ratio", "exact", "2024"),
      ("53%", "share", "gross_margin", "AMD", 53, "percent", "exact", "2024H2")]),
    # fractions: compared with another value → ratio; a part of a whole → percent
    ("H20的售价仅为H100的三分之一左右。",
     [("三分之一", "ratio", "price_ratio", "NVIDIA H20", 1 / 3, "ratio", "approx", None)]),
    ("超过半数的A800订单来自互联网公司。",
     [("半数", "share", "share", "NVIDIA A800", 50, "percent", "at_least", None)]),
    ("A third of AMD's revenue now comes from data centers.",
     [("A third", "share", "revenue_share", "AMD", 100 / 3, "percent", "exact", None)]),
    ("H100 rental prices fell by half.",
     [("half", "pct_change", "price_change_pct", "NVIDIA H100", -50, "percent", "exact", None)]),
    ("Instinct MI300X sales grew 3.5x year over year.",
     [("3.5x", "ratio", "growth_ratio", "AMD Instinct MI300X", 3.5, "ratio", "exact", None)]),
    ("The company's gross margin expanded 120 basis points to 53%.",
     [("120 basis points", "pct_change", "gross_margin_change", "company's gross margin", 1.2,
       "percentage_points", "exact", None),
      ("53%", "share", "gross_margin", "company's gross margin", 53, "percent", "exact", None)]),
    # 合计 adds up what its clause names; 采用率 is an adoption rate; a count is of the noun after
    # it, up to the measure of the next figure
    ("三家云厂商资本开支合计约900亿美元。",
     [("三家", "count", "companies", "云厂商", 3, "count", "exact", None),
      ("900亿美元", "spend", "capex", "三家云厂商资本开支", 9e10, "USD", "approx", None)]),
    ("国产卡在运营商集采中的采用率超过40%。",
     [("40%", "share", "adoption_rate", "国产卡", 40, "percent", "at_least", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_sentence_facts(sentence, expected):
    assert facts_of(sentence) == [(*row[:4], pytest.approx(row[4]), *row[5:]) for row in expected]


def test_a_heading_names_the_subject_of_a_section_that_does_not():
    text = "英伟达H100价格飙升\n目前售价已达30万元。\n据悉,资本开支将超过100亿元。"
    rows = facts_of(text)
    assert rows[0][:4] == ("30万元", "unit_price", "price", "NVIDIA H100")
    # A spend is not the kind of thing a GPU heading describes: the clause's own noun phrase.
    assert rows[1][:4] == ("100亿元", "spend", "capex", "资本开支")


def test_a_pronoun_points_back_at_the_previous_sentence():
    rows = facts_of("Nvidia reported record revenue. Its gross margin reached 74%.")
    assert rows == [("74%", "share", "gross_margin", "NVIDIA", 74, "percent", "exact", None)]


def test_a_research_firm_is_a_source_not_a_subject():
    rows = facts_of("IDC预计,2026年中国AI服务器市场规模将达到170亿美元。")
    assert rows[0][3] == "中国AI服务器市场"
    rows = facts_of("TrendForce estimates shipments of 1.2 million units in 2024.")
    assert rows[0][:4] == ("1.2 million units", "count", "shipments", "shipments")


def test_a_yearless_quarter_takes_the_year_of_the_previous_sentence():
    rows = facts_of("英伟达2024财年营收创新高。第四季度英伟达数据中心收入环比增长22%。")
    assert rows[-1][2:] == ("qoq_growth", "NVIDIA", 22, "percent", "exact", "FY2024Q4")


def test_a_yearless_quarter_with_no_year_nearby_dates_nothing():
    rows = facts_of("英伟达第三季度数据中心收入环比增长17%。")
    assert rows == [("17%", "pct_change", "qoq_growth", "NVIDIA", 17, "percent", "exact", None)]


def test_first_person_is_the_company_the_heading_names():
    rows = facts_of("AMD earnings call\nWe expect revenue of about $7.5 billion.")
    assert rows == [("$7.5 billion", "spend", "revenue", "AMD", 7.5e9, "USD", "approx", None)]


def test_a_comparison_base_is_no_subject_of_the_next_clause():
    rows = facts_of("MI325X的报价约为H200的三分之二,在云厂商中的采用率则不到三成。")
    assert [r[3] for r in rows] == ["AMD Instinct MI325X", "AMD Instinct MI325X"]


def test_a_move_in_time_stops_a_period_carried_across_a_semicolon():
    rows = facts_of("2018年前后GPT-1问世;随后谷歌提出3亿参数的BERT模型。")
    assert rows == [
        # (问世 launches GPT-1 in its own clause, about 2018: a release, dated there.)
        ("2018年", "release", "release_year", "GPT-1", 2018.0, "year", "approx", "2018"),
        ("3亿参数", "model_parameters", "parameters", "BERT", 3e8, "parameters", "exact", None),
    ]
