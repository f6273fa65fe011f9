"""Figures written in Chinese digits by place (issue 12, fifth session): Taiwanese print writes
一六九四億美元 (169.4 billion), 三○．六四％ with a white circle for the zero, 七七六．七億 with a
decimal point. Digits in a row count by place; two neighbouring numerals (三四, 两三百) still say
"either of two" unless the sentence writes its other figures by place. Single sentences written
for the test, answers first."""

import pytest

from suanli.quantities import parse_chinese_numeral
from tests.helpers import typed_rows, valued_quantities


def values(sentence: str) -> list[tuple]:
    """(surface, kind, low, high, unit) of every quantity with a value in the sentence."""
    return [
        (q.surface, q.kind, q.value_low, q.value_high, q.unit) for q in valued_quantities(sentence)
    ]


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一六九四", 1694),
        ("三三○", 330),
        ("二〇", 20),
        ("一五二亿", 1.52e10),
        # Place-value words keep their meaning.
        ("三万五千", 35000),
        ("一千零五", 1005),
        ("二十三", 23),
    ],
)
def test_digits_in_a_row_count_by_place(numeral, value):
    assert parse_chinese_numeral(numeral) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "上季商品出口达一六九四亿美元，年增率三六．五％。",
            [("一六九四亿美元", "money", 1.694e11, 1.694e11, "USD"),
             ("三六.五%", "percent", 36.5, 36.5, "percent")],
        ),
        (
            "上季商品出口達一六九四億美元，年增率三六．五％。",
            [("一六九四亿美元", "money", 1.694e11, 1.694e11, "USD"),
             ("三六.五%", "percent", 36.5, 36.5, "percent")],
        ),
        (
            "該公司營收年增二○．二％，達三三○億美元。",
            [("二○.二%", "percent", 20.2, 20.2, "percent"),
             ("三三○亿美元", "money", 3.3e10, 3.3e10, "USD")],
        ),
        (
            "雲端部門營收為七七六．七億美元。",
            [("七七六.七亿美元", "money", 7.767e10, 7.767e10, "USD")],
        ),
    ],
)  # fmt: skip
def test_figures_written_by_place(sentence, expected):
    assert values(sentence) == expected


# 三四％ beside 一五二億: the writer counts by place, so 34%, not three or four.
@pytest.mark.parametrize(
    "sentence",
    ["该部门营收年增三四％，达一五二亿美元。", "該部門營收年增三四％，達一五二億美元。"],
)
def test_a_neighbouring_pair_is_by_place_where_the_sentence_writes_figures_so(sentence):
    assert values(sentence)[0] == ("三四%", "percent", 34.0, 34.0, "percent")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("这类机房要花三五年才能回本。", ("三五年", "duration", 3.0, 5.0, "years")),
        ("這類機房要花三五年才能回本。", ("三五年", "duration", 3.0, 5.0, "years")),
        ("今年租金大概涨了三四％。", ("三四%", "percent", 3.0, 4.0, "percent")),
        ("一套系统要两三百万元。", ("两三百万元", "money", 2e6, 3e6, "CNY")),
    ],
)
def test_neighbouring_numerals_elsewhere_stay_a_range(sentence, expected):
    assert values(sentence) == [expected]


def test_a_figure_written_by_place_gets_its_fact():
    assert typed_rows("微軟雲端營收年增十八％，為七七六．七億美元。") == [
        ("十八%", "pct_change", "yoy_growth", 18.0, "percent"),
        ("七七六.七亿美元", "spend", "revenue", 7.767e10, "USD"),
    ]
