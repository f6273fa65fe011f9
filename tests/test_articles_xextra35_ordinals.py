"""第N个 + a noun is a rank (the second IPO, the first big move), no count: the measure word
after the ordinal does not make it a figure, nor in a run (连续第5个季度, the fifth quarter in a
row); the figures beside a rank stay. (surface, fact_type, value) of each fact."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 12)

CASES = [
    ("市场把这次上市视作创始人的第二个IPO。", []),
    (
        "这是甲公司在资本市场上的第一个大动作，拟募资20亿元。",
        [("20亿元", "spend", 2.0e9)],
    ),
    (
        "乙公司的第3个数据中心拥有2万张GPU。",
        [("2万张", "count", 2.0e4)],
    ),
    # The fifth quarter in a row is an ordinal too (fifteenth session: every tuning set's writer
    # who met one read it so, blind8 189, blind10 223, blind14 313 and 318); the run told as a
    # count, 连续5个季度, stays a span (tests/test_articles_xprec40_ordinal_runs.py).
    ("这是丙公司连续第5个季度营收创新高。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_ordinal_with_its_measure_word_is_a_rank(text, expected):
    assert fact_fields(text, PUBLISHED, "surface", "fact_type", "value") == expected
