"""报告期内 (報告期內), "during the reporting period" names the period of the report the story is
about: the one its title states (…25H1业绩点评, …2024年度业绩快报), else the one its first dated
figures took; not the quarter the sentence before spoke of (其中单Q2…。报告期内，研发投入…). Where
it dates no figure it is read as nothing. (surface, period) for each fact."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

PUBLISHED = date(2025, 9, 1)

CASES = [
    (
        "芯片公司25H1业绩点评\n\n公司上半年营收为50亿元，其中第二季度营收为30亿元。"
        "报告期内，公司研发投入达17亿元。",
        {"50亿元": "2025H1", "30亿元": "2025Q2", "17亿元": "2025H1"},
    ),
    (
        "晶片公司25H1業績點評\n\n公司上半年營收為50億元，其中第二季營收為30億元。"
        "報告期內，公司研發投入達17億元。",
        {"50亿元": "2025H1", "30亿元": "2025Q2", "17亿元": "2025H1"},
    ),
    (
        "Chipmaker's results\n\nRevenue for the first half of 2025 was $5 billion, and the second "
        "quarter alone brought $3 billion. During the reporting period R&D spending came to "
        "$1.7 billion.",
        {"$5 billion": "2025H1", "$3 billion": "2025Q2", "$1.7 billion": "2025H1"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["zh-Hans", "zh-Hant", "en"])
def test_the_reporting_period_word_is_the_reports_period(text, expected):
    periods = periods_by_surface(text, PUBLISHED)
    assert {s: periods.get(s) for s in expected} == expected


def test_the_reporting_period_word_dates_no_launch():
    text = "某公司发布2024年度业绩快报\n\n报告期内，公司推出了新一代训练芯片X9。"
    assert periods_by_surface(text, PUBLISHED) == {}
