"""Factories, plants and fabs counted (issue 12, twelfth session): "six factories", "12 fabs",
"three new plants" are counts of the sites a maker builds, as "100+ new facilities" and data
centres already are (a widening of the counted-noun row). A plant with no number, and a number
counting something else near a plant, are not. Single sentences written for the test, answers
first."""

from datetime import date

import pytest

from tests.helpers import fields_of_type

PUBLISHED = date(2026, 2, 1)


def counts(sentence: str) -> list[tuple]:
    return fields_of_type(sentence, PUBLISHED, "count", "surface", "fact_type", "value", "unit")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The carmaker set aside $15 billion for five factories, a battery line among them.",
            [("five factories", "count", 5.0, "count")],
        ),
        ("The foundry now runs 14 fabs across Asia.", [("14 fabs", "count", 14.0, "count")]),
        (
            "The group will open two new plants in Arizona next year.",
            [("two new plants", "count", 2.0, "count")],
        ),
    ],
)
def test_sites_a_maker_builds_are_counted(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Plants in the region cut output last year.",
        "The power plants of the 2 regions ran at full load.",
    ],
)
def test_a_plant_with_no_number_of_its_own_is_no_count(sentence):
    assert counts(sentence) == []
