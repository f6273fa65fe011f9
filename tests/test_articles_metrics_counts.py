"""Things counted with an English noun (racks, cabinets, instances, GPUs) are counted by that
noun, the head of the words after the number (racks: metric racks), even when it is none of the
kinds metrics name (then the metric is plain count), never by a noun earlier in the sentence;
racks counted with 柜/櫃 that ship are shipments.
Each as (surface, fact_type, metric, value, unit)."""

from datetime import date

import pytest

from tests.helpers import typed_rows

PUBLISHED = date(2025, 9, 1)


def typed(text: str) -> list[tuple]:
    return typed_rows(text, PUBLISHED)


COUNT_CASES = [
    ("The data center deploys 500 racks.", [("500 racks", "count", "racks", 500.0, "count")]),
    (
        "The data center holds 300 liquid-cooled cabinets.",
        [("300 liquid-cooled cabinets", "count", "count", 300.0, "count")],
    ),
    (
        "The provider runs 2,000 GPU instances.",
        [("2,000 GPU instances", "count", "count", 2000.0, "count")],
    ),
    (
        "The data center holds 20,000 GPUs.",
        [("20,000 GPUs", "count", "chips", 20000.0, "count")],
    ),
    (
        "Rack shipments will reach 30,000 racks.",
        [("30,000 racks", "count", "shipments", 30000.0, "count")],
    ),
    ("鸿海AI服务器机柜出货约3万柜。", [("3万柜", "count", "shipments", 30000.0, "count")]),
    ("廣達AI伺服器機櫃出貨將達2000櫃。", [("2000柜", "count", "shipments", 2000.0, "count")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_CASES)
def test_an_english_noun_counted_names_what_is_counted(text, expected):
    assert typed(text) == expected
