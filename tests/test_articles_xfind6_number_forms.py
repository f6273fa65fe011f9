"""Number forms read wrongly (issue 12, fifth session): a figure of four digits with 多 or 余
before its unit (2000多亿元) is an amount, not the year 2000; 三成半 is three and a half tenths
(35%). Single sentences written for the test, answers first."""

import pytest

from suanli.quantities import extract_quantities
from suanli.text import normalise


def values(sentence: str) -> list[tuple]:
    """(surface, kind, value, unit, qualifier) of every quantity with a value in the sentence."""
    text = normalise(sentence).text
    return [
        (q.surface, q.kind, q.value, q.unit, q.qualifier)
        for q in extract_quantities(text)
        if q.value is not None
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("集团去年营收2000多亿元。", ("2000多亿元", "money", 2e11, "CNY", "at_least")),
        ("集團去年營收2000多億元。", ("2000多亿元", "money", 2e11, "CNY", "at_least")),
        ("平台已接入1900余家企业。", ("1900余家", "count", 1900.0, "count", "at_least")),
    ],
)
def test_four_digits_with_over_before_a_unit_are_no_year(sentence, expected):
    assert values(sentence) == [expected]


def test_a_year_before_nian_stays_a_year():
    assert values("2000年前后") == [("2000年", "year", 2000.0, "year", "approx")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("国产卡的占比约三成半。", ("三成半", "percent", 35.0, "percent", "approx")),
        ("國產卡的佔比約三成半。", ("三成半", "percent", 35.0, "percent", "approx")),
        ("约三成半导体企业亏损。", ("三成", "percent", 30.0, "percent", "approx")),
    ],
)
def test_and_a_half_tenth(sentence, expected):
    assert values(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two hundred servers were shipped.", ("Two hundred servers", "count", 200.0, "count")),
        ("Thirty-five data centres are planned.", ("Thirty-five data centres", "count", 35.0,
                                                   "count")),
        ("The build took eighteen months.", ("eighteen months", "duration", 18.0, "months")),
        ("Prices fell twenty-five percent.", ("twenty-five percent", "percent", 25.0, "percent")),
        ("It raised a hundred million dollars.", ("a hundred million dollars", "money", 1e8,
                                                  "USD")),
    ],
)  # fmt: skip
def test_english_numbers_of_several_word_parts_are_read_whole(sentence, expected):
    assert values(sentence) == [(*expected, "exact")]


def test_an_ordinal_in_words_is_no_number():
    assert values("Chips of the twenty-first century.") == []
