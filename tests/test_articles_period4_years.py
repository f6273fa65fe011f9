"""A year named by reference, one short text at a time: "that year" / "the same year" is the year
told last, "for the year" the year the text speaks of (else the publication's), "the rest of the
year" the publication's; and a year said as the base of a multiple with its 全年
(接近去年全年的1.6倍) dates not the multiple. (surface, period) for each fact."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 6, 18)


def periods_of(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article("p", text, ENTITIES, PUBLISHED).facts
    return [(f.surface, None if pd.isna(f.period) else str(f.period)) for f in facts.itertuples()]


CASES = [
    (
        "Meta spent heavily in 2023, while Google raised its capex by 30% that year.",
        [("30%", "2023")],
    ),
    (
        "Analysts expect the shortfall to reach $3 billion for the rest of the year.",
        [("$3 billion", "2025")],
    ),
    # The year the text speaks of, stated in the sentence before.
    (
        "Here is TrendForce's outlook for 2026. Shipments should grow about 20% for the year.",
        [("20%", "2026")],
    ),
    # With no year told, the publication's.
    ("Shipments should grow about 20% for the full year.", [("20%", "2025")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_a_year_named_by_reference_is_the_one_spoken_of(text, expected):
    assert periods_of(text) == expected


MULTIPLES = [
    (
        "今年上半年营收已达到6亿元，接近去年全年的1.5倍。",
        [("6亿元", "2025H1"), ("1.5倍", "2025H1")],
    ),
    (
        "今年上半年營收已達到6億元，接近去年全年的1.5倍。",
        [("6亿元", "2025H1"), ("1.5倍", "2025H1")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLES, ids=[c[0][:24] for c in MULTIPLES])
def test_a_full_year_a_multiple_is_of_is_its_base(text, expected):
    assert periods_of(text) == expected
