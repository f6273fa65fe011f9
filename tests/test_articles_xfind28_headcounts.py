"""A bare number a count of people or accounts reaches (issue 12, eleventh session): the counted
noun stands before the number instead of after it ("the customer base had passed 5,000",
申购户数超过480万, 會員人數約4900萬), so the number is that count. Single sentences written for
the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fields_of_type

PUBLISHED = date(2026, 3, 2)


def counts(sentence: str) -> list[tuple]:
    return fields_of_type(sentence, PUBLISHED, "count", "surface", "fact_type", "value", "unit")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The cloud unit said its customer base had passed 8,000, twice the figure of 2024.",
            [("8,000", "count", 8000.0, "count")],
        ),
        (
            "Paying users topped 3.5 million by the end of the quarter.",
            [("3.5 million", "count", 3500000.0, "count")],
        ),
        ("这只新股的网上申购户数超过620万，创下年内纪录。", [("620万", "count", 6.2e6, "count")]),
        ("該平台付費會員人數約2300萬，按年增長18%。", [("2300万", "count", 2.3e7, "count")]),
        ("平台注册用户数已突破1.5亿。", [("1.5亿", "count", 1.5e8, "count")]),
    ],
)
def test_a_headcount_before_a_bare_number_counts_it(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Must not fire: money, a small number, or something else counted after the number.
        "Its customers paid 5,000 for each rack.",
        "The customer base grew by 12 in the quarter.",
        "用户数超过3000家企业的平均水平。",
    ],
)
def test_numbers_that_are_no_headcount(sentence):
    assert all(row[0] not in ("5,000", "12") for row in counts(sentence))
    assert ("3000", "count", 3000.0, "count") not in counts(sentence)
