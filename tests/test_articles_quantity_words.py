"""Quantities written in words or next to names (issue 12): what is read as a value, and what is
not, one class per test, in single sentences written for the test."""

import pytest

from suanli.entities import EntityIndex
from suanli.quantities import extract_quantities
from suanli.text import normalise

ENTITIES = EntityIndex.load()


def quantities(sentence: str) -> list[tuple]:
    text = normalise(sentence).text
    found = extract_quantities(text, [(s, e) for s, e, _ in ENTITIES.find_all(text)])
    return [(q.kind, q.value_low, q.value_high, q.unit) for q in found if q.value is not None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A trillion dollars of infrastructure is installed.", ("money", 1e12, 1e12, "USD")),
        ("He spent a million dollars on dinner.", ("money", 1e6, 1e6, "USD")),
        ("Nvidia has earned billions of dollars there.", ("money", 1e9, 1e10, "USD")),
        ("The start-up raised tens of millions of dollars.", ("money", 1e7, 1e8, "USD")),
        ("Buyers ordered millions of GPUs.", ("count", 1e6, 1e7, "count")),
        ("The H100 came at twice the price.", ("ratio", 2, 2, "ratio")),
        ("该集群领先十倍。", ("ratio", 10, 10, "ratio")),
        ("該集群領先十倍。", ("ratio", 10, 10, "ratio")),
        ("互联带宽可达数百GB/s。", ("bandwidth", 1e11, 1e12, "bytes/s")),
        ("互聯頻寬可達數百GB/s。", ("bandwidth", 1e11, 1e12, "bytes/s")),
        ("该大厦楼高71层。", ("count", 71, 71, "count")),
        ("該大廈樓高71層。", ("count", 71, 71, "count")),
        ("两间供应商称可以供货。", ("count", 2, 2, "count")),
        ("兩間供應商稱可以供貨。", ("count", 2, 2, "count")),
        ("股价创下1595.88元/股的新高。", ("money", 1595.88, 1595.88, "CNY")),
        # 元 followed by another currency is that currency's dollar.
        ("營收達7596.9億元新台幣。", ("money", 7.5969e11, 7.5969e11, "TWD")),
        ("营收达7596.9亿元新台币。", ("money", 7.5969e11, 7.5969e11, "TWD")),
        ("營收為3.5億元港幣。", ("money", 3.5e8, 3.5e8, "HKD")),
    ],
)
def test_a_quantity_in_words_is_read(sentence, expected):
    assert quantities(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "He met a man within a year.",
        "The board met twice.",
        "2个月前这款内存还只要1500元。",
        "兩個月前這款記憶體還只要1500元。",
        "三年前,这家公司还没有芯片。",
        "一年以前,价格还很高。",
        "Three years ago the company had no chip.",
        "Two weeks ago the firm said so.",
        "三年后,市场将更大。",
        "三年後,市場將更大。",
        "Three years later the market was larger.",
        # Kinds (两种方案) are an enumeration of options, not a measured count.
        "公司提供两种方案。",
        "公司提供兩種方案。",
        "装有8张英伟达RTX 5090显卡。",
        "A server with RTX 5090 cards.",
    ],
)
def test_time_ago_and_model_numbers_are_no_value(sentence):
    values = [q for q in quantities(sentence) if q[0] in ("duration", "plain", "count", "ratio")]
    assert values in ([], [("count", 8, 8, "count")])


def test_a_year_before_qian_and_a_count_of_quarters_is_still_a_period():
    text = normalise("2024年前三季度营收增长。").text
    assert [(q.kind, q.period) for q in extract_quantities(text)] == [("quarter", "2024Q1-Q3")]


def test_the_latter_half_of_a_year_is_its_second_half():
    text = "Mass production should start in the latter half of 2025."
    assert [(q.kind, q.period) for q in extract_quantities(text)] == [("half_year", "2025H2")]
