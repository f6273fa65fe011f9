"""Shares of a whole: a part of the world's takings or of the whole market (贡献了全球24%的收入,
占整体的70%) is a market share, unlike a part of one company's total (其全球15%的营收) or of the
world's compute (占全球的33%); and a bare share after a named one in its sentence (…市占率80%，
B占10%) is the next of the same list. Each text is written for the test."""

import pytest

from tests.helpers import typed_rows

WHOLE_CASES = [
    ("中国算力规模占全球的33%。", [("33%", "share", "share", 33.0, "percent")]),
    ("北美贡献了全球40%的收入。", [("40%", "share", "market_share", 40.0, "percent")]),
    ("北美貢獻了全球40%的收入。", [("40%", "share", "market_share", 40.0, "percent")]),
    ("x86服务器占整体的70%。", [("70%", "share", "market_share", 70.0, "percent")]),
    # One company's own total: a share of its revenue.
    ("中国市场贡献了其全球15%的营收。", [("15%", "share", "revenue_share", 15.0, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_CASES)
def test_a_part_of_the_worlds_total_is_a_market_share(text, expected):
    assert typed_rows(text) == expected


LIST_CASES = [
    (
        "英伟达的市场份额为80%，台湾厂商占12%。",
        [
            ("80%", "share", "market_share", 80.0, "percent"),
            ("12%", "share", "market_share", 12.0, "percent"),
        ],
    ),
    (
        "數據中心營收占比80%，遊戲業務占10%。",
        [
            ("80%", "share", "revenue_share", 80.0, "percent"),
            ("10%", "share", "revenue_share", 10.0, "percent"),
        ],
    ),
    (
        "Data centre made up 80% of revenue, and gaming accounted for 10%.",
        [
            ("80%", "share", "revenue_share", 80.0, "percent"),
            ("10%", "share", "revenue_share", 10.0, "percent"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIST_CASES)
def test_a_bare_share_after_a_named_one_is_the_next_of_the_list(text, expected):
    assert typed_rows(text) == expected


# A margin is no list of parts: the share after it stays a bare share.
@pytest.mark.parametrize(
    "text", ["公司毛利率为40%，海外业务占30%。", "公司毛利率为40%，其中海外占30%。"]
)
def test_a_share_after_a_margin_is_no_margin(text):
    assert typed_rows(text)[1] == ("30%", "share", "share", 30.0, "percent")
