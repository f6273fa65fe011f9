"""Periods written in shorthand, one short text at a time: a year given by its last two digits
with the part of it after (25Q1, 24H2, 26年底, 25全年, 25年上半年) is that year's part, while "25年"
alone stays a count of years; 昨日 / 昨天 / yesterday is the day before publication.
(surface, period) for each fact."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 5, 8)


def periods_of(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article("p", text, ENTITIES, PUBLISHED).facts
    return [(f.surface, None if pd.isna(f.period) else str(f.period)) for f in facts.itertuples()]


SHORT_YEARS = [
    ("寒武纪24Q4营收达到9亿元。", [("9亿元", "2024Q4")]),
    ("寒武紀24Q4營收達到9億元。", [("9亿元", "2024Q4")]),
    ("海光24H2的出货量为12万片。", [("12万片", "2024H2")]),
    ("26全年的规划是：昇腾出货80万片。", [("80万片", "2026")]),
    ("26全年的規劃是：昇騰出貨80萬片。", [("80万片", "2026")]),
    ("良率计划在26年底提升到55%。", [("55%", "2026")]),
    ("良率計畫在26年底提升到55%。", [("55%", "2026")]),
    ("25年上半年公司营收为6亿元。", [("6亿元", "2025H1")]),
    ("Shipments reached 150,000 units in 24Q3.", [("150,000 units", "2024Q3")]),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_YEARS, ids=[c[0][:20] for c in SHORT_YEARS])
def test_a_two_digit_year_with_its_part_is_that_period(text, expected):
    assert periods_of(text) == expected


def test_a_count_of_years_is_no_year():
    # "25年" alone (25 years of operation) dates nothing.
    assert periods_of("公司运营了25年，累计营收达10亿元。") == [("25年", None), ("10亿元", None)]


DAY_BEFORE = [
    ("中芯国际昨日收报82港元，涨3%。", [("82港元", "2025-05-07"), ("3%", "2025-05-07")]),
    ("中芯國際昨天收報82港元，漲3%。", [("82港元", "2025-05-07"), ("3%", "2025-05-07")]),
    ("SMIC shares closed at HK$82 yesterday.", [("HK$82", "2025-05-07")]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_BEFORE, ids=[c[0][:20] for c in DAY_BEFORE])
def test_yesterday_is_the_day_before_publication(text, expected):
    assert periods_of(text) == expected
