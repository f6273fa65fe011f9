"""A Taiwan report dates its news 昨（8）日 / 今(9)日, the day of the month in brackets; a report in
traditional script that names no other sign of its place (no 台北, 新台幣, 台股) is still a Taiwan
report, and its bare 元 are new Taiwan dollars. Hong Kong and mainland reports write 8日 or 昨日,
and a traditional-script report with neither sign keeps renminbi. Each text is written for the
test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _money_units(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[4]) for row in typed_rows(text) if row[4] not in ("percent", "count")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "仁寶昨（7）日公布10月合併營收812.5億元，月增3.2%。",
            [("812.5亿元", "TWD")],
        ),
        (
            "英業達今(9)日公告第3季合併營收1,520億元，季增8%。",
            [("1,520亿元", "TWD")],
        ),
        (
            "和碩前（6）日表示，全年營收有望突破1.2兆元。",
            [("1.2兆元", "TWD")],
        ),
    ],
)
def test_a_taiwan_dated_report_writes_its_own_dollars_bare(text, expected):
    assert _money_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hong Kong's and the mainland's press date without brackets: no sign of a place.
        ("仁寶昨日公布10月合併營收812.5億元，月增3.2%。", [("812.5亿元", "CNY")]),
        ("该公司7日公布10月营收812.5亿元，环比增长3.2%。", [("812.5亿元", "CNY")]),
        # A bracketed number that is no day of the month (a stock code) is no sign either.
        ("仁寶（2324）公布10月合併營收812.5億元。", [("812.5亿元", "CNY")]),
        # Hong Kong's own signs still outweigh the one Taiwan sign.
        (
            "港股恒指昨（7）日收市後，香港一家公司公布收入812.5億元。",
            [("812.5亿元", "HKD")],
        ),
    ],
)
def test_no_bracketed_day_leaves_the_locale_as_it_was(text, expected):
    assert _money_units(text) == expected
