"""The same period a year before (同期, 2024年同期, 上年同期) opening a clause says when its figure
is set against, never what it measures: the figure measures what the clause before named. 由
inside 自由 (自由现金流, free cash flow) and 录得 (recorded) are no ends of a noun phrase but a word
and a predicate. Blind3 87 showed the class; the sentences are new. Each row is (surface, subject,
value, unit)."""

import pytest

from tests.helpers import subject_rows

SAME_PERIOD_CASES = [
    "云业务营收达到300亿元，上年同期为240亿元。",
    "雲業務營收達到300億元，上年同期為240億元。",
    "云业务营收达到300亿元，而2024年同期则为240亿元。",
    "雲業務營收達到300億元，而2024年同期則為240億元。",
]


@pytest.mark.parametrize("text", SAME_PERIOD_CASES)
def test_the_same_period_before_is_no_subject(text):
    assert subject_rows(text) == [
        ("300亿元", "云业务营收", 30_000_000_000.0, "CNY"),
        ("240亿元", "云业务营收", 24_000_000_000.0, "CNY"),
    ]


FREE_CASH_FLOW_CASES = [
    ("同期自由现金流录得净流出52亿元。", "自由现金流"),
    ("同期自由現金流錄得淨流出52億元。", "自由现金流"),
    ("集团自由现金流为52亿元。", "集团自由现金流"),
    ("集團自由現金流為52億元。", "集团自由现金流"),
]


@pytest.mark.parametrize(("text", "subject"), FREE_CASH_FLOW_CASES)
def test_free_cash_flow_is_one_noun_and_recorded_a_predicate(text, subject):
    assert [row[:2] for row in subject_rows(text)] == [("52亿元", subject)]
