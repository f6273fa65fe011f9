"""The reporting period a results story carries into its later paragraphs, one short text at a
time: a quarter the story states (2025年第一季度, the first quarter of 2025) dates the results of
paragraphs that state none, but a quarter told only by reference to a month (今年4月…当季, "in
April … in the quarter") is the time of that one event, and reports no results. (surface,
period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 7, 15)


def periods_of(text: str) -> dict[str, str | None]:
    return periods_by_surface(text, PUBLISHED)


BY_REFERENCE = [
    (
        "美国放宽H20出口\n\n今年4月，美国政府收紧管制，英伟达当季因此损失45亿美元收入。\n\n"
        "中国市场贡献了其全球13%的营收。",
        {"45亿美元": "2025Q2", "13%": None},
    ),
    (
        "美國放寬H20出口\n\n今年4月，美國政府收緊管制，輝達當季因此損失45億美元收入。\n\n"
        "中國市場貢獻了其全球13%的營收。",
        {"45亿美元": "2025Q2", "13%": None},
    ),
    (
        "US eases H20 exports\n\nIn April the US tightened export controls, and Nvidia lost "
        "$4.5 billion of revenue in the quarter.\n\nChina contributed 13% of its revenue.",
        {"$4.5 billion": "2025Q2", "13%": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BY_REFERENCE, ids=[c[0][:12] for c in BY_REFERENCE])
def test_a_quarter_told_by_reference_reports_no_results(text, expected):
    assert periods_of(text) == expected


STATED = [
    (
        "英伟达业绩\n\n英伟达2025年第一季度营收为440亿美元。\n\n数据中心营收同比增长73%。",
        {"440亿美元": "2025Q1", "73%": "2025Q1"},
    ),
    (
        "Nvidia's results\n\nNvidia's revenue for the first quarter of 2025 was $44 billion.\n\n"
        "Data center revenue grew 73%.",
        {"$44 billion": "2025Q1", "73%": "2025Q1"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATED, ids=[c[0][:12] for c in STATED])
def test_a_stated_quarter_is_the_reporting_period_of_later_results(text, expected):
    assert periods_of(text) == expected
