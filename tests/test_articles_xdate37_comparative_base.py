"""A comparative with 于 / 过 (高于, 多于, 少于, 多過 as Hong Kong writes it) before a period makes
that period the base of the comparison, as 超过 / 高于 did already: it dates nothing after it, so a
later quarter stated without a year takes the publication's year, not the base's. A base joined
to its own figure by 的 still dates that figure. Sentences written for this test: (surface,
period) for every fact the text holds."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 11, 20)


def periods_of(text: str) -> list[tuple]:
    return [(row[0], row[-1]) for row in fact_rows(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "某云厂商预计今年资本开支仍多于去年\n\n该公司公布第三季业绩，营收为500亿元。",
            [("500亿元", "2025Q3")],
        ),
        (
            "某雲廠商預計今年資本開支仍多過去年\n\n該公司公佈第三季業績，營收為500億元。",
            [("500亿元", "2025Q3")],
        ),
        ("某公司今年的订单少于2024年。该公司第三季营收为80亿元。", [("80亿元", "2025Q3")]),
    ],
)
def test_a_comparatives_period_is_a_base(text, expected):
    assert periods_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The base's own figure, joined by 的, keeps the base's period.
        (
            "某公司明年资本开支将达900亿元，多于今年的700亿元。",
            [("900亿元", "2026"), ("700亿元", "2025")],
        ),
        # A year that is not set against anything still dates the bare quarter after it.
        ("某公司去年资本开支大增。该公司第三季营收为80亿元。", [("80亿元", "2024Q3")]),
    ],
)
def test_its_own_figure_and_a_plain_year_keep_their_period(text, expected):
    assert periods_of(text) == expected
