"""A results story's reporting period (issue 12, ninth session). A running total up to the
story's quarter (the first three quarters, 前三季度) told beside that quarter's results dates its
own figures only: the paragraphs after it go on reporting the quarter. A paragraph that names only
the reporting quarter again (Q3 capex…, 第三季…) does not end it: its results before that mention
are the story's too. A paragraph naming another period is about that one. Texts written for the
test, answers first: {surface: period}."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

NOVEMBER = date(2025, 11, 20)

RUNNING_TOTAL = [
    (
        "Chip sales jump as AI demand holds\n\n"
        "Revenue in the third quarter of 2025 rose 40 percent to $9 billion, the company said.\n\n"
        "Across the first three quarters of 2025 it took in $24 billion.\n\n"
        "Data center sales grew 55 percent, and gaming sales grew 12 percent.",
        {"$9 billion": "2025Q3", "$24 billion": "2025Q1-Q3", "55 percent": "2025Q3"},
    ),
    (
        "芯片公司业绩亮眼\n\n"
        "公司2025年第三季度营收同比增长40%至90亿元。\n\n"
        "前三季度累计营收240亿元。\n\n"
        "数据中心业务收入同比增长55%，游戏业务收入同比增长12%。",
        {"90亿元": "2025Q3", "240亿元": "2025Q1-Q3", "55%": "2025Q3", "12%": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNNING_TOTAL, ids=["en", "hans"])
def test_a_running_total_leaves_the_story_reporting_its_quarter(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s) for s in expected} == expected


RESTATED = [
    (
        "Cloud provider narrows its loss\n\n"
        "The company reported third-quarter 2025 revenue of $2.1 billion.\n\n"
        "The net loss shrank by 40% to $90 million. Q3 capex of $1.9 billion was below plan.",
        {"40%": "2025Q3", "$90 million": "2025Q3", "$1.9 billion": "2025Q3"},
    ),
    (
        "雲端公司虧損收窄\n\n"
        "公司公布2025年第三季營收21億美元。\n\n"
        "淨虧損年減40%至9000萬美元，第三季資本支出19億美元。",
        {"40%": "2025Q3", "9000万美元": "2025Q3", "19亿美元": "2025Q3"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED, ids=["en", "hant"])
def test_a_paragraph_naming_the_quarter_again_keeps_its_results(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s) for s in expected} == expected


NOT_THE_REPORTING_PERIOD = [
    # The running total is the story's own period: no quarter to go back to.
    (
        "Chip sales through September\n\n"
        "Across the first three quarters of 2025 the company took in $24 billion.\n\n"
        "Data center sales grew 55 percent.",
        {"55 percent": "2025Q1-Q3"},
    ),
    # A paragraph naming another period is about that one: the figure before it is not the
    # story's quarter.
    (
        "Cloud provider narrows its loss\n\n"
        "The company reported third-quarter 2025 revenue of $2.1 billion.\n\n"
        "The net loss shrank by 40% to $90 million, and it expects 2026 capex of $25 billion.",
        {"40%": None, "$90 million": None, "$25 billion": "2026"},
    ),
    (
        "芯片公司业绩亮眼\n\n"
        "公司2025年第三季度营收同比增长40%至90亿元。\n\n"
        "服务器业务收入同比增长55%，公司预计第四季度营收将达100亿元。",
        {"55%": None, "100亿元": "2025Q4"},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NOT_THE_REPORTING_PERIOD,
    ids=["span-is-the-story", "another-period-en", "another-period-hans"],
)
def test_the_reporting_period_stays_where_the_text_says_otherwise(text, expected):
    periods = periods_by_surface(text, NOVEMBER)
    assert {s: periods.get(s) for s in expected} == expected
