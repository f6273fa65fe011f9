"""Changes listed one after another each carry their own direction word (月增12%、年减6%; up on
the month, down on the year): the word nearest before a figure gives its sign, not any rise
earlier in the clause. Each text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 10, 10)


def signed(text: str) -> dict[str, float]:
    return {
        surface: value
        for surface, fact_type, value in fact_fields(
            text, PUBLISHED, "surface", "fact_type", "value"
        )
        if fact_type == "pct_change"
    }


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("仁宝9月笔电出货300万台，月增12.5%、年减4.3%。", {"12.5%": 12.5, "4.3%": -4.3}),
        ("英業達9月營收600億元，月增8.2%、年減3.1%。", {"8.2%": 8.2, "3.1%": -3.1}),
        (
            "Quanta's September revenue rose 12% from August but fell 4% from a year earlier.",
            {"12%": 12.0, "4%": -4.0},
        ),
        ("该公司服务器收入增速放缓，同比下降7%。", {"7%": -7.0}),
        # Already right before: a fall, then a rise of its own.
        ("纬创9月营收季减1.5%、年增16.6%。", {"1.5%": -1.5, "16.6%": 16.6}),
        # One fall word before two figures signs both.
        ("两家公司出货量分别下降5%和3%。", {"5%": -5.0, "3%": -3.0}),
    ],
)
def test_each_change_takes_the_direction_word_nearest_before_it(text, signs):
    found = signed(text)
    assert {s: found.get(s) for s in signs} == signs
