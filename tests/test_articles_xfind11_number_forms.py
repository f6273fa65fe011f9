"""Number forms read as the wrong amount or as nothing (issue 12, seventh session, second round):
a decimal comma, as South African and European print writes it ($95,2-billion, 134,1%), and an
English scale word hyphened to its number ("a $10-billion plan", "$366-billion").
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2026, 3, 2)


def amounts(sentence: str) -> list[tuple]:
    return fact_fields(sentence, PUBLISHED, "surface", "value", "unit")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cloud revenue came to $12,4-billion, up 28,3% on the year before.",
            [("$12,4-billion", 1.24e10, "USD"), ("28,3%", 28.3, "percent")],
        ),
        ("Shipments reached 1,2 million units.", [("1,2 million units", 1.2e6, "count")]),
        ("Operators lifted spending by 6,75 per cent.", [("6,75 per cent", 6.75, "percent")]),
    ],
)
def test_a_decimal_comma_before_a_percent_or_a_scale_is_a_decimal_point(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (Three digits after the comma group thousands, whatever follows.)
        ("The cluster holds 1,250 GPUs.", [("1,250 GPUs", 1250.0, "count")]),
        ("Prices rose 1,250% in a year.", [("1,250%", 1250.0, "percent")]),
        ("The fund holds $2,500 million in cash.", [("$2,500 million", 2.5e9, "USD")]),
    ],
)
def test_a_thousands_comma_stays_a_thousands_comma(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The operator announced a $10-billion plan to build data centres.",
            [("$10-billion", 1e10, "USD")],
        ),
        ("The forecast was lifted to $366-billion.", [("$366-billion", 3.66e11, "USD")]),
        ("Investors put in a further 2-million dollars.", [("2-million dollars", 2e6, "USD")]),
    ],
)
def test_a_scale_hyphened_to_its_number_scales_it(sentence, expected):
    assert amounts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "两家厂商的营收分别为12.5、8.3亿元。",
            [("12.5", 1.25e9, "CNY"), ("8.3亿元", 8.3e8, "CNY")],
        ),
        (
            "兩家廠商的營收分別為12.5與8.3億元。",
            [("12.5", 1.25e9, "CNY"), ("8.3亿元", 8.3e8, "CNY")],
        ),
        (
            "三家厂商分别出货3、4、5万台。",
            [("3", 30000.0, "count"), ("4", 40000.0, "count"), ("5万台", 50000.0, "count")],
        ),
    ],
)
def test_figures_listed_before_a_unit_share_it(sentence, expected):
    assert [row for row in amounts(sentence) if row[0] not in ("两家", "三家")] == expected


def test_a_figure_with_its_own_currency_keeps_it():
    # (The euro is stated with its figure; a list shares only what the figure leaves unsaid.)
    assert amounts("两家厂商的营收分别为5亿欧元和8.3亿元。")[1:] == [
        ("5亿欧元", 5e8, "EUR"),
        ("8.3亿元", 8.3e8, "CNY"),
    ]
