"""Figures listed against a list of periods, one short text at a time: 依次 / 依序 / 分别 /
respectively pair the figures with the periods in order (a range of years stands for each of its
years, a year with its part said right after it for that part), a later clause of the same list
pairs again; and "从2017年的8.1%到去年的73%": each end of a move is the figure of the period
written before it with 的, not the base of a multiple. (surface, period) for each fact."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 9, 10)


def periods_of(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article("p", text, ENTITIES, PUBLISHED).facts
    return [(f.surface, None if pd.isna(f.period) else str(f.period)) for f in facts.itertuples()]


SERIES = [
    (
        "2021-2023年及2024年上半年，壁仞科技的营收依次为10万元、6203万元和3.37亿元、2.1亿元。",
        [("10万元", "2021"), ("6203万元", "2022"), ("3.37亿元", "2023"), ("2.1亿元", "2024H1")],
    ),
    (
        "2021-2023年及2024年上半年，壁仞科技的營收依序為10萬元、6203萬元、3.37億元和2.1億元。",
        [("10万元", "2021"), ("6203万元", "2022"), ("3.37亿元", "2023"), ("2.1亿元", "2024H1")],
    ),
    # The second clause of the list pairs with the same periods.
    (
        "2022年至2024年，公司营收分别为1.2亿元、2.5亿元、4.8亿元；净亏损分别为5亿元、6亿元、7亿元。",
        [
            ("1.2亿元", "2022"),
            ("2.5亿元", "2023"),
            ("4.8亿元", "2024"),
            ("5亿元", "2022"),
            ("6亿元", "2023"),
            ("7亿元", "2024"),
        ],
    ),
    (
        "In 2022, 2023 and 2024 its revenue was $40 million, $95 million and $210 million, "
        "respectively.",
        [("$40 million", "2022"), ("$95 million", "2023"), ("$210 million", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SERIES, ids=[c[0][:24] for c in SERIES])
def test_figures_listed_in_order_take_the_periods_listed(text, expected):
    assert periods_of(text) == expected


MOVE_ENDS = [
    (
        "美国在出口中的占比从2018年的9.5%一路升到去年的70%。",
        [("9.5%", "2018"), ("70%", "2024")],
    ),
    (
        "美國在出口中的占比從2018年的9.5%一路升到去年的70%。",
        [("9.5%", "2018"), ("70%", "2024")],
    ),
    ("输往日本的比重由2019年的三成降至今年的一成。", [("三成", "2019"), ("一成", "2025")]),
]


@pytest.mark.parametrize(("text", "expected"), MOVE_ENDS, ids=[c[0][:24] for c in MOVE_ENDS])
def test_each_end_of_a_move_is_the_figure_of_its_period(text, expected):
    assert periods_of(text) == expected


def test_a_multiple_of_a_period_is_still_no_figure_of_it():
    # 是2023年的两倍: 2023 is the base of the multiple, which is this year's.
    assert periods_of("今年的出货量是2023年的两倍。") == [("两倍", "2025")]
