"""Counts stated with nothing counted after them (issue 12, seventh session, second round): a bare
number a verb of shipping, selling or making ends on ("Alibaba's T-Head shipped about 265,000.",
出货约26.5万，) counts what the story counts; a part of a maker's own ("600,000 of its top-end
chips") and a number word before a scale word ("one million dies") are counts too.
Single sentences written for the test, answers first."""

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2026, 3, 2)


def counts(sentence: str) -> list[tuple]:
    return fact_fields(sentence, PUBLISHED, "surface", "fact_type", "metric", "value")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Startup vendor Acme shipped about 48,000 last year.",
            [("48,000", "count", "shipments", 48000.0)],
        ),
        (
            "Two smaller rivals sold roughly 12,000 each.",
            [("12,000", "count", "shipments", 12000.0)],
        ),
        ("某芯片厂商去年出货约4.8万，排名第三。", [("4.8万", "count", "shipments", 48000.0)]),
        ("某晶片廠商去年出貨約4.8萬，排名第三。", [("4.8万", "count", "shipments", 48000.0)]),
    ],
)
def test_a_bare_number_a_shipping_verb_ends_on_is_shipments(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # (Too few to be units shipped; money and a noun counted after it are read as they are.)
        "The start-up shipped 12 last month.",
        "The firm sold about 3,000 shares of its own stock.",
    ],
)
def test_no_shipments_from_small_numbers_or_other_things_counted(sentence):
    assert all(metric != "shipments" for _s, _t, metric, _v in counts(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The group plans to build about 300,000 of its newest accelerator chips next year.",
            [("300,000", "count", "chips", 300000.0)],
        ),
        (
            "The foundry turned out roughly one million dies in 2025.",
            [("one million", "count", "chips", 1e6)],
        ),
        (
            "The cloud bought two million GPUs over three years.",
            [
                ("two million GPUs", "count", "chips", 2e6),
                ("three years", "duration", "duration", 3.0),
            ],
        ),
    ],
)
def test_a_part_of_the_makers_own_and_a_scaled_number_word_are_counts(sentence, expected):
    assert counts(sentence) == expected


def test_a_million_alone_is_a_manner_of_speaking():
    assert counts("A million things could still go wrong with the launch.") == []
