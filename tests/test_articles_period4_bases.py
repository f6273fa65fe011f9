"""What a change is measured against and what has changed since, one short text at a time: the
month of a peak or low a change is measured from ("40% below the peak it reached in May") is its
base, not its period; and a sentence saying what has happened since the time told before it
(has since, 自那以后, 從那時起) is not dated by that time. (surface, period) for each fact."""

from datetime import date

import pandas as pd
import pytest

from suanli.entities import EntityIndex
from suanli.extraction import extract_article

ENTITIES = EntityIndex.load()
PUBLISHED = date(2025, 10, 3)


def periods_of(text: str) -> list[tuple[str, str | None]]:
    facts = extract_article("p", text, ENTITIES, PUBLISHED).facts
    return [(f.surface, None if pd.isna(f.period) else str(f.period)) for f in facts.itertuples()]


BASES = [
    (
        "As of September 2025, B200 rents stood at $3.10/hr, some 30% below the peak they "
        "reached in March 2025.",
        [("$3.10/hr", "2025-09"), ("30%", "2025-09")],
    ),
    (
        "In August 2025 memory prices were 45% above the low that they hit in January 2025.",
        [("45%", "2025-08")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BASES, ids=[c[0][:24] for c in BASES])
def test_the_time_of_a_peak_measured_from_is_no_period(text, expected):
    assert [fact for fact in periods_of(text) if fact[0] in dict(expected)] == expected


SINCE = [
    ("In March 2024 the plant's yield was 30%. It has since doubled to 60%.", "60%"),
    ("2024年3月，该工厂良率仅为30%。自那以后，良率已提升到60%。", "60%"),
    ("2024年3月，該工廠良率僅為30%。從那時起，良率已提升到60%。", "60%"),
]


@pytest.mark.parametrize(("text", "surface"), SINCE, ids=[c[0][:24] for c in SINCE])
def test_what_has_changed_since_is_not_of_the_time_before(text, surface):
    found = dict(periods_of(text))
    assert found["30%"] == "2024-03"
    assert found[surface] is None
