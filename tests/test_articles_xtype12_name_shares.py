"""The 股份 a listed company's short name ends in (紫光股份, 甲乙股份) is part of the name, no
holding: a share beside it is read as the clause's other words say (a market share in a run of
份额). A holding's 股份 stands alone or after 的, 持, 有, 其, 之, 部分. Each text is written for the
test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _shares(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[2]) for row in typed_rows(text) if row[1] == "share"]


@pytest.mark.parametrize(
    "text",
    [
        "去年国内加速卡市场中，英伟达份额为41%，AMD为17%，沐曦股份约2%。",
        "去年國內加速卡市場中，英偉達份額為41%，AMD為17%，沐曦股份約2%。",
    ],
)
def test_a_name_ending_in_gufen_keeps_the_runs_market_share(text):
    assert _shares(text) == [
        ("41%", "market_share"),
        ("17%", "market_share"),
        ("2%", "market_share"),
    ]


# A name the register does not know: still no holding; the 份额 before it decides.
@pytest.mark.parametrize(
    "text", ["甲公司份额为41%，丙丁股份约9%。", "甲公司份額為41%，丙丁股份約9%。"]
)
def test_an_unknown_name_ending_in_gufen_holds_nothing(text):
    assert _shares(text) == [("41%", "market_share"), ("9%", "market_share")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("创始人所持股份占公司总股本的12%。", [("12%", "shareholding")]),
        ("該基金持有公司7%的股份。", [("7%", "shareholding")]),
        ("他持有该公司部分股份，约占3%。", [("3%", "shareholding")]),
    ],
)
def test_a_holdings_gufen_is_still_a_holding(text, expected):
    assert _shares(text) == expected
