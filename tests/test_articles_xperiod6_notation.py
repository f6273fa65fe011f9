"""How a period is written, one short text at a time: a year glued to its quarter or half with no
年 and no space (2024Q4销售额, 2025上半年), the first quarters or months of a year (首3季, 前七月,
1-7月, the first seven months), a period a figure is said to pass (已超过去年全年) and the year a
company was founded (2020年成立): each dates a figure as stated or not at all. (surface, period)
for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 10, 20)


def periods_of(text: str, published: date = PUBLISHED) -> dict[str, str | None]:
    return periods_by_surface(text, published)


GLUED = [
    ("浪潮信息2024Q4销售毛利率回升至6.15%。", "6.15%", "2024Q4"),
    ("浪潮資訊2024Q4銷售毛利率回升至6.15%。", "6.15%", "2024Q4"),
    ("2023Q2净利率为2.8%，环比提升0.6pct。", "2.8%", "2023Q2"),
    ("2025上半年中国加速服务器市场规模达到170亿美元。", "170亿美元", "2025H1"),
    ("2025上半年中國加速伺服器市場規模達到170億美元。", "170亿美元", "2025H1"),
    ("2024下半年国内AI服务器出货量为35万台。", "35万台", "2024H2"),
    ("2024第三季度公司营收为52亿元。", "52亿元", "2024Q3"),
]


@pytest.mark.parametrize(("text", "surface", "period"), GLUED, ids=[c[0][:20] for c in GLUED])
def test_a_year_glued_to_its_quarter_or_half_dates_the_figure(text, surface, period):
    assert periods_of(text)[surface] == period


FIRST_PARTS = [
    ("騰訊今年首3季資本開支累計612.4億元。", "612.4亿元", "2025Q1-Q3"),
    ("腾讯今年首三季资本开支累计612.4亿元。", "612.4亿元", "2025Q1-Q3"),
    ("2024年首2季營收合計88億元。", "88亿元", "2024Q1-Q2"),
    ("今年前七月台灣伺服器產值達3,980億元。", "3,980亿元", "2025M1-M7"),
    ("今年前7个月服务器产值达3980亿元。", "3980亿元", "2025M1-M7"),
    ("2024年1-7月服务器产值为3980亿元。", "3980亿元", "2024M1-M7"),
    ("2024年1至8月智算中心投资额为420亿元。", "420亿元", "2024M1-M8"),
    ("Server output in the first seven months of 2024 reached $12 billion.", "$12 billion",
     "2024M1-M7"),
    ("2024年前9月营收为64亿元。", "64亿元", "2024Q1-Q3"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "period"), FIRST_PARTS, ids=[c[0][:20] for c in FIRST_PARTS]
)
def test_the_first_quarters_or_months_of_a_year_are_one_span(text, surface, period):
    assert periods_of(text)[surface] == period


def test_the_two_months_before_are_no_span_from_january():
    # 前两个月 says as often "the two months before" as "January and February".
    assert "M1-M2" not in str(periods_of("显卡价格比前两个月上涨了15%。").values())


SURPASSED = [
    ("今年前七月伺服器產值達3,980億元，已超過去年全年，年增150.2%。", "150.2%", "2025M1-M7"),
    ("今年前七月服务器产值达3980亿元，已超过去年全年，同比增长150.2%。", "150.2%", "2025M1-M7"),
    ("2025年前三季度营收达到90亿元，超越2024年全年，同比增长41%。", "41%", "2025Q1-Q3"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "surface", "period"), SURPASSED, ids=[c[0][:20] for c in SURPASSED]
)
def test_a_period_a_figure_passes_is_the_base_not_the_period(text, surface, period):
    assert periods_of(text)[surface] == period


def test_a_period_joined_to_the_base_figure_still_dates_it():
    found = periods_of("字节跳动明年资本支出将达1700亿元，高于今年的1450亿元。")
    assert found == {"1700亿元": "2026", "1450亿元": "2025"}


FOUNDED = [
    "摩尔线程2020年成立，已推出4代GPU架构。",
    "摩爾線程2020年成立，已推出4代GPU架構。",
    "该公司2019年创立，累计融资超过50亿元。",
]


@pytest.mark.parametrize("text", FOUNDED, ids=[c[:16] for c in FOUNDED])
def test_the_year_a_company_was_founded_dates_none_of_its_figures(text):
    assert not any(
        period and period.startswith(("2019", "2020")) for period in periods_of(text).values()
    )


TITLES = [
    "前七月伺服器產值3,980億元\n\n經濟部表示，國內伺服器直接外銷比重在九成以上。",
    "前七月服务器产值3980亿元\n\n经济部表示，国内服务器直接外销比重在九成以上。",
]


@pytest.mark.parametrize("text", TITLES, ids=[c[:8] for c in TITLES])
def test_a_span_of_months_in_a_title_dates_its_own_figures_only(text):
    found = periods_of(text)
    assert found["九成"] is None
    assert [period for surface, period in found.items() if surface.startswith("3")] == ["2025M1-M7"]
