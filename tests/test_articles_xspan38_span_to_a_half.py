"""A span from a year to a half or a quarter of a later year keeps the end's granularity
(CONVENTIONS.md, settled in the fourteenth session): 2022年至2025年上半年 and "from 2022 to the
first half of 2025" are "2022-2025H1". A move's ends take the span's ends and a list over it
takes each year, the last year's part last. Sentences written for this test: (surface, period)
for every fact the text holds."""

from datetime import date

import pytest

from tests.helpers import fact_rows

PUBLISHED = date(2025, 12, 10)


def periods_of(text: str) -> list[tuple]:
    return [(row[0], row[-1]) for row in fact_rows(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2022年至2025年上半年，某芯片公司营收累计13.1亿元，亏损累计则达52.8亿元。",
            [("13.1亿元", "2022-2025H1"), ("52.8亿元", "2022-2025H1")],
        ),
        ("2022年至2025年上半年，某晶片公司研發費用累計43.6億元。", [("43.6亿元", "2022-2025H1")]),
        (
            "From 2022 to the first half of 2025, the chipmaker's revenue totalled $1.3 billion.",
            [("$1.3 billion", "2022-2025H1")],
        ),
        ("2023年至2025年第三季度，某芯片公司累计亏损5亿元。", [("5亿元", "2023-2025Q3")]),
        ("2023年至2025年前三季度，某芯片公司累计亏损5亿元。", [("5亿元", "2023-2025Q3")]),
        (
            "From 2023 through the third quarter of 2025, the chipmaker lost $500 million.",
            [("$500 million", "2023-2025Q3")],
        ),
    ],
)
def test_a_span_to_a_half_or_quarter_keeps_the_ends_part(text, expected):
    assert periods_of(text) == expected


def test_a_moves_ends_take_the_spans_ends():
    text = "2022年至2025年上半年，某芯片公司的营收由1.89亿元增至3.24亿元，复合年增长率达68.8%。"
    assert periods_of(text) == [
        ("1.89亿元", "2022"),
        ("3.24亿元", "2025H1"),
        ("68.8%", "2022-2025H1"),
    ]


def test_a_list_over_the_span_takes_each_year_and_the_half_last():
    text = "2022年-2025年上半年，某芯片公司研发费用依次为10.18亿元、8.86亿元、8.27亿元、5.72亿元。"
    assert periods_of(text) == [
        ("10.18亿元", "2022"),
        ("8.86亿元", "2023"),
        ("8.27亿元", "2024"),
        ("5.72亿元", "2025H1"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A span of whole years stays a span of years.
        ("2022年至2024年，某芯片公司营收累计13.1亿元。", [("13.1亿元", "2022-2024")]),
        (
            "From 2022 to 2024, the chipmaker's revenue totalled $1.3 billion.",
            [("$1.3 billion", "2022-2024")],
        ),
        # A half after a single year is that year's half, no span.
        ("2025年上半年，某芯片公司营收3.24亿元。", [("3.24亿元", "2025H1")]),
    ],
)
def test_whole_years_and_a_single_half_are_unchanged(text, expected):
    assert periods_of(text) == expected
