"""A figure of counted things is found whatever follows its counted word: an English count noun
written into Chinese text (5万GPU规模: no word boundary before a Chinese character), and the
hardware modules and facilities a story counts ("5,000 modules", "100+ new facilities"). Each
text is written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import fact_fields

PUBLISHED = date(2025, 9, 1)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("阿里云的新集群可容纳5万GPU规模的训练任务。", ("5万GPU", "count", 50000.0, "count")),
        ("該廠商今年將交付2萬chips給雲端客戶。", ("2万chips", "count", 20000.0, "count")),
        (
            "AWS expects to ship 3,000 liquid-cooled modules this year.",
            ("3,000 liquid-cooled modules", "count", 3000.0, "count"),
        ),
        (
            "Equinix opened 12 new facilities in Asia last year.",
            ("12 new facilities", "count", 12.0, "count"),
        ),
        (
            "Google plans 20 facilities across Europe in 2026.",
            ("20 facilities", "count", 20.0, "count"),
        ),
    ],
)
def test_a_count_of_its_noun_is_found(text, counted):
    assert counted in fact_fields(text, PUBLISHED, "surface", "fact_type", "value", "unit")


@pytest.mark.parametrize(
    "text",
    [
        # A model's number glued to its letters names the chip, also before a Chinese word.
        "H100 GPU服务器的价格上涨了20%。",
        # A tier's or a product's number before a verb or a Chinese word counts nothing.
        "Tier 3 covers most countries.",
        "在Model 3之后，特斯拉推出了新车型。",
        # A word that only starts like a counted noun is not it.
        "The 2 modular designs share one chassis.",
    ],
)
def test_no_count_without_its_noun(text):
    rows = fact_fields(text, PUBLISHED, "surface", "fact_type")
    assert not [row for row in rows if row[1] == "count"]
