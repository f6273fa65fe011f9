"""A fiscal quarter named without its year (第三财季, 第3財季, "fiscal third-quarter", "third fiscal
quarter", "fiscal Q1") of a company whose fiscal calendar is known is that company's quarter: the
latest one begun by the publication, or the next when it begins within three months and the
sentence looks ahead. NVIDIA's year ends in January, Microsoft's in June. A company whose calendar
is not known is left as before. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface


def periods_of(text: str, published: date) -> dict[str, str | None]:
    return periods_by_surface(text, published)


NOVEMBER = date(2025, 11, 21)
QUARTERS = [
    ("英伟达第三财季数据中心营收为512亿美元。", "512亿美元", "FY2026Q3"),
    ("輝達第3財季資料中心營收達512億美元。", "512亿美元", "FY2026Q3"),
    (
        "Nvidia's fiscal third-quarter data center revenue was $51.2 billion.",
        "$51.2 billion",
        "FY2026Q3",
    ),
    (
        "Nvidia's third fiscal quarter data center revenue was $51.2 billion.",
        "$51.2 billion",
        "FY2026Q3",
    ),
    ("微软第一财季资本支出为349亿美元。", "349亿美元", "FY2026Q1"),
    ("Microsoft's fiscal Q1 capital spending was $34.9 billion.", "$34.9 billion", "FY2026Q1"),
]


@pytest.mark.parametrize(("text", "surface", "period"), QUARTERS, ids=[c[0][:24] for c in QUARTERS])
def test_a_yearless_fiscal_quarter_is_the_companys_latest_begun(text, surface, period):
    assert periods_of(text, NOVEMBER)[surface] == period


def test_a_fiscal_quarter_about_to_begin_is_the_next_when_the_sentence_looks_ahead():
    # NVIDIA's fourth fiscal quarter of FY2026 begins in November 2025.
    text = "英伟达预计第四财季营收为650亿美元。"
    assert periods_of(text, date(2025, 10, 15))["650亿美元"] == "FY2026Q4"
    assert periods_of(text.replace("预计", "公布"), date(2025, 10, 15))["650亿美元"] == "FY2025Q4"


def test_a_fiscal_quarter_with_its_year_keeps_it():
    text = "英伟达2025财年第三财季营收为351亿美元。"
    assert periods_of(text, NOVEMBER)["351亿美元"] == "FY2025Q3"


def test_an_unknown_calendar_dates_no_fiscal_quarter():
    assert periods_of("该公司第三财季营收增长20%。", NOVEMBER)["20%"] is None


CURRENT = [
    ("For the current quarter, Nvidia expects revenue of $54 billion.", "$54 billion", "FY2026Q4"),
    ("英伟达预计本财季营收为650亿美元。", "650亿美元", "FY2026Q4"),
    ("For the current quarter, the company expects revenue of $5 billion.", "$5 billion", "2025Q4"),
]


@pytest.mark.parametrize(("text", "surface", "period"), CURRENT, ids=[c[0][:24] for c in CURRENT])
def test_the_current_quarter_is_the_one_under_way_by_the_companys_calendar(text, surface, period):
    assert periods_of(text, NOVEMBER)[surface] == period
