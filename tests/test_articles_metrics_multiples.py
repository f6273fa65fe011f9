"""A change stated as a multiple (doubled, tripled, grew threefold, 翻倍, 倍增, 成長2倍): a ratio,
the growth of what the sentence measures, or a price's multiple where the sentence speaks of
prices; a fall by half (腰斩, 减半, halved) is a change of -50%. Each as (surface, fact_type,
metric, value, unit); subjects and periods are pinned elsewhere."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


# A word number glued to -fold is as much a multiple as "5-fold" or "5x".
WORD_FOLD_CASES = [
    (
        "Demand for inference chips grew threefold.",
        [("threefold", "ratio", "growth_ratio", 3.0, "ratio")],
    ),
    ("Cloud revenue jumped tenfold.", [("tenfold", "ratio", "growth_ratio", 10.0, "ratio")]),
    (
        "Orders rose fourfold from a year earlier.",
        [("fourfold", "ratio", "growth_ratio", 4.0, "ratio")],
    ),
    ("Rental prices climbed fivefold.", [("fivefold", "ratio", "price_ratio", 5.0, "ratio")]),
]


@pytest.mark.parametrize(("text", "expected"), WORD_FOLD_CASES)
def test_a_word_number_glued_to_fold_is_a_multiple(text, expected):
    assert typed(text) == expected


# A verb that multiplies is the growth of what it is said of, whatever noun names that (算力需求
# is demand, no performance), or a price's multiple where prices are spoken of.
MULTIPLYING_VERB_CASES = [
    (
        "数据中心收入同比增长了两倍，资本开支则翻番。",
        [
            ("两倍", "ratio", "growth_ratio", 2.0, "ratio"),
            ("翻番", "ratio", "growth_ratio", 2.0, "ratio"),
        ],
    ),
    ("今年AI算力需求倍增。", [("倍增", "ratio", "growth_ratio", 2.0, "ratio")]),
    ("明年伺服器機櫃需求倍增。", [("倍增", "ratio", "growth_ratio", 2.0, "ratio")]),
    ("該公司AI伺服器營收成長3倍。", [("3倍", "ratio", "growth_ratio", 3.0, "ratio")]),
    ("该公司资本开支增至原来的3倍。", [("3倍", "ratio", "growth_ratio", 3.0, "ratio")]),
    (
        "Data center revenue tripled from a year earlier.",
        [("tripled", "ratio", "growth_ratio", 3.0, "ratio")],
    ),
    (
        "Shipments of AI servers quadrupled.",
        [("quadrupled", "ratio", "growth_ratio", 4.0, "ratio")],
    ),
    (
        "Server prices tripled within a year.",
        [
            ("tripled", "ratio", "price_ratio", 3.0, "ratio"),
        ],
    ),
    ("内存价格上涨了3倍。", [("3倍", "ratio", "price_ratio", 3.0, "ratio")]),
    ("記憶體價格翻倍。", [("翻倍", "ratio", "price_ratio", 2.0, "ratio")]),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLYING_VERB_CASES)
def test_a_multiplying_verb_is_a_growth_or_a_price_multiple(text, expected):
    assert typed(text) == expected


# A multiple set against another level ("three times faster than") compares; it is no growth.
COMPARED_CASES = [
    (
        "The B300 is 2.5x faster than the H100.",
        [("2.5x", "ratio", "performance_ratio", 2.5, "ratio")],
    ),
    ("新芯片的性能是上一代的三倍。", [("三倍", "ratio", "performance_ratio", 3.0, "ratio")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_CASES)
def test_a_multiple_against_another_level_compares(text, expected):
    assert typed(text) == expected


# A fall by half is a change of -50%, a price's where prices are spoken of (as dev 34's 腰斩).
HALVING_CASES = [
    ("H100的租金价格几近腰斩。", [("腰斩", "pct_change", "price_change_pct", -50.0, "percent")]),
    ("H100的租金價格幾近腰斬。", [("腰斩", "pct_change", "price_change_pct", -50.0, "percent")]),
    ("显卡售价减半。", [("减半", "pct_change", "price_change_pct", -50.0, "percent")]),
    (
        "Hourly H100 rental prices halved last year.",
        [
            ("halved", "pct_change", "price_change_pct", -50.0, "percent"),
        ],
    ),
    ("该公司净利润腰斩。", [("腰斩", "pct_change", "growth", -50.0, "percent")]),
]


@pytest.mark.parametrize(("text", "expected"), HALVING_CASES)
def test_a_fall_by_half_is_minus_fifty_percent(text, expected):
    assert typed(text) == expected
