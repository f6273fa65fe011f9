"""A company the reference knows is the subject of its own figures (an AI-server maker's
revenue, a memory maker's share, a cloud's growth), while a publisher named with a figure (据
Counterpoint, Gartner expects, Omdia's forecast) is its source and never its subject: one short
text each, in simplified and traditional Chinese and English."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article
from tests.helpers import fact_rows

PUBLISHED = date(2025, 9, 1)


def facts_of(text: str) -> list[tuple]:
    return fact_rows(text, PUBLISHED)


def subject_and_source(text: str) -> list[tuple]:
    """(surface, subject, source) of every fact, NULLs as None."""
    facts = extract_article("s", text, EntityIndex.load(), published_date=PUBLISHED).facts
    return [
        (
            f.surface,
            None if pd.isna(f.subject) else f.subject,
            None if pd.isna(f.source) else f.source,
        )
        for f in facts.itertuples()
    ]


# An AI-server maker's (or a cloud's) results: the company is the subject.
COMPANY_RESULTS = [
    (
        "廣達（2382）8月營收年增18.7%。",
        [("18.7%", "pct_change", "yoy_growth", "Quanta", 18.7, "percent", "2025-08")],
    ),
    (
        "纬创（3231）8月营收同比增长110%。",
        [("110%", "pct_change", "yoy_growth", "Wistron", 110, "percent", "2025-08")],
    ),
    (
        "Wistron's August revenue rose 110% from a year earlier.",
        [("110%", "pct_change", "yoy_growth", "Wistron", 110, "percent", "2025-08")],
    ),
    (
        "超微電腦第二季營收達58億美元。",
        [("58亿美元", "spend", "revenue", "Supermicro", 5.8e9, "USD", "2025Q2")],
    ),
    (
        "騰訊雲第二季營收年增20%。",
        [("20%", "pct_change", "yoy_growth", "Tencent Cloud", 20, "percent", "2025Q2")],
    ),
    (
        "阿里云第二季度营收为334亿元。",
        [("334亿元", "spend", "revenue", "Alibaba Cloud", 3.34e10, "CNY", "2025Q2")],
    ),
    (
        "CoreWeave raised $7.5 billion in debt.",
        [("$7.5 billion", "spend", "funding", "CoreWeave", 7.5e9, "USD", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANY_RESULTS)
def test_a_known_company_is_the_subject_of_its_results(text, expected):
    assert facts_of(text) == expected


# A maker's share of a market: the maker, not the market.
MAKERS_SHARE = [
    (
        "鴻海今年AI伺服器市占率約四成。",
        [("四成", "share", "market_share", "Foxconn", 40, "percent", "2025")],
    ),
    (
        "鸿海今年AI服务器市占率约四成。",
        [("四成", "share", "market_share", "Foxconn", 40, "percent", "2025")],
    ),
    (
        "Supermicro held about 10% of the AI server market this year.",
        [("10%", "share", "market_share", "Supermicro", 10, "percent", "2025")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MAKERS_SHARE)
def test_a_makers_share_is_the_makers(text, expected):
    assert facts_of(text) == expected


# A publisher is the source wherever it is named, with or without a verb of saying.
PUBLISHER_CITED = [
    ("據Counterpoint統計，三星的HBM市占率為35%。", [("35%", "Samsung", "Counterpoint")]),
    ("据集邦科技统计，SK海力士HBM市占率达62%。", [("62%", "SK hynix", "TrendForce")]),
    ("据中金公司研报，中科曙光2024年营收为131亿元。", [("131亿元", "Sugon", "CICC")]),
    ("Dell'Oro estimates Dell shipped 20% of AI servers in 2024.", [("20%", "Dell", "Dell'Oro")]),
    (
        "SK hynix held 62% of the HBM market in the second quarter, Counterpoint said.",
        [("62%", "SK hynix", "Counterpoint")],
    ),
    (
        "Omdia's forecast puts the AI server market at $120 billion in 2025.",
        [("$120 billion", "AI server market", "Omdia")],
    ),
    # A publisher forecasting spending is not the spender.
    (
        "IDC estimates that spending will reach $100 billion in 2025.",
        [("$100 billion", None, "IDC")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHER_CITED)
def test_a_publisher_is_the_source_never_the_subject(text, expected):
    assert subject_and_source(text) == expected


# "占据X市场": 据 ending another word cites nobody, so the market stays a market.
HOLDS_A_MARKET = [
    ("英伟达占据AI芯片市场80%的份额。", [("80%", "NVIDIA", None)]),
    ("輝達佔據AI晶片市場80%的份額。", [("80%", "NVIDIA", None)]),
]


@pytest.mark.parametrize(("text", "expected"), HOLDS_A_MARKET)
def test_holding_a_market_cites_no_source(text, expected):
    assert subject_and_source(text) == expected


# Companies listed together before one figure: the list is a company subject, so a share it holds
# is a market share.
LISTED_COMPANIES = [
    (
        "Inspur, Lenovo and Nettrix held a combined 58% share.",
        [("58%", "share", "market_share", "Inspur, Lenovo and Nettrix", 58, "percent", None)],
    ),
    (
        "浪潮、联想、宁畅合计份额为58%。",
        [("58%", "share", "market_share", "浪潮、联想、宁畅", 58, "percent", None)],
    ),
    (
        "浪潮、聯想、寧暢合計份額為58%。",
        [("58%", "share", "market_share", "浪潮、联想、宁畅", 58, "percent", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_COMPANIES)
def test_a_list_of_companies_holds_a_market_share(text, expected):
    assert facts_of(text) == expected


# A maker whose fiscal year is not the calendar's: a quarter given by the day it ended is its
# fiscal quarter (seeds/reference/fiscal_years.yaml).
FISCAL_QUARTERS = [
    (
        "HPE截至2025年7月31日的季度营收为91亿美元。",
        [("91亿美元", "spend", "revenue", "HPE", 9.1e9, "USD", "FY2025Q3")],
    ),
    (
        "慧與截至2025年7月31日的季度營收為91億美元。",
        [("91亿美元", "spend", "revenue", "HPE", 9.1e9, "USD", "FY2025Q3")],
    ),
    (
        "Micron reported revenue of $9.3 billion for the quarter ended May 29, 2025.",
        [("$9.3 billion", "spend", "revenue", "Micron", 9.3e9, "USD", "FY2025Q3")],
    ),
    (
        "Dell's revenue was $29.8 billion in the quarter ended August 1, 2025.",
        [("$29.8 billion", "spend", "revenue", "Dell", 2.98e10, "USD", "FY2026Q2")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL_QUARTERS)
def test_a_makers_quarter_ending_off_the_calendar_is_its_fiscal_quarter(text, expected):
    assert facts_of(text) == expected


# An ordinary word a company is also called by (浪潮, a wave: AI浪潮) names no company.
WAVE = [
    ("在AI浪潮推动下,英伟达营收增长50%。", "NVIDIA"),
    ("在AI浪潮推動下,輝達營收成長50%。", "NVIDIA"),
    ("受生成式AI浪潮带动,服务器出货量增长20%。", None),
    ("这波AI浪潮中,算力需求增长了10倍。", None),
]


@pytest.mark.parametrize(("text", "company"), WAVE)
def test_a_wave_is_not_inspur(text, company):
    (fact,) = subject_and_source(text)
    assert fact[1] != "Inspur"
    if company is not None:
        assert fact[1] == company
