"""In a story that calls a company's periods fiscal (fiscal 2026, FY26, 第四财季), a quarter it
dates by the publication alone is that company's fiscal quarter when seeds/reference knows its
calendar: last quarter, 上季, "the latest quarter", and "the second quarter" with no year near
(NVIDIA's year ends in January, Dell's too, Supermicro's in June). A story that never says fiscal
of a quarter keeps the calendar's reading, and a quarter that takes a stated year keeps it.
(surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

FEBRUARY = date(2026, 2, 26)
DECEMBER = date(2025, 12, 1)
NOVEMBER = date(2025, 11, 5)

FISCAL_STORIES = [
    # The quarter before the one under way at publication, by the company's calendar.
    (
        "英伟达公布第四财季业绩。英伟达上季收入增长73%，至681亿美元。",
        FEBRUARY,
        "681亿美元",
        "FY2026Q4",
    ),
    (
        "Nvidia reported fiscal results. Last quarter, Nvidia's revenue was $68.1 billion.",
        FEBRUARY,
        "$68.1 billion",
        "FY2026Q4",
    ),
    (
        "Dell beat forecasts in fiscal 2026. "
        "Over the latest quarter Dell took $12.3 billion of AI orders.",
        DECEMBER,
        "$12.3 billion",
        "FY2026Q3",
    ),
    (
        "戴尔公布第三财季业绩。戴尔最近一季AI服务器订单达123亿美元。",
        DECEMBER,
        "123亿美元",
        "FY2026Q3",
    ),
    # A yearless quarter: the latest such fiscal quarter begun, or the next when looked ahead to.
    (
        "英偉達第四季業績亮麗，數據中心約一半銷售額來自超大規模客戶。英伟达第四财季收入681亿美元。",
        FEBRUARY,
        "一半",
        "FY2026Q4",
    ),
    (
        "Supermicro closed its fiscal first quarter. "
        "For the second quarter, Supermicro expects revenue of $10 billion.",
        NOVEMBER,
        "$10 billion",
        "FY2026Q2",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "surface", "period"),
    FISCAL_STORIES,
    ids=[c[0][:24] for c in FISCAL_STORIES],
)
def test_a_fiscal_story_dates_its_quarters_by_the_fiscal_calendar(text, published, surface, period):
    assert periods_by_surface(text, published)[surface] == period


CALENDAR = [
    # Never called fiscal: the calendar quarter.
    ("英伟达上季收入增长73%，至570亿美元。", date(2025, 11, 20), "570亿美元", "2025Q3"),
    # Only a fiscal year named (下一财年): the quarter is the calendar's.
    (
        "微软上季度投入349亿美元，并表示下一财年将投入更多。",
        date(2025, 11, 16),
        "349亿美元",
        "2025Q3",
    ),
    # A company whose fiscal year is the calendar's.
    (
        "Intel reported fiscal results. Last quarter, Intel's revenue was $13.7 billion.",
        DECEMBER,
        "$13.7 billion",
        "2025Q3",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "surface", "period"), CALENDAR, ids=[c[0][:24] for c in CALENDAR]
)
def test_a_quarter_not_told_as_fiscal_keeps_the_calendar(text, published, surface, period):
    assert periods_by_surface(text, published)[surface] == period


def test_a_quarter_beside_a_stated_fiscal_year_takes_it():
    text = (
        "Dell reported fiscal 2026 first-quarter revenue of $23.4 billion "
        "and expects second-quarter revenue of $29 billion."
    )
    periods = periods_by_surface(text, date(2025, 5, 30))
    assert periods["$29 billion"] == "FY2026Q2"
