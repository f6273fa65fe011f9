"""Time mentions that date no figure of their sentence, one short text at a time: the 下 of a
verb (创下季度新高 sets a quarterly record, it names no next quarter), the year a trend runs from
(2019年以来) for a later 全年, a month in a clause naming what was launched or proposed then
(4月底推出的闪购, 今年2月提出的计划), and a run of quarters back (过去四季, the past four quarters),
which is a window of its own, not the quarter told before; a thing set beside by comparison
(相比之下, by comparison) takes no period told before it. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 8, 30)


def periods_of(text: str, published: date = PUBLISHED) -> dict[str, str | None]:
    return periods_by_surface(text, published)


RECORDS = [
    "2024年第四季度全球服务器市场收入达到780亿美元，创下季度新高，同比增长88%。",
    "2024年第四季全球伺服器市場營收達780億美元，創下季度新高，年增88%。",
]


@pytest.mark.parametrize("text", RECORDS, ids=[c[:16] for c in RECORDS])
def test_a_quarterly_record_set_names_no_next_quarter(text):
    assert set(periods_of(text, date(2025, 3, 25)).values()) == {"2024Q4"}


TRENDS = [
    (
        "2024年第四季度市场收入达到780亿美元，是2019年以来增速第二高的一个季度。"
        "全年来看，市场规模突破2400亿美元。",
        "2400亿美元",
    ),
    (
        "2024年第四季市場營收達780億美元，是2019年以來增速第二高的一季。全年來看，市場規模突破2400億美元。",
        "2400亿美元",
    ),
    (
        "Revenue hit $78 billion in the fourth quarter of 2024, the second-fastest growth since "
        "2019. For the full year, the market passed $240 billion.",
        "$240 billion",
    ),
]


@pytest.mark.parametrize(("text", "surface"), TRENDS, ids=[c[0][:16] for c in TRENDS])
def test_the_year_a_trend_runs_from_dates_no_later_full_year(text, surface):
    assert periods_of(text, date(2025, 3, 25))[surface] == "2024"


EVENTS = [
    ("该业务（包括今年4月底推出的闪购）收入同比增长12%。", "12%"),
    ("該業務（包括今年4月底推出的閃購）收入按年增長12%。", "12%"),
    ("阿里今年2月提出的未来三年至少3800亿元的投资计划将继续执行。", "3800亿元"),
]


@pytest.mark.parametrize(("text", "surface"), EVENTS, ids=[c[0][:16] for c in EVENTS])
def test_a_month_naming_a_launch_dates_the_launch_only(text, surface):
    assert periods_of(text)[surface] is None


def test_a_month_stated_for_the_figure_still_dates_it():
    assert periods_of("今年4月该业务收入同比增长12%。") == {"12%": "2025-04"}


WINDOWS = [
    ("2025年第二季度公司营收为100亿元。过去四季，公司累计投入超过1000亿元。", "1000亿元"),
    ("2025年第二季公司營收為100億元。過去四季，公司累計投入超過1000億元。", "1000亿元"),
    (
        "Acme's revenue was $10 billion in the second quarter of 2025. Over the past four "
        "quarters, it has invested more than $40 billion.",
        "$40 billion",
    ),
]


@pytest.mark.parametrize(("text", "surface"), WINDOWS, ids=[c[0][:16] for c in WINDOWS])
def test_a_run_of_quarters_back_is_not_the_quarter_told_before(text, surface):
    assert periods_of(text)[surface] is None


COMPARED = [
    (
        "AI专用GPU芯片在2023年的功率已到700瓦，到了2024年更越过1,200瓦；相比之下，传统CPU只要150至200瓦。",
        "150至200瓦",
    ),
    (
        "AI專用GPU晶片在2023年的功率已到700瓦，到了2024年更越過1,200瓦；相較之下，傳統CPU只要150至200瓦。",
        "150至200瓦",
    ),
    (
        "AI GPUs drew 700 W in 2023 and over 1,200 W in 2024; by comparison, a conventional CPU "
        "needs 150 to 200 W.",
        "150 to 200 W",
    ),
]


@pytest.mark.parametrize(("text", "surface"), COMPARED, ids=[c[0][:16] for c in COMPARED])
def test_a_thing_set_beside_by_comparison_takes_no_period_told_before(text, surface):
    found = periods_of(text, date(2026, 1, 15))
    assert found[surface] is None
    assert found[next(s for s in found if s.startswith("700"))] == "2023"
