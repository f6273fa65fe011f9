"""A rise that narrows TO a figure (issue 12, eleventh session): "涨幅收窄至12.5%", "升幅收窄至
2.1%", "gains narrowed to 4%" name the level the gain came to, so the figure keeps the rise's
sign; a narrowing BY a figure, or a fall's own measure narrowing, is still a fall. Single
sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2026, 3, 2)


def changes(sentence: str) -> list[tuple]:
    return [
        row[:2]
        for row in fact_fields(sentence, PUBLISHED, "surface", "value", "fact_type")
        if row[2] == "pct_change"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "该股盘中一度大涨80%，随后涨幅收窄至12.5%，收盘报58元。",
            [("80%", 80.0), ("12.5%", 12.5)],
        ),
        ("該股午後獲利盤湧出，收市報86元，升幅收窄至2.1%。", [("2.1%", 2.1)]),
        ("公司营收增速回落至8%。", [("8%", 8.0)]),
        (
            "The research firm trimmed its 2026 outlook for AI servers to 18.5% growth.",
            [("18.5%", 18.5)],
        ),
        (
            "The shares jumped 30% at the open before gains narrowed to 4% by the close.",
            [("30%", 30.0), ("4%", 4.0)],
        ),
    ],
)
def test_a_gain_narrowed_to_a_figure_keeps_its_sign(sentence, expected):
    assert changes(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # By how much the gain narrowed, and a fall narrowing: still falls.
        ("公司亏损同比收窄35%。", [("35%", -35.0)]),
        ("该股午后跌幅收窄至1.5%。", [("1.5%", -1.5)]),
        ("The stock fell 6% before paring losses to 2%.", [("6%", -6.0), ("2%", -2.0)]),
    ],
)
def test_a_narrowing_that_names_no_gain_stays_a_fall(sentence, expected):
    assert changes(sentence) == expected
