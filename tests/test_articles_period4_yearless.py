"""A quarter or half named without a year and with no year told before it, one short text
at a time: it is of the publication's year, unless that part of the year has not begun at
publication and the sentence does not look ahead, when it is the one of the year before (a report
in March of 第四季度 results is of last year's fourth quarter). (surface, period) for each fact."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 3, 12)


def periods_of(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article("p", text, ENTITIES, PUBLISHED).facts
    return [(f.surface, None if pd.isna(f.period) else str(f.period)) for f in facts.itertuples()]


CASES = [
    # Reported: the part of the year already over, so last year's.
    ("浪潮信息第四季度营收达到420亿元。", [("420亿元", "2024Q4")]),
    ("浪潮資訊第四季營收達到420億元。", [("420亿元", "2024Q4")]),
    ("Dell's fourth-quarter revenue came to $23.9 billion.", [("$23.9 billion", "2024Q4")]),
    ("下半年浪潮信息营收为800亿元。", [("800亿元", "2024H2")]),
    # Looking ahead: the part of this year still to come.
    ("浪潮信息预计第四季度营收为500亿元。", [("500亿元", "2025Q4")]),
    ("浪潮資訊預計第四季營收為500億元。", [("500亿元", "2025Q4")]),
    ("Dell expects fourth-quarter revenue of $25 billion.", [("$25 billion", "2025Q4")]),
    # Begun by publication: this year's.
    ("第一季度浪潮信息营收为150亿元。", [("150亿元", "2025Q1")]),
    # A month is left as it was: this year's (6月 is said of the month ahead as often).
    ("6月浪潮信息营收为60亿元。", [("60亿元", "2025-06")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_a_yearless_part_of_a_year_is_the_last_one_reported_or_the_one_ahead(text, expected):
    assert periods_of(text) == expected
