"""Margins are shares of revenue of their own kind: a gross margin (毛利率), an operating margin
(营业利润率, Taiwan's 營業利益率, operating margin) and a net margin (净利率, a bare 利润率,
profit margin), and a move of one in points is that margin's change. Each as (surface,
fact_type, metric, value, unit); subjects and periods are pinned elsewhere."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


MARGIN_CASES = [
    ("该公司毛利率为52.3%。", [("52.3%", "share", "gross_margin", 52.3, "percent")]),
    ("台積電第三季毛利率達59.5%。", [("59.5%", "share", "gross_margin", 59.5, "percent")]),
    ("Gross margin came in at 73.5%.", [("73.5%", "share", "gross_margin", 73.5, "percent")]),
    ("该公司营业利润率为25%。", [("25%", "share", "operating_margin", 25.0, "percent")]),
    ("廣達營業利益率約為4.1%。", [("4.1%", "share", "operating_margin", 4.1, "percent")]),
    ("Its operating margin was 45%.", [("45%", "share", "operating_margin", 45.0, "percent")]),
    (
        "The operating profit margin reached 31 percent.",
        [("31 percent", "share", "operating_margin", 31.0, "percent")],
    ),
    ("海光信息净利率达到28%。", [("28%", "share", "net_margin", 28.0, "percent")]),
    ("該業務的淨利率約為12%。", [("12%", "share", "net_margin", 12.0, "percent")]),
    ("算力租赁业务的利润率约为30%。", [("30%", "share", "net_margin", 30.0, "percent")]),
    ("Its net profit margin was 18%.", [("18%", "share", "net_margin", 18.0, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), MARGIN_CASES)
def test_a_margin_is_a_share_of_its_own_kind(text, expected):
    assert typed(text) == expected


# Two margins in one sentence each keep their own kind.
def test_two_margins_in_one_sentence_keep_their_kinds():
    assert typed("该公司毛利率为60%，营业利润率为35%，净利率为28%。") == [
        ("60%", "share", "gross_margin", 60.0, "percent"),
        ("35%", "share", "operating_margin", 35.0, "percent"),
        ("28%", "share", "net_margin", 28.0, "percent"),
    ]


# A margin that moves by points changes that margin (never a growth rate).
POINTS_CASES = [
    (
        "营业利润率同比下降2个百分点。",
        [("2个百分点", "pct_change", "operating_margin_change", -2.0, "percentage_points")],
    ),
    (
        "營業利益率年增1.5個百分點。",
        [("1.5个百分点", "pct_change", "operating_margin_change", 1.5, "percentage_points")],
    ),
    (
        "Operating margin fell 3 percentage points.",
        [
            (
                "3 percentage points",
                "pct_change",
                "operating_margin_change",
                -3.0,
                "percentage_points",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POINTS_CASES)
def test_points_a_margin_moves_by_change_that_margin(text, expected):
    assert typed(text) == expected
