"""Two wordings of a known measure: a compound rate told as a speed (复合增速, 年复合增速) is a
CAGR, as 复合增长率 is; and the 总规模 of a raise or an outlay (募资总规模, 融资总规模, 投资总规模)
is that raise or outlay, as its 规模 is, no market's size. A market's or compute's 总规模 keeps
its reading. Each text is written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _types(text: str) -> list[tuple[str, str, str]]:
    return [(row[0], row[1], row[2]) for row in typed_rows(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "未来五年全球液冷市场的复合增速接近21%，国内市场超过27%。",
            [("21%", "pct_change", "cagr"), ("27%", "pct_change", "cagr")],
        ),
        ("该市场年复合增速有望达到30%。", [("30%", "pct_change", "cagr")]),
        ("這次上市募資總規模約為35億元。", [("35亿元", "spend", "funding")]),
        ("这轮融资总规模约为12亿元。", [("12亿元", "spend", "funding")]),
        ("该数据中心项目投资总规模达80亿元。", [("80亿元", "spend", "investment")]),
    ],
)
def test_the_wording_names_the_measure(text, expected):
    assert _types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("国内AI服务器市场总规模约为500亿元。", [("500亿元", "market_size", "market_size")]),
        ("该市场规模约为300亿元。", [("300亿元", "market_size", "market_size")]),
    ],
)
def test_a_market_s_total_size_stays_a_market_size(text, expected):
    assert _types(text) == expected
