"""A title that states a year dates the body under every section heading that states none (the
report reading: 营收端 under "…交出2024年答卷", "Pricing tiers" under "Cloud GPU pricing in 2026"),
as a title's quarter or half already did; a period a section's own sentence states still dates
its figures. The year of a forecast the title reports (高盛预计其2026年销售额…, "Analysts expect
2026 sales…") is not the story's period and dates no section. A chip's rated power (TDP, 热设计
功耗) is a property of the chip, which no carried period dates. Single texts written for the test,
answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 11, 20)

TITLE_YEARS = [
    (
        "2026年AI服务器展望\n\n市场概况\n整体出货量为120万台。\n\n价格\n- 2025年均价为30万元。",
        {"120万台": "2026", "30万元": "2025"},
    ),
    (
        "2026年AI伺服器展望\n\n市場概況\n整體出貨量為120萬台。\n\n價格\n- 2025年均價為30萬元。",
        {"120万台": "2026", "30万元": "2025"},
    ),
    (
        "Cloud GPU rental in 2026\n\nThe market\nAbout 40 providers rent out H100s.\n\n"
        "Prices\nIn 2025 the average was $2.50 per hour.",
        {"40 providers": "2026", "$2.50 per hour": "2025"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_YEARS, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_titles_year_dates_sections_that_state_none(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected


FORECAST_TITLES = [
    (
        "某芯片公司递表港交所 券商预计其2026年营收可达65亿元\n\n上市进展\n- 该公司估值为500亿元。",
        "500亿元",
    ),
    (
        "某晶片公司遞表港交所 券商預計其2026年營收可達65億元\n\n上市進展\n- 該公司估值為500億元。",
        "500亿元",
    ),
    (
        "Chipmaker files for IPO as analysts expect 2026 sales of $9 billion\n\nThe filing\n"
        "The company is valued at $50 billion.",
        "$50 billion",
    ),
]


@pytest.mark.parametrize(("text", "surface"), FORECAST_TITLES, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_forecasts_year_in_the_title_dates_no_section(text, surface):
    assert periods_by_surface(text, PUBLISHED)[surface] is None


RATED_POWER = [
    ("2026年AI服务器展望\n\n功耗\nH100的TDP为700W，B200升到1000W。", {"700W": None, "1000W": None}),
    (
        "2026年AI伺服器展望\n\n功耗\nH100的熱設計功耗為700W，B200升到1000W。",
        {"700W": None, "1000W": None},
    ),
    (
        "AI servers in 2026\n\nPower\nThe H100 has a thermal design power of 700W, and the B200 "
        "goes to 1000W.",
        {"700W": None, "1000W": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATED_POWER, ids=["zh-Hans", "zh-Hant", "en"])
def test_a_chips_rated_power_takes_no_carried_period(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s, "missing") for s in expected} == expected


def test_a_racks_power_in_a_dated_section_keeps_the_period():
    text = "2026年AI服务器展望\n\n功耗\n单机柜功率将达到130kW。"
    assert periods_by_surface(text, PUBLISHED)["130kW"] == "2026"
