"""Shares counted by 股 (the number's own measure word) or "shares" are a count of a company's
stock (metric `shares`), not of the people or firms named near them; a number counted by another
measure word keeps its own. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大股东上月增持12.5万股。", [("12.5万股", "count", "shares", 125000, "count")]),
        (
            "该公司本次拟公开发行3000万股新股。",
            [("3000万股", "count", "shares", 3e7, "count")],
        ),
        ("散户中一签可获配200股。", [("200股", "count", "shares", 200, "count")]),
        ("董事长持股达到1520.3萬股。", [("1520.3万股", "count", "shares", 15203000, "count")]),
    ],
)
def test_a_count_in_gu_is_a_count_of_shares(text, expected):
    assert typed_rows(text) == expected


def test_accounts_counted_before_shares_are_no_shares():
    rows = typed_rows("网上有效申购户数为315万户，最终发行4500万股。")
    assert [(r[0], r[2]) for r in rows] == [("315万户", "count"), ("4500万股", "shares")]


def test_people_and_firms_counted_stay_theirs():
    rows = typed_rows("共有8家公司在港股上市，员工约1200人。")
    assert [r[2] for r in rows] == ["companies", "people"]
