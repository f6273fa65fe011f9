"""连续第二个季度, 連續第四個月: the second quarter, the fourth month in a row, is an ordinal (which
one), no length of time, as 连续第四年 and 连续第二季 already read; the run told as a count (连续9个
季度, 连续四个季度保持盈利) stays a span. blind14 313 and 318 showed it (extracted as 6 and 4
months); blind8 189 and blind10 223 read the same ordinals as no claims. Sentences written for
the test: (surface, fact_type, value) of each fact."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 11, 20)

CASES = [
    (
        "本季度云业务营收为80亿元，已连续第二个季度创出历史新高。",
        [("80亿元", "spend", 8.0e9)],
    ),
    ("英業達10月營收為500億元，已經連續第四個月走低。", [("500亿元", "spend", 5.0e10)]),
    ("这是该公司第三个月出现亏损。", []),
    # must not fire: a run told as a count is a length of time
    (
        "AI相关产品收入已连续9个季度保持增长。",
        [("9个季度", "duration", 27.0)],
    ),
    ("公司已連續四個季度保持盈利。", [("四个季度", "duration", 12.0)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_ordinal_in_a_run_is_no_length_of_time(text, expected):
    assert fact_fields(text, PUBLISHED, "surface", "fact_type", "value") == expected
