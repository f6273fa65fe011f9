"""A quarter named by reference rather than by number, one short text at a time: 当季 / 该季度 /
同一季 / 单季 and "in the quarter" are the quarter the text spoke of before (the quarter of a month
stated before them), 最近一季 / "the latest quarter" the last quarter ended before publication, and
"the April quarter" the quarter ending in April, by the company's fiscal calendar when it has one.
(surface, period) for each fact; relative periods are dated by `PUBLISHED`."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 8, 20)


def periods_of(text: str, published: date = PUBLISHED) -> list[tuple[str, str | None]]:
    facts = extract_article("p", text, ENTITIES, published).facts
    return [(f.surface, None if pd.isna(f.period) else str(f.period)) for f in facts.itertuples()]


THAT_QUARTER = [
    # The quarter of the month stated before it in the sentence.
    ("今年5月出口禁令生效，寒武纪当季营收减少12亿元。", [("12亿元", "2025Q2")]),
    ("今年5月出口禁令生效，寒武紀當季營收減少12億元。", [("12亿元", "2025Q2")]),
    # The quarter stated before, across a semicolon (同一季) or a sentence (该季度).
    (
        "百度第1季营收为310亿元；同一季资本支出为25亿元。",
        [("310亿元", "2025Q1"), ("25亿元", "2025Q1")],
    ),
    (
        "百度第1季營收為310億元；同一季資本支出為25億元。",
        [("310亿元", "2025Q1"), ("25亿元", "2025Q1")],
    ),
    # The quarter carried from the sentence before: "in the quarter", "the quarter's".
    (
        "Oracle reported results for its second quarter of 2025. Capital spending rose to "
        "$8.5 billion in the quarter.",
        [("$8.5 billion", "2025Q2")],
    ),
    (
        "Oracle reported results for its second quarter of 2025. About a third of the quarter's "
        "spending went on GPUs, some $2.8 billion.",
        [("$2.8 billion", "2025Q2")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THAT_QUARTER, ids=[c[0][:24] for c in THAT_QUARTER])
def test_a_quarter_named_by_reference_is_the_one_spoken_of(text, expected):
    assert [fact for fact in periods_of(text) if fact[0] in dict(expected)] == expected


LATEST_QUARTER = [
    ("超微最近一季营收增长30%，达到58亿美元。", [("30%", "2025Q2"), ("58亿美元", "2025Q2")]),
    ("超微最近一季營收增長30%，達到58億美元。", [("30%", "2025Q2"), ("58亿美元", "2025Q2")]),
    (
        "In the latest quarter, AMD's data-center sales reached $3.2 billion.",
        [("$3.2 billion", "2025Q2")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), LATEST_QUARTER, ids=[c[0][:24] for c in LATEST_QUARTER]
)
def test_the_latest_quarter_is_the_last_one_ended_before_publication(text, expected):
    assert periods_of(text) == expected


def test_a_quarter_named_by_its_month_follows_the_companys_calendar():
    # NVIDIA's fiscal year ends in January: the quarter to April 2025 is its FY2026 Q1.
    text = "Nvidia lost about $2 billion of sales in the April quarter."
    assert periods_of(text, date(2025, 6, 2)) == [("$2 billion", "FY2026Q1")]


def test_a_quarter_named_by_its_month_is_a_calendar_quarter_without_a_fiscal_calendar():
    text = "The cloud unit's revenue grew to $9 billion in the quarter to June."
    assert periods_of(text, date(2025, 8, 1)) == [("$9 billion", "2025Q2")]


def test_a_quarter_referred_to_with_none_told_dates_nothing():
    assert periods_of("扣除一次性费用后，当季每股收益为1.5美元。") == [("1.5美元", None)]


def test_the_same_quarter_of_last_year_is_no_quarter_of_its_own():
    # 去年同季 is the base of the change, not a period: the figure keeps the quarter stated.
    text = "腾讯第3季营收较去年同季增长15%。"
    assert periods_of(text) == [("15%", "2025Q3")]
