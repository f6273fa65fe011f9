"""A company's own filing is no source (据公司半年报业绩快报, 根据财报上调盈利预测, 财报数据显示,
据招股书, 据公告): the company speaks of its own money, as CONVENTIONS.md reads it; a publisher
cited the same way still is. Counted in blind8 195 and 196 (财报, 4 and 7 facts), blind9 214
(招股书中, 7), blind10 223 (公告, 2) and blind12 277 (业绩快报, 财报上调盈利预测, 26). The sentences
are new."""

from datetime import date

import pandas as pd

from suanli.entities import EntityIndex
from suanli.extraction import extract_article


def sources(text: str) -> dict[str, str | None]:
    facts = extract_article("s", text, EntityIndex.load(), published_date=date(2025, 9, 1)).facts
    return {f.surface: None if pd.isna(f.source) else f.source for f in facts.itertuples()}


def test_a_companys_own_report_is_no_source():
    assert sources("据公司2025年半年报业绩快报，公司上半年实现营收61.2亿元。") == {"61.2亿元": None}


def test_a_forecast_raised_on_the_results_cites_nobody():
    found = sources("我们根据财报上调盈利预测：预计公司2026年营收为188.2亿元。")
    assert found == {"188.2亿元": None}


def test_filing_data_showing_cites_nobody():
    assert sources("财报数据显示，2024年公司营收为73.8亿元。") == {"73.8亿元": None}


def test_a_publisher_cited_the_same_way_still_is():
    # Must not fire: 赛迪顾问 is a publisher, not the company's filing.
    assert sources("据赛迪顾问统计，2024年中国AI服务器市场规模为560亿元。")["560亿元"] == "赛迪顾问"
