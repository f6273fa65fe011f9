"""Taiwan's period markers: 年比, 季比 and 月比 are its 同比, 环比 and 按月, however the move after
them is worded (成长, 增加, 减少, 衰退) and with the rate word (季比成长率达22%): year-on-year,
quarter-on-quarter and month-on-month growth, not a bare growth rate (nor a results growth read
as year on year). Two years set against each other (2030年比2025年) are no marker. Each text is
written for the test."""

from __future__ import annotations

import pytest

from tests.helpers import typed_rows


def _metrics(text: str) -> list[tuple[str, str, str]]:
    return [(row[0], row[1], row[2]) for row in typed_rows(text) if row[4] == "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("該公司第3季營收季比成長率達18%，創下新高。", [("18%", "pct_change", "qoq_growth")]),
        ("該公司第2季獲利季比衰退7%。", [("7%", "pct_change", "qoq_growth")]),
        ("緯穎10月營收月比增加14%。", [("14%", "pct_change", "mom_growth")]),
        (
            "鴻海第3季營收季比減少4%，年比成長率為11%。",
            [("4%", "pct_change", "qoq_growth"), ("11%", "pct_change", "yoy_growth")],
        ),
        ("伺服器營收年比成長75%。", [("75%", "pct_change", "yoy_growth")]),
    ],
)
def test_a_taiwan_period_marker_names_the_growth(text, expected):
    assert _metrics(text) == expected


# A year set against another year is no marker: the growth is not a month's or a quarter's.
@pytest.mark.parametrize(
    "text",
    ["該市場規模2030年比2025年成長40%。", "該市場12個月比較下來成長40%。"],
)
def test_two_times_set_against_each_other_are_no_marker(text):
    assert _metrics(text)[0][2] not in ("qoq_growth", "mom_growth")
