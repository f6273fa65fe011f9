"""An amount whose clause only names whose it is ("天数智芯为446亿港元", "Sugon's $2 billion"), in a
run of such clauses of one amount each after a clause naming a money measure, is the next item of
that list and measures the same; a clause without an amount, or with another figure, ends the
list. Each text is written for the test."""

from datetime import date

import pytest

from tests.helpers import measures

PUBLISHED = date(2026, 3, 1)


def _money(text: str) -> list[tuple[str, str, str]]:
    return measures(text, PUBLISHED, "spend", "valuation", "earnings")


LIST_CASES = [
    (
        "今年沐曦股份市值为2406亿元，壁仞科技为859亿港元，天数智芯为446亿港元。",
        [
            ("2406亿元", "valuation", "market_cap"),
            ("859亿港元", "valuation", "market_cap"),
            ("446亿港元", "valuation", "market_cap"),
        ],
    ),
    (
        "今年沐曦股份市值為2406億元，壁仞科技為859億港元，天數智芯為446億港元。",
        [
            ("2406亿元", "valuation", "market_cap"),
            ("859亿港元", "valuation", "market_cap"),
            ("446亿港元", "valuation", "market_cap"),
        ],
    ),
    (
        "今年浪潮营收为1000亿元，新华三为600亿元，中科曙光为150亿元。",
        [
            ("1000亿元", "spend", "revenue"),
            ("600亿元", "spend", "revenue"),
            ("150亿元", "spend", "revenue"),
        ],
    ),
    (
        "This year Inspur's revenue was $14 billion, H3C's $8 billion, Sugon's $2 billion.",
        [
            ("$14 billion", "spend", "revenue"),
            ("$8 billion", "spend", "revenue"),
            ("$2 billion", "spend", "revenue"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIST_CASES)
def test_the_items_of_a_list_measure_what_its_first_names(text, expected):
    assert _money(text) == expected


BROKEN_CASES = [
    "今年浪潮营收为1000亿元，排名第一，中科曙光为150亿元。",
    "今年浪潮營收為1000億元，增長20%，中科曙光為150億元。",
    "Inspur's revenue was $14 billion this year, up 20%, and Sugon's $2 billion.",
]


@pytest.mark.parametrize("text", BROKEN_CASES)
def test_a_clause_without_one_amount_ends_the_list(text):
    money = _money(text)
    assert money[0][2] == "revenue"
    assert money[-1][2] != "revenue"
