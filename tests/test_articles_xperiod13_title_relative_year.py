"""A title naming the story's year by a word relative to its publication (寒武纪去年营收大增,
今年出货, "revenue soared last year") dates the body as a written year does (the report reading's
title rule); not a year ahead (明年, next year: an outlook), the year a forecast the title reports
is for (TrendForce估今年…, "analysts expect this year…"), nor a quarter a trend started in
(自去年Q4开始飙升). (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2026, 3, 1)

DATED = [
    ("寒武纪去年营收大增4.5倍\n\n公司净利润为20.59亿元。", "20.59亿元", "2025"),
    ("寒武紀去年營收大增4.5倍\n\n公司淨利潤為20.59億元。", "20.59亿元", "2025"),
    ("Cambricon's revenue soared last year\n\nNet profit came to 2.06 billion yuan.",
     "2.06 billion yuan", "2025"),
    ("纬创今年AI服务器出货看增\n\n公司AI服务器出货约7.5万柜。", "7.5万柜", "2026"),
    ("Wistron's AI server shipments climb this year\n\nThe company shipped 75,000 racks.",
     "75,000 racks", "2026"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "period"), DATED)
def test_a_titles_relative_year_dates_the_body(text, surface, period):
    assert periods_by_surface(text, PUBLISHED)[surface] == period


UNDATED = [
    # the year a forecast the title reports is for
    ("TrendForce估今年AI服务器出货年增近28%\n\nAI推理服务器的占比将升至接近50%。", "50%"),
    ("TrendForce估今年AI伺服器出貨年增近28%\n\nAI推論伺服器的占比將升至接近50%。", "50%"),
    ("Analysts expect this year's AI server shipments to grow\n\nInference servers will make up "
     "50% of them.", "50%"),
    # a year ahead: an outlook
    ("云厂商明年加码AI投资\n\nH200售价约2万美元。", "2万美元"),
    # the quarter a trend started in
    ("腾讯资本支出自去年Q4开始飙升\n\n阿里宣布三年投入3800亿元。", "3800亿元"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface"), UNDATED)
def test_a_titles_forecast_outlook_or_trend_start_dates_nothing(text, surface):
    assert periods_by_surface(text, PUBLISHED)[surface] is None
