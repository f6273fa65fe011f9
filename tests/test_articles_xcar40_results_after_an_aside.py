"""A results story's quarter resumes after an aside dated by a month or a day: a paragraph that
names no period, after one telling money paid by the end of September, still reports the quarter
whose revenue the story told (blind14 309). Not in a story that told no money results for the
quarter (a quarter's shipments), and not after an aside dated by a year, which dates the results
after it itself.
(surface, period) for each fact; surfaces arrive simplified."""

from datetime import date

import pytest

from tests.helpers import periods_by_surface

OCTOBER = date(2025, 10, 30)

CASES = [
    (
        "甲公司公布第三季度业绩，营收为777亿元。\n"
        "截至9月底，乙公司已交付2万片。\n"
        "丙公司营收增长39%。",
        {"777亿元": "2025Q3", "2万片": "2025-09", "39%": "2025Q3"},
    ),
    (
        "微軟公布第三季財報，營收為777億美元。\n"
        "微軟自2019年投資OpenAI以來，截至9月底已撥款116億美元。\n"
        "Azure雲端業務營收成長39%。",
        {"777亿美元": "2025Q3", "39%": "2025Q3"},
    ),
    (
        "Acme reported third-quarter revenue of $35.6 billion.\n"
        "By the end of September Acme had paid $11.6 billion to Beta.\n"
        "Cloud revenue grew 39%.",
        {"$35.6 billion": "2025Q3", "$11.6 billion": "2025-09", "39%": "2025Q3"},
    ),
    # must not fire: a story of a quarter's shipments told no results of it
    (
        "Acme reported third-quarter shipments of 100,000 chips.\n"
        "By the end of September Acme had paid $11.6 billion to Beta.\n"
        "Cloud revenue grew 39%.",
        {"100,000 chips": "2025Q3", "39%": None},
    ),
    (
        "甲公司第三季度芯片出货量为10万片。\n截至9月底，乙公司已交付2万片。\n丙公司营收增长39%。",
        {"10万片": "2025Q3", "39%": None},
    ),
    # must not fire: a year the paragraph states dates its results
    (
        "甲公司公布第三季度业绩，营收为777亿元，净利润为277亿元。\n"
        "甲公司自2019年投资乙公司以来，截至9月底已拨款116亿元。\n"
        "2024年，乙公司营收增长39%，达到330亿元。",
        {"39%": "2024", "330亿元": "2024"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_results_story_quarter_resumes_after_an_aside(text, expected):
    periods = periods_by_surface(text, OCTOBER)
    assert {s: periods.get(s, "missing") for s in expected} == expected
