"""A product's memory and how it compares with another product (256GB, 1.8x the memory capacity)
are properties of the product: the quarter of a results story's title or heading does not date
them (a period an earlier sentence states still does: test_articles_reporting_styles.py)."""

import pytest

from suanli.entities import EntityIndex
from tests.helpers import fact_rows

ENTITIES = EntityIndex.load()


CASES = [
    (
        "AMD reports record results for Q3 2024\n\n"
        "AMD reported revenue of $6.8 billion for the third quarter of 2024.\n\n"
        "The MI325X carries 256GB of HBM3E, which gives it 1.8x the memory capacity of the H200.",
        [
            ("$6.8 billion", "spend", "revenue", "AMD", 6.8e9, "USD", "2024Q3"),
            ("256GB", "data_size", "memory", "AMD Instinct MI325X", 2.56e11, "bytes", None),
            ("1.8x", "ratio", "ratio", "AMD Instinct MI325X", 1.8, "ratio", None),
        ],
    ),
    (
        "AMD 2024年第三季度业绩创新高\n\nAMD 2024年第三季度营收为68亿美元。\n\n"
        "MI325X配备256GB显存，容量是H200的1.8倍。",
        [
            ("68亿美元", "spend", "revenue", "AMD", 6.8e9, "USD", "2024Q3"),
            ("256GB", "data_size", "memory", "AMD Instinct MI325X", 2.56e11, "bytes", None),
            ("1.8倍", "ratio", "ratio", "AMD Instinct MI325X", 1.8, "ratio", None),
        ],
    ),
    (
        "AMD 2024年第三季度業績創新高\n\nAMD 2024年第三季度營收為68億美元。\n\n"
        "MI325X配備256GB顯存，容量是H200的1.8倍。",
        [
            ("68亿美元", "spend", "revenue", "AMD", 6.8e9, "USD", "2024Q3"),
            ("256GB", "data_size", "memory", "AMD Instinct MI325X", 2.56e11, "bytes", None),
            ("1.8倍", "ratio", "ratio", "AMD Instinct MI325X", 1.8, "ratio", None),
        ],
    ),
    # A period the spec's own sentence states still dates it.
    (
        "In 2024, the MI325X carried 256GB of HBM3E.",
        [("256GB", "data_size", "memory", "AMD Instinct MI325X", 2.56e11, "bytes", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_carried_quarter_does_not_date_a_products_properties(text, expected):
    assert fact_rows(text) == expected
