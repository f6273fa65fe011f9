"""Spans that read like a duration but state none (a forecast's horizon, the span of a compound
growth rate, an ordinal range of years, "from one week to the next"): one short text each, in
wordings that appear in none of the articles, with every fact the text holds as (surface,
fact_type, metric, subject, value or (low, high), unit, period)."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def durations_of(text: str) -> list[tuple]:
    return [row for row in fact_rows(text, PUBLISHED) if row[1] == "duration"]


# 未来两至三年, over the next three years: the horizon a forecast is made for is when, not a
# measure, even when the forecast is a rise ("突破", "climb").
HORIZON_CASES = [
    "分析师认为，未来两至三年全球AI服务器市场规模有望突破3000亿美元。",
    "分析師認為，未來兩至三年全球AI伺服器市場規模有望突破3000億美元。",
    "今后三年国内GPU租赁价格预计将上涨20%。",
    "Analysts expect AI server prices to climb 20% over the next three years.",
]


@pytest.mark.parametrize("text", HORIZON_CASES)
def test_a_forecast_horizon_is_no_duration(text):
    assert durations_of(text) == []


# 五年复合增长率为33.9%, a five-year CAGR of 30%: the span of a compound rate names the rate.
RATE_SPAN_CASES = [
    "预计2027年中国智能算力规模将达到1100EFLOPS，五年复合增长率为33.9%。",
    "預計2027年中國智慧算力規模將達到1100EFLOPS，五年複合成長率為33.9%。",
    "中国AI芯片市场三年年均增长率达到40%。",
    "IDC expects the market to reach $50 billion in 2028, a five-year CAGR of 30%.",
    "Compute reached 259.9 EFLOPS in 2022, with a five-year compound annual growth rate of 33.9%.",
]


@pytest.mark.parametrize("text", RATE_SPAN_CASES)
def test_the_span_of_a_compound_rate_is_no_duration(text):
    assert durations_of(text) == []


# 第2-5年每年的净利率: an ordinal range of years (the second to fifth year) is a rank, not a span.
ORDINAL_RANGE_CASES = [
    "按加速折旧测算，第2-5年每年的净利率依次为14%、35%、55%、70%。",
    "按加速折舊測算，第2至5年每年的淨利率依次為14%、35%、55%、70%。",
]


@pytest.mark.parametrize("text", ORDINAL_RANGE_CASES)
def test_an_ordinal_range_of_years_is_no_duration(text):
    assert durations_of(text) == []


# "from one week to the next": how often something changes, not how long anything takes.
def test_from_one_week_to_the_next_is_no_duration():
    text = (
        "The spot price of an H100 can run 60% above the reserved rate from one week to the next."
    )
    assert durations_of(text) == []


# The same words still state a duration where they measure one (controls).
DURATION_CASES = [
    ("过去一年，H100租赁价格下降了60%。", ("一年", "duration", "price_window", 1, "years")),
    ("該晶片的研發用了三年。", ("三年", "duration", "development_time", 3, "years")),
    (
        "The reserved contract runs for one week.",
        ("one week", "duration", "contract_term", 7, "days"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DURATION_CASES)
def test_a_measured_span_is_still_a_duration(text, expected):
    rows = durations_of(text)
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [expected]


def counts_of(text: str) -> list[tuple]:
    return [row for row in fact_rows(text, PUBLISHED) if row[1] == "count"]


# 摩尔线程和沐曦…，两家公司分别…: a count opening a clause that refers back to the companies the
# sentence just named is those companies again, no count of anything.
REFERRING_COUNT_CASES = [
    "摩尔线程和沐曦的IPO申请已获受理，两家公司分别计划募资80亿元和39亿元。",
    "鴻海、緯創昨天公布9月營收，兩家同步寫下歷年同期新高。",
    "寒武纪与海光信息发布业绩预告，这两家企业均预计扭亏为盈。",
    "Wistron and Quanta reported September sales, and the two companies each set a record.",
]


@pytest.mark.parametrize("text", REFERRING_COUNT_CASES)
def test_a_count_referring_back_to_named_companies_is_no_count(text):
    assert counts_of(text) == []


# A count of companies that are not those just named still counts (controls).
COMPANY_COUNT_CASES = [
    ("国内共有15家企业分别推出了AI芯片。", ("15家", "count", "companies", 15, "count")),
    (
        "摩尔线程和沐曦已提交申请，冲击IPO的头部芯片厂商共有四家。",
        ("四家", "count", "companies", 4, "count"),
    ),
    (
        "Besides NVIDIA, three companies make such chips.",
        ("three companies", "count", "companies", 3, "count"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_COUNT_CASES)
def test_a_count_of_other_companies_is_still_a_count(text, expected):
    rows = counts_of(text)
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [expected]


# 张家口、芜湖、韶关、庆阳、中卫5个集群: a count right after a list of as many names is that list
# summed up (an enumeration), however long the list.
ENUMERATED_CASES = [
    "规划了北京、上海、广州、深圳、杭州、成都、重庆、武汉、西安、南京10个算力中心。",
    "規劃了北京、上海、廣州、深圳、杭州、成都、重慶、武漢、西安、南京10個算力中心。",
]


@pytest.mark.parametrize("text", ENUMERATED_CASES)
def test_a_count_summing_up_the_list_before_it_is_no_count(text):
    assert counts_of(text) == []


def test_a_count_after_a_shorter_list_still_counts():
    text = "北京、上海等地已建成12个算力中心。"
    rows = counts_of(text)
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [("12个", "count", 12, "count")]


# 2022年至2024年三年加总, over 2022-2024, three years: the span of years just named, restated.
RESTATED_SPAN_CASES = [
    "把2022年至2024年三年加总，公司研发投入超过80亿元。",
    "把2022年至2024年三年加總，公司研發投入超過80億元。",
    "公司2021-2024年四年累计出货超过100万片。",
]


@pytest.mark.parametrize("text", RESTATED_SPAN_CASES)
def test_a_span_restating_the_years_before_it_is_no_duration(text):
    assert durations_of(text) == []
