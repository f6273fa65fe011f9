"""A year written with two digits (issue 12, fourth session): research notes and chat-style
reports write 25年底, 26年第一季度, 26Q1, 25H2, 25全年. The two digits are a year only with a
part of the year after them; 成立25年 is a span. Single sentences written for the test, answers
first."""

import pytest

from suanli.quantities import extract_quantities
from suanli.text import normalise
from tests.helpers import fact_rows


def periods(sentence: str) -> list[tuple[str, str]]:
    """(surface, period) of every period the sentence states."""
    text = normalise(sentence).text
    return [(q.surface, q.period) for q in extract_quantities(text) if q.period]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("这家厂商计划在25年底把良率提升到七成。", [("25年", "2025")]),
        ("這家廠商計劃在25年底把良率提升到七成。", [("25年", "2025")]),
        ("公司预计26年第一季度开始放量。", [("26年第一季度", "2026Q1")]),
        ("該產品24年上半年出貨平平。", [("24年上半年", "2024H1")]),
        ("研究机构预计27年3月完成交付。", [("27年3月", "2027-03")]),
    ],
)
def test_two_digits_before_a_part_of_the_year_are_a_year(sentence, expected):
    assert periods(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("新一代芯片的量产要等到26Q1。", [("26Q1", "2026Q1")]),
        ("New capacity should come online in 25H2.", [("25H2", "2025H2")]),
        ("25全年的出货目标定为四十万片。", [("25", "2025")]),
    ],
)
def test_two_digits_before_a_quarter_half_or_whole_year_are_a_year(sentence, expected):
    assert periods(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "这家公司成立25年，一直做服务器。",
        "這家公司成立25年，一直做伺服器。",
        "过去25年中，算力成本持续下降。",
    ],
)
def test_two_digits_and_a_year_alone_are_a_span_not_a_year(sentence):
    assert periods(sentence) == []


# The quantity pass and the facts' period pass once read two-digit years each in their own way
# (issue 12, sixth session); one reading now holds what either held, one sentence each.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 2010-2035: the years a note on computing looks back on and plans to.
        ("该厂12年底建成第一条产线。", [("12年", "2012")]),
        ("规划要求在35年底前完成改造。", [("35年", "2035")]),
        # 年年中 is the middle of the year; 25年中 after a count is "in 25 years" (above).
        ("这款芯片预计25年年中量产。", [("25年", "2025")]),
        ("新卡要到25 H2才能上量。", [("25 H2", "2025H2")]),
        ("該公司25年首季營收創新高。", [("25年首季", "2025Q1")]),
    ],
)
def test_every_form_of_a_two_digit_year_is_read_once(sentence, expected):
    assert periods(sentence) == expected


def test_a_rank_after_a_count_of_years_makes_no_year():
    # 第一年 is no quarter: "the first of the next ten years".
    assert periods("未来10年第一年的投入最大。") == []


def test_a_figure_takes_the_short_year_as_its_period():
    rows = fact_rows("良率方面，目标是在25年底提高到40%以上。")
    assert [(surface, period) for surface, *_, period in rows] == [("40%", "2025")]


def test_a_whole_short_year_dates_the_sentence_after_a_quarter():
    rows = fact_rows("这款芯片在25Q1出货10万片。25全年的目标是出货50万片。")
    assert [(surface, period) for surface, *_, period in rows] == [
        ("10万片", "2025Q1"),
        ("50万片", "2025"),
    ]


# 二〇二四年, 二零二五年: a year written in Chinese digits is a year, not a span of years.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("二〇二四年第三季營收成長百分之十五。", [("二〇二四年第三季", "2024Q3")]),
        ("二零二五年出货量将达一百万台。", [("二零二五年", "2025")]),
        ("二〇二五年一至六月營收增長三成。", [("二〇二五年一至六月", "2025H1")]),
    ],
)
def test_a_year_in_chinese_digits_is_a_year(sentence, expected):
    assert periods(sentence) == expected


def test_a_year_in_chinese_digits_dates_the_figure():
    rows = fact_rows("二〇二四年第三季營收成長百分之十五。")
    assert [(surface, value, period) for surface, _t, _m, _s, value, _u, period in rows] == [
        ("百分之十五", 15, "2024Q3")
    ]


# 一至九月, 十至十二月: months in Chinese numerals that make up quarters or a half.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("公司2025年一至九月营收增长三成。", [("2025年一至九月", "2025Q1-Q3")]),
        ("公司2025年十至十二月營收增長三成。", [("2025年十至十二月", "2025Q4")]),
    ],
)
def test_months_in_chinese_numerals_make_up_their_quarters(sentence, expected):
    assert periods(sentence) == expected


def test_a_span_of_months_counted_is_still_a_duration():
    text = normalise("交付需要三至五个月。").text
    [q] = extract_quantities(text)
    assert (q.kind, q.value_low, q.value_high, q.unit) == ("duration", 3, 5, "months")
